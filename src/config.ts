import path from 'node:path';
import type { QueryLimitsConfig } from './common/query-limits';

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

/** Budgets per caller and minute (see src/http/cost-budget.ts); kept in Redis when REDIS_URL is set. */
export interface RateLimitConfig {
  publicPointsPerMinute: number;
  signedInPointsPerMinute: number;
  /** Requests of any kind per address and minute, whatever they cost. */
  requestsPerMinute: number;
  /** Prefix of this service's keys in a Redis shared with others. */
  redisKeyPrefix: string;
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
  rateLimit: RateLimitConfig;
  /**
   * Which proxies' X-Forwarded-For to believe for the caller's address (TRUST_PROXY): none by default;
   * `true` (any), or a comma-separated list of the proxies' addresses and CIDR ranges.
   */
  trustProxy: boolean | string[];
  /**
   * The bearer token that /metrics asks for (METRICS_TOKEN). Unset, /metrics answers only loopback
   * clients that came through no proxy.
   */
  metricsToken?: string;
  jwt: JwtConfig;
  /** Redis for counters shared by every replica (rate limits); in-memory without it. */
  redisUrl?: string;
  queryLimits: QueryLimitsConfig;
  /**
   * Seconds a public answer may be served from the response cache and by a CDN
   * (RESPONSE_CACHE_MAX_AGE_S); 0 turns the cache off. See src/http/response-cache.ts.
   */
  responseCacheMaxAgeSeconds: number;
  documents: DocumentsConfig;
}

/** Uploaded documents (agreements, attachments): where their bytes are kept and how large one may be. */
export interface DocumentsConfig {
  /** The folder of the local-disk store (DOCUMENTS_DIR); created at start when missing. */
  directory: string;
  /** The largest file an upload may carry, in bytes (DOCUMENT_MAX_BYTES). */
  maxBytes: number;
}

export class ConfigError extends Error {}

const projectRoot = path.resolve(__dirname, '..', '..');
const defaultSqliteFile = path.join(projectRoot, 'data', 'digikannustin.sqlite');
const defaultDocumentsDirectory = path.join(projectRoot, 'data', 'documents');

/** Reads DATABASE_URL: `sqlite:<path>`, `mysql://…`, `mariadb://…`, or nothing for the embedded file. */
function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
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
  publicPointsPerMinute: 10_000,
  signedInPointsPerMinute: 30_000,
  requestsPerMinute: 1200,
  responseCacheMaxAgeSeconds: 60,
  documentMaxBytes: 20 * 1024 * 1024,
  queryLimits: {
    maxTokens: 3_000,
    maxDepth: 15,
    maxAliases: 30,
    maxRootFields: 20,
    maxRepeatedFields: 100,
    maxSelections: 2_000,
    maxCost: 10_000,
  },
} as const;

function parseTrustProxy(value: string | undefined): boolean | string[] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.some((entry) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry)))
    throw new ConfigError('TRUST_PROXY must be true, or addresses and CIDR ranges separated by commas');
  return entries;
}

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
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    maxEventLoopDelayMs: parseWholeNumber(
      env,
      'MAX_EVENT_LOOP_DELAY_MS',
      defaults.maxEventLoopDelayMs,
      0,
      60_000,
    ),
    rateLimit: {
      publicPointsPerMinute: parseWholeNumber(
        env,
        'RATE_LIMIT_POINTS_PER_MINUTE',
        defaults.publicPointsPerMinute,
        1,
        1e9,
      ),
      // One variable sets both budgets; the signed-in one can be set apart, and differs by default.
      signedInPointsPerMinute: parseWholeNumber(
        env,
        'RATE_LIMIT_POINTS_PER_MINUTE_SIGNED_IN',
        env.RATE_LIMIT_POINTS_PER_MINUTE
          ? Number(env.RATE_LIMIT_POINTS_PER_MINUTE)
          : defaults.signedInPointsPerMinute,
        1,
        1e9,
      ),
      requestsPerMinute: parseWholeNumber(
        env,
        'RATE_LIMIT_REQUESTS_PER_MINUTE',
        defaults.requestsPerMinute,
        1,
        1e9,
      ),
      redisKeyPrefix: env.REDIS_KEY_PREFIX || 'digikannustin:',
    },
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
    jwt: {
      secret: env.JWT_SECRET || undefined,
      jwksUrl,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    redisUrl,
    queryLimits: {
      maxTokens: parseWholeNumber(env, 'QUERY_MAX_TOKENS', defaults.queryLimits.maxTokens, 1, 1_000_000),
      maxDepth: parseWholeNumber(env, 'QUERY_MAX_DEPTH', defaults.queryLimits.maxDepth, 1, 1000),
      maxAliases: parseWholeNumber(env, 'QUERY_MAX_ALIASES', defaults.queryLimits.maxAliases, 0, 100_000),
      maxRootFields: parseWholeNumber(
        env,
        'QUERY_MAX_ROOT_FIELDS',
        defaults.queryLimits.maxRootFields,
        1,
        100_000,
      ),
      maxRepeatedFields: parseWholeNumber(
        env,
        'QUERY_MAX_REPEATED_FIELDS',
        defaults.queryLimits.maxRepeatedFields,
        0,
        100_000,
      ),
      maxSelections: parseWholeNumber(
        env,
        'QUERY_MAX_SELECTIONS',
        defaults.queryLimits.maxSelections,
        1,
        1_000_000,
      ),
      maxCost: parseWholeNumber(env, 'QUERY_MAX_COST', defaults.queryLimits.maxCost, 1, 1_000_000_000),
    },
    responseCacheMaxAgeSeconds: parseWholeNumber(
      env,
      'RESPONSE_CACHE_MAX_AGE_S',
      defaults.responseCacheMaxAgeSeconds,
      0,
      86_400,
    ),
    documents: {
      directory: env.DOCUMENTS_DIR ? path.resolve(env.DOCUMENTS_DIR) : defaultDocumentsDirectory,
      // At most 1 GiB: GraphQL's Int (Document.byteSize) and the INT column hold any size up to it.
      maxBytes: parseWholeNumber(env, 'DOCUMENT_MAX_BYTES', defaults.documentMaxBytes, 1, 1024 * 1024 * 1024),
    },
  };
}
