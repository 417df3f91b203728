import type { FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { poolStatisticsOf, poolUsageOf } from '../database';

/**
 * Label values come from clients (operation names, methods) or from code that may grow (error codes);
 * each series costs Prometheus memory for as long as it is kept, so anything outside these shapes is
 * folded into one value rather than trusted.
 */
const operationNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const errorCodePattern = /^[A-Z][A-Z0-9_]{0,63}$/;
const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The code a rate limit answers with (HTTP 429); counted whoever produces it. */
const RATE_LIMITED = 'RATE_LIMITED';

/** Seconds: from a cached read (a few ms) to a request that waited out the pool's acquire timeout. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type CallerKind = 'public' | 'signed_in';

const callerKinds: CallerKind[] = ['public', 'signed_in'];

const operationLabel = (name: string | null): string =>
  name === null ? 'anonymous' : operationNamePattern.test(name) ? name : 'other';

const codeLabel = (code: string): string => (errorCodePattern.test(code) ? code : 'OTHER');

/**
 * One server's instruments, in a registry of its own: the tests run several servers in one process, and
 * prom-client's default metrics can be set up only once per registry.
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly routes = new WeakMap<FastifyRequest, string>();

  private readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to having answered it, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: durationBuckets,
    registers: [this.registry],
  });

  private readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: "GraphQL operations answered, by operation name, outcome (ok or error) and the first error's code.",
    labelNames: ['operation', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  private readonly costPoints = new Counter({
    name: 'graphql_cost_points_total',
    help: 'Query cost points spent by GraphQL operations, by caller kind (public or signed_in).',
    labelNames: ['caller'] as const,
    registers: [this.registry],
  });

  private readonly rateLimited = new Counter({
    name: 'rate_limit_refusals_total',
    help: 'Requests refused by a rate limit (RATE_LIMITED, HTTP 429), by caller kind (public or signed_in).',
    labelNames: ['caller'] as const,
    registers: [this.registry],
  });

  private readonly responseCache = new Counter({
    name: 'graphql_response_cache_lookups_total',
    help: 'Public queries looked up in the response cache, by result (hit: answered from it, 0 SQL; miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(options: { dataSource: DataSource; poolSize: number }) {
    // Zero from the start, so that a rate over them is defined before the first refusal.
    for (const caller of callerKinds) {
      this.costPoints.inc({ caller }, 0);
      this.rateLimited.inc({ caller }, 0);
    }
    for (const result of ['hit', 'miss']) this.responseCache.inc({ result }, 0);
    collectDefaultMetrics({ register: this.registry });
    // SQLite has no pool: a gauge stuck at 0 there would read as "never busy", so the series are absent.
    if (poolStatisticsOf(options.dataSource)) this.poolInstruments(options.dataSource, options.poolSize);
  }

  /**
   * Called as a request arrives: its route's pattern, kept because a route that answers 404 through
   * Fastify's not-found handler (an unknown call key) loses it on the way.
   */
  arrived(request: FastifyRequest): void {
    const route = request.routeOptions.url;
    if (route !== undefined) this.routes.set(request, route);
  }

  /** Everything an answered request tells: called once per request, after the answer is sent. */
  observe(request: FastifyRequest, reply: FastifyReply): void {
    const labels = {
      method: methods.has(request.method) ? request.method : 'OTHER',
      // The pattern, never the URL: one series per route, whatever the keys and query strings.
      route: this.routes.get(request) ?? request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, reply.elapsedTime / 1000);

    if (request.graphqlOperation) {
      this.graphqlOperations.inc({
        operation: operationLabel(request.operationName),
        outcome: request.errorCode === null ? 'ok' : 'error',
        code: request.errorCode === null ? '' : codeLabel(request.errorCode),
      });
    }

    const caller: CallerKind = request.userId ? 'signed_in' : 'public';
    if (typeof request.cost === 'number' && Number.isFinite(request.cost) && request.cost > 0) {
      this.costPoints.inc({ caller }, request.cost);
    }
    if (request.responseCache) this.responseCache.inc({ result: request.responseCache });
    if (request.errorCode === RATE_LIMITED || reply.statusCode === 429) this.rateLimited.inc({ caller });
  }

  /** The exposition text of everything registered, and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** Read at each scrape from the pool itself, so they are never stale. */
  private poolInstruments(dataSource: DataSource, poolSize: number): void {
    const registers = [this.registry];
    new Gauge({
      name: 'db_pool_connections_in_use',
      help: 'Database connections lent out of the pool now.',
      registers,
      collect() {
        this.set(poolUsageOf(dataSource)?.inUse ?? 0);
      },
    });
    new Gauge({
      name: 'db_pool_waiting_acquires',
      help: 'Requests for a database connection queued in the driver now.',
      registers,
      collect() {
        this.set(poolUsageOf(dataSource)?.waiting ?? 0);
      },
    });
    new Gauge({
      name: 'db_pool_connections_max',
      help: 'Connections the pool may open (DATABASE_POOL_SIZE).',
      registers,
    }).set(poolSize);

    // Counters mirroring totals kept by the pool wrapper (database.ts): reset, then set to the total.
    const mirror = (name: string, help: string, read: (s: ReturnType<typeof poolStatisticsOf>) => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read(poolStatisticsOf(dataSource)));
        },
      });
    mirror('db_pool_acquires_total', 'Database connections handed out by the pool.', (s) => s?.acquired ?? 0);
    mirror(
      'db_pool_acquire_waits_total',
      'Connections handed out after a wait of more than 10 ms (the pool was busy or had to connect).',
      (s) => s?.waited ?? 0,
    );
    mirror(
      'db_pool_acquire_timeouts_total',
      'Waits for a connection given up at the acquire timeout (DATABASE_ACQUIRE_TIMEOUT_MS).',
      (s) => s?.timedOut ?? 0,
    );
    new Gauge({
      name: 'db_pool_acquire_longest_wait_seconds',
      help: 'The longest wait for a database connection since the process started.',
      registers,
      collect() {
        this.set((poolStatisticsOf(dataSource)?.longestWaitMs ?? 0) / 1000);
      },
    });
  }
}
