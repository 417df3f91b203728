import path from 'node:path';

/** Where the database lives and which engine speaks to it. */
export type DatabaseConfig =
  { type: 'sqlite'; database: string } | { type: 'mysql' | 'mariadb'; url: string };

export interface JwtConfig {
  /** HS256 shared secret (development); tokens are rejected when neither this nor a JWKS URL is set. */
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** How the service shares the database server (MySQL/MariaDB; SQLite has one connection). */
export interface PoolConfig {
  /** Connections per process (DATABASE_POOL_SIZE). */
  size: number;
  /** How long a unit of work waits for a free connection before it is retried once, then refused. */
  acquireTimeoutMs: number;
  /** How long a statement waits for another transaction's row lock before it gives up. */
  lockWaitTimeoutSeconds: number;
}

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  database: DatabaseConfig;
  pool: PoolConfig;
  /** At start, how long to keep trying to reach the database before giving up. */
  databaseConnectTimeoutMs: number;
  /** On SIGTERM/SIGINT, how long requests in flight may take before connections are cut. */
  shutdownGraceMs: number;
  /** Browser origins allowed to call the API (CORS_ORIGINS); none by default. */
  corsOrigins: string[];
  /** Event-loop delay above which requests are refused with 503 until it recovers. */
  maxEventLoopDelayMs: number;
  /**
   * The bearer token that /metrics asks for (METRICS_TOKEN). Unset, /metrics answers only loopback
   * clients that came through no proxy.
   */
  metricsToken?: string;
  jwt: JwtConfig;
  redisUrl?: string;
}

export class ConfigError extends Error {}

const projectRoot = path.resolve(__dirname, '..', '..');
const defaultSqliteFile = path.join(projectRoot, 'data', 'digikannustin.sqlite');

/** Reads DATABASE_URL: `sqlite:<path>`, `mysql://…`, `mariadb://…`, or nothing for the embedded file. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { type: 'sqlite', database: defaultSqliteFile };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError('DATABASE_URL sqlite: needs a file path');
    return { type: 'sqlite', database: file === ':memory:' ? file : path.resolve(file) };
  }
  if (url.startsWith('mysql://')) return { type: 'mysql', url };
  if (url.startsWith('mariadb://'))
    return { type: 'mariadb', url: 'mysql://' + url.slice('mariadb://'.length) };
  throw new ConfigError('DATABASE_URL must start with sqlite:, mysql:// or mariadb://');
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT is not a port: ${value}`);
  return port;
}

/** A whole number from the environment within [min, max], or the default when unset. */
function parseWholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
  return number;
}

/** The defaults, also the README's: documented there with every variable. */
export const defaults = {
  poolSize: 10,
  acquireTimeoutMs: 10_000,
  lockWaitTimeoutSeconds: 10,
  databaseConnectTimeoutMs: 30_000,
  shutdownGraceMs: 10_000,
  maxEventLoopDelayMs: 1000,
} as const;

/** CORS_ORIGINS: comma-separated origins such as `https://portal.example.fi`; each must be a bare origin. */
function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin)
      throw new ConfigError(`CORS_ORIGINS must list origins like https://portal.example.fi, not ${origin}`);
  }
  return origins;
}

/**
 * METRICS_TOKEN: long enough not to be guessed, and only characters a bearer token may have, so that a
 * value that cannot be sent in an Authorization header is refused at start rather than at every scrape.
 */
function parseMetricsToken(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 16 || value.length > 512 || !/^[A-Za-z0-9._~+/-]+=*$/.test(value))
    throw new ConfigError(
      'METRICS_TOKEN must be 16 to 512 characters of letters, digits and -._~+/ (base64 or hex will do)',
    );
  return value;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The one place that reads the environment; everything else receives an AppConfig. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const logLevel = env.LOG_LEVEL || 'info';
  if (!logLevels.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}`);
  const jwksUrl = env.JWT_JWKS_URL || undefined;
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError('JWT_JWKS_URL must be an http(s) URL');
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    logLevel,
    database: parseDatabaseUrl(env.DATABASE_URL),
    pool: {
      size: parseWholeNumber(env, 'DATABASE_POOL_SIZE', defaults.poolSize, 1, 1000),
      acquireTimeoutMs: parseWholeNumber(
        env,
        'DATABASE_ACQUIRE_TIMEOUT_MS',
        defaults.acquireTimeoutMs,
        1,
        600_000,
      ),
      lockWaitTimeoutSeconds: parseWholeNumber(
        env,
        'DATABASE_LOCK_WAIT_TIMEOUT_S',
        defaults.lockWaitTimeoutSeconds,
        1,
        3600,
      ),
    },
    databaseConnectTimeoutMs: parseWholeNumber(
      env,
      'DATABASE_CONNECT_TIMEOUT_MS',
      defaults.databaseConnectTimeoutMs,
      0,
      3_600_000,
    ),
    shutdownGraceMs: parseWholeNumber(env, 'SHUTDOWN_GRACE_MS', defaults.shutdownGraceMs, 0, 600_000),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    maxEventLoopDelayMs: parseWholeNumber(
      env,
      'MAX_EVENT_LOOP_DELAY_MS',
      defaults.maxEventLoopDelayMs,
      0,
      60_000,
    ),
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
    jwt: {
      secret: env.JWT_SECRET || undefined,
      jwksUrl,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    redisUrl: env.REDIS_URL || undefined,
  };
}
