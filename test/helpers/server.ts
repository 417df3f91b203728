import { SignJWT } from 'jose';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { FixedClock } from '../../src/common/clock';
import { createDataSource } from '../../src/database';
import { seedDatabase } from '../../src/seed/seed';
import { startServer } from '../../src/server';
import type { TypedDocumentString } from '../gql/graphql';
import { createTestDatabase } from './database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, any>;
}

/** A response as the server sent it; `data` has the type the operation's document declares. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
  headers: Headers;
  /** SQL statements the request ran, from the server's development header. */
  statements: number;
}

/**
 * A typed document from `graphql(…)` of `test/gql` (generated from `schema/schema.graphql` by
 * `npm run codegen`): its result and variables types come along.
 */
export type Document<R, V> = TypedDocumentString<R, V>;

/** Variables are optional exactly when the operation declares none that are required. */
export type QueryArguments<V, O = RequestOptions> =
  Record<string, never> extends V ? [variables?: V, options?: O] : [variables: V, options?: O];

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/**
 * What a raw (untyped) document answers: JSON whose shape the test asserts. Only for documents that
 * cannot be typed — invalid on purpose (bad input, fuzz, query limits), built from the schema at run time,
 * or addressed to another schema (a gateway's supergraph, federation's `_entities`).
 */
export type RawData = Record<string, any>;

export interface TokenClaims {
  sub: string;
  name?: string;
  roles?: string[];
  municipalities?: string[];
}

export interface TestServer {
  url: string;
  origin: string;
  dataSource: DataSource;
  /** The DATABASE_URL of its database, for server processes that share it (startServerProcess). */
  databaseUrl: string;
  clock: FixedClock;
  token(claims: TokenClaims): Promise<string>;
  /** A typed operation: `server.query(graphql(`query Name … `), variables, { token })`. */
  query<R, V>(document: Document<R, V>, ...rest: QueryArguments<V>): Promise<GraphQLResponse<R>>;
  /** An untyped document (see RawData for when); its `data` is plain JSON. */
  rawQuery(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<RawData>>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  seed?: boolean;
  /** The instant the server's clock stands at; defaults to 2026-01-15T10:00:00Z. */
  now?: string;
  env?: Record<string, string>;
  /** Where the server logs (silent by default). */
  logger?: Logger;
}

/** A token as the identity provider would sign it for these claims, issued at `now`, valid for an hour. */
export function signTestToken(claims: TokenClaims, now: Date = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    name: claims.name,
    roles: claims.roles ?? [],
    municipalities: claims.municipalities ?? [],
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 3600)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/**
 * A real server on a loopback port over a fresh, migrated (and by default seeded) database of its own.
 * One per test file: `before(() => server = await startTestServer())`, `after(() => server.stop())`.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (options.seed ?? true) await seedDatabase(dataSource, new Date('2026-01-01T00:00:00Z'));
  const clock = new FixedClock(new Date(options.now ?? '2026-01-15T10:00:00Z'));
  const config = {
    ...loadConfig({
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      // Suites send hundreds of requests a minute from one address; the rate-limit tests set their own.
      RATE_LIMIT_POINTS_PER_MINUTE: String(1e9),
      RATE_LIMIT_REQUESTS_PER_MINUTE: String(1e9),
      // Factories write rows straight to the database, past the mutations that evict cached answers;
      // test/response-cache.test.ts turns the cache on.
      RESPONSE_CACHE_MAX_AGE_S: '0',
      // A suite's own heavy requests (and a busy machine) lag the event loop past the guard's second;
      // a 503 then fails a test about something else. test/http.test.ts turns the guard on.
      MAX_EVENT_LOOP_DELAY_MS: '0',
      ...options.env,
    }),
    database: database.config,
  };
  const server = await startServer({ config, dataSource, clock, logger: options.logger }, 0, '127.0.0.1');
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    dataSource,
    databaseUrl: database.url,
    clock,
    token: (claims) => signTestToken(claims, clock.now()),
    query: (document, ...[variables, options]) => post(server.url, document.toString(), variables, options),
    rawQuery: (query, variables, options) => post<RawData>(server.url, query, variables, options),
    async stop() {
      await server.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

async function post<T>(
  url: string,
  query: string,
  variables: unknown,
  requestOptions: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
      ...requestOptions.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLError[] };
  return {
    status: response.status,
    data: body.data,
    errors: body.errors,
    headers: response.headers,
    statements: Number(response.headers.get('x-sql-statements') ?? NaN),
  };
}
