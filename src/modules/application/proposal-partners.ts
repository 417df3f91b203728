import type { RequestContext } from '../../context';
import type { Application } from './application.entity';

/**
 * The partners a proposal found (the municipalities whose offers to join its lead accepted), for
 * `inviteProposal`: the module that keeps the offers registers here in src/schema.ts, since this module
 * may not import it. The hook runs in the invitation's transaction (`tx`), reports the codes of the
 * municipalities that join the new application, and records on its own rows that they joined
 * `applicationId` (audited there).
 */
export type ProposalPartnersHook = (
  tx: RequestContext,
  proposal: Application,
  applicationId: string,
) => Promise<string[]>;

const hooks: ProposalPartnersHook[] = [];

export function onProposalInvited(hook: ProposalPartnersHook): void {
  hooks.push(hook);
}

/** Every registered hook's partners, in order, each code once. */
export async function partnersJoining(
  tx: RequestContext,
  proposal: Application,
  applicationId: string,
): Promise<string[]> {
  const codes: string[] = [];
  for (const hook of hooks) {
    for (const code of await hook(tx, proposal, applicationId)) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
