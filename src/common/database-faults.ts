import { QueryFailedError } from 'typeorm';

/**
 * Which database errors are the database's state rather than a bug: the caller may try again later, so
 * they are answered as SERVICE_UNAVAILABLE (HTTP 503), never as an internal error.
 */
export enum DatabaseFault {
  /** Another transaction held what this one needed: a lock wait timed out, a deadlock, SQLite busy. */
  CONTENTION = 'CONTENTION',
  /** No pooled connection came free within the acquire timeout. */
  POOL_EXHAUSTED = 'POOL_EXHAUSTED',
  /** The server could not be reached, or the connection broke. */
  UNREACHABLE = 'UNREACHABLE',
}

/** The error the pool guard raises when no connection comes free in time (see database.ts). */
export class PoolAcquireTimeoutError extends Error {
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
  constructor(readonly waitedMs: number) {
    super(`No database connection came free within ${waitedMs} ms`);
    this.name = 'PoolAcquireTimeoutError';
  }
}

const contentionCodes = new Set(['ER_LOCK_WAIT_TIMEOUT', 'ER_LOCK_DEADLOCK', 'SQLITE_BUSY', 'SQLITE_LOCKED']);

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_SERVER_GONE_ERROR',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
]);

/** mysql2's words for a pool or connection that can no longer be used (they carry no code). */
const unusableConnectionMessages = [
  'Pool is closed',
  "Can't add new command when connection is in closed state",
  'Connection lost',
];

interface DriverErrorLike {
  code?: unknown;
  errno?: unknown;
  fatal?: unknown;
  message?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

/** The fault an error stands for, looking through TypeORM's and GraphQL's wrappers; null for any other error. */
export function databaseFault(error: unknown, depth = 0): DatabaseFault | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  if (error instanceof PoolAcquireTimeoutError) return DatabaseFault.POOL_EXHAUSTED;
  const candidate = error as DriverErrorLike;
  const code = typeof candidate.code === 'string' ? candidate.code : undefined;
  if (code && contentionCodes.has(code)) return DatabaseFault.CONTENTION;
  if (code && unreachableCodes.has(code)) return DatabaseFault.UNREACHABLE;
  // A fatal mysql2 error means the connection is gone, whatever its code says.
  if (candidate.fatal === true) return DatabaseFault.UNREACHABLE;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  if (unusableConnectionMessages.some((words) => message.includes(words))) return DatabaseFault.UNREACHABLE;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const fault = databaseFault(inner, depth + 1);
      if (fault) return fault;
    }
  }
  return (
    databaseFault(candidate.driverError, depth + 1) ??
    databaseFault(candidate.originalError, depth + 1) ??
    databaseFault(candidate.cause, depth + 1)
  );
}

/** Faults worth one more try of the whole transaction: they pass when the other writers finish. */
export const isRetryableFault = (fault: DatabaseFault | null): boolean =>
  fault === DatabaseFault.CONTENTION || fault === DatabaseFault.POOL_EXHAUSTED;

/**
 * A unique index refused the row: two requests raced to write the same thing, and the loser's check
 * before the insert could not see the winner's uncommitted row.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code, errno } = (error.driverError ?? {}) as { code?: unknown; errno?: unknown };
  return (
    code === 'ER_DUP_ENTRY' ||
    errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
