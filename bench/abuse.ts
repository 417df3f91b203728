/**
 * `npm run bench:abuse`: how fast the query limits refuse the documents of issue 10 (a 767 kB body of
 * 6 000 aliases, fragments that double at every level, depth 1 000 and 4 000, one field repeated hundreds
 * of times, an operation over the cost limit), and whether a cheap query keeps answering meanwhile. A real
 * server on a loopback port over a freshly seeded database with synthetic applications.
 *
 * It checks what it can check without a clock: every abuse request must be refused with 400 and
 * QUERY_TOO_COMPLEX before any SQL, and every cheap request must be answered; otherwise it exits 1. The
 * times it prints are for people to read (the target is under 100 ms per refusal); client and server share
 * one process and the machine's cores, so they overstate what a deployed server takes.
 *
 *   BENCH_DATABASE=sqlite|mariadb  (default sqlite; mariadb uses TEST_MYSQL_URL or root@127.0.0.1:3306)
 *   BENCH_APPLICATIONS=2000        synthetic submitted applications of the 2020 call
 *   BENCH_REQUESTS=20              requests per abuse scenario
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { aliasBomb, fragmentDoubling, nestedCalls, sameFieldRepeated } from '../test/helpers/abuse-documents';
import { addSyntheticApplications } from './synthetic';
import { percentile } from './stats';

process.env.TEST_DATABASE = process.env.BENCH_DATABASE || process.env.TEST_DATABASE || 'sqlite';
// Imported after TEST_DATABASE is settled: the helper reads it once.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTestServer } = require('../test/helpers/server') as typeof import('../test/helpers/server');

const applications = Number(process.env.BENCH_APPLICATIONS ?? 2000);
const requests = Number(process.env.BENCH_REQUESTS ?? 20);

/** What a public portal asks all the time: one call, one statement. */
const cheapQuery = `{ call(key: "2020") { key status title { fi } } }`;

/** A document that doubles at each of 20 levels through fragment spreads alone: 2^20 paths, 300 tokens. */
function spreadDoubling(levels: number): string {
  let document = `query SpreadDoubling { ...Q${levels} }\nfragment Q0 on Query { __typename }\n`;
  for (let i = 1; i <= levels; i++) {
    document += `fragment Q${i} on Query { ...Q${i - 1} ... on Query { ...Q${i - 1} } }\n`;
  }
  return document;
}

const abuse: { name: string; query: string }[] = [
  { name: '6 000 aliases, 767 kB', query: aliasBomb() },
  { name: 'fragment doubling 2^10', query: fragmentDoubling(10) },
  { name: 'spread doubling 2^20', query: spreadDoubling(20) },
  { name: 'depth 1 000', query: nestedCalls(1000) },
  { name: 'depth 4 000', query: nestedCalls(4000) },
  { name: 'depth 500 (in tokens)', query: nestedCalls(500) },
  { name: 'one field 480 times', query: sameFieldRepeated(480) },
  {
    name: 'cost 48 301',
    query: `{ awards(first: 100) { nodes { grantedAmount municipalities { code name { fi } awards(first: 10) { nodes { grantedAmount } } } } } }`,
  },
];

/** What the limits let through at most: an administrator's page of 75 applications with their consortia. */
const atCostLimit = `{ applications(first: 75, filter: { callKey: "2020" }) { nodes { referenceNumber requestedAmount
  projectName { fi } consortium { name lead { code name { fi } } members { role municipality { code name { fi } } } } } } }`;

const ms = (value: number) => value.toFixed(1).padStart(7);

async function main(): Promise<void> {
  const server = await startTestServer();
  let failures = 0;
  try {
    await addSyntheticApplications(server.dataSource, applications);
    const adminToken = await server.token({ sub: 'bench-admin', roles: ['admin'] });
    console.log(
      `engine ${process.env.TEST_DATABASE}; ${applications} synthetic applications; ${requests} requests per scenario\n`,
    );

    /** Runs the cheap query back to back until `stop` says so; its latencies, and how many failed. */
    function cheapLoop() {
      const latencies: number[] = [];
      let failed = 0;
      let running = true;
      const done = (async () => {
        while (running) {
          const t0 = performance.now();
          const response = await server.rawQuery(cheapQuery);
          latencies.push(performance.now() - t0);
          if (response.status !== 200 || response.errors) failed += 1;
        }
      })();
      return async () => {
        running = false;
        await done;
        latencies.sort((a, b) => a - b);
        return { latencies, failed };
      };
    }

    const alone = cheapLoop();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const baseline = await alone();
    console.log(
      `cheap query alone: p50 ${ms(percentile(baseline.latencies, 50))} ms, p99 ${ms(percentile(baseline.latencies, 99))} ms over ${baseline.latencies.length} requests\n`,
    );

    console.log(
      'abuse document              body kB  refused as       p50 ms   max ms  SQL   cheap meanwhile: n  p50 ms  p99 ms  max ms',
    );
    for (const scenario of abuse) {
      const body = JSON.stringify({ query: scenario.query });
      const stop = cheapLoop();
      const latencies: number[] = [];
      let refusedAs = '';
      let statements = 0;
      for (let i = 0; i < requests; i++) {
        const t0 = performance.now();
        const response = await server.rawQuery(scenario.query);
        latencies.push(performance.now() - t0);
        const error = response.errors?.[0];
        const measure = Object.keys(error?.extensions ?? {}).find((key) => key !== 'code' && key !== 'limit');
        refusedAs = `${measure} ${error?.extensions?.[measure ?? '']}`;
        statements = Math.max(statements, response.statements);
        if (
          response.status !== 400 ||
          error?.extensions?.code !== 'QUERY_TOO_COMPLEX' ||
          response.statements !== 0
        ) {
          failures += 1;
          refusedAs = `NOT REFUSED: ${response.status} ${JSON.stringify(response.errors ?? response.data).slice(0, 80)}`;
        }
      }
      const cheap = await stop();
      failures += cheap.failed;
      latencies.sort((a, b) => a - b);
      console.log(
        [
          scenario.name.padEnd(26),
          (body.length / 1000).toFixed(0).padStart(8),
          ` ${refusedAs}`.padEnd(18),
          ms(percentile(latencies, 50)),
          ms(latencies[latencies.length - 1]),
          String(statements).padStart(4),
          String(cheap.latencies.length).padStart(21),
          ms(percentile(cheap.latencies, 50)),
          ms(percentile(cheap.latencies, 99)),
          ms(cheap.latencies[cheap.latencies.length - 1]),
          cheap.failed ? `  ${cheap.failed} FAILED` : '',
        ].join(' '),
      );
    }

    const accepted: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      const response = await server.rawQuery(atCostLimit, undefined, { token: adminToken });
      accepted.push(performance.now() - t0);
      if (response.errors) {
        failures += 1;
        console.log(`at the cost limit: ${JSON.stringify(response.errors)}`);
        break;
      }
    }
    accepted.sort((a, b) => a - b);
    console.log(
      `\nat the cost limit (an administrator's page of 75 applications with consortia, cost 9 901): p50 ${ms(percentile(accepted, 50))} ms, max ${ms(accepted[accepted.length - 1])} ms`,
    );
  } finally {
    await server.stop();
  }
  if (failures > 0) {
    console.error(`\n${failures} request(s) were not answered as expected`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
