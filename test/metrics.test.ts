import http from 'node:http';
import os from 'node:os';
import { expect } from 'chai';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError, loadConfig } from '../src/config';
import { Metrics } from '../src/http/metrics';
import { testEngine } from './helpers/database';
import { type Exposition, parseExposition } from './helpers/prometheus';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const METRICS_TOKEN = 'operators-only-0123456789abcdef';

/** The buckets the README documents for http_request_duration_seconds. */
const DURATION_BUCKETS = [
  '0.005',
  '0.01',
  '0.025',
  '0.05',
  '0.1',
  '0.25',
  '0.5',
  '1',
  '2.5',
  '5',
  '10',
  '30',
];

async function scrape(server: TestServer, headers: Record<string, string> = {}): Promise<Exposition> {
  const response = await fetch(`${server.origin}/metrics`, { headers });
  expect(response.status).to.equal(200);
  return parseExposition(await response.text());
}

/** How much each sample grew from one scrape to the next (absent before counts as 0). */
const grown = (before: Exposition, after: Exposition, name: string, labels: Record<string, string>) =>
  (after.value(name, labels) ?? 0) - (before.value(name, labels) ?? 0);

/** A GET whose connection leaves from `localAddress`, so that the server sees a client that is not local. */
function getFrom(
  localAddress: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { localAddress, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** An IPv4 address of this host that is not loopback: the source of a connection from "elsewhere". */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

const codeOf = async (response: Response) =>
  ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;

describe('/metrics', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('starts with the cost and rate-limit series at 0 for both caller kinds, in the text format', async () => {
    const response = await fetch(`${server.origin}/metrics`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/plain; version=0.0.4; charset=utf-8');
    expect(response.headers.get('cache-control')).to.equal('no-store');
    const metrics = parseExposition(await response.text());
    for (const caller of ['public', 'signed_in']) {
      expect(metrics.value('graphql_cost_points_total', { caller })).to.equal(0);
      expect(metrics.value('rate_limit_refusals_total', { caller })).to.equal(0);
    }
    expect(metrics.series('graphql_cost_points_total')).to.have.length(2);
    expect(metrics.series('rate_limit_refusals_total')).to.have.length(2);
    expect(metrics.types.get('graphql_cost_points_total')).to.equal('counter');
    expect(metrics.types.get('rate_limit_refusals_total')).to.equal('counter');
    expect(metrics.types.get('http_requests_total')).to.equal('counter');
    expect(metrics.types.get('http_request_duration_seconds')).to.equal('histogram');
    expect(metrics.types.get('graphql_operations_total')).to.equal('counter');
  });

  it('counts requests by route pattern and status, and GraphQL operations by name and outcome', async () => {
    const before = await scrape(server);

    const probe = graphql(`
      query MetricsProbe {
        call(key: "2020") {
          key
        }
      }
    `);
    const named = await server.query(probe);
    expect(named.errors).to.equal(undefined);
    const signedIn = await server.query(probe, undefined, {
      token: await server.token({ sub: 'metrics-official', roles: ['applicant'], municipalities: ['091'] }),
    });
    expect(signedIn.errors).to.equal(undefined);
    const refused = await server.query(
      graphql(`
        query TooLong {
          awards(first: 1000) {
            totalCount
          }
        }
      `),
    );
    expect(refused.status).to.equal(400);
    expect(refused.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT');
    expect(
      // Raw: anonymous on purpose (codegen needs a name), to be counted as `anonymous`.
      (await server.rawQuery('{ __typename }')).status,
    ).to.equal(200);
    const longName = `Q${'x'.repeat(64)}`;
    // Raw: the name is made at run time.
    expect((await server.rawQuery(`query ${longName} { __typename }`)).status).to.equal(200);
    const badToken = await server.query(
      graphql(`
        query WithBadToken {
          __typename
        }
      `),
      undefined,
      {
        token: 'garbage',
      },
    );
    expect(badToken.status).to.equal(401);
    expect(badToken.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
    for (const key of ['2020', '2019-2']) {
      const form = await fetch(`${server.origin}/calls/${key}/form.md?lang=fi`);
      expect(form.status).to.equal(200);
      await form.text();
    }
    const unknownCall = await fetch(`${server.origin}/calls/1999/form.md`);
    expect(unknownCall.status).to.equal(404);
    await unknownCall.text();
    const missing = await fetch(`${server.origin}/no/such/route?x=1`);
    expect(missing.status).to.equal(404);
    await missing.text();

    const after = await scrape(server);
    const requests = (method: string, route: string, status: string) =>
      grown(before, after, 'http_requests_total', { method, route, status_code: status });
    expect(requests('POST', '/graphql', '200')).to.equal(4);
    expect(requests('POST', '/graphql', '400')).to.equal(1);
    expect(requests('POST', '/graphql', '401')).to.equal(1);
    expect(requests('GET', '/calls/:key/form.md', '200')).to.equal(2);
    // A known route's 404 keeps its pattern; only a URL no route matches is `unmatched`.
    expect(requests('GET', '/calls/:key/form.md', '404')).to.equal(1);
    expect(requests('GET', 'unmatched', '404')).to.equal(1);
    // The first scrape is counted once it has answered, so the second sees it and not itself.
    expect(requests('GET', '/metrics', '200')).to.equal(1);
    // Routes are patterns, never the URL a client sent.
    const routes = new Set(after.series('http_requests_total').map((sample) => sample.labels.route));
    expect([...routes].sort()).to.deep.equal(['/calls/:key/form.md', '/graphql', '/metrics', 'unmatched']);

    const operations = (operation: string, outcome: string, code: string) =>
      grown(before, after, 'graphql_operations_total', { operation, outcome, code });
    expect(operations('MetricsProbe', 'ok', '')).to.equal(2);
    expect(operations('TooLong', 'error', 'BAD_USER_INPUT')).to.equal(1);
    expect(operations('anonymous', 'ok', '')).to.equal(1);
    // A name longer than 64 characters is folded into one series.
    expect(operations('other', 'ok', '')).to.equal(1);
    // A refused token stops the request before its operation is resolved.
    expect(operations('anonymous', 'error', 'UNAUTHENTICATED')).to.equal(1);
    const operationTotal = (exposition: Exposition) =>
      exposition.series('graphql_operations_total').reduce((sum, sample) => sum + sample.value, 0);
    expect(operationTotal(after) - operationTotal(before)).to.equal(6);

    // Downloads and 404s are no GraphQL operations; nothing here had a cost or was rate limited.
    for (const caller of ['public', 'signed_in']) {
      expect(grown(before, after, 'rate_limit_refusals_total', { caller })).to.equal(0);
    }
  });

  it('measures latency in a histogram per route pattern with the documented buckets', async () => {
    const before = await scrape(server);
    for (const key of ['2018', '2020', '2022'])
      await (await fetch(`${server.origin}/calls/${key}/form.md`)).text();
    const after = await scrape(server);

    const labels = { method: 'GET', route: '/calls/:key/form.md', status_code: '200' };
    expect(grown(before, after, 'http_request_duration_seconds_count', labels)).to.equal(3);
    expect(grown(before, after, 'http_request_duration_seconds_sum', labels)).to.be.greaterThan(0);
    const buckets = after
      .series('http_request_duration_seconds_bucket')
      .filter((sample) => Object.entries(labels).every(([name, value]) => sample.labels[name] === value));
    expect(buckets.map((sample) => sample.labels.le)).to.deep.equal([...DURATION_BUCKETS, '+Inf']);
    const counts = buckets.map((sample) => sample.value);
    expect(counts).to.deep.equal(
      [...counts].sort((a, b) => a - b),
      'buckets are cumulative',
    );
    expect(counts.at(-1)).to.equal(after.value('http_request_duration_seconds_count', labels));
  });

  it("reports the process: event-loop lag, CPU, memory, the heap and Node's version", async () => {
    const metrics = await scrape(server);
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'nodejs_eventloop_lag_p99_seconds',
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'process_start_time_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_active_handles_total',
      'nodejs_version_info',
    ]) {
      expect(metrics.types.has(name), name).to.equal(true);
      expect(metrics.series(name), name).to.not.be.empty;
    }
    expect(metrics.types.get('nodejs_gc_duration_seconds')).to.equal('histogram');
    expect(metrics.value('process_resident_memory_bytes')).to.be.greaterThan(0);
  });

  if (testEngine === 'mariadb') {
    it('shows the pool: connections in use, waiters, its size and its acquisition totals', async () => {
      const before = await scrape(server);
      expect(before.value('db_pool_connections_in_use')).to.equal(0);
      expect(before.value('db_pool_waiting_acquires')).to.equal(0);
      expect(before.value('db_pool_connections_max')).to.equal(10);
      expect(before.value('db_pool_acquire_timeouts_total')).to.equal(0);
      for (const name of ['db_pool_acquires_total', 'db_pool_acquire_waits_total']) {
        expect(before.types.get(name)).to.equal('counter');
      }
      expect(before.types.get('db_pool_acquire_longest_wait_seconds')).to.equal('gauge');

      const read = await server.query(
        graphql(`
          query MetricsCall {
            call(key: "2020") {
              key
              title {
                fi
              }
            }
          }
        `),
      );
      expect(read.errors).to.equal(undefined);
      const afterRead = await scrape(server);
      // A statement outside a transaction borrows a connection; a few may share one.
      const acquired = grown(before, afterRead, 'db_pool_acquires_total', {});
      expect(acquired).to.be.within(1, read.statements);

      // Every connection lent to the test: the next request queues for one, visibly, until they return.
      const runners = Array.from({ length: 10 }, () => server.dataSource.createQueryRunner());
      await Promise.all(runners.map((runner) => runner.connect()));
      let queued: Promise<unknown> | undefined;
      try {
        const busy = await scrape(server);
        expect(busy.value('db_pool_connections_in_use')).to.equal(10);
        expect(busy.value('db_pool_waiting_acquires')).to.equal(0);
        queued = server.query(
          graphql(`
            query MetricsCall2 {
              call(key: "2020") {
                key
              }
            }
          `),
        );
        let waiting = 0;
        for (let attempt = 0; attempt < 100 && waiting === 0; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          waiting = (await scrape(server)).value('db_pool_waiting_acquires') ?? 0;
        }
        expect(waiting).to.equal(1);
      } finally {
        await Promise.all(runners.map((runner) => runner.release()));
      }
      expect(((await queued) as { errors?: unknown }).errors).to.equal(undefined);
      const idle = await scrape(server);
      expect(idle.value('db_pool_connections_in_use')).to.equal(0);
      expect(idle.value('db_pool_waiting_acquires')).to.equal(0);
      expect(grown(afterRead, idle, 'db_pool_acquires_total', {})).to.be.at.least(11);
      expect(grown(afterRead, idle, 'db_pool_acquire_waits_total', {})).to.be.at.least(1);
      expect(idle.value('db_pool_acquire_longest_wait_seconds')).to.be.greaterThan(0.01);
    });
  } else {
    it('has no pool series on SQLite, which has no pool', async () => {
      const metrics = await scrape(server);
      expect(metrics.samples.filter((sample) => sample.name.startsWith('db_pool_'))).to.deep.equal([]);
    });
  }

  describe('who may read it', () => {
    it('answers a client on this host, and refuses one that came through a proxy', async () => {
      for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
        const proxied = await fetch(`${server.origin}/metrics`, { headers: { [header]: '203.0.113.9' } });
        expect(proxied.status, header).to.equal(403);
        expect(await codeOf(proxied)).to.equal('FORBIDDEN');
      }
    });

    it('refuses a client on another address without METRICS_TOKEN', async function () {
      if (!externalAddress) this.skip();
      const response = await getFrom(externalAddress, `${server.origin}/metrics`);
      expect(response.status).to.equal(403);
      expect(response.body).to.not.include('http_requests_total');
      // The route itself works from there: only /metrics is for operators.
      expect((await getFrom(externalAddress, `${server.origin}/health/live`)).status).to.equal(200);
    });

    describe('with METRICS_TOKEN', () => {
      let guarded: TestServer;
      before(async () => {
        guarded = await startTestServer({ seed: false, env: { METRICS_TOKEN } });
      });
      after(() => guarded.stop());

      it('asks everyone for the bearer token, on this host too', async () => {
        const url = `${guarded.origin}/metrics`;
        for (const authorization of [
          undefined,
          `Bearer ${METRICS_TOKEN}x`,
          `Basic ${METRICS_TOKEN}`,
          'Bearer',
        ]) {
          const response = await fetch(url, { headers: authorization ? { authorization } : {} });
          expect(response.status, authorization).to.equal(401);
          expect(response.headers.get('www-authenticate')).to.equal('Bearer realm="metrics"');
          expect(await codeOf(response)).to.equal('UNAUTHENTICATED');
        }
        const allowed = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
        expect(allowed.status).to.equal(200);
        const metrics = parseExposition(await allowed.text());
        // A registry of its own: the other server's traffic is not here, its own refusals are.
        expect(
          metrics.value('http_requests_total', { method: 'GET', route: '/metrics', status_code: '401' }),
        ).to.equal(4);
        expect(metrics.series('http_requests_total')).to.have.length(1);
      });

      it('answers the token from another address, even through a proxy', async function () {
        const authorization = `Bearer ${METRICS_TOKEN}`;
        const proxied = await fetch(`${guarded.origin}/metrics`, {
          headers: { authorization, 'x-forwarded-for': '203.0.113.9' },
        });
        expect(proxied.status).to.equal(200);
        if (!externalAddress) this.skip();
        expect((await getFrom(externalAddress, `${guarded.origin}/metrics`)).status).to.equal(401);
        const response = await getFrom(externalAddress, `${guarded.origin}/metrics`, { authorization });
        expect(response.status).to.equal(200);
        expect(parseExposition(response.body).types.get('http_requests_total')).to.equal('counter');
      });
    });

    it('takes METRICS_TOKEN only when it is long enough and can be sent as a bearer token', () => {
      expect(loadConfig({}).metricsToken).to.equal(undefined);
      expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).to.equal(undefined);
      expect(loadConfig({ METRICS_TOKEN }).metricsToken).to.equal(METRICS_TOKEN);
      expect(loadConfig({ METRICS_TOKEN: 'c2VjcmV0LXRva2VuLWZvci1tZXRyaWNz==' }).metricsToken).to.equal(
        'c2VjcmV0LXRva2VuLWZvci1tZXRyaWNz==',
      );
      for (const bad of [
        'short',
        'has spaces in the middle of it',
        'quote"d-0123456789abcdef',
        'x'.repeat(513),
      ]) {
        expect(() => loadConfig({ METRICS_TOKEN: bad }), bad).to.throw(ConfigError, /METRICS_TOKEN/);
      }
    });
  });

  describe('cost points and rate-limit refusals', () => {
    // Neither query costs nor rate limits are computed yet; their counters read what the request carries
    // (request.cost, the answer's code), so these answered requests carry what those features will set.
    const answered = (request: Partial<FastifyRequest>, statusCode = 200): [FastifyRequest, FastifyReply] => [
      {
        method: 'POST',
        routeOptions: { url: '/graphql' },
        graphqlOperation: true,
        operationName: null,
        errorCode: null,
        userId: null,
        cost: null,
        ...request,
      } as unknown as FastifyRequest,
      { statusCode, elapsedTime: 12.5 } as unknown as FastifyReply,
    ];

    it('adds each operation’s cost to its caller kind and counts RATE_LIMITED and 429 answers', async () => {
      const metrics = new Metrics({ dataSource: server.dataSource, poolSize: 10 });
      metrics.observe(...answered({ cost: 120, operationName: 'Awards' }));
      metrics.observe(...answered({ cost: 30.5, userId: 'user-1' }));
      metrics.observe(...answered({ cost: 7, userId: 'user-1' }));
      metrics.observe(...answered({ cost: null }));
      metrics.observe(...answered({ errorCode: 'RATE_LIMITED', graphqlOperation: false }, 429));
      metrics.observe(...answered({ errorCode: 'RATE_LIMITED', userId: 'user-2' }, 429));
      metrics.observe(...answered({ graphqlOperation: false, userId: 'user-2' }, 429));

      const exposition = parseExposition((await metrics.scrape()).body);
      expect(exposition.value('graphql_cost_points_total', { caller: 'public' })).to.equal(120);
      expect(exposition.value('graphql_cost_points_total', { caller: 'signed_in' })).to.equal(37.5);
      expect(exposition.value('rate_limit_refusals_total', { caller: 'public' })).to.equal(1);
      expect(exposition.value('rate_limit_refusals_total', { caller: 'signed_in' })).to.equal(2);
      expect(
        exposition.value('graphql_operations_total', {
          operation: 'anonymous',
          outcome: 'error',
          code: 'RATE_LIMITED',
        }),
      ).to.equal(1);
      const refusals = { method: 'POST', route: '/graphql', status_code: '429' };
      expect(exposition.value('http_request_duration_seconds_count', refusals)).to.equal(3);
      expect(exposition.value('http_request_duration_seconds_sum', refusals)).to.be.closeTo(0.0375, 1e-9);
    });
  });
});
