import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { hasRole, Role } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import { limitCacheAge } from '../../common/cache-hints';
import { listCost } from '../../common/query-cost';
import { Application } from '../application/application.entity';
import { Call, CallStage, CallStatus } from '../call/call.entity';
import { callStatusAt } from '../call/call.service';
import { PartnerService } from './partner.service';
import { ProposalSummary } from './proposal-summary';
import { PartnerSearchView, Workshop } from './workshop.entity';

// The two-stage call's fields live here, so that this module imports the call and application modules and
// neither of them imports this one.

/** The statuses in which a proposal call's window has closed: its summary is public from then on. */
const closed = [CallStatus.CLOSED, CallStatus.DECIDED];

@Resolver(() => Call)
export class CallWorkshopFields {
  @FieldResolver(() => ProposalSummary, {
    nullable: true,
    description:
      'PROPOSAL calls: what proposals were received, counted from the records (see ProposalSummary). Public once the proposal window has closed, as the ministry published its summary after proposals closed in 2019; administrators see it while the window is open too. Null for APPLICATION calls and, to everyone else, before the window closes.',
  })
  async proposalSummary(
    @Root() call: Call,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProposalSummary | null> {
    if (call.stage !== CallStage.PROPOSAL) return null;
    const now = ctx.clock.now();
    if (!closed.includes(callStatusAt(call, now)) && !hasRole(ctx.viewer, Role.ADMIN)) {
      // The summary appears at the closing instant without a write: no cached answer outlives it.
      if (call.closesAt) limitCacheAge(info, (call.closesAt.getTime() - now.getTime()) / 1000);
      return null;
    }
    const [summary, themes] = await Promise.all([
      ctx.loaders.proposalSummary.load(call.id),
      ctx.loaders.themesOfCall.load(call.id),
    ]);
    const position = (themeId: string | null) => {
      const index = themes.findIndex((theme) => theme.id === themeId);
      return index < 0 ? themes.length : index;
    };
    return Object.assign(new ProposalSummary(), summary, {
      byTheme: [...summary.byTheme].sort((a, b) => position(a.themeId) - position(b.themeId)),
    });
  }

  @FieldResolver(() => [Workshop], {
    complexity: listCost(2),
    description: 'Workshops of a PROPOSAL call for its proposers, by start. Public.',
  })
  workshops(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Workshop[]> {
    return ctx.loaders.workshopsOfCall.load(call.id);
  }

  @FieldResolver(() => [PartnerSearchView], {
    complexity: listCost(100),
    description:
      'Proposals of the call looking for partners, newest first, each as a narrow view (project name, lead municipality, theme, the partner sought) — never the proposal itself. Signed-in callers only (any role); FORBIDDEN to the public.',
  })
  partnerSearches(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<PartnerSearchView[]> {
    return new PartnerService(ctx).searchesOfCall(call.id);
  }
}

@Resolver(() => Application)
export class ApplicationPartnerSearchFields {
  @FieldResolver(() => PartnerSearchView, {
    nullable: true,
    description:
      'Whether this proposal is looking for partners, and for what partner, with the offers to join it; null when it is not.',
  })
  partnerSearch(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerSearchView | null> {
    return new PartnerService(ctx).searchOf(application);
  }
}
