import { expect } from 'chai';
import { capturedLogger } from './helpers/log';
import { startTestServer, type TestServer } from './helpers/server';

const ALLOWED = 'https://portal.example.fi';

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP layer: limits, CORS, security headers, request ids and logs', () => {
  let server: TestServer;
  const log = capturedLogger();

  before(async () => {
    server = await startTestServer({
      env: { CORS_ORIGINS: `${ALLOWED},http://localhost:5173` },
      logger: log.logger,
    });
  });
  after(() => server.stop());

  it('answers a body over 1 MiB with 413 and a JSON error, and malformed JSON with 400', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(1024 * 1024) } });
    const tooLarge = await post(server.url, big);
    expect(tooLarge.status).to.equal(413);
    expect(tooLarge.headers.get('content-type')).to.match(/^application\/json/);
    const body = (await tooLarge.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).to.equal('BAD_USER_INPUT');
    expect(body.errors[0].message).to.equal('The request body is larger than 1 MiB');

    const malformed = await post(server.url, '{"query": ');
    expect(malformed.status).to.equal(400);
    expect(
      ((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).to.equal('BAD_USER_INPUT');
  });

  it('lets an allowed origin preflight with authorization, and tells any other origin nothing', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).to.equal(204);
    expect(allowed.headers.get('access-control-allow-origin')).to.equal(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).to.include('authorization');
    expect(allowed.headers.get('access-control-allow-methods')).to.include('POST');

    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).to.equal(null);
    expect(other.headers.get('access-control-allow-headers')).to.equal(null);

    const actual = await post(server.url, JSON.stringify({ query: '{ __typename }' }), { origin: ALLOWED });
    expect(actual.headers.get('access-control-allow-origin')).to.equal(ALLOWED);
    expect(actual.headers.get('access-control-expose-headers')).to.include('x-request-id');
  });

  it('allows no origin when CORS_ORIGINS is not set', async () => {
    const closed = await startTestServer({ seed: false });
    try {
      const response = await fetch(closed.url, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).to.equal(null);
    } finally {
      await closed.stop();
    }
  });

  it('sends nosniff and no x-powered-by on every answer', async () => {
    const answers = await Promise.all([
      post(server.url, JSON.stringify({ query: '{ __typename }' })),
      fetch(new URL('/health/live', server.url)),
      fetch(new URL('/nowhere', server.url)),
      fetch(new URL('/calls/2020/form.md', server.url)),
    ]);
    expect(answers.map((answer) => answer.status)).to.deep.equal([200, 200, 404, 200]);
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(answer.headers.get('x-powered-by')).to.equal(null);
    }
  });

  it("keeps a client's sane x-request-id, replaces any other, and always returns one", async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const kept = await post(server.url, query, { 'x-request-id': 'portal-7f3a.42' });
    expect(kept.headers.get('x-request-id')).to.equal('portal-7f3a.42');
    for (const insane of ['has spaces', 'x'.repeat(200), '<script>', '']) {
      const replaced = await post(server.url, query, { 'x-request-id': insane });
      expect(replaced.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
    }
    const fresh = await post(server.url, query);
    expect(fresh.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per request with id, route, operation, status, statements, duration and user id, never a token or a name', async () => {
    const token = await server.token({
      sub: 'logged-official',
      name: 'Maija Meikäläinen',
      roles: ['applicant'],
      municipalities: ['091'],
    });
    const response = await post(
      server.url,
      JSON.stringify({ query: 'query WhoAmI { viewer { userId name } }', operationName: 'WhoAmI' }),
      { authorization: `Bearer ${token}`, 'x-request-id': 'log-test-1' },
    );
    const { data } = (await response.json()) as { data: { viewer: { userId: string } } };
    const lines = log.lines.filter((line) => line.requestId === 'log-test-1');
    expect(lines.map((line) => line.msg)).to.deep.equal(['request']);
    expect(lines[0]).to.deep.include({
      method: 'POST',
      route: '/graphql',
      operation: 'WhoAmI',
      status: 200,
      userId: data.viewer.userId,
      statements: Number(response.headers.get('x-sql-statements')),
    });
    expect(lines[0].durationMs).to.be.a('number');
    const everything = JSON.stringify(log.lines);
    expect(everything).not.to.include(token);
    expect(everything).not.to.include('Meikäläinen');
  });
});

/**
 * Keeps the event loop busy for 1.5 s, in turns of 100 ms as a runaway request would, then asks. The guard
 * averages the delay of every tick since its last sample (once a second): one long block among many quick
 * ticks averages below the limit, turns of 100 ms keep every tick late for longer than a sample.
 */
async function saturatedThenAsked(url: string): Promise<Response> {
  const until = Date.now() + 1500;
  while (Date.now() < until) {
    const turnEnds = Date.now() + 100;
    while (Date.now() < turnEnds) {
      /* busy */
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return post(url, JSON.stringify({ query: '{ __typename }' }));
}

describe('the HTTP layer under pressure', () => {
  it('answers 503 with Retry-After while the event loop is saturated', async () => {
    const server = await startTestServer({ seed: false, env: { MAX_EVENT_LOOP_DELAY_MS: '50' } });
    try {
      // Saturate the one event loop that the server shares with this test.
      const response = await saturatedThenAsked(server.url);
      expect(response.status).to.equal(503);
      expect(response.headers.get('retry-after')).to.equal('5');
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).to.equal('SERVICE_UNAVAILABLE');
      // Not the database's fault, and the answer says so.
      expect(body.errors[0].message).to.match(/overloaded/);
    } finally {
      await server.stop();
    }
  });
});
