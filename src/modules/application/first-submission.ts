import type { EntityManager } from 'typeorm';
import { Consortium } from '../consortium/consortium.entity';
import { ApplicationStatus } from './application-status';

/**
 * A call's rules and a consortium's members are fixed from their first submitted application on. The
 * call and consortium modules may not read applications (they sit below this module), so this module
 * records the fact on their rows, `firstSubmittedAt`, in the submission's own transaction: the call's in
 * the statement that takes its next reference number (application-workflow.service.ts), the
 * consortium's here. Once set, it stays: a later withdrawal does not unfix what was submitted.
 */
export async function recordFirstSubmission(
  manager: EntityManager,
  consortiumId: string,
  at: Date,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Consortium)
    .set({ firstSubmittedAt: at })
    .where('id = :consortiumId AND firstSubmittedAt IS NULL', { consortiumId })
    .execute();
}

/**
 * The same fact for applications written without the submit mutation (the seed's awarded grants, test
 * fixtures): every call and consortium with a submitted application, or one past DRAFT, gets the earliest
 * such application's submission (or creation) instant, unless it has one already.
 */
export async function recordSubmissionsOnRecord(manager: EntityManager): Promise<void> {
  const quote = (name: string) => manager.connection.driver.escape(name);
  const unsubmitted = [ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN].map((s) => `'${s}'`).join(', ');
  for (const [table, key] of [
    ['grant_call', 'callId'],
    ['consortium', 'consortiumId'],
  ]) {
    await manager.query(
      `UPDATE ${quote(table)} SET firstSubmittedAt = (
         SELECT MIN(COALESCE(a.submittedAt, a.createdAt)) FROM application a
         WHERE a.${key} = ${quote(table)}.id AND (a.submittedAt IS NOT NULL OR a.status NOT IN (${unsubmitted}))
       ) WHERE firstSubmittedAt IS NULL`,
    );
  }
}
