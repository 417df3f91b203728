import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { hasRole, Role } from '../../auth/viewer';
import { forbidden } from '../../common/errors';
import { helsinkiDate } from '../../common/time-zone';
import { Call } from '../call/call.entity';
import type { Award } from './award.entity';
import { reportDueDate } from './grant-terms';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The first project end whose final report is not yet due on `today` (a report due on `today` is not
 * overdue until tomorrow): awards that ended before it are overdue. reportDueDate moves forwards with the
 * project end, so this is the one bound a plain comparison of the end column needs, read from the same
 * function the decision document states the deadline with.
 */
function lastOverdueEndBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number);
  // Far enough back that its report was due before today: a month's end clamps by at most three days.
  let end = new Date(Date.UTC(year, month - 1 - months, day - 4));
  const dueOn = (projectEnd: string) =>
    reportDueDate(
      { projectEnd, projectDeadline: projectEnd },
      {
        reportDueMonths: months,
        projectDeadline: null,
      },
    );
  while ((dueOn(isoDay(end)) ?? today) < today) end = new Date(end.getTime() + 86_400_000);
  return isoDay(end);
}

/**
 * Narrows an award list to those with an overdue report (`overdue` true) or without one (false), on the
 * Helsinki date of the request's clock: an interim report where the call asks for one (due on
 * `interimReportDue`) and the final report (due reportDueDate), while none is in. An interim report no
 * longer counts once the final one is in. Awards imported from the ministry's publications (with sources)
 * were reported on outside this service: never overdue. Administrators only.
 */
export async function narrowToOverdueReports(
  ctx: RequestContext,
  query: SelectQueryBuilder<Award>,
  overdue: boolean,
): Promise<void> {
  if (!hasRole(ctx.viewer, Role.ADMIN)) {
    throw forbidden({
      en: 'Only administrators list awards by overdue reports',
      fi: 'Vain pääkäyttäjät voivat listata avustukset myöhässä olevien raporttien mukaan',
      sv: 'Endast administratörer kan lista understöd efter försenade rapporter',
    });
  }
  const today = helsinkiDate(ctx.clock.now());
  const months = (
    await ctx.manager
      .getRepository(Call)
      .createQueryBuilder('call')
      .select('DISTINCT call.reportDueMonths', 'months')
      .getRawMany<{ months: unknown }>()
  ).map((row) => Number(row.months));
  // The end reportDueDate reads: the project's, else the award's deadline, else the call's.
  const end =
    'COALESCE(award.projectEnd, award.projectDeadline, (SELECT od.projectDeadline FROM grant_call od WHERE od.id = award.callId))';
  const parameters: Record<string, unknown> = { overdueToday: today };
  const finalDue = months.map((m, i) => {
    parameters[`overdueMonths${i}`] = m;
    parameters[`overdueEnd${i}`] = lastOverdueEndBefore(today, m);
    return `(award.callId IN (SELECT oc.id FROM grant_call oc WHERE oc.reportDueMonths = :overdueMonths${i}) AND ${end} < :overdueEnd${i})`;
  });
  const condition = `(NOT EXISTS (SELECT 1 FROM award_source os WHERE os.awardId = award.id)
    AND award.finalReportSubmittedAt IS NULL
    AND ((award.interimReportSubmittedAt IS NULL AND award.callId IN (SELECT oi.id FROM grant_call oi WHERE oi.interimReportDue IS NOT NULL AND oi.interimReportDue < :overdueToday))
      OR (${end} IS NOT NULL AND (${finalDue.length ? finalDue.join(' OR ') : '1 = 0'}))))`;
  query.andWhere(overdue ? condition : `NOT ${condition}`, parameters);
}
