import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../src/config';
import { createDataSource } from '../../src/database';

/**
 * Which engine the suite runs on: TEST_DATABASE=sqlite (default) or TEST_DATABASE=mariadb with
 * TEST_MYSQL_URL (default mysql://root@127.0.0.1:3306). Every test file gets a database of its own.
 */
export const testEngine = (process.env.TEST_DATABASE || 'sqlite') as 'sqlite' | 'mariadb';
const serverUrl = process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

export interface TestDatabase {
  config: DatabaseConfig;
  /** The DATABASE_URL that names it, for a server process of its own. */
  url: string;
  /** Drops the database (MariaDB) or deletes the file (SQLite). */
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const prefix = process.env.TEST_DB_PREFIX || 'dk_test_';
  const name = `${prefix}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (testEngine === 'mariadb') {
    const admin = await mysql.createConnection(serverUrl);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = `${serverUrl.replace(/\/$/, '')}/${name}`;
    return {
      config: { type: 'mariadb', url },
      url,
      drop: async () => {
        const connection = await mysql.createConnection(serverUrl);
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await connection.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digikannustin-'));
  const file = path.join(dir, `${name}.sqlite`);
  return {
    config: { type: 'sqlite', database: file },
    url: `sqlite:${file}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A migrated DataSource on a fresh database, for tests of the data layer itself. */
export async function createMigratedDataSource(): Promise<{
  dataSource: DataSource;
  drop: () => Promise<void>;
}> {
  const database = await createTestDatabase();
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
