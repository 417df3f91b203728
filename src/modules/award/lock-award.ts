import type { EntityManager } from 'typeorm';
import { notFound, records } from '../../common/errors';
import { findForUpdate } from '../../common/transaction';
import { Award } from './award.entity';

/**
 * The award's row locked for the rest of the transaction: every step after the decision (payments, reports,
 * change requests) takes this lock first, the one lock order of a grant.
 */
export async function lockAward(manager: EntityManager, awardId: string): Promise<Award> {
  const award = await findForUpdate(manager, Award, awardId);
  if (!award) throw notFound(records.award);
  return award;
}
