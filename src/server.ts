import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyUnderPressure from '@fastify/under-pressure';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import type { RequestContext } from './context';
import { type Clock, systemClock } from './common/clock';
import { formatError } from './common/format-error';
import { queryLimits } from './common/query-limits';
import { costBudget, MemoryBudgetStore, RedisBudgetStore } from './http/cost-budget';
import { errorReplies, sendError } from './http/errors';
import { rateLimited, serviceUnavailable } from './common/errors';
import { browserPageRoutes, explorerPage, readExamples } from './http/browser-pages';
import { errorLanguage, graphqlHttpReport, graphqlRoute } from './http/graphql.route';
import { healthRoutes } from './http/health.route';
import { closeSharedRedis, connectSharedRedis } from './http/redis';
import { responseCache } from './http/response-cache';
import { serveMetrics } from './http/metrics.route';
import { contextFactory } from './http/request-context';
import { requestIdOf, requestReporting } from './http/request-log';
import { createLogger } from './logger';
import { callDocumentRoutes } from './modules/award/call-documents.route';
import { decisionDocumentRoutes } from './modules/award/decision-document.route';
import { openDataRoutes } from './modules/award/open-data.route';
import { documentRoutes } from './modules/document/document.route';
import { LocalDiskStorage } from './modules/document/storage/local-disk-storage';
import { buildSubgraph } from './schema';

const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerOptions {
  config: AppConfig;
  dataSource: DataSource;
  clock?: Clock;
  logger?: Logger;
  /** For the benchmark's variants only (bench/serve.ts); main.ts and the configuration never set it. */
  benchmark?: BenchmarkSwitches;
}

/**
 * What a layer costs is measured by running without it: switches that exist for `npm run bench` alone,
 * never read from the environment.
 */
export interface BenchmarkSwitches {
  /** false: no graphql-shield middleware at all (every field allowed), to weigh the permissions. */
  permissions?: boolean;
  /** true: the x-sql-statements header in production mode too, for the benchmark to report. */
  statementsHeader?: boolean;
}

export interface RunningServer {
  url: string;
  /**
   * Stops accepting connections, lets the requests in flight finish for up to `graceMs` (then cuts
   * what is left) and stops Apollo. The database is the caller's to close afterwards.
   */
  stop(graceMs?: number): Promise<void>;
}

/**
 * The HTTP service, assembled: Fastify with its plugins for what every route needs (security headers,
 * CORS, back-pressure, request ids and logs, error replies), then one small plugin per route. Used by
 * main.ts and by the tests, which start it on a loopback port against their own database.
 */
