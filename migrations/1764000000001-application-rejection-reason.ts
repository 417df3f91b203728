import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reason given when an application is rejected. Plain ALTER TABLE, which SQLite and MariaDB both
 * speak: TypeORM's addColumn rebuilds the whole table on SQLite, and dropping the old table fails once
 * answers and awards reference its rows.
 */
export class ApplicationRejectionReason1764000000001 implements MigrationInterface {
  name = 'ApplicationRejectionReason1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE application ADD COLUMN rejectionReason text NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE application DROP COLUMN rejectionReason');
  }
}
