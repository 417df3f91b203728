import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `call.firstSubmittedAt` and `consortium.firstSubmittedAt`: when the first application was submitted,
 * which fixes a call's rules and a consortium's members. The application module writes them with the
 * submission, so that the call and consortium modules need not read applications. Backfilled from the
 * applications on record: submitted (even if withdrawn since), or past DRAFT without a submission instant
 * (the seeded grants), at the earliest such submission (or creation) instant.
 * Plain ALTER TABLE for the reason given in ApplicationRejectionReason1764000000001.
 */
export class FirstSubmission1764000000400 implements MigrationInterface {
  name = 'FirstSubmission1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, key] of [
      ['grant_call', 'callId'],
      ['consortium', 'consortiumId'],
    ]) {
      await queryRunner.query(`ALTER TABLE \`${table}\` ADD COLUMN firstSubmittedAt datetime(3) NULL`);
      await queryRunner.query(
        `UPDATE \`${table}\` SET firstSubmittedAt = (
           SELECT MIN(COALESCE(a.submittedAt, a.createdAt)) FROM application a
           WHERE a.${key} = \`${table}\`.id
             AND (a.submittedAt IS NOT NULL OR a.status NOT IN ('DRAFT', 'WITHDRAWN'))
         )`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `consortium` DROP COLUMN firstSubmittedAt');
    await queryRunner.query('ALTER TABLE grant_call DROP COLUMN firstSubmittedAt');
  }
}
