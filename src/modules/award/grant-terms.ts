import { fromCents, toCents } from '../../common/money';
import type { Budget } from '../application/application.types';
import type { Application } from '../application/application.entity';
import type { Call } from '../call/call.entity';
import type { Award } from './award.entity';

/** The award's columns that hold its approved budget, by cost category. */
export const budgetColumns = [
  'budgetStaff',
  'budgetTravel',
  'budgetPremises',
  'budgetPurchasedServices',
  'budgetOther',
] as const satisfies readonly (keyof Award & keyof Application)[];

/** What a decision copies from the application: the project period and the budget by category. */
export function termsFromApplication(
  application: Application,
): Pick<Award, 'projectStart' | 'projectEnd' | (typeof budgetColumns)[number]> {
  return {
    projectStart: application.projectStart,
    projectEnd: application.projectEnd,
    budgetStaff: application.budgetStaff,
    budgetTravel: application.budgetTravel,
    budgetPremises: application.budgetPremises,
    budgetPurchasedServices: application.budgetPurchasedServices,
    budgetOther: application.budgetOther,
  };
}

/** The approved budget as the Budget type shows it, the total the sum of the categories; null without one. */
export function approvedBudgetOf(award: Award): Budget | null {
  const parts = budgetColumns.map((column) => award[column]);
  if (parts.every((part) => part === null)) return null;
  const total = parts.reduce((sum, part) => sum + (part === null ? 0n : toCents(part)), 0n);
  return {
    staff: award.budgetStaff,
    travel: award.budgetTravel,
    premises: award.budgetPremises,
    purchasedServices: award.budgetPurchasedServices,
    other: award.budgetOther,
    total: fromCents(total),
  };
}

/** `date` (YYYY-MM-DD) moved by whole calendar months, its day clamped to the target month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The day the final report of a grant is due: the end of the project's current period (else its
 * deadline: the award's, else the call's) plus the call's `reportDueMonths` calendar months, clamped to
 * the month's end (30 November + 3 months is 28 or 29 February). Null when the project has no end on
 * record at all.
 */
export function reportDueDate(
  award: Pick<Award, 'projectEnd' | 'projectDeadline'>,
  call: Pick<Call, 'projectDeadline' | 'reportDueMonths'>,
): string | null {
  const end = award.projectEnd ?? award.projectDeadline ?? call.projectDeadline;
  return end === null ? null : addMonths(end, call.reportDueMonths);
}
