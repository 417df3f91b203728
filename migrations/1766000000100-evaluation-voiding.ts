import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voiding an evaluation (a conflict of interest found after submitting): the reviewer's late declaration
 * and the administrator's decision on the evaluation row, and `application.rankingScore`, the maintained
 * key of the WEIGHTED_SCORE order (the mean weighted score of the counted evaluations in millionths, -1
 * without any), with its indexes. Backfilled from the submitted evaluations on record. Plain ALTER TABLE for
 * the reason given in ApplicationRejectionReason1764000000001.
 */
export class EvaluationVoiding1766000000100 implements MigrationInterface {
  name = 'EvaluationVoiding1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = queryRunner.connection.options.type === 'better-sqlite3' ? 'text' : 'mediumtext';
    await queryRunner.query('ALTER TABLE evaluation ADD COLUMN conflictDeclaredAt datetime(3) NULL');
    await queryRunner.query(`ALTER TABLE evaluation ADD COLUMN conflictDeclaration ${longText} NULL`);
    await queryRunner.query('ALTER TABLE evaluation ADD COLUMN voidedAt datetime(3) NULL');
    await queryRunner.query('ALTER TABLE evaluation ADD COLUMN voidedById varchar(36) NULL');
    await queryRunner.query(`ALTER TABLE evaluation ADD COLUMN voidReason ${longText} NULL`);
    await queryRunner.query('ALTER TABLE application ADD COLUMN rankingScore integer NOT NULL DEFAULT -1');
    // Each submitted evaluation's Σ(score × weight) / Σ(weight), then their mean per application.
    await queryRunner.query(
      `UPDATE application SET rankingScore = COALESCE((
         SELECT ROUND(AVG(per.score) * 1000000) FROM (
           SELECT e.applicationId AS applicationId, SUM(s.score * c.weight) / SUM(c.weight) AS score
           FROM evaluation e
           JOIN evaluation_score s ON s.evaluationId = e.id
           JOIN call_criterion c ON c.id = s.criterionId
           WHERE e.status = 'SUBMITTED'
           GROUP BY e.id, e.applicationId
         ) per WHERE per.applicationId = application.id
       ), -1)`,
    );
    await queryRunner.query('CREATE INDEX IDX_application_ranking ON application (rankingScore)');
    await queryRunner.query(
      'CREATE INDEX IDX_application_call_ranking ON application (callId, rankingScore)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
    for (const name of ['IDX_application_call_ranking', 'IDX_application_ranking']) {
      await queryRunner.query(sqlite ? `DROP INDEX ${name}` : `DROP INDEX ${name} ON application`);
    }
    await queryRunner.query('ALTER TABLE application DROP COLUMN rankingScore');
    for (const column of [
      'voidReason',
      'voidedById',
      'voidedAt',
      'conflictDeclaration',
      'conflictDeclaredAt',
    ]) {
      await queryRunner.query(`ALTER TABLE evaluation DROP COLUMN ${column}`);
    }
  }
}
