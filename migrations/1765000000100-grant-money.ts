import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  type TableColumnOptions,
  TableForeignKey,
  TableIndex,
} from 'typeorm';

const isSqlite = (queryRunner: QueryRunner) => queryRunner.connection.options.type === 'better-sqlite3';

// Column shapes written out here, so that later changes to the code never change this migration.
const column = (name: string, type: string, nullable: boolean, extra: Partial<TableColumnOptions> = {}) =>
  ({ name, type, isNullable: nullable, ...extra }) as TableColumnOptions;
const id = (name: string, primary = false) =>
  column(name, 'varchar', false, { length: '36', isPrimary: primary });
const money = (name: string, nullable = false) =>
  column(name, 'decimal', nullable, { precision: 14, scale: 2 });
const instant = (name: string, nullable = false) => column(name, 'datetime', nullable, { precision: 3 });
const date = (name: string) => column(name, 'date', false);
const enumText = (name: string) => column(name, 'varchar', false, { length: '32' });
const costs = (prefix: string, nullable: boolean) =>
  ['Staff', 'Travel', 'Premises', 'PurchasedServices', 'Other', 'Total'].map((category) =>
    money(`${prefix}${category}`, nullable),
  );
const foreignKey = (name: string) =>
  new TableForeignKey({
    name,
    columnNames: ['awardId'],
    referencedTableName: 'award',
    referencedColumnNames: ['id'],
    onDelete: 'RESTRICT',
    onUpdate: 'CASCADE',
  });

/** The award's money after the decision, and whether its reports are in (written with each step). */
const awardColumns = [
  'paidTotal decimal(14,2) NOT NULL DEFAULT 0',
  'returnedTotal decimal(14,2) NOT NULL DEFAULT 0',
  'recoveryClaim decimal(14,2) NOT NULL DEFAULT 0',
  'recoveredTotal decimal(14,2) NOT NULL DEFAULT 0',
  'settledAt datetime(3) NULL',
  'interimReportSubmittedAt datetime(3) NULL',
  'finalReportSubmittedAt datetime(3) NULL',
];

/**
 * After the decision (issue 14): payment requests and reports on a grant, and the award's paid, returned
 * and recovered totals (GrantMoneyTallies1765000000110 adds them to the statistics' running tallies).
 * Plain ALTER TABLE for the reason given in ApplicationRejectionReason1764000000001. No award has been
 * paid or reported on before this migration, so every new figure starts at zero.
 */
export class GrantMoney1765000000100 implements MigrationInterface {
  name = 'GrantMoney1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = isSqlite(queryRunner) ? 'text' : 'mediumtext';
    for (const definition of awardColumns) {
      await queryRunner.query(`ALTER TABLE award ADD COLUMN ${definition}`);
    }
    await queryRunner.query('CREATE INDEX IDX_award_final_report ON award (finalReportSubmittedAt)');
    await queryRunner.createTable(
      new Table({
        name: 'grant_report',
        columns: [
          id('id', true),
          id('awardId'),
          enumText('kind'),
          enumText('status'),
          column('outcomes', longText, false),
          column('indicators', longText, false),
          column('reuse', longText, false),
          column('publicSummaryFi', longText, true),
          column('publicSummarySv', longText, true),
          column('publicSummaryEn', longText, true),
          column('returnReason', longText, true),
          instant('submittedAt'),
          instant('decidedAt', true),
          column('version', 'integer', false, { default: '1' }),
          column('submittedById', 'varchar', true, { length: '36' }),
          instant('updatedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_grant_report_award_kind',
            columnNames: ['awardId', 'kind'],
            isUnique: true,
          }),
        ],
        foreignKeys: [foreignKey('FK_grant_report_award')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payment_request',
        columns: [
          id('id', true),
          id('awardId'),
          column('number', 'integer', false),
          enumText('status'),
          column('final', 'boolean', false),
          date('periodStart'),
          date('periodEnd'),
          ...costs('claimed', false),
          ...costs('approved', true),
          money('paidAmount', true),
          column('note', longText, true),
          column('decisionReason', longText, true),
          instant('submittedAt'),
          instant('decidedAt', true),
          column('version', 'integer', false, { default: '1' }),
          column('submittedById', 'varchar', true, { length: '36' }),
          instant('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_payment_request_award_status', columnNames: ['awardId', 'status'] }),
        ],
        foreignKeys: [foreignKey('FK_payment_request_award')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payment_request');
    await queryRunner.dropTable('grant_report');
    await queryRunner.query(
      isSqlite(queryRunner)
        ? 'DROP INDEX IDX_award_final_report'
        : 'DROP INDEX IDX_award_final_report ON award',
    );
    for (const definition of [...awardColumns].reverse()) {
      await queryRunner.query(`ALTER TABLE award DROP COLUMN ${definition.split(' ')[0]}`);
    }
  }
}
