import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
  type TableColumnOptions,
} from 'typeorm';

// Column shapes as in the initial schema, repeated here so that this migration never changes with the code.
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const money = (name: string): TableColumnOptions => ({
  name,
  type: 'decimal',
  precision: 14,
  scale: 2,
  isNullable: true,
});
const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const enumText = (name: string): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '32',
  isNullable: false,
});
const fk = (name: string, column: string, table: string, onDelete: 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
    onUpdate: 'CASCADE',
  });

/**
 * Change requests (issue 14): the lead municipality asks to extend a project, move money between cost
 * categories or change the other implementers; an administrator approves or rejects. An approved request
 * keeps the award's terms from just before it (`termsBefore`, JSON), so that the first approved one
 * holds the terms as decided. Long texts are MEDIUMTEXT on MySQL/MariaDB, TEXT on SQLite.
 */
export class ChangeRequests1765000000200 implements MigrationInterface {
  name = 'ChangeRequests1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const type = queryRunner.connection.options.type;
    const longText = (name: string, nullable: boolean): TableColumnOptions => ({
      name,
      type: type === 'mysql' || type === 'mariadb' ? 'mediumtext' : 'text',
      isNullable: nullable,
    });
    await queryRunner.createTable(
      new Table({
        name: 'change_request',
        columns: [
          { ...ref('id'), isPrimary: true },
          ref('awardId'),
          enumText('kind'),
          enumText('status'),
          longText('justification', false),
          { name: 'projectEnd', type: 'date', isNullable: true },
          money('budgetStaff'),
          money('budgetTravel'),
          money('budgetPremises'),
          money('budgetPurchasedServices'),
          money('budgetOther'),
          longText('addMunicipalityCodes', false),
          longText('removeMunicipalityCodes', false),
          { name: 'amendmentNumber', type: 'integer', isNullable: true },
          longText('termsBefore', true),
          ref('requestedById', true),
          ref('decidedById', true),
          instant('decidedAt', true),
          longText('decisionReason', true),
          { name: 'version', type: 'integer', isNullable: false, default: '1' },
          instant('createdAt'),
          instant('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_change_request_award', columnNames: ['awardId', 'createdAt'] }),
          new TableIndex({
            name: 'UQ_change_request_amendment',
            columnNames: ['awardId', 'amendmentNumber'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_change_request_requested_by', columnNames: ['requestedById'] }),
          new TableIndex({ name: 'IDX_change_request_decided_by', columnNames: ['decidedById'] }),
        ],
        foreignKeys: [
          fk('FK_change_request_award', 'awardId', 'award', 'RESTRICT'),
          fk('FK_change_request_requested_by', 'requestedById', 'app_user', 'SET NULL'),
          fk('FK_change_request_decided_by', 'decidedById', 'app_user', 'SET NULL'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('change_request');
  }
}
