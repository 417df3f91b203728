import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type {
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  QueryRunner,
  SelectQueryBuilder,
} from 'typeorm';
import { databaseFault, isRetryableFault } from './database-faults';
import { serviceUnavailable } from './errors';

/**
 * What a unit of work needs of the request context: the manager it reads and writes through, and a way
 * to get the same context bound to another manager (a transaction's), loaders included.
 */
export interface TransactionalContext<C> {
  manager: EntityManager;
  log: Logger;
  withManager(manager: EntityManager): C;
}

/** Whether the manager is bound to a transaction already (then work joins it instead of nesting). */
const inTransactionAlready = (manager: EntityManager): boolean =>
  manager.queryRunner?.isTransactionActive === true;

const isSqlite = (dataSource: DataSource): boolean => dataSource.options.type === 'better-sqlite3';

const openTransaction = new AsyncLocalStorage<QueryRunner>();

/**
 * The connection of the transaction the current code runs in, if any: a statement issued here on any
 * other connection is the pool-starving mistake inTransaction exists to prevent (see query-stats.ts).
 */
export const currentTransaction = (): QueryRunner | undefined => openTransaction.getStore();

/**
 * SQLite has one connection and TypeORM one query runner on it: a second transaction begun while the
 * first is open would silently become a savepoint inside it, so each data source's transactions take
 * turns here. (On MySQL/MariaDB every transaction has its own pooled connection and row locks.)
 */
const sqliteTurns = new WeakMap<DataSource, Promise<unknown>>();

function takingTurns<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = sqliteTurns.get(dataSource) ?? Promise.resolve();
  const mine = previous.then(work, work);
  sqliteTurns.set(
    dataSource,
    mine.catch(() => undefined),
  );
  return mine;
}

/**
 * A unit of work outside any request (test fixtures, scripts) in a transaction of its own: on SQLite in
 * turn with every other transaction of the data source, since its one connection holds one at a time.
 */
export function transactionOn<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return isSqlite(dataSource)
    ? takingTurns(dataSource, () => dataSource.transaction(work))
    : dataSource.transaction(work);
}

/**
 * Runs a unit of work in one transaction on one connection. `work` receives the request context bound
 * to the transaction: its loaders and services read through the transaction's connection, so nothing
 * inside holds a lock while it waits for a second pooled connection. Inside a transaction already, the
 * work joins it.
 *
 * A lock wait timeout, a deadlock or no free connection within the acquire timeout rolls back and is
 * tried once more with fresh loaders; if that fails too, or the database cannot be reached, the caller
 * gets SERVICE_UNAVAILABLE (the cause goes to the log).
 */
export async function inTransaction<C extends TransactionalContext<C>, T>(
  ctx: C,
  work: (tx: C) => Promise<T>,
): Promise<T> {
  if (inTransactionAlready(ctx.manager)) return work(ctx);
  const dataSource = ctx.manager.connection;
  const unit = (manager: EntityManager) =>
    openTransaction.run(manager.queryRunner as QueryRunner, () => work(ctx.withManager(manager)));
  // On MySQL/MariaDB, READ COMMITTED: what must not change under a unit of work is locked explicitly
  // (SELECT … FOR UPDATE), and a read after taking a lock sees what committed before it. REPEATABLE
  // READ would add gap locks on every range searched, and with them deadlocks between unrelated
  // inserts (two reviewers saving evaluations of different applications at once).
  const run = isSqlite(dataSource)
    ? () => takingTurns(dataSource, () => dataSource.transaction(unit))
    : () => dataSource.transaction('READ COMMITTED', unit);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const fault = databaseFault(error);
      if (!fault) throw error;
      if (attempt === 1 && isRetryableFault(fault)) {
        ctx.log.warn({ err: error, fault }, 'transaction failed on a database fault; trying once more');
        continue;
      }
      ctx.log.error({ err: error, fault, attempt }, 'transaction failed on a database fault');
      throw serviceUnavailable();
    }
  }
}

/**
 * Takes a row lock for the rest of the transaction where the engine has them (MySQL/MariaDB:
 * SELECT … FOR UPDATE). SQLite has no row locks: its transactions take turns (see inTransaction).
 */
export function forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const type = query.connection.options.type;
  return type === 'mysql' || type === 'mariadb' ? query.setLock('pessimistic_write') : query;
}

/** A row by primary key, locked for the rest of the transaction (see forUpdate); null when absent. */
export function findForUpdate<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  return forUpdate(
    manager.getRepository(entity).createQueryBuilder('locked').where('locked.id = :id', { id }),
  ).getOne();
}
