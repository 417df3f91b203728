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
import type { DataSource } from 'typeorm';
import { stableId } from '../src/common/ids';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../src/modules/consortium/consortium.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';

process.env.TEST_DATABASE = process.env.BENCH_DATABASE || process.env.TEST_DATABASE || 'sqlite';
// Imported after TEST_DATABASE is settled: the helper reads it once.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTestServer } = require('../test/helpers/server') as typeof import('../test/helpers/server');

const applications = Number(process.env.BENCH_APPLICATIONS ?? 20000);
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function addSyntheticApplications(dataSource: DataSource, count: number): Promise<void> {
  const codes = (await dataSource.getRepository(Municipality).find({ select: { code: true } })).map(
    (m) => m.code,
  );
  const callId = stableId('call', '2020');
  const now = new Date('2020-09-01T09:00:00Z');
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const consortia: Consortium[] = [];
    const members: ConsortiumMember[] = [];
    const rows: Application[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const lead = codes[i % codes.length];
      const partner = codes[(i * 7 + 3) % codes.length];
      const consortium = Object.assign(new Consortium(), {
        id: stableId('bench-consortium', String(i)),
        name: `Benchmark consortium ${i}`,
        leadCode: lead,
        partners: [],
        createdById: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      consortia.push(consortium);
      members.push(
        Object.assign(new ConsortiumMember(), {
          id: stableId('bench-member', `${i}:0`),
          consortiumId: consortium.id,
          municipalityCode: lead,
          role: ConsortiumRole.LEAD,
          position: 0,
        }),
      );
      if (partner !== lead) {
        members.push(
          Object.assign(new ConsortiumMember(), {
            id: stableId('bench-member', `${i}:1`),
            consortiumId: consortium.id,
            municipalityCode: partner,
            role: ConsortiumRole.MEMBER,
            position: 1,
          }),
        );
      }
      rows.push(
        Object.assign(new Application(), {
          id: stableId('bench-application', String(i)),
          callId,
          consortiumId: consortium.id,
          projectName: { fi: `Hanke ${i}`, sv: null, en: null },
          requestedAmount: `${10000 + (i % 500) * 1000}.00`,
          status: ApplicationStatus.SUBMITTED,
          submittedAt: new Date(now.getTime() + i * 1000),
          referenceNumber: `2020-B${String(i).padStart(6, '0')}`,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await dataSource.transaction(async (manager) => {
      await manager.insert(Consortium, consortia);
      await manager.insert(ConsortiumMember, members);
      await manager.insert(Application, rows);
    });
  }
}

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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

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
      const warm = await server.query(scenario.query, scenario.variables, { token });
      if (warm.errors) throw new Error(`${scenario.name}: ${JSON.stringify(warm.errors)}`);
      const latencies: number[] = [];
      let next = 0;
      const begin = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next += 1;
            const t0 = performance.now();
            await server.query(scenario.query, scenario.variables, { token });
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
