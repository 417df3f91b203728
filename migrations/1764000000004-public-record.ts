import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
  type TableColumnOptions,
} from 'typeorm';

// Column shapes as in the initial schema, repeated here so that this migration never changes with the code.
const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});
const integer = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false });
const money = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'decimal',
  precision: 14,
  scale: 2,
  isNullable: nullable,
});
const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const date = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'date',
  isNullable: nullable,
});
const enumText = (name: string) => varchar(name, 32);
/** Long texts are MEDIUMTEXT on MySQL/MariaDB (as migration 3 made them), TEXT on SQLite: see up(). */
const LONG_TEXT = 'long text';
const localized = (prefix: string, kind: 'name' | 'long'): TableColumnOptions[] =>
  ['Fi', 'Sv', 'En'].map((language) =>
    kind === 'name'
      ? varchar(`${prefix}${language}`, 255, true)
      : { ...text(`${prefix}${language}`, true), type: LONG_TEXT },
  );
const index = (name: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name, columnNames, isUnique });
const fk = (
  name: string,
  column: string,
  referencedTableName: string,
  referencedColumn: string,
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL',
) =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName,
    referencedColumnNames: [referencedColumn],
    onDelete,
    onUpdate: 'CASCADE',
  });

interface TableSpec {
  name: string;
  columns: TableColumnOptions[];
  indices: TableIndex[];
  foreignKeys: TableForeignKey[];
}

// Every foreign-key column leads an index of its own, so that MariaDB creates none behind our back.
const tables: TableSpec[] = [
  {
    name: 'source',
    columns: [
      id(),
      varchar('key', 64),
      enumText('kind'),
      ...localized('title', 'long'),
      ...localized('publisher', 'name'),
      enumText('language'),
      date('publishedOn', true),
      instant('publishedAt', true),
      varchar('url', 2048, true),
    ],
    indices: [index('UQ_source_key', ['key'], true)],
    foreignKeys: [],
  },
  {
    name: 'call_source',
    columns: [id(), ref('callId'), enumText('subject'), ref('sourceId'), integer('position')],
    indices: [
      index('UQ_call_source', ['callId', 'subject', 'sourceId'], true),
      index('IDX_call_source_source', ['sourceId']),
    ],
    foreignKeys: [
      fk('FK_call_source_call', 'callId', 'grant_call', 'id', 'CASCADE'),
      fk('FK_call_source_source', 'sourceId', 'source', 'id', 'RESTRICT'),
    ],
  },
  {
    name: 'award_source',
    columns: [id(), ref('awardId'), ref('sourceId'), integer('position')],
    indices: [
      index('UQ_award_source', ['awardId', 'sourceId'], true),
      index('IDX_award_source_source', ['sourceId']),
    ],
    foreignKeys: [
      fk('FK_award_source_award', 'awardId', 'award', 'id', 'CASCADE'),
      fk('FK_award_source_source', 'sourceId', 'source', 'id', 'RESTRICT'),
    ],
  },
  {
    name: 'published_decision',
    columns: [
      id(),
      ref('callId'),
      date('decisionDate'),
      integer('listPosition'),
      text('asPrinted'),
      varchar('leadCode', 3, true),
      ...localized('projectName', 'long'),
      money('grantedAmount', true),
      text('conditionList'),
      ref('awardId', true),
      instant('createdAt'),
    ],
    indices: [
      index('IDX_published_decision_call', ['callId', 'decisionDate', 'listPosition']),
      index('IDX_published_decision_lead', ['leadCode']),
      index('UQ_published_decision_award', ['awardId'], true),
    ],
    foreignKeys: [
      fk('FK_published_decision_call', 'callId', 'grant_call', 'id', 'RESTRICT'),
      fk('FK_published_decision_lead', 'leadCode', 'municipality', 'code', 'RESTRICT'),
      fk('FK_published_decision_award', 'awardId', 'award', 'id', 'SET NULL'),
    ],
  },
  {
    name: 'published_decision_recipient',
    columns: [id(), ref('publishedDecisionId'), varchar('municipalityCode', 3), integer('position')],
    indices: [
      index('UQ_published_recipient', ['publishedDecisionId', 'municipalityCode'], true),
      index('IDX_published_recipient_municipality', ['municipalityCode']),
    ],
    foreignKeys: [
      fk('FK_published_recipient_decision', 'publishedDecisionId', 'published_decision', 'id', 'CASCADE'),
      fk('FK_published_recipient_municipality', 'municipalityCode', 'municipality', 'code', 'RESTRICT'),
    ],
  },
  {
    name: 'published_decision_source',
    columns: [id(), ref('publishedDecisionId'), ref('sourceId'), integer('position')],
    indices: [
      index('UQ_published_decision_source', ['publishedDecisionId', 'sourceId'], true),
      index('IDX_published_decision_source_source', ['sourceId']),
    ],
    foreignKeys: [
      fk('FK_published_source_decision', 'publishedDecisionId', 'published_decision', 'id', 'CASCADE'),
      fk('FK_published_source_source', 'sourceId', 'source', 'id', 'RESTRICT'),
    ],
  },
];

/**
 * The public record: the publications seeded data comes from and what cites them, and the grants as the
 * ministry published them (the 14 of 2018 have no published amount and so cannot be awards). New tables
 * only; nothing existing changes.
 */
export class PublicRecord1764000000004 implements MigrationInterface {
  name = 'PublicRecord1764000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    const type = queryRunner.connection.options.type;
    const longText = type === 'mysql' || type === 'mariadb' ? 'mediumtext' : 'text';
    for (const spec of tables) {
      const columns = spec.columns?.map((column) =>
        column.type === LONG_TEXT ? { ...column, type: longText } : column,
      );
      await queryRunner.createTable(new Table({ ...spec, columns }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const spec of [...tables].reverse()) await queryRunner.dropTable(spec.name);
  }
}
