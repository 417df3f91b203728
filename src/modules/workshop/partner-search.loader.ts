import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { PartnerSearch, PartnerSearchView } from './workshop.entity';
import { receivedProposalStatuses } from './workshop-status';

/** A search as signed-in applicants see it: the proposal's name, lead, theme and the wish, nothing more. */
function view(search: PartnerSearch): PartnerSearchView[] {
  const proposal = search.application;
  if (!proposal?.consortium) return [];
  return [
    Object.assign(new PartnerSearchView(), {
      proposalId: proposal.id,
      callId: proposal.callId,
      projectName: proposal.projectName,
      themeId: proposal.themeId,
      leadCode: proposal.consortium.leadCode,
      wish: search.wish,
      updatedAt: search.updatedAt,
    }),
  ];
}

/**
 * The open searches for partners of received proposals, by call (newest first) and by proposal, each in
 * one statement however many calls or proposals a request lists. Whoever asks: `Call.partnerSearches`
 * is for signed-in callers (the permissions map), and the view holds nothing private.
 */
export function createPartnerSearchLoaders(manager: EntityManager) {
  const load = async (column: 'proposal.callId' | 'proposal.id', keys: readonly string[]) =>
    (
      await manager
        .getRepository(PartnerSearch)
        .createQueryBuilder('search')
        .innerJoinAndSelect('search.application', 'proposal')
        .innerJoinAndSelect('proposal.consortium', 'consortium')
        .where('search.closedAt IS NULL')
        .andWhere('proposal.status IN (:...received)', { received: receivedProposalStatuses })
        .andWhere(`${column} IN (:...keys)`, { keys })
        .orderBy('search.updatedAt', 'DESC')
        .addOrderBy('proposal.id', 'ASC')
        .getMany()
    ).flatMap(view);
  return {
    ofCall: new DataLoader<string, PartnerSearchView[]>(async (callIds) => {
      const views = await load('proposal.callId', callIds);
      return callIds.map((callId) => views.filter((row) => row.callId === callId));
    }),
    ofProposal: new DataLoader<string, PartnerSearchView | null>(async (ids) => {
      const views = await load('proposal.id', ids);
      return ids.map((id) => views.find((row) => row.proposalId === id) ?? null);
    }),
  };
}
