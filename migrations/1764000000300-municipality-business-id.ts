import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A municipality's business id (Y-tunnus) and how sure the data is of it, for the open-data exports'
 * recipient identifiers. Null until the next seed run fills them from business-ids.csv. Plain ALTER TABLE
 * for the reason given in ApplicationRejectionReason1764000000001.
 */
export class MunicipalityBusinessId1764000000300 implements MigrationInterface {
  name = 'MunicipalityBusinessId1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE municipality ADD COLUMN businessId varchar(9) NULL');
    await queryRunner.query('ALTER TABLE municipality ADD COLUMN businessIdConfidence varchar(32) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE municipality DROP COLUMN businessIdConfidence');
    await queryRunner.query('ALTER TABLE municipality DROP COLUMN businessId');
  }
}
