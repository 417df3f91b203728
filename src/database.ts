import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { defaults, type DatabaseConfig, type PoolConfig } from './config';
import { useSqliteTextTypes } from './common/columns';
import { PoolAcquireTimeoutError } from './common/database-faults';
import { entities } from './entities';
import { migrations } from '../migrations';
import { StatementCountingLogger } from './query-stats';

/** How long one attempt to open a connection may take. */
const CONNECT_ATTEMPT_TIMEOUT_MS = 3000;

const defaultPool: PoolConfig = {
  size: defaults.poolSize,
  acquireTimeoutMs: defaults.acquireTimeoutMs,
  lockWaitTimeoutSeconds: defaults.lockWaitTimeoutSeconds,
};

type ConnectionCallback = (error: Error | null, connection?: PooledConnection) => void;

interface PooledConnection {
  release(): void;
  query(sql: string, callback: (error: Error | null) => void): unknown;
}

/** The part of mysql2's callback pool that TypeORM's driver uses to get a connection. */
interface CallbackPool {
  getConnection(callback: ConnectionCallback): void;
  on(event: 'connection', listener: (connection: PooledConnection) => void): unknown;
}

/** How long units of work waited for a pooled connection, since start (MySQL/MariaDB). */
export interface PoolStatistics {
  /** Connections handed out. */
  acquired: number;
  /** Of those, how many waited longer than 10 ms (the pool was busy or a connection had to be opened). */
  waited: number;
  /** The longest wait, in ms. */
  longestWaitMs: number;
  /** Waits given up after the acquire timeout. */
  timedOut: number;
}

/** A wait this long means the caller did not get an idle connection at once. */
const NOTICEABLE_WAIT_MS = 10;

/**
 * mysql2's pool waits for a free connection forever. Here a wait longer than `timeoutMs` fails with
 * PoolAcquireTimeoutError (retried once by inTransaction, then SERVICE_UNAVAILABLE); a connection that
 * arrives after its waiter gave up goes straight back to the pool.
 */
function boundPoolWaits(pool: CallbackPool, timeoutMs: number, statistics: PoolStatistics): void {
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (callback) => {
    const asked = performance.now();
    let answered = false;
    const timer = setTimeout(() => {
      answered = true;
      statistics.timedOut += 1;
      callback(new PoolAcquireTimeoutError(timeoutMs));
    }, timeoutMs);
    getConnection((error, connection) => {
      if (answered) {
        connection?.release();
        return;
      }
      answered = true;
      clearTimeout(timer);
      const waitedMs = performance.now() - asked;
      statistics.acquired += 1;
      if (waitedMs > NOTICEABLE_WAIT_MS) statistics.waited += 1;
      statistics.longestWaitMs = Math.max(statistics.longestWaitMs, Math.round(waitedMs));
      callback(error, connection);
    });
  };
}

/**
 * A DataSource that, on MySQL/MariaDB, bounds how long anything waits: for a pooled connection
 * (acquire timeout) and for another transaction's row lock (innodb_lock_wait_timeout, set on every new
 * connection before its first statement).
 */
class BoundedDataSource extends DataSource {
  readonly poolStatistics: PoolStatistics = { acquired: 0, waited: 0, longestWaitMs: 0, timedOut: 0 };

  constructor(
    options: DataSourceOptions,
    private readonly poolConfig: PoolConfig,
  ) {
    super(options);
  }

  override async initialize(): Promise<this> {
    await super.initialize();
    const pool = (this.driver as unknown as { pool?: CallbackPool }).pool;
    if (pool) {
      boundPoolWaits(pool, this.poolConfig.acquireTimeoutMs, this.poolStatistics);
      // Row locks (InnoDB) and table or metadata locks (a migration's ALTER TABLE) alike.
      const seconds = this.poolConfig.lockWaitTimeoutSeconds;
      const lockWait = `SET SESSION innodb_lock_wait_timeout = ${seconds}, lock_wait_timeout = ${seconds}`;
      // Statements on one connection run in order, so this precedes the first query of its borrower.
      pool.on('connection', (connection) => connection.query(lockWait, () => undefined));
      // The one connection TypeORM opened to check the credentials came before the listener.
      await new Promise<void>((resolve, reject) =>
        pool.getConnection((error, connection) => {
          if (error || !connection) return reject(error ?? new Error('No connection'));
          connection.query(lockWait, (queryError) => {
            connection.release();
            if (queryError) reject(queryError);
            else resolve();
          });
        }),
      );
    }
    return this;
  }
}

/** The pool's waits so far; null on SQLite, which has no pool. */
export function poolStatisticsOf(dataSource: DataSource): PoolStatistics | null {
  const pooled = dataSource instanceof BoundedDataSource && dataSource.options.type !== 'better-sqlite3';
  return pooled ? { ...dataSource.poolStatistics } : null;
}

/** What the pool holds right now (MySQL/MariaDB). */
export interface PoolUsage {
  /** Connections lent out. */
  inUse: number;
  /**
   * Requests for a connection queued in the driver. One that gave up at the acquire timeout stays queued
   * until a connection frees (then handed straight back), so this also counts waits already refused.
   */
  waiting: number;
}

/** The lengths of mysql2's pool queues: not public API, hence read defensively. */
interface QueueLengths {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** The pool's connections in use and waiters now; null on SQLite, which has no pool. */
export function poolUsageOf(dataSource: DataSource): PoolUsage | null {
  if (dataSource.options.type === 'better-sqlite3' || !dataSource.isInitialized) return null;
  const pool = (dataSource.driver as unknown as { pool?: QueueLengths }).pool;
  if (!pool?._allConnections || !pool._freeConnections || !pool._connectionQueue) return null;
  return {
    inUse: pool._allConnections.length - pool._freeConnections.length,
    waiting: pool._connectionQueue.length,
  };
}

/** Builds the DataSource for a configuration: the same entities and migrations on every engine. */
export function createDataSource(
  config: DatabaseConfig,
  pool: PoolConfig = defaultPool,
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
      poolSize: pool.size,
      // A server that does not answer at all fails a new connection soon, whatever the acquire timeout.
      connectTimeout: Math.min(pool.acquireTimeoutMs, CONNECT_ATTEMPT_TIMEOUT_MS),
      extra: { decimalNumbers: false },
    };
  }
  const dataSource = new BoundedDataSource(options, pool);
  if (config.type === 'sqlite') useSqliteTextTypes(dataSource.driver);
  return dataSource;
}
