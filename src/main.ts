import 'reflect-metadata';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from './config';
import { createDataSource, poolStatisticsOf } from './database';
import { createLogger } from './logger';
import { isDatabaseEmpty, seedDatabase } from './seed/seed';
import { startServer } from './server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Connects to the database, trying again with growing pauses (0.5 s doubling to 5 s) until
 * DATABASE_CONNECT_TIMEOUT_MS has passed: a database that starts a little after the service is normal.
 */
async function connect(config: AppConfig, log: Logger): Promise<DataSource> {
  const deadline = Date.now() + config.databaseConnectTimeoutMs;
  for (let pause = 500; ; pause = Math.min(pause * 2, 5000)) {
    const dataSource = createDataSource(config.database, config.pool);
    try {
      return await dataSource.initialize();
    } catch (error) {
      const left = deadline - Date.now();
      const reason = error instanceof Error ? error.message : String(error);
      if (left <= 0) {
        throw new Error(
          `the database did not answer within ${config.databaseConnectTimeoutMs} ms (${reason})`,
        );
      }
      log.warn({ reason, retryInMs: Math.min(pause, left) }, 'database not reachable yet');
      await sleep(Math.min(pause, left));
    }
  }
}

/** Start-up: configuration → database → migrations → seed an empty database → listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const dataSource = await connect(config, log);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (await isDatabaseEmpty(dataSource)) {
    const summary = await seedDatabase(dataSource);
    log.info({ summary }, 'empty database seeded');
  }
  const server = await startServer({ config, dataSource, logger: log }, config.port, config.host);
  log.info({ url: server.url, database: config.database.type }, 'digikannustin is serving');

  // The one set of signal handlers (Apollo's own are off): stop accepting, let requests in flight
  // finish within the grace period, close the pool, exit 0.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    const deadline = Date.now() + config.shutdownGraceMs;
    server
      .stop(config.shutdownGraceMs)
      .then(() => {
        const pool = poolStatisticsOf(dataSource);
        if (pool) log.info({ pool }, 'pool statistics');
      })
      // A connection still waiting on the database would hold the pool open past the grace period;
      // exiting closes its socket anyway.
      .then(() => Promise.race([dataSource.destroy(), sleep(Math.max(deadline - Date.now(), 500))]))
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`digikannustin could not start: ${message}`);
  process.exit(1);
});
