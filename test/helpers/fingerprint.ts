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
    const sums: { Table: string; Checksum: unknown }[] = await dataSource.query(
      `CHECKSUM TABLE ${tables.map((table) => `\`${table}\``).join(', ')}`,
    );
    for (const sum of sums) hash.update(`${sum.Table}=${String(sum.Checksum)}\n`);
  }
  return hash.digest('hex');
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
