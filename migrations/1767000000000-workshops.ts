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
const index = (name: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name, columnNames, isUnique });

/**
 * The two-stage call and its workshop (issue 15): a proposal's `allowPublication` choice (false for every
 * application on record: nobody agreed to anything yet); workshops of PROPOSAL calls, their invitations
 * and the people registered with them; proposals' searches for partners and municipalities' offers to
 * join them. Nothing to backfill. The column is added with a plain ALTER TABLE (see
 * ApplicationRejectionReason1764000000001).
 */
export class Workshops1767000000000 implements MigrationInterface {
  name = 'Workshops1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const type = queryRunner.connection.options.type;
    const longText = type === 'mysql' || type === 'mariadb' ? 'mediumtext' : 'text';
    await queryRunner.query('ALTER TABLE application ADD COLUMN allowPublication boolean NOT NULL DEFAULT 0');
    await queryRunner.createTable(
      new Table({
        name: 'workshop',
        columns: [
          varchar('id', 36, false, true),
          varchar('callId', 36),
          varchar('titleFi', 255, true),
          varchar('titleSv', 255, true),
          varchar('titleEn', 255, true),
          instant('startsAt'),
          varchar('place', 255, true),
          { name: 'online', type: 'boolean', isNullable: false, default: '0' },
          instant('registrationClosesAt'),
          varchar('createdById', 36, true),
          instant('createdAt'),
          instant('updatedAt'),
        ],
        indices: [index('IDX_workshop_call_starts', ['callId', 'startsAt'])],
        foreignKeys: [fk('FK_workshop_call', 'callId', 'grant_call', 'id', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'workshop_invitation',
        columns: [
          varchar('id', 36, false, true),
          varchar('workshopId', 36),
          varchar('applicationId', 36),
          varchar('status', 32),
          instant('invitedAt'),
          instant('respondedAt', true),
          instant('attendanceRecordedAt', true),
          instant('updatedAt'),
        ],
        indices: [
          index('UQ_workshop_invitation_proposal', ['workshopId', 'applicationId'], true),
          index('IDX_workshop_invitation_application', ['applicationId']),
        ],
        foreignKeys: [
          fk('FK_workshop_invitation_workshop', 'workshopId', 'workshop', 'id', 'CASCADE'),
          fk('FK_workshop_invitation_application', 'applicationId', 'application', 'id', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'workshop_participant',
        columns: [
          varchar('id', 36, false, true),
          varchar('invitationId', 36),
          varchar('name', 255),
          varchar('role', 255),
          { name: 'position', type: 'integer', isNullable: false },
        ],
        indices: [index('IDX_workshop_participant_invitation', ['invitationId', 'position'])],
        foreignKeys: [
          fk('FK_workshop_participant_invitation', 'invitationId', 'workshop_invitation', 'id', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'partner_search',
        columns: [
          varchar('id', 36, false, true),
          varchar('applicationId', 36),
          { name: 'wish', type: longText, isNullable: false },
          instant('closedAt', true),
          varchar('flaggedById', 36, true),
          instant('createdAt'),
          instant('updatedAt'),
        ],
        indices: [index('UQ_partner_search_application', ['applicationId'], true)],
        foreignKeys: [fk('FK_partner_search_application', 'applicationId', 'application', 'id', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'partner_offer',
        columns: [
          varchar('id', 36, false, true),
          varchar('applicationId', 36),
          varchar('municipalityCode', 3),
          varchar('status', 32),
          varchar('offeredById', 36, true),
          instant('createdAt'),
          instant('decidedAt', true),
          varchar('decidedById', 36, true),
          varchar('joinedApplicationId', 36, true),
          instant('updatedAt'),
        ],
        indices: [
          index('UQ_partner_offer_proposal_municipality', ['applicationId', 'municipalityCode'], true),
          index('IDX_partner_offer_municipality', ['municipalityCode']),
        ],
        foreignKeys: [
          fk('FK_partner_offer_application', 'applicationId', 'application', 'id', 'CASCADE'),
          fk('FK_partner_offer_municipality', 'municipalityCode', 'municipality', 'code', 'RESTRICT'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('partner_offer');
    await queryRunner.dropTable('partner_search');
    await queryRunner.dropTable('workshop_participant');
    await queryRunner.dropTable('workshop_invitation');
    await queryRunner.dropTable('workshop');
    await queryRunner.query('ALTER TABLE application DROP COLUMN allowPublication');
  }
}
