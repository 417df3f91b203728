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

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  database: DatabaseConfig;
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
    jwt: {
      secret: env.JWT_SECRET || undefined,
      jwksUrl,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    redisUrl: env.REDIS_URL || undefined,
  };
}
