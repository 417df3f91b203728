import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Finnish genitive of a municipality's name, which the decision list used to derive in code. Null
 * until the next seed run fills it from municipalities.csv; the list writes such names uninflected.
 * Plain ALTER TABLE for the reason given in ApplicationRejectionReason1764000000001.
 */
export class MunicipalityGenitive1764000000005 implements MigrationInterface {
  name = 'MunicipalityGenitive1764000000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE municipality ADD COLUMN genitiveFi varchar(255) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE municipality DROP COLUMN genitiveFi');
  }
}
