/**
 * `npm run bench`: latency, throughput, SQL statements and memory of typical reads, measured against a
 * real server on a loopback port over a freshly seeded database, with synthetic applications added so
 * that lists have volume. Nothing here asserts: it prints numbers to compare between commits. Client and
 * server share one process (and its two cores), so absolute numbers understate a deployed server.
 *
 *   BENCH_DATABASE=sqlite|mariadb  (default sqlite; mariadb uses TEST_MYSQL_URL or root@127.0.0.1:3306)
 *   BENCH_APPLICATIONS=20000       synthetic submitted applications spread over the 2020 call
 *   BENCH_REQUESTS=400             requests per scenario
 *   BENCH_CONCURRENCY=8            requests in flight at once
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { addSyntheticApplications } from './synthetic';
import { percentile } from './stats';

process.env.TEST_DATABASE = process.env.BENCH_DATABASE || process.env.TEST_DATABASE || 'sqlite';
// Imported after TEST_DATABASE is settled: the helper reads it once.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTestServer } = require('../test/helpers/server') as typeof import('../test/helpers/server');

const applications = Number(process.env.BENCH_APPLICATIONS ?? 20000);
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  role?: 'admin';
}

const scenarios: Scenario[] = [
  {
    name: 'awards page of 29, nested',
    query: `{ awards(first: 29) { totalCount nodes { grantedAmount leadMunicipality { name { text } region { code } } application { projectName { text } consortium { members { municipality { code } } } } } } }`,
  },
  {
    name: 'municipality search',
    query: `{ municipalities(filter: { search: "kaupunki" }) { totalCount nodes { code name { fi sv } } } }`,
  },
  {
    name: 'call with statistics',
    query: `{ call(key: "2020") { status statistics { applicationsSubmitted totalRequested totalAwarded } themes { code } } }`,
  },
  {
    name: 'admin: applications page of 100',
    query: `{ applications(first: 100, filter: { callKey: "2020", status: [SUBMITTED] }, orderBy: { field: REQUESTED_AMOUNT, direction: DESC }) { totalCount nodes { referenceNumber requestedAmount consortium { lead { code } } } } }`,
    role: 'admin',
  },
];

async function main(): Promise<void> {
  const server = await startTestServer();
  try {
    const started = performance.now();
    await addSyntheticApplications(server.dataSource, applications);
    console.log(
      `engine ${process.env.TEST_DATABASE}; ${applications} synthetic applications added in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const adminToken = await server.token({ sub: 'bench-admin', roles: ['admin'] });
    console.log(`${requests} requests per scenario, ${concurrency} in flight\n`);
    console.log('scenario                              p50 ms   p95 ms   p99 ms    req/s  SQL/req  RSS MiB');
    for (const scenario of scenarios) {
      const token = scenario.role === 'admin' ? adminToken : undefined;
      const warm = await server.rawQuery(scenario.query, scenario.variables, { token });
      if (warm.errors) throw new Error(`${scenario.name}: ${JSON.stringify(warm.errors)}`);
      const latencies: number[] = [];
      let next = 0;
      const begin = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next += 1;
            const t0 = performance.now();
            await server.rawQuery(scenario.query, scenario.variables, { token });
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - begin) / 1000;
      latencies.sort((a, b) => a - b);
      const row = [
        scenario.name.padEnd(36),
        percentile(latencies, 50).toFixed(1).padStart(7),
        percentile(latencies, 95).toFixed(1).padStart(8),
        percentile(latencies, 99).toFixed(1).padStart(8),
        (latencies.length / seconds).toFixed(0).padStart(8),
        String(warm.statements).padStart(8),
        (process.memoryUsage().rss / 1048576).toFixed(0).padStart(8),
      ];
      console.log(row.join(' '));
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
