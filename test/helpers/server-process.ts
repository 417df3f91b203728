import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/database';
import { startServer } from '../../src/server';

/**
 * A second server process for tests of behaviour across processes: it serves the already migrated
 * database named by DATABASE_URL on a loopback port and prints `{"url": …}` on one line when ready.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  const server = await startServer({ config, dataSource }, 0, '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.on('SIGTERM', () => {
    void server
      .stop()
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
