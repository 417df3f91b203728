/**
 * `npm run bench:rush`: the deadline rush, as the ministry would run it. Two service processes
 * (dist/src/main.js in production mode) serve one fresh MariaDB database; officials submit their drafts at
 * random moments within a minute while public readers browse without pause. Prints p50/p99 per operation,
 * errors (any answer that is not HTTP 200 without errors) and each process's pool waits. Nothing here
 * asserts: the numbers go to the README.
 *
 *   BENCH_MYSQL_URL=mysql://root@127.0.0.1:3306   the server to create the benchmark database on
 *   BENCH_OFFICIALS=300        officials submitting (two per consortium)
 *   BENCH_RUSH_SECONDS=60      the window the submissions fall in
 *   BENCH_READERS=50           public readers browsing throughout
 *   BENCH_SEED=1               the random schedule
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { helsinkiDate, toHelsinkiIso } from '../src/common/time-zone';
import { createDataSource } from '../src/database';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { seedDatabase } from '../src/seed/seed';
import { callInput, eligibleFields } from '../test/helpers/applying';
import { type MainProcess, spawnMain } from '../test/helpers/main-process';
import { signTestToken, type TokenClaims } from '../test/helpers/server';
import { percentile } from './stats';

const serverUrl = (process.env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
const officials = Number(process.env.BENCH_OFFICIALS ?? 300);
const rushSeconds = Number(process.env.BENCH_RUSH_SECONDS ?? 60);
const readers = Number(process.env.BENCH_READERS ?? 50);
let seed = Number(process.env.BENCH_SEED ?? 1);

/** A small deterministic generator (mulberry32), so that two runs share one schedule. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

const reads: { name: string; query: string }[] = [
  {
    name: 'read: calls with statistics',
    query: `{ calls(first: 10) { nodes { key status title { text } statistics { applicationsSubmitted totalRequested totalAwarded } } } }`,
  },
  {
    name: 'read: awards page of 29, nested',
    query: `{ awards(first: 29) { totalCount nodes { grantedAmount leadMunicipality { name { text } region { code } } application { projectName { text } consortium { members { municipality { code } } } } } } }`,
  },
  {
    name: 'read: municipality search',
    query: `{ municipalities(filter: { search: "kaupunki" }) { totalCount nodes { code name { fi sv } } } }`,
  },
];

interface Sample {
  name: string;
  ms: number;
  ok: boolean;
  detail?: string;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
  return { status: response.status, body };
}

async function timed(samples: Sample[], name: string, send: () => ReturnType<typeof post>) {
  const started = performance.now();
  try {
    const { status, body } = await send();
    const ok = status === 200 && !body.errors;
    samples.push({
      name,
      ms: performance.now() - started,
      ok,
      detail: ok ? undefined : JSON.stringify(body),
    });
    return body;
  } catch (error) {
    samples.push({ name, ms: performance.now() - started, ok: false, detail: String(error) });
    return undefined;
  }
}

/** Runs `work` over `items` with at most `limit` at once. */
async function inBatches<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function main(): Promise<void> {
  const name = `dk_bench_rush_${Date.now().toString(36)}`;
  const admin = await mysql.createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const databaseUrl = `${serverUrl}/${name}`;
  const services: MainProcess[] = [];
  try {
    const dataSource = await createDataSource({ type: 'mariadb', url: databaseUrl }).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDatabase(dataSource);
    const codes = (
      await dataSource
        .getRepository(Municipality)
        .createQueryBuilder('municipality')
        .where('municipality.validTo IS NULL')
        .orderBy('municipality.code')
        .getMany()
    ).map((municipality) => municipality.code);
    await dataSource.destroy();
    if (codes.length < officials) throw new Error(`${officials} officials need as many municipalities`);

    for (let i = 0; i < 2; i++) {
      services.push(
        spawnMain({
          DATABASE_URL: databaseUrl,
          NODE_ENV: 'production',
          LOG_LEVEL: 'info',
          // Every simulated person comes from one loopback address here, so the limits per address are
          // lifted; each official keeps the signed-in budget of their own.
          RATE_LIMIT_REQUESTS_PER_MINUTE: String(1e9),
          RATE_LIMIT_POINTS_PER_MINUTE: String(1e9),
          RATE_LIMIT_POINTS_PER_MINUTE_SIGNED_IN: '30000',
        }),
      );
    }
    const urls = await Promise.all(services.map((service) => service.serving));

    // Arrange through the API: a call open by the real clock, consortia of two, one draft per official.
    const adminToken = await signTestToken({ sub: 'bench-admin', roles: ['admin'] });
    const created = await post(
      urls[0],
      `mutation ($input: CreateCallInput!) { createCall(input: $input) { id } }`,
      {
        input: callInput('rush', {
          year: new Date().getFullYear(),
          opensAt: toHelsinkiIso(inDays(-1)).slice(0, 16),
          closesAt: toHelsinkiIso(inDays(30)).slice(0, 16),
          projectDeadline: helsinkiDate(inDays(800)),
          appropriation: '100000000',
        }),
      },
      adminToken,
    );
    const callId = created.body.data!.createCall.id;
    const published = await post(
      urls[0],
      `mutation ($id: ID!) { publishCall(id: $id) { id themes { id } questions { id code } } }`,
      { id: callId },
      adminToken,
    );
    const call = published.body.data!.publishCall as unknown as Parameters<typeof eligibleFields>[0];
    const fields = {
      ...eligibleFields(call),
      projectStart: helsinkiDate(inDays(60)),
      projectEnd: helsinkiDate(inDays(400)),
    };
    const people: { claims: TokenClaims; token: string; draftId?: string }[] = [];
    for (const code of codes.slice(0, officials)) {
      const claims = { sub: `bench-${code}`, roles: ['applicant'], municipalities: [code] };
      people.push({ claims, token: await signTestToken(claims) });
    }
    const arranged = performance.now();
    const setup: Sample[] = [];
    await inBatches(
      Array.from({ length: officials / 2 }, (_, i) => i),
      8,
      async (i) => {
        const [lead, member] = [people[2 * i], people[2 * i + 1]];
        const consortium = await timed(setup, 'createConsortium', () =>
          post(
            urls[i % 2],
            `mutation ($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`,
            {
              input: {
                name: `Rush ${i}`,
                leadCode: lead.claims.municipalities![0],
                memberCodes: [member.claims.municipalities![0]],
              },
            },
            lead.token,
          ),
        );
        for (const person of [lead, member]) {
          const draft = await timed(setup, 'createApplication', () =>
            post(
              urls[i % 2],
              `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
              { input: { callId, consortiumId: consortium!.data!.createConsortium.id, ...fields } },
              person.token,
            ),
          );
          person.draftId = draft!.data!.createApplication.id;
        }
      },
    );
    console.log(
      `arranged ${officials / 2} consortia and ${officials} drafts in ${((performance.now() - arranged) / 1000).toFixed(1)} s`,
    );

    // The rush: every official submits once at a random moment of the window; readers never pause.
    const samples: Sample[] = [];
    const schedule = people.map((person) => ({ person, at: random() * rushSeconds * 1000 }));
    let rushing = true;
    const start = performance.now();
    const submissions = Promise.all(
      schedule.map(async ({ person, at }, index) => {
        await sleep(at);
        await timed(samples, 'submitApplication', () =>
          post(
            urls[index % 2],
            `mutation ($id: ID!) { submitApplication(id: $id) { id referenceNumber } }`,
            { id: person.draftId },
            person.token,
          ),
        );
      }),
    );
    const browsing = Promise.all(
      Array.from({ length: readers }, async (_, reader) => {
        for (let i = reader; rushing; i++) {
          const read = reads[i % reads.length];
          await timed(samples, read.name, () => post(urls[(reader + i) % 2], read.query));
        }
      }),
    );
    await submissions;
    rushing = false;
    await browsing;
    const seconds = (performance.now() - start) / 1000;

    await Promise.all(
      services.map((service) => {
        service.child.kill('SIGTERM');
        return service.exited;
      }),
    );

    console.log(
      `\n${officials} submissions within ${rushSeconds} s, ${readers} public readers; two processes on MariaDB; ${seconds.toFixed(1)} s in all\n`,
    );
    console.log('operation                                count   p50 ms   p99 ms   max ms  errors');
    for (const operation of ['submitApplication', ...reads.map((read) => read.name)]) {
      const mine = samples.filter((sample) => sample.name === operation);
      const latencies = mine.map((sample) => sample.ms).sort((a, b) => a - b);
      console.log(
        [
          operation.padEnd(38),
          String(mine.length).padStart(7),
          percentile(latencies, 50).toFixed(1).padStart(8),
          percentile(latencies, 99).toFixed(1).padStart(8),
          (latencies.at(-1) ?? NaN).toFixed(1).padStart(8),
          String(mine.filter((sample) => !sample.ok).length).padStart(7),
        ].join(' '),
      );
    }
    const failures = [...setup, ...samples].filter((sample) => !sample.ok);
    for (const failure of failures.slice(0, 5)) console.log(`error in ${failure.name}: ${failure.detail}`);
    console.log('\npool waits per process (acquisitions, waits over 10 ms, longest wait, timed out):');
    services.forEach((service, i) => {
      const entry = service.logs.find((line) => line.msg === 'pool statistics') as
        { pool: { acquired: number; waited: number; longestWaitMs: number; timedOut: number } } | undefined;
      const pool = entry?.pool;
      console.log(
        pool
          ? `  process ${i + 1}: ${pool.acquired} acquired, ${pool.waited} waited, longest ${pool.longestWaitMs} ms, ${pool.timedOut} timed out`
          : `  process ${i + 1}: no statistics logged`,
      );
    });
    const [rows] = await admin.query(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT referenceNumber) AS refs FROM \`${name}\`.application WHERE status = 'SUBMITTED' AND referenceNumber LIKE 'rush-%'`,
    );
    const { n, refs } = (rows as { n: number; refs: number }[])[0];
    console.log(`\nstored: ${n} submitted applications with ${refs} distinct reference numbers`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    for (const service of services) if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
