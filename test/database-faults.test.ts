import { expect } from 'chai';
import mysql from 'mysql2/promise';
import { createTestDatabase, type TestDatabase, testEngine } from './helpers/database';
import { type MainProcess, spawnMain } from './helpers/main-process';
import { signTestToken } from './helpers/server';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  ms: number;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    text,
    body: JSON.parse(text) as Answer['body'],
    ms: Date.now() - started,
  } satisfies Answer;
}

const ready = async (url: string) => (await fetch(new URL('/health/ready', url))).status;

function expectUnavailable(answer: Answer) {
  expect(answer.status, answer.text).to.equal(503);
  expect(answer.retryAfter).to.equal('5');
  expect(answer.body.errors?.map((error) => error.extensions?.code)).to.deep.equal(['SERVICE_UNAVAILABLE']);
  // Nothing of the driver reaches the client.
  expect(answer.text).not.to.match(/ECONN|PROTOCOL_|mysql|SELECT|INSERT|at \w+ \(/i);
  // A gateway must not wait for it: an outage answers within seconds.
  expect(answer.ms).to.be.below(5000);
}

const CALLS = '{ calls(first: 3) { nodes { key } } }';
const VIEWER = '{ viewer { userId } }';
const CREATE_CONSORTIUM = `mutation ($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`;

/**
 * The database goes away and comes back while the real service (npm start) runs: through a TCP proxy on
 * loopback that the test cuts (every connection reset, new ones closed) and restores. MariaDB only: an
 * embedded SQLite file cannot become unreachable.
 */
describe('database faults: an outage is SERVICE_UNAVAILABLE (503), and the service recovers by itself', function () {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let proxiedUrl: string;
  let service: MainProcess | undefined;

  before(async function () {
    if (testEngine !== 'mariadb') this.skip();
    database = await createTestDatabase();
    const direct = new URL((database.config as { url: string }).url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 3306));
    direct.port = String(proxy.port);
    proxiedUrl = direct.toString();
  });
  afterEach(async () => {
    proxy?.restore();
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    service = undefined;
  });
  after(async () => {
    await proxy?.close();
    await database?.drop();
  });

  it('answers 503 with Retry-After within seconds while the database is unreachable, and serves again when it returns', async () => {
    service = spawnMain({ DATABASE_URL: proxiedUrl });
    const url = await service.serving;
    const applicant = await signTestToken({ sub: 'faults-1', roles: ['applicant'], municipalities: ['091'] });
    expect((await post(url, CALLS)).status).to.equal(200);
    expect((await post(url, VIEWER, {}, applicant)).body.data).to.have.nested.property('viewer.userId');
    const consortiaBefore = await countConsortia();

    proxy.cut();
    expectUnavailable(await post(url, CALLS));
    expectUnavailable(await post(url, VIEWER, {}, await signTestToken({ sub: 'faults-newcomer' })));
    expectUnavailable(
      await post(
        url,
        CREATE_CONSORTIUM,
        { input: { name: 'Written during the outage', leadCode: '091', memberCodes: ['049'] } },
        applicant,
      ),
    );
    expect(await ready(url)).to.equal(503);
    expect((await fetch(new URL('/health/live', url))).status).to.equal(200);
    // A plain route answers the outage in the same shape as GraphQL.
    const form = await fetch(new URL('/calls/2020/form.md', url));
    expect(form.status).to.equal(503);
    expect(form.headers.get('retry-after')).to.equal('5');
    const formBody = (await form.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(formBody.errors[0].extensions).to.deep.equal({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });

    proxy.restore();
    let answer = await post(url, CALLS);
    for (let tries = 0; answer.status !== 200 && tries < 20; tries++) {
      await sleep(250);
      answer = await post(url, CALLS);
    }
    expect(answer.status, answer.text).to.equal(200);
    expect(answer.body.data).to.have.nested.property('calls.nodes').with.length(3);
    expect(await ready(url)).to.equal(200);
    expect((await post(url, VIEWER, {}, applicant)).status).to.equal(200);
    // The refused mutation left nothing behind.
    expect(await countConsortia()).to.equal(consortiaBefore);
    expect(service.child.exitCode).to.equal(null);
  });

  it('at start, keeps trying for DATABASE_CONNECT_TIMEOUT_MS, then exits 1 with one line', async () => {
    proxy.cut();
    // Pauses of 0.5 s and 1 s between tries: 6 s leave room for three tries even when each takes 1.5 s on
    // a busy machine (with 2 s, at a load of 18, only two tries fitted and one was logged).
    service = spawnMain({ DATABASE_URL: proxiedUrl, DATABASE_CONNECT_TIMEOUT_MS: '6000' });
    const exit = await service.exited;
    expect(exit.code).to.equal(1);
    const lines = service.stderr().trim().split('\n');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^digikannustin could not start: the database did not answer within 6000 ms/);
    expect(service.logs.filter((entry) => entry.msg === 'database not reachable yet').length).to.be.at.least(
      2,
    );
  });

  it('at start, serves as soon as a late database answers', async () => {
    proxy.cut();
    service = spawnMain({ DATABASE_URL: proxiedUrl, DATABASE_CONNECT_TIMEOUT_MS: '30000' });
    // The database comes back only after the service has found it away at least once.
    const refused = () => service!.logs.some((entry) => entry.msg === 'database not reachable yet');
    for (let waited = 0; !refused() && waited < 20_000; waited += 100) await sleep(100);
    expect(refused(), 'the service never found the database away').to.equal(true);
    proxy.restore();
    const url = await service.serving;
    expect((await post(url, CALLS)).status).to.equal(200);
  });

  async function countConsortia(): Promise<number> {
    const connection = await mysql.createConnection((database.config as { url: string }).url);
    try {
      const [rows] = await connection.query('SELECT COUNT(*) AS n FROM consortium');
      return Number((rows as { n: number }[])[0].n);
    } finally {
      await connection.end();
    }
  }
});
