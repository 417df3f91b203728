import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import type { DatabaseConfig } from './config';
import { useSqliteTextTypes } from './common/columns';
import { entities } from './entities';
import { migrations } from '../migrations';
import { StatementCountingLogger } from './query-stats';

/** Builds the DataSource for a configuration: the same entities and migrations on every engine. */
export function createDataSource(
  config: DatabaseConfig,
  logger: Logger = new StatementCountingLogger(),
): DataSource {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logger } as const;
  let options: DataSourceOptions;
  if (config.type === 'sqlite') {
    if (config.database !== ':memory:') fs.mkdirSync(path.dirname(config.database), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: config.database,
      // WAL lets readers go on while a writer commits; foreign keys are off in SQLite unless asked for.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    };
  } else {
    options = {
      ...common,
      type: config.type,
      url: config.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // DECIMAL and BIGINT come back as exact strings, never as JS numbers.
      supportBigNumbers: true,
      bigNumberStrings: true,
      extra: { connectionLimit: 10, decimalNumbers: false },
    };
  }
  const dataSource = new DataSource(options);
  if (config.type === 'sqlite') useSqliteTextTypes(dataSource.driver);
  return dataSource;
}
