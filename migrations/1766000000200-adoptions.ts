import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
  type TableColumnOptions,
} from 'typeorm';

// Column shapes as in the initial schema, repeated here so that this migration never changes with the code.
const varchar = (name: string, length: number, nullable = false, isPrimary = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
  isPrimary,
});
const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const fk = (name: string, column: string, table: string, referenced: string, onDelete: string) =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: [referenced],
    onDelete,
    onUpdate: 'CASCADE',
  });

/**
 * Results reused (issue 15): `adoption`, a municipality's record that it adopted a funded project's
 * result, confirmed by the project's officials; and `adoption_tally`, the running totals of confirmed
 * adoptions under funding_tally's keys, which funding statistics join. No adoption exists before this
 * migration, so there is nothing to backfill.
 */
export class Adoptions1766000000200 implements MigrationInterface {
  name = 'Adoptions1766000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const type = queryRunner.connection.options.type;
    const longText = type === 'mysql' || type === 'mariadb' ? 'mediumtext' : 'text';
    await queryRunner.createTable(
      new Table({
        name: 'adoption',
        columns: [
          varchar('id', 36, false, true),
          varchar('awardId', 36),
          varchar('municipalityCode', 3),
          { name: 'adoptedOn', type: 'date', isNullable: false },
          varchar('kind', 32),
          { name: 'description', type: longText, isNullable: false },
          varchar('status', 32),
          { name: 'adopterPopulation', type: 'integer', isNullable: false },
          varchar('recordedById', 36, true),
          instant('createdAt'),
          instant('decidedAt', true),
          varchar('decidedById', 36, true),
          instant('updatedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_adoption_award_municipality',
            columnNames: ['awardId', 'municipalityCode'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_adoption_award_list', columnNames: ['awardId', 'adoptedOn'] }),
          new TableIndex({
            name: 'IDX_adoption_municipality_list',
            columnNames: ['municipalityCode', 'adoptedOn'],
          }),
          new TableIndex({ name: 'IDX_adoption_status', columnNames: ['status'] }),
        ],
        foreignKeys: [
          fk('FK_adoption_award', 'awardId', 'award', 'id', 'RESTRICT'),
          fk('FK_adoption_municipality', 'municipalityCode', 'municipality', 'code', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'adoption_tally',
        columns: [
          varchar('callId', 36, false, true),
          varchar('municipalityCode', 3, false, true),
          varchar('role', 32, false, true),
          varchar('themeId', 36, false, true),
          { name: 'adoptions', type: 'integer', isNullable: false, default: 0 },
          { name: 'adoptingResidents', type: 'bigint', isNullable: false, default: 0 },
        ],
        foreignKeys: [fk('FK_adoption_tally_call', 'callId', 'grant_call', 'id', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('adoption_tally');
    await queryRunner.dropTable('adoption');
  }
}
