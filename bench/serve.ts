/**
 * The service as `npm run bench` runs it, one process per variant: main.ts's server, in whatever mode
 * NODE_ENV says (production for the benchmark), over a database the benchmark prepared (no migrations, no
 * seed), with the switches of the variant BENCH_VARIANT names (bench/variants.ts). Only this entry point
 * passes them: main.ts and the configuration cannot. SIGTERM stops it and exits 0.
 *
 * With BENCH_CPU_PROFILE=<file>, SIGUSR2 starts V8's CPU profiler (what `node --cpu-prof` runs) and
 * SIGTERM writes the profile there before stopping: the profile covers the load, not start-up and warm-up.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import DataLoader from 'dataloader';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';
import { variantNamed } from './variants';

/**
 * DataLoader's `{ batch: false }` is a batch of at most one key; every loader of the service gets it at its
 * first load, wherever it was made, so that each key costs a statement as it would without loaders.
 */
function withoutBatching(): void {
  const prototype = DataLoader.prototype as unknown as {
    load: (this: { _maxBatchSize: number }, key: unknown) => Promise<unknown>;
  };
  const load = prototype.load;
  prototype.load = function (key) {
    this._maxBatchSize = 1;
    return load.call(this, key);
  };
}

async function main(): Promise<void> {
  const variant = variantNamed(process.env.BENCH_VARIANT ?? 'full');
  if (!variant || variant.name === 'baseline')
    throw new Error(`no such variant: ${process.env.BENCH_VARIANT}`);
  if (!variant.batching) withoutBatching();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const dataSource = await createDataSource(config.database, config.pool).initialize();
  const server = await startServer(
    { config, dataSource, logger: log, benchmark: variant.switches },
    config.port,
    config.host,
  );
  const profileFile = process.env.BENCH_CPU_PROFILE;
  const inspector = profileFile ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    process.once('SIGUSR2', () => {
      void inspector.post('Profiler.enable').then(() => inspector.post('Profiler.start'));
    });
  }
  process.once('SIGTERM', () => {
    const profiled = inspector
      ? inspector
          .post('Profiler.stop')
          .then(({ profile }) => fs.writeFileSync(profileFile!, JSON.stringify(profile)))
      : Promise.resolve();
    void profiled
      .then(() => server.stop(1000))
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
