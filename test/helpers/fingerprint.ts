import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A digest of every row of every table, to tell whether a request changed anything at all (a refused
 * mutation must leave no row, no audit event and no half-written child behind). MariaDB computes it in
 * one statement (CHECKSUM TABLE reads every row); SQLite's rows are read and hashed here.
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<string> {
  const tables = await tableNames(dataSource);
  const hash = createHash('sha256');
  if (dataSource.options.type === 'better-sqlite3') {
    for (const table of tables) {
      const rows: unknown[] = await dataSource.query(`SELECT * FROM "${table}" ORDER BY rowid`);
      hash.update(`${table}\n${JSON.stringify(rows)}\n`);
    }
  } else {
    // CHECKSUM TABLE is not stable over virtual generated columns (a read can change it): tables with one
    // are summed here over their stored columns, row by row, in any order.
    const generated = await generatedColumnTables(dataSource);
    const plain = tables.filter((table) => !generated.has(table));
    const sums: { Table: string; Checksum: unknown }[] = await dataSource.query(
      `CHECKSUM TABLE ${plain.map((table) => `\`${table}\``).join(', ')}`,
    );
    for (const sum of sums) hash.update(`${sum.Table}=${String(sum.Checksum)}\n`);
    for (const [table, columns] of generated) {
      const row = columns.map((column) => `COALESCE(HEX(\`${column}\`), 'NULL')`).join(", '|', ");
      const [sum] = await dataSource.query<{ n: unknown; x: unknown; s: unknown }[]>(
        `SELECT COUNT(*) AS n, BIT_XOR(CRC32(CONCAT(${row}))) AS x, SUM(CRC32(CONCAT(${row}))) AS s FROM \`${table}\``,
      );
      hash.update(`${table}=${String(sum.n)}:${String(sum.x)}:${String(sum.s)}\n`);
    }
  }
  return hash.digest('hex');
}

const generatedByDataSource = new WeakMap<DataSource, Map<string, string[]>>();

/** MariaDB: the stored columns of each table that has a generated column. */
async function generatedColumnTables(dataSource: DataSource): Promise<Map<string, string[]>> {
  const known = generatedByDataSource.get(dataSource);
  if (known) return known;
  const rows: { t: string; c: string; g: string }[] = await dataSource.query(
    'SELECT TABLE_NAME AS t, COLUMN_NAME AS c, EXTRA AS g FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION',
  );
  const withGenerated = new Set(rows.filter((row) => /GENERATED/i.test(row.g)).map((row) => row.t));
  const tables = new Map<string, string[]>();
  for (const row of rows) {
    if (!withGenerated.has(row.t) || /GENERATED/i.test(row.g)) continue;
    tables.set(row.t, [...(tables.get(row.t) ?? []), row.c]);
  }
  generatedByDataSource.set(dataSource, tables);
  return tables;
}

const namesByDataSource = new WeakMap<DataSource, string[]>();

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const known = namesByDataSource.get(dataSource);
  if (known) return known;
  const rows: Record<string, string>[] =
    dataSource.options.type === 'better-sqlite3'
      ? await dataSource.query(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
      : await dataSource.query('SHOW TABLES');
  let names = rows.map((row) => Object.values(row)[0]).sort();
  if (dataSource.options.type === 'better-sqlite3') {
    // A full-text table's shadow tables (application_search_idx, …) hold what the table itself shows.
    const virtual: { name: string }[] = await dataSource.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
    );
    names = names.filter((name) => !virtual.some((table) => name.startsWith(`${table.name}_`)));
  }
  namesByDataSource.set(dataSource, names);
  return names;
}
