import { AsyncLocalStorage } from 'node:async_hooks';
import type { QueryRunner, Logger as TypeOrmLogger } from 'typeorm';
import { currentTransaction } from './common/transaction';

export interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

/**
 * Runs `work` with the statement counter `stats`: every SQL statement issued inside it, and in whatever it
 * starts, is counted there.
 */
export function countingStatements<T>(stats: QueryStats, work: () => T): T {
  return storage.run(stats, work);
}

let secondConnectionStatements = 0;

/** The process warning's code, so that logs and the test of real processes can look for it. */
export const SECOND_CONNECTION_WARNING = 'DK_SECOND_CONNECTION';

/**
 * Statements issued inside a transaction on another connection than the transaction's, since start.
 * Each one could wait for a pooled connection while the transaction holds its locks; the test suite
 * asserts this stays 0 (one engine with real pooling is enough to see it: MySQL/MariaDB).
 */
export const statementsOnSecondConnection = (): number => secondConnectionStatements;

/**
 * A TypeORM logger that counts statements per request (found through AsyncLocalStorage), so that
 * tests and benchmarks can prove that a page of 100 costs the same number of statements as a page of 1.
 */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const stats = storage.getStore();
    if (stats) stats.statements += 1;
    const transaction = currentTransaction();
    if (transaction && queryRunner !== transaction) {
      secondConnectionStatements += 1;
      process.emitWarning('A statement inside a transaction ran on a second connection', {
        code: SECOND_CONNECTION_WARNING,
        detail: query.slice(0, 200),
      });
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
