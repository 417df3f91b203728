import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/database';
import { startServer } from '../../src/server';

/**
 * A server process for tests of behaviour across processes: it serves the already migrated database
 * named by DATABASE_URL on a loopback port, prints `{"msg": "digikannustin is serving", "url": …}` when
 * ready, and stops on SIGTERM as main.ts does (requests in flight finish, the pool closes, exit 0).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.database, config.pool);
  await dataSource.initialize();
  const server = await startServer({ config, dataSource }, 0, '127.0.0.1');
  // The line spawnService waits for, as main.ts logs it.
  process.stdout.write(`${JSON.stringify({ msg: 'digikannustin is serving', url: server.url })}\n`);
  process.once('SIGTERM', () => {
    void server
      .stop(config.shutdownGraceMs)
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
