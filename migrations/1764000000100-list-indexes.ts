import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index behind every order and filter of the lists (applications, awards, calls, municipalities,
 * audit events), checked with EXPLAIN on MariaDB in test/indexes.test.ts.
 *
 * Three orders sorted on an expression (`COALESCE(submittedAt, createdAt)`, `COALESCE(listPosition, 0)`,
 * `COALESCE(population, 0)`), which no index serves: each gets a virtual generated column that an index
 * can hold. TypeORM keeps a generated column's expression in its `typeorm_metadata` table, which it reads
 * to compare the database with the entities; this migration creates that table and its rows.
 *
 * Project names are searched through a FULLTEXT index on MariaDB and an FTS5 table on SQLite, kept by
 * triggers (an FTS5 table of its own, with the application's id, so that it never depends on rowids that
 * a VACUUM may renumber).
 *
 * Where an index replaces a narrower one (its leading columns), the narrower one goes; indexes a foreign
 * key relies on are replaced before they are dropped.
 */

/** Generated columns: table, column, type, expression (also the entities' `asExpression`). */
const generated = [
  ['application', 'submittedSortAt', 'datetime(3)', 'datetime(3)', 'COALESCE(submittedAt, createdAt)'],
  ['award', 'listSortPosition', 'int', 'integer', 'COALESCE(listPosition, 0)'],
  ['municipality', 'populationSort', 'int', 'integer', 'COALESCE(population, 0)'],
] as const;

/** New indexes: name, table, columns (a direction where it matters). */
const created = [
  ['IDX_application_created_at', 'application', 'createdAt'],
  ['IDX_application_submitted_sort', 'application', 'submittedSortAt'],
  ['IDX_application_status_created', 'application', 'status, createdAt'],
  ['IDX_application_status_submitted', 'application', 'status, submittedSortAt'],
  ['IDX_application_status_requested', 'application', 'status, requestedAmount'],
  ['IDX_award_decision_list', 'award', 'decisionDate, listSortPosition'],
  ['IDX_award_decision_list_desc', 'award', 'decisionDate DESC, listSortPosition'],
  ['IDX_call_year_key', 'grant_call', 'year DESC, `key`'],
  ['IDX_call_stage_year_key', 'grant_call', 'stage, year DESC, `key`'],
  ['IDX_call_state_closes_at', 'grant_call', 'state, closesAt'],
  ['IDX_municipality_name', 'municipality', 'nameFi'],
  ['IDX_municipality_population', 'municipality', 'populationSort'],
  ['IDX_municipality_region_name', 'municipality', 'regionCode, nameFi'],
  ['IDX_audit_entity_occurred_at', 'audit_event', 'entityType, entityId, occurredAt'],
  ['IDX_audit_actor_occurred_at', 'audit_event', 'actorId, occurredAt'],
] as const;

/** Indexes the new ones make redundant: name, table, columns (for the way back). */
const replaced = [
  ['IDX_application_status', 'application', 'status'],
  ['IDX_call_year', 'grant_call', 'year'],
  ['IDX_municipality_region', 'municipality', 'regionCode'],
  ['IDX_audit_entity', 'audit_event', 'entityType, entityId'],
  ['IDX_audit_actor', 'audit_event', 'actorId'],
] as const;

const isSqlite = (queryRunner: QueryRunner) => queryRunner.connection.options.type === 'better-sqlite3';

/** Backticks are MariaDB's quotes; SQLite accepts them too, but spelled as double quotes they are standard. */
const columns = (queryRunner: QueryRunner, list: string) =>
  isSqlite(queryRunner) ? list.replaceAll('`', '"') : list;

const dropIndex = (queryRunner: QueryRunner, name: string, table: string) =>
  queryRunner.query(isSqlite(queryRunner) ? `DROP INDEX ${name}` : `DROP INDEX ${name} ON ${table}`);

