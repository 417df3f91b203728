/**
 * Database chores on the database DATABASE_URL names:
 *
 *   node dist/src/cli/db.js migrate   runs the pending migrations
 *   node dist/src/cli/db.js revert    reverts the last migration run
 *   node dist/src/cli/db.js seed      runs the pending migrations, then loads the seed data
 *
 * Prints one line of what it did; on failure a short message on stderr and exit code 1.
 */
import 'reflect-metadata';
import { type DataSource, type Migration, MigrationExecutor } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource } from '../database';
import { seedDatabase, type SeedSummary } from '../seed/seed';

const usage = 'Usage: node dist/src/cli/db.js migrate|revert|seed';

class UsageError extends Error {}

const describeMigrations = (migrations: Migration[]): string =>
  migrations.length === 0
    ? 'No migrations were pending'
    : `Ran ${migrations.length} migration(s): ${migrations.map((migration) => migration.name).join(', ')}`;

function describeSeed(summary: SeedSummary): string {
  const tables = Object.entries(summary);
  const rows = tables.map(
    ([table, counts]) => `${counts.rows} ${table.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`,
  );
  const inserted = tables.reduce((sum, [, counts]) => sum + counts.inserted, 0);
  const updated = tables.reduce((sum, [, counts]) => sum + counts.updated, 0);
  return `seeded ${rows.join(', ')} (${inserted} rows inserted, ${updated} updated)`;
}

const commands: Record<string, (dataSource: DataSource) => Promise<string>> = {
  migrate: async (dataSource) => describeMigrations(await dataSource.runMigrations({ transaction: 'each' })),
  revert: async (dataSource) => {
    const [last] = await new MigrationExecutor(dataSource).getExecutedMigrations();
    if (!last) return 'No migration to revert';
    await dataSource.undoLastMigration({ transaction: 'each' });
    return `Reverted migration ${last.name}`;
  },
  seed: async (dataSource) => {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    return `${describeMigrations(migrations)}; ${describeSeed(await seedDatabase(dataSource))}`;
  },
};

/** Runs one command against the configured database and returns the line to print. */
async function runDatabaseCommand(command: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  const run = command === undefined ? undefined : commands[command];
  if (!run) throw new UsageError(command === undefined ? 'No command given' : `Unknown command ${command}`);
  const dataSource = createDataSource(loadConfig(env).database);
  await dataSource.initialize();
  try {
    return await run(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** A one-line reason; some driver errors (a refused connection) carry only a code. */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return error.message || (typeof code === 'string' ? code : error.name);
}

async function main(): Promise<void> {
  const [command] = process.argv.slice(2);
  try {
    process.stdout.write(`${await runDatabaseCommand(command, process.env)}\n`);
  } catch (error) {
    process.stderr.write(
      `db${command ? ` ${command}` : ''}: ${reason(error)}\n${error instanceof UsageError ? usage + '\n' : ''}`,
    );
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
