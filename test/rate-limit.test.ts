import { expect } from 'chai';
import { processesSharingRedis } from './helpers/processes';
import { signTestToken, startTestServer, type TestServer } from './helpers/server';

interface Cost {
  requested: number;
  remaining: number;
  resetAt: string;
}

interface Answer {
  status: number;
  retryAfter: string | null;
  cost?: Cost;
  code?: string;
}

const QUERY = JSON.stringify({ query: 'query Cheap { calls(first: 1) { nodes { key } } }' });

async function ask(url: string, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: QUERY,
  });
  const body = (await response.json()) as {
    extensions?: { cost?: Cost };
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    cost: body.extensions?.cost,
    code: body.errors?.[0]?.extensions?.code,
  };
}

/** Budgets are per minute: start a spending spree early in a minute, so that it does not straddle two. */
async function earlyInAMinute(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
}

/**
 * Spends the caller's budget request by request, alternating between servers, until one refuses; checks
 * that every answer reports what it cost and what is left, consistently, and returns what was spent.
 */
async function spendUntilRefused(urls: string[], budget: number, token?: string) {
  const answers: Answer[] = [];
  for (let i = 0; i < budget + 2; i++) {
    const answer = await ask(urls[i % urls.length], token);
    answers.push(answer);
    if (answer.status !== 200) break;
  }
  const refused = answers.at(-1)!;
  const accepted = answers.slice(0, -1);
  let left = budget;
  for (const answer of accepted) {
    expect(answer.cost!.requested).to.be.at.least(1);
    left -= answer.cost!.requested;
    expect(answer.cost!.remaining).to.equal(left);
    expect(Date.parse(answer.cost!.resetAt) - Date.now()).to.be.within(0, 60_000);
  }
  expect(refused.status).to.equal(429);
  expect(refused.code).to.equal('RATE_LIMITED');
  expect(Number(refused.retryAfter)).to.be.within(1, 60);
  expect(refused.cost!.requested).to.be.above(refused.cost!.remaining);
  expect(refused.cost!.remaining).to.equal(left);
  return { accepted: accepted.length, spent: budget - left };
}

describe('cost-based rate limits', () => {
  describe('in memory (one process)', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: { RATE_LIMIT_POINTS_PER_MINUTE: '12' } });
    });
    after(() => server.stop());

    it("spends each operation's cost from the caller's budget, reports it, and refuses with 429 when it is spent", async () => {
      await earlyInAMinute();
      const { accepted } = await spendUntilRefused([server.url], 12);
      expect(accepted).to.be.at.least(1);
      // A signed-in caller has a budget of their own, whatever the address spent.
      const token = await signTestToken({ sub: 'budget-1', roles: ['applicant'], municipalities: ['091'] });
      const signedIn = await ask(server.url, token);
      expect(signedIn.status).to.equal(200);
      expect(signedIn.cost!.remaining).to.equal(12 - signedIn.cost!.requested);
    });
  });

  it('refuses more requests a minute from one address than RATE_LIMIT_REQUESTS_PER_MINUTE, whatever they cost', async () => {
    const server = await startTestServer({ seed: false, env: { RATE_LIMIT_REQUESTS_PER_MINUTE: '3' } });
    try {
      await earlyInAMinute();
      const document = new URL('/calls/none/form.md', server.url);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(document)).status);
      expect(statuses).to.deep.equal([404, 404, 404, 429]);
      const refused = await fetch(document);
      expect(refused.headers.get('retry-after')).to.match(/^\d+$/);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).to.equal('RATE_LIMITED');
      expect((await fetch(new URL('/health/live', server.url))).status).to.equal(200);
    } finally {
      await server.stop();
    }
  });

  it('serves requests when the Redis behind the budgets cannot be reached', async () => {
    const server = await startTestServer({ seed: false, env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const answer = await ask(server.url);
      expect(answer.status).to.equal(200);
    } finally {
      await server.stop();
    }
  });

  describe('in Redis, shared by two server processes', () => {
    const shared = processesSharingRedis({ RATE_LIMIT_POINTS_PER_MINUTE: '12' });

    it('spends one budget across both processes', async () => {
      await earlyInAMinute();
      const { spent } = await spendUntilRefused(
        shared.processes.map((process) => process.url),
        12,
      );
      expect(spent).to.be.at.most(12);
    });
  });
});
