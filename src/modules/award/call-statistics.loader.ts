import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { fromCents, moneyFromCentsSum, toCents } from '../../common/money';
import { FundingTally, tallyCounters } from '../application/funding-tally.entity';
import { ConsortiumRole } from '../consortium/consortium.entity';
import type { Call } from '../call/call.entity';
import type { CallStatistics } from '../call/call.types';

// In the award module, which imports the call and application modules: the figures are theirs and its own.
/**
 * Statistics of many calls in one grouped statement over the maintained tallies (funding-tallies.ts),
 * whatever the number of calls listed or of their applications: the lead's rows count every application,
 * award and published grant once.
 */
export function createCallStatisticsLoader(manager: EntityManager) {
  return new DataLoader<Call, CallStatistics, string>(
    async (calls) => {
      const query = manager
        .createQueryBuilder()
        .select('tally.callId', 'callId')
        .from(FundingTally, 'tally')
        .where('tally.callId IN (:...ids)', { ids: calls.map((call) => call.id) })
        .andWhere('tally.role = :lead', { lead: ConsortiumRole.LEAD })
        .groupBy('tally.callId');
      for (const counter of tallyCounters) query.addSelect(`SUM(tally.${counter})`, counter);
      const rows = await query.getRawMany<Record<string, unknown>>();
      const byCall = new Map(rows.map((row) => [row.callId as string, row]));
      return calls.map((call) => {
        const tally = byCall.get(call.id);
        const count = (counter: (typeof tallyCounters)[number]) => Number(tally?.[counter] ?? 0);
        const totalAwarded = moneyFromCentsSum(tally?.grantedCents);
        const grantsWithoutPublishedAmount = count('unrecordedGrantsWithoutAmount');
        // Published grants that have an award are counted once, as that award.
        const totalGrantedKnown = grantsWithoutPublishedAmount === 0;
        const totalGranted = totalGrantedKnown
          ? fromCents(toCents(totalAwarded) + toCents(moneyFromCentsSum(tally?.unrecordedCents)))
          : null;
        // Unused grants and recovered payments are available to the call again.
        const freed =
          toCents(moneyFromCentsSum(tally?.returnedCents)) +
          toCents(moneyFromCentsSum(tally?.recoveredCents));
        return {
          applicationsSubmitted: count('applicationsSubmitted'),
          applicationsAwarded: count('applicationsAwarded'),
          totalRequested: moneyFromCentsSum(tally?.requestedCents),
          totalAwarded,
          remainingAppropriation:
            call.appropriation === null || totalGranted === null
              ? null
              : fromCents(toCents(call.appropriation) - toCents(totalGranted) + freed),
          grantsDecided: count('awards') + count('unrecordedGrants'),
          grantsWithoutPublishedAmount,
          totalGranted,
          totalGrantedKnown,
          totalPaid: moneyFromCentsSum(tally?.paidCents),
          totalReturned: moneyFromCentsSum(tally?.returnedCents),
          totalRecovered: moneyFromCentsSum(tally?.recoveredCents),
        };
      });
    },
    { cacheKeyFn: (call) => call.id },
  );
}