export class ListIndexes1764000000100 implements MigrationInterface {
  name = 'ListIndexes1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = isSqlite(queryRunner);
    await queryRunner.query(
      sqlite
        ? 'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)'
        : 'CREATE TABLE IF NOT EXISTS `typeorm_metadata` (`type` varchar(255) NOT NULL, `database` varchar(255) NULL, `schema` varchar(255) NULL, `table` varchar(255) NULL, `name` varchar(255) NULL, `value` text NULL) ENGINE=InnoDB',
    );
    for (const [table, column, mysqlType, sqliteType, expression] of generated) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN ${column} ${sqlite ? sqliteType : mysqlType} AS (${expression}) VIRTUAL`,
      );
      await queryRunner.query(
        sqlite
          ? 'INSERT INTO "typeorm_metadata" ("type", "table", "name", "value") VALUES (?, ?, ?, ?)'
          : 'INSERT INTO `typeorm_metadata` (`type`, `schema`, `table`, `name`, `value`) VALUES (?, DATABASE(), ?, ?, ?)',
        ['GENERATED_COLUMN', table, column, expression],
      );
    }
    for (const [name, table, list] of created) {
      await queryRunner.query(`CREATE INDEX ${name} ON ${table} (${columns(queryRunner, list)})`);
    }
    for (const [name, table] of replaced) await dropIndex(queryRunner, name, table);
    if (sqlite) {
      await queryRunner.query(
        "CREATE VIRTUAL TABLE application_search USING fts5(applicationId UNINDEXED, projectNameFi, projectNameSv, tokenize = 'unicode61 remove_diacritics 2')",
      );
      await queryRunner.query(
        'INSERT INTO application_search (applicationId, projectNameFi, projectNameSv) SELECT id, projectNameFi, projectNameSv FROM application',
      );
      await queryRunner.query(
        'CREATE TRIGGER application_search_insert AFTER INSERT ON application BEGIN INSERT INTO application_search (applicationId, projectNameFi, projectNameSv) VALUES (new.id, new.projectNameFi, new.projectNameSv); END',
      );
      await queryRunner.query(
        'CREATE TRIGGER application_search_update AFTER UPDATE OF id, projectNameFi, projectNameSv ON application BEGIN DELETE FROM application_search WHERE applicationId = old.id; INSERT INTO application_search (applicationId, projectNameFi, projectNameSv) VALUES (new.id, new.projectNameFi, new.projectNameSv); END',
      );
      await queryRunner.query(
        'CREATE TRIGGER application_search_delete AFTER DELETE ON application BEGIN DELETE FROM application_search WHERE applicationId = old.id; END',
      );
    } else {
      await queryRunner.query(
        'CREATE FULLTEXT INDEX FT_application_project_name ON application (projectNameFi, projectNameSv)',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sqlite = isSqlite(queryRunner);
    if (sqlite) {
      for (const trigger of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER application_search_${trigger}`);
      await queryRunner.query('DROP TABLE application_search');
    } else {
      await dropIndex(queryRunner, 'FT_application_project_name', 'application');
    }
    for (const [name, table, list] of replaced) {
      await queryRunner.query(`CREATE INDEX ${name} ON ${table} (${columns(queryRunner, list)})`);
    }
    for (const [name, table] of [...created].reverse()) await dropIndex(queryRunner, name, table);
    for (const [table, column] of generated) {
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    const metadata = sqlite ? '"typeorm_metadata"' : '`typeorm_metadata`';
    for (const [table, column] of generated) {
      await queryRunner.query(
        `DELETE FROM ${metadata} WHERE ${sqlite ? '"table"' : '`table`'} = ? AND name = ? AND type = ?`,
        [table, column, 'GENERATED_COLUMN'],
      );
    }
    const [{ n }] = (await queryRunner.query(`SELECT COUNT(*) AS n FROM ${metadata}`)) as { n: unknown }[];
    if (Number(n) === 0) await queryRunner.query(`DROP TABLE ${metadata}`);
  }
}
