import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Runs `work` with a statement counter of its own; every SQL statement issued inside it is counted. */
export function withQueryStats<T>(work: (stats: QueryStats) => Promise<T>): Promise<T> {
  const stats = { statements: 0 };
  return storage.run(stats, () => work(stats));
}

/**
 * A TypeORM logger that counts statements per request (found through AsyncLocalStorage), so that
 * tests and benchmarks can prove that a page of 100 costs the same number of statements as a page of 1.
 */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const stats = storage.getStore();
    if (stats) stats.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
