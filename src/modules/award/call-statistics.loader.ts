import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { fromCents, moneyFromCentsSum, moneySumSql, toCents } from '../../common/money';
import { ApplicationStatus } from '../application/application-status';
import { Application } from '../application/application.entity';
import { Award } from './award.entity';
import { PublishedDecision } from './published-decision.entity';
import type { Call } from '../call/call.entity';
import type { CallStatistics } from '../call/call.types';

// In the award module, which imports the call and application modules: the figures are theirs and its own.
/** Statistics of many calls in three grouped statements, whatever the number of calls listed. */
export function createCallStatisticsLoader(manager: EntityManager) {
  return new DataLoader<Call, CallStatistics, string>(
    async (calls) => {
      const ids = calls.map((call) => call.id);
      const applications = await manager
        .createQueryBuilder()
        .select('application.callId', 'callId')
        .addSelect('COUNT(*)', 'submitted')
        .addSelect(`SUM(CASE WHEN application.status = :awarded THEN 1 ELSE 0 END)`, 'awarded')
        .addSelect(moneySumSql('application.requestedAmount'), 'requestedCents')
        .from(Application, 'application')
        .where('application.callId IN (:...ids)', { ids })
        .andWhere('application.status <> :draft', { draft: ApplicationStatus.DRAFT })
        .andWhere('NOT (application.status = :withdrawn AND application.submittedAt IS NULL)', {
          withdrawn: ApplicationStatus.WITHDRAWN,
        })
        .setParameter('awarded', ApplicationStatus.AWARDED)
        .groupBy('application.callId')
        .getRawMany<{ callId: string; submitted: unknown; awarded: unknown; requestedCents: unknown }>();
      const awards = await manager
        .createQueryBuilder()
        .select('award.callId', 'callId')
        .addSelect('COUNT(*)', 'count')
        .addSelect(moneySumSql('award.grantedAmount'), 'awardedCents')
        .from(Award, 'award')
        .where('award.callId IN (:...ids)', { ids })
        .groupBy('award.callId')
        .getRawMany<{ callId: string; count: unknown; awardedCents: unknown }>();
      // Published grants that have an award are counted once, as that award.
      const published = await manager
        .createQueryBuilder()
        .select('decision.callId', 'callId')
        .addSelect('COUNT(*)', 'count')
        .addSelect('SUM(CASE WHEN decision.grantedAmount IS NULL THEN 1 ELSE 0 END)', 'withoutAmount')
        .addSelect(moneySumSql('decision.grantedAmount'), 'publishedCents')
        .from(PublishedDecision, 'decision')
        .where('decision.callId IN (:...ids)', { ids })
        .andWhere('decision.awardId IS NULL')
        .groupBy('decision.callId')
        .getRawMany<{ callId: string; count: unknown; withoutAmount: unknown; publishedCents: unknown }>();
      const applicationRows = new Map(applications.map((row) => [row.callId, row]));
      const awardRows = new Map(awards.map((row) => [row.callId, row]));
      const publishedRows = new Map(published.map((row) => [row.callId, row]));
      return calls.map((call) => {
        const counts = applicationRows.get(call.id);
        const awarded = awardRows.get(call.id);
        const publishedOnly = publishedRows.get(call.id);
        const totalAwarded = moneyFromCentsSum(awarded?.awardedCents);
        const grantsWithoutPublishedAmount = Number(publishedOnly?.withoutAmount ?? 0);
        const totalGrantedKnown = grantsWithoutPublishedAmount === 0;
        const totalGranted = totalGrantedKnown
          ? fromCents(toCents(totalAwarded) + toCents(moneyFromCentsSum(publishedOnly?.publishedCents)))
          : null;
        return {
          applicationsSubmitted: Number(counts?.submitted ?? 0),
          applicationsAwarded: Number(counts?.awarded ?? 0),
          totalRequested: moneyFromCentsSum(counts?.requestedCents),
          totalAwarded,
          remainingAppropriation:
            call.appropriation === null || totalGranted === null
              ? null
              : fromCents(toCents(call.appropriation) - toCents(totalGranted)),
          grantsDecided: Number(awarded?.count ?? 0) + Number(publishedOnly?.count ?? 0),
          grantsWithoutPublishedAmount,
          totalGranted,
          totalGrantedKnown,
        };
      });
    },
    { cacheKeyFn: (call) => call.id },
  );
}
