import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overlaps shown to reviewers (issue 15) compare applications' summaries as well as their project names:
 * on MariaDB through a FULLTEXT index of `summary` beside the one of project names (ListIndexes
 * 1764000000100). SQLite compares words in the service (a Jaccard index), and needs nothing here.
 */
export class OverlapSearch1766000000210 implements MigrationInterface {
  name = 'OverlapSearch1766000000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') return;
    await queryRunner.query('CREATE FULLTEXT INDEX FT_application_summary ON application (summary)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') return;
    await queryRunner.query('DROP INDEX FT_application_summary ON application');
  }
}
