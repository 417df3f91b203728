import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './database';
import { createLogger } from './logger';
import { isDatabaseEmpty, seedDatabase } from './seed/seed';
import { startServer } from './server';

/** Start-up: configuration → database → migrations → seed an empty database → listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (await isDatabaseEmpty(dataSource)) {
    const summary = await seedDatabase(dataSource);
    log.info({ summary }, 'empty database seeded');
  }
  const server = await startServer({ config, dataSource, logger: log }, config.port, config.host);
  log.info({ url: server.url, database: config.database.type }, 'digikannustin is serving');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    void server
      .stop()
      .then(() => dataSource.destroy())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  console.error(`digikannustin could not start: ${message}`);
  process.exit(1);
});