export async function startServer(
  options: ServerOptions,
  port: number,
  host: string,
): Promise<RunningServer> {
  const { config, dataSource } = options;
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? createLogger(config.logLevel);

  const redis = await connectSharedRedis(config.redisUrl, log);
  const { rateLimit } = config;
  const limits = queryLimits(config.queryLimits);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildSubgraph({ permissions: options.benchmark?.permissions ?? true }),
    ...limits.options,
    logger: log,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns the signal handlers: two would each call stop(), and the second never returns.
    stopOnTerminationSignals: false,
    plugins: [
      graphqlHttpReport,
      errorLanguage,
      // Before the budget: it spends the cost that the limits have just estimated.
      limits.plugin,
      costBudget({
        store: redis ? new RedisBudgetStore(redis, rateLimit.redisKeyPrefix) : new MemoryBudgetStore(),
        publicPointsPerMinute: rateLimit.publicPointsPerMinute,
        signedInPointsPerMinute: rateLimit.signedInPointsPerMinute,
        costOf: ({ contextValue }) => contextValue.cost.requested ?? 1,
        log,
      }),
      // After the limits and the budget: an answer from the cache passes both, and costs no SQL.
      ...responseCache({
        maxAgeSeconds: config.responseCacheMaxAgeSeconds,
        redis,
        redisKeyPrefix: rateLimit.redisKeyPrefix,
        log,
      }),
      // Browsers get the self-hosted explorer instead (src/http/browser-pages.ts), never Apollo's CDN page.
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted, thrown) =>
      formatError(formatted, thrown, {
        production: config.production,
        onInternalError: (error) => log.error({ err: error }, 'internal error in a GraphQL request'),
        onDatabaseFault: (error) => log.warn({ err: error }, 'database unavailable in a GraphQL request'),
      }),
  });
  await apollo.start();

  // Typed as Fastify's logger, so that route plugins see the default instance type.
  const loggerInstance: FastifyBaseLogger = log;
  const app = Fastify({
    loggerInstance,
    // Fastify's own two lines per request are replaced by one of ours (http/request-log.ts).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: requestIdOf,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    forceCloseConnections: 'idle',
  });
  let stopping = false;
  // While stopping, each answer closes its connection so that keep-alive clients reconnect elsewhere.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (stopping) void reply.header('connection', 'close');
    done(null, payload);
  });
  requestReporting(app, {
    statementsHeader: !config.production || (options.benchmark?.statementsHeader ?? false),
  });
  errorReplies(app, { bodyLimit: BODY_LIMIT_BYTES });
  // helmet's content security policy everywhere: the explorer and the insights page load only the
  // service's own scripts. Outside production the service may run on plain HTTP under any host name, where
  // upgrade-insecure-requests would send the pages' own files to an HTTPS port that does not answer.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: config.production ? true : { directives: { upgradeInsecureRequests: null } },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCors, {
    // An origin not listed gets no CORS header at all, on preflights too.
    origin: (origin, allow) => allow(null, origin !== undefined && config.corsOrigins.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept-language',
      'x-request-id',
      'apollo-require-preflight',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    pressureHandler: (_request, reply) =>
      void sendError(
        reply,
        serviceUnavailable({
          en: 'The service is overloaded right now; try again in a moment',
          fi: 'Palvelu on juuri nyt ylikuormittunut; yritä hetken kuluttua uudelleen',
          sv: 'Tjänsten är överbelastad just nu; försök igen om en stund',
        }),
      ),
  });
  // However cheap each request, no address sends more than this many a minute (the cost budget is per
  // GraphQL operation, see cost-budget.ts); health checks and metrics are exempt.
  await app.register(fastifyRateLimit, {
    max: rateLimit.requestsPerMinute,
    timeWindow: 60_000,
    redis,
    nameSpace: `${rateLimit.redisKeyPrefix}requests:`,
    skipOnError: true,
    allowList: (request) => request.url.startsWith('/health/') || request.url === '/metrics',
    errorResponseBuilder: (_request, context) =>
      rateLimited(
        {
          en: `More than ${context.max} requests a minute from this address; try again in ${context.after}`,
          fi: `Tästä osoitteesta on tullut yli ${context.max} pyyntöä minuutissa; yritä uudelleen ${Math.max(1, Math.ceil(context.ttl / 1000))} sekunnin kuluttua`,
          sv: `Fler än ${context.max} förfrågningar per minut från den här adressen; försök igen om ${Math.max(1, Math.ceil(context.ttl / 1000))} sekunder`,
        },
        Math.max(1, Math.ceil(context.ttl / 1000)),
        null,
      ),
  });

  const contextFor = contextFactory(config, dataSource, clock);
  const examples = await readExamples();
  await app.register(graphqlRoute, { apollo, contextFor, explorerPage: explorerPage(examples) });
  await app.register(browserPageRoutes, { examples });
  await app.register(healthRoutes, { dataSource });
  await app.register(callDocumentRoutes, { contextFor });
  await app.register(decisionDocumentRoutes, { contextFor });
  await app.register(openDataRoutes, { contextFor });
  await app.register(documentRoutes, {
    contextFor,
    storage: new LocalDiskStorage(config.documents.directory),
    maxBytes: config.documents.maxBytes,
  });
  await serveMetrics(app, { config, dataSource });
  app.addHook('onClose', async () => {
    await apollo.stop();
    await closeSharedRedis(redis);
  });

  const address = await app.listen({ port, host });
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  return {
    url: `http://${shownHost}:${new URL(address).port}/graphql`,
    stop: async (graceMs = 0) => {
      stopping = true;
      const timer = setTimeout(() => {
        log.warn({ graceMs }, 'grace period over: cutting requests still in flight');
        app.server.closeAllConnections();
      }, graceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
