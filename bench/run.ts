/**
 * `npm run bench`: the operations of bench/operations.ts against every variant of bench/variants.ts, side
 * by side in one run. Each variant is the service in production mode (NODE_ENV=production, the built
 * dist) in a process of its own (bench/serve.ts; the hand-written baseline is bench/baseline.ts), on
 * MariaDB over synthetic data (`npm run db:synth`'s), driven from this process with autocannon. Printed
 * per operation and variant: requests/s and the ratio to the full build, p50 and p99 latency, server CPU
 * per request, SQL statements per request (the x-sql-statements header), errors (connection errors,
 * timeouts, non-2xx answers, and answers of another size than the first) and bytes per answer. Then the
 * checks at 50 and 10 connections, and issue 12's targets read from the numbers. Results are written as
 * JSON to bench/results/ (git-ignored). Nothing here asserts a speed; it fails only when the baseline's
 * `data` differs from the service's, or an operation fails outright.
 *
 *   npm run bench -- [--quick] [--reuse] [--applications 100000] [--seconds 5] [--connections 8]
 *                    [--variants full,shield-off,…] [--profile]
 *
 *   --quick         a smoke run: 1 s per measurement, 5 000 applications (unless given)
 *   --reuse         keep the database (digikannustin_bench_<applications>) and use it again next time;
 *                   without it a database of its own is created, filled and dropped
 *   --profile       also profile the full build under Q2/100 (V8's CPU profiler, as node --cpu-prof),
 *                   print the functions with the most self time and keep the .cpuprofile in bench/results
 *   BENCH_MYSQL_URL the server to use (default mysql://root@127.0.0.1:3306)
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import mysql from 'mysql2/promise';
import { createDataSource } from '../src/database';
import { isDatabaseEmpty, seedDatabase } from '../src/seed/seed';
import { Application } from '../src/modules/application/application.entity';
import {
  awardsPageSizes,
  deepApplicationsPage,
  municipalityRepresentations,
  type Operation,
  operations,
} from './operations';
import { hasSyntheticData, synthesize } from './synthetic';
import { type Variant, variants } from './variants';

interface Options {
  quick: boolean;
  reuse: boolean;
  profile: boolean;
  applications: number;
  seconds: number;
  connections: number;
  variants: string[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    quick: argv.includes('--quick'),
    reuse: argv.includes('--reuse'),
    profile: argv.includes('--profile'),
    applications: 0,
    seconds: 0,
    connections: 8,
    variants: variants.map((variant) => variant.name),
  };
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  options.applications = Number(value('applications') ?? (options.quick ? 5000 : 100_000));
  options.seconds = Number(value('seconds') ?? (options.quick ? 1 : 5));
  options.connections = Number(value('connections') ?? 8);
  options.variants = value('variants')?.split(',') ?? options.variants;
  for (const name of ['applications', 'seconds', 'connections'] as const) {
    if (!Number.isInteger(options[name]) || options[name] < 1)
      throw new Error(`--${name} must be a whole number`);
  }
  return options;
}

/** One measurable request: an operation with its variables, run by one role. */
interface Case {
  name: string;
  operation: Operation;
  variables: Record<string, unknown>;
  token?: string;
}

interface Measurement {
  variant: string;
  case: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  statements: number;
  errors: number;
  bytes: number;
  requests: number;
}

const root = path.resolve(__dirname, '..', '..');
const ticksPerSecond = 100;
const resultsDirectory = path.join(root, 'bench', 'results');

/** CPU time a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return NaN;
  }
}

async function waitUntilReady(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/health/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not get ready in two minutes');
}

interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A loopback port nobody listens on now (the machine is shared: a fixed one may be taken). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * The Node options `npm start` runs the service with (package.json's start script), for every variant, the
 * baseline included: the size of V8's young generation decides much of what a request costs in garbage
 * collection, and the ratios are to compare the code, not the options.
 */
function startOptions(): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function startVariant(variant: Variant, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const script = variant.name === 'baseline' ? 'dist/bench/baseline.js' : 'dist/bench/serve.js';
  const child = spawn(process.execPath, [...startOptions(), path.join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env, ...variant.env, PORT: String(port), BENCH_VARIANT: variant.name },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(origin, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `${origin}/graphql`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const requestOf = (testCase: Case) => ({
  method: 'POST' as const,
  headers: {
    'content-type': 'application/json',
    ...(testCase.token ? { authorization: `Bearer ${testCase.token}` } : {}),
  },
  body: JSON.stringify({ query: testCase.operation.query, variables: testCase.variables }),
});

interface Answer {
  status: number;
  body: string;
  statements: number;
}

async function ask(url: string, testCase: Case): Promise<Answer> {
  const response = await fetch(url, requestOf(testCase));
  return {
    status: response.status,
    body: await response.text(),
    statements: Number(response.headers.get('x-sql-statements') ?? NaN),
  };
}

/** The answer's data, or a loud failure when there is none. */
function dataOf(answer: Answer, where: string): unknown {
  const body = JSON.parse(answer.body) as { data?: unknown; errors?: unknown[] };
  if (answer.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`${where}: HTTP ${answer.status} ${answer.body.slice(0, 500)}`);
  }
  return body.data;
}

async function measure(
  running: Running,
  variant: string,
  testCase: Case,
  seconds: number,
  connections: number,
  afterWarmUp: () => void = () => undefined,
): Promise<{ measurement: Measurement; data: unknown }> {
  // Warm up (JIT, pools, caches) and learn the answer's size and statements.
  const first = await ask(running.url, testCase);
  const data = dataOf(first, `${variant} ${testCase.name}`);
  const warmUp = performance.now();
  for (let i = 0; i < 20; i++) await ask(running.url, testCase);
  // Long enough for each connection to complete about ten requests at the warm-up's pace, whatever the
  // machine's load (a slow answer would otherwise not finish inside a short measurement), up to 30 s.
  const latency = (performance.now() - warmUp) / 20;
  // More connections than the warm-up's one wait their turn for the same cores.
  const paced = Math.ceil((latency * 10 * Math.max(1, connections / 8)) / 1000);
  const duration = Math.min(Math.max(seconds, paced), Math.max(seconds, 30));
  afterWarmUp();
  const bytes = Buffer.byteLength(first.body);
  const cpuBefore = cpuMsOf(running.child.pid);
  const result = await autocannon({
    url: running.url,
    ...requestOf(testCase),
    connections,
    duration,
    verifyBody: (body) => body !== undefined && Buffer.byteLength(body) === bytes,
  });
  const cpuMs = cpuMsOf(running.child.pid) - cpuBefore;
  const requests = result.requests.total;
  return {
    data,
    measurement: {
      variant,
      case: testCase.name,
      connections,
      requestsPerSecond: requests / duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      cpuMsPerRequest: cpuMs / Math.max(requests, 1),
      statements: first.statements,
      errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
      bytes,
      requests,
    },
  };
}

const sign = (secret: Uint8Array, claims: Record<string, unknown>, subject: string) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(secret);

/** The database: created and filled (or found, with --reuse), and what the operations need from it. */
async function prepareDatabase(options: Options, serverUrl: string) {
  const name = options.reuse
    ? `digikannustin_bench_${options.applications}`
    : `digikannustin_bench_${process.pid}`;
  const admin = await mysql.createConnection({ uri: serverUrl });
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await admin.end();
  const url = `${serverUrl.replace(/\/$/, '')}/${name}`;
  const dataSource = await createDataSource({ type: 'mariadb', url }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (await isDatabaseEmpty(dataSource)) await seedDatabase(dataSource);
    if (!(await hasSyntheticData(dataSource))) {
      console.log(`synthesizing ${options.applications} applications in ${name}…`);
      const summary = await synthesize(dataSource, {
        applications: options.applications,
        calls: 24,
        seed: 1,
      });
      console.log(`  done in ${summary.seconds.toFixed(0)} s: ${summary.awards} awards`);
    } else {
      console.log(`reusing ${name}`);
    }
    const [own] = await dataSource.query<{ id: string; leadCode: string }[]>(
      "SELECT a.id, c.leadCode FROM application a JOIN consortium c ON c.id = a.consortiumId WHERE a.status = 'AWARDED' ORDER BY a.id LIMIT 1",
    );
    const codes = (
      await dataSource.query<{ code: string }[]>(
        'SELECT DISTINCT m.municipalityCode AS code FROM consortium_member m JOIN application a ON a.consortiumId = m.consortiumId JOIN award w ON w.applicationId = a.id ORDER BY code LIMIT 50',
      )
    ).map((row) => row.code);
    const total = await dataSource.getRepository(Application).count();
    // The sort values of the row two pages before the end of the applications' default order
    // (CREATED_AT, id): the deep page's cursor points after it.
    const [deepRow] = await dataSource.query<{ createdAt: Date; id: string }[]>(
      'SELECT createdAt, id FROM application ORDER BY createdAt ASC, id ASC LIMIT 1 OFFSET ?',
      [Math.max(0, total - 2 * Number(deepApplicationsPage.variables.first ?? 20))],
    );
    const deepValues = [deepRow.createdAt.toISOString(), deepRow.id];
    return { name, url, own, codes, total, deepValues };
  } finally {
    await dataSource.destroy();
  }
}

/** A cursor of the list `sample` came from, pointing after the row with these sort values. */
function cursorLike(sample: string, values: unknown[]): string {
  const content = JSON.parse(Buffer.from(sample, 'base64url').toString('utf8')) as {
    o: string;
    k: unknown[];
  };
  if (content.k.length !== values.length)
    throw new Error('the applications order is not (createdAt, id) any more');
  return Buffer.from(JSON.stringify({ o: content.o, k: values })).toString('base64url');
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function printTable(cases: string[], measurements: Measurement[]): void {
  console.log(
    `\n${'operation'.padEnd(12)} ${'variant'.padEnd(11)} ${pad('req/s', 8)} ${pad('× full', 7)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('CPU ms', 7)} ${pad('SQL', 5)} ${pad('errors', 6)} ${pad('bytes', 8)}`,
  );
  for (const name of cases) {
    const rows = measurements.filter((m) => m.case === name && m.connections === measurements[0].connections);
    const full = rows.find((m) => m.variant === 'full');
    for (const m of rows) {
      console.log(
        `${name.padEnd(12)} ${m.variant.padEnd(11)} ${pad(fixed(m.requestsPerSecond, 0), 8)} ${pad(full ? fixed(m.requestsPerSecond / full.requestsPerSecond, 2) : '–', 7)} ${pad(fixed(m.p50), 7)} ${pad(fixed(m.p99), 7)} ${pad(fixed(m.cpuMsPerRequest, 2), 7)} ${pad(m.statements, 5)} ${pad(m.errors, 6)} ${pad(m.bytes, 8)}`,
      );
    }
  }
}

interface Target {
  target: string;
  measured: string;
  holds: boolean | null;
}

function targets(measurements: Measurement[], connections: number): Target[] {
  const at = (variant: string, name: string, c = connections) =>
    measurements.find((m) => m.variant === variant && m.case === name && m.connections === c);
  // Without a completed request in either, there is nothing to compare.
  const ratio = (a?: Measurement, b?: Measurement) =>
    a?.requests && b?.requests ? a.requestsPerSecond / b.requestsPerSecond : NaN;
  const result: Target[] = [];
  const add = (target: string, value: number, bound: number, above: boolean, extra = '') =>
    result.push({
      target,
      measured: Number.isFinite(value) ? `${value.toFixed(2)}${extra}` : 'not measured',
      holds: Number.isFinite(value) ? (above ? value >= bound : value <= bound) : null,
    });
  // Server CPU per request of b over a: what the throughput ratio would be on cores of their own.
  const cpu = (a?: Measurement, b?: Measurement) =>
    a?.requests && b?.requests
      ? ` (CPU per request: ${(b.cpuMsPerRequest / a.cpuMsPerRequest).toFixed(2)})`
      : '';
  for (const size of awardsPageSizes) {
    const full = at('full', `Q2/${size}`);
    const baseline = at('baseline', `Q2/${size}`);
    add(`Q2/${size} ≥ 0.7× the baseline`, ratio(full, baseline), 0.7, true, cpu(full, baseline));
  }
  const shielded = at('full', 'Q2/100');
  const unshielded = at('shield-off', 'Q2/100');
  add('shield on ≥ 0.9× off (Q2/100)', ratio(shielded, unshielded), 0.9, true, cpu(shielded, unshielded));
  for (const name of ['Q2/100', 'Q6']) {
    const full = at('full', name);
    const naive = at('naive', name);
    add(`loaders ≥ 3× naive (${name})`, ratio(full, naive), 3, true, cpu(full, naive));
    add(
      `≥ 25× fewer statements (${name})`,
      full && naive ? naive.statements / full.statements : NaN,
      25,
      true,
      full && naive ? ` (${naive.statements} vs ${full.statements})` : '',
    );
  }
  const first = at('full', 'Q7/first');
  const deep = at('full', 'Q7/deep');
  add(
    'deep page ≤ 1.2× first page (p50)',
    first?.requests && deep?.requests ? deep.p50 / first.p50 : NaN,
    1.2,
    false,
  );
  for (const name of ['Q1', 'Q2/100', 'Q3', 'Q5', 'Q6']) {
    const cached = at('cache', name);
    const uncached = at('full', name);
    add(`cache hit ≥ 10× uncached (${name})`, ratio(cached, uncached), 10, true, cpu(cached, uncached));
  }
  const crowd = at('full', 'Q2/50', 50);
  result.push({
    target: '0 errors at 50 connections (Q2/50)',
    measured: crowd?.requests ? `${crowd.errors} errors in ${crowd.requests}` : 'not measured',
    holds: crowd?.requests ? crowd.errors === 0 : null,
  });
  const ten = at('full', 'Q2/50', 10);
  add(
    'p99 ≤ 3 × p50 at 10 connections (Q2/50)',
    ten?.requests ? ten.p99 / ten.p50 : NaN,
    3,
    false,
    ten ? ` (p50 ${ten.p50} ms, p99 ${ten.p99} ms)` : '',
  );
  return result;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The functions that used the most CPU themselves (self time), from a .cpuprofile. */
function topFrames(file: string, count: number): { frame: string; selfPercent: number }[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  for (const sample of profile.samples) {
    const { functionName, url, lineNumber } = byId.get(sample)!.callFrame;
    const where = url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
    const frame = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    self.set(frame, (self.get(frame) ?? 0) + 1);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, samples]) => ({ frame, selfPercent: (100 * samples) / profile.samples.length }));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const started = Date.now();
  const loadBefore = os.loadavg();
  const database = await prepareDatabase(options, serverUrl);
  const secret = randomBytes(32).toString('base64url');
  const key = new TextEncoder().encode(secret);
  const adminToken = await sign(key, { roles: ['admin'], name: 'Bench Admin' }, 'bench-admin');
  const applicantToken = await sign(
    key,
    { roles: ['applicant'], municipalities: [database.own.leadCode], name: 'Bench Applicant' },
    'bench-applicant',
  );
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    HOST: '127.0.0.1',
    JWT_SECRET: secret,
    LOG_LEVEL: 'info',
    RATE_LIMIT_POINTS_PER_MINUTE: String(1e9),
    RATE_LIMIT_REQUESTS_PER_MINUTE: String(1e9),
  };
  const tokenOf = (operation: Operation) =>
    operation.role === 'admin' ? adminToken : operation.role === 'applicant' ? applicantToken : undefined;

  const cases: Case[] = [];
  for (const operation of operations) {
    const token = tokenOf(operation);
    if (operation.name === 'Q2') {
      for (const first of awardsPageSizes) {
        cases.push({ name: `Q2/${first}`, operation, variables: { ...operation.variables, first }, token });
      }
    } else if (operation.name === 'Q4') {
      cases.push({
        name: 'Q4',
        operation,
        variables: { ...operation.variables, id: database.own.id },
        token,
      });
    } else if (operation.name === 'Q6') {
      const representations = municipalityRepresentations(database.codes);
      cases.push({ name: 'Q6', operation, variables: { ...operation.variables, representations }, token });
    } else if (operation.name === 'Q7') {
      cases.push({ name: 'Q7/first', operation, variables: operation.variables, token });
      // Its `after` is filled in below, once a server can be asked for a cursor of this list.
      cases.push({ name: 'Q7/deep', operation, variables: operation.variables, token });
    } else {
      cases.push({ name: operation.name, operation, variables: operation.variables, token });
    }
  }

  const measurements: Measurement[] = [];
  const fullData = new Map<string, string>();
  const failures: string[] = [];
  const chosen = variants.filter((variant) => options.variants.includes(variant.name));
  try {
    for (const variant of chosen) {
      console.log(`\n${variant.name}: ${variant.description}`);
      const running = await startVariant(variant, env);
      try {
        const deep = cases.find((c) => c.name === 'Q7/deep');
        if (deep && !deep.variables.after) {
          const firstPage = dataOf(
            await ask(
              running.url,
              cases.find((c) => c.name === 'Q7/first')!,
            ),
            'Q7/first',
          ) as {
            applications: { pageInfo: { endCursor: string } };
          };
          const after = cursorLike(firstPage.applications.pageInfo.endCursor, database.deepValues);
          deep.variables = { ...deep.variables, after };
        }
        for (const testCase of cases) {
          if (variant.name === 'baseline' && !testCase.name.startsWith('Q2/')) continue;
          const { measurement, data } = await measure(
            running,
            variant.name,
            testCase,
            options.seconds,
            options.connections,
          );
          measurements.push(measurement);
          console.log(
            `  ${testCase.name.padEnd(9)} ${fixed(measurement.requestsPerSecond, 0).padStart(6)} req/s  p50 ${fixed(measurement.p50)} ms  p99 ${fixed(measurement.p99)} ms  ${measurement.statements} SQL  ${measurement.errors} errors`,
          );
          const json = JSON.stringify(data);
          if (variant.name === 'full') fullData.set(testCase.name, json);
          else if (
            variant.name === 'baseline' &&
            fullData.has(testCase.name) &&
            fullData.get(testCase.name) !== json
          ) {
            failures.push(`${testCase.name}: the baseline's data differs from the service's`);
            console.error(
              `  ${testCase.name}: BASELINE DATA DIFFERS\n    service:  ${fullData.get(testCase.name)!.slice(0, 400)}\n    baseline: ${json.slice(0, 400)}`,
            );
          }
        }
        if (variant.name === 'full') {
          const checked = cases.find((c) => c.name === 'Q2/50')!;
          for (const connections of [50, 10]) {
            const { measurement } = await measure(
              running,
              variant.name,
              checked,
              options.seconds,
              connections,
            );
            measurements.push(measurement);
            console.log(
              `  Q2/50 at ${connections} connections: ${fixed(measurement.requestsPerSecond, 0)} req/s  p50 ${fixed(measurement.p50)} ms  p99 ${fixed(measurement.p99)} ms  ${measurement.errors} errors`,
            );
          }
        }
      } finally {
        await running.stop();
      }
    }

    let profile: { frame: string; selfPercent: number }[] | undefined;
    if (options.profile) {
      fs.mkdirSync(resultsDirectory, { recursive: true });
      const file = path.join(
        resultsDirectory,
        `${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`,
      );
      const full = variants.find((variant) => variant.name === 'full')!;
      const running = await startVariant(full, { ...env, BENCH_CPU_PROFILE: file });
      try {
        const q2 = cases.find((c) => c.name === 'Q2/100')!;
        await measure(running, 'profile', q2, options.seconds * 2, options.connections, () =>
          running.child.kill('SIGUSR2'),
        );
      } finally {
        await running.stop();
      }
      profile = topFrames(file, 25);
      console.log('\nfull build under Q2/100, top frames by self time:');
      for (const { frame, selfPercent } of profile)
        console.log(`  ${selfPercent.toFixed(1).padStart(5)} %  ${frame}`);
    }

    printTable(
      cases.map((c) => c.name),
      measurements,
    );
    const checks = targets(measurements, options.connections);
    console.log('\ntargets (issue 12):');
    for (const check of checks) {
      const mark = check.holds === null ? ' – ' : check.holds ? 'yes' : 'NO ';
      console.log(`  ${mark}  ${check.target}: ${check.measured}`);
    }
    const mariadb = await mysql.createConnection({ uri: serverUrl });
    const [[{ version }]] = (await mariadb.query('SELECT VERSION() AS version')) as unknown as [
      [{ version: string }],
    ];
    await mariadb.end();
    const results = {
      at: new Date().toISOString(),
      options,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        mariadb: version,
        loadBefore,
        loadAfter: os.loadavg(),
      },
      applications: database.total,
      seconds: (Date.now() - started) / 1000,
      measurements,
      targets: checks,
      profile,
      failures,
    };
    fs.mkdirSync(resultsDirectory, { recursive: true });
    const file = path.join(resultsDirectory, `${results.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `\n${database.total} applications; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${results.machine.loadAfter.map((l) => l.toFixed(1)).join(' ')} after; ${results.seconds.toFixed(0)} s; ${path.relative(root, file)}`,
    );
  } finally {
    if (!options.reuse) {
      const admin = await mysql.createConnection({ uri: serverUrl });
      await admin.query(`DROP DATABASE IF EXISTS \`${database.name}\``);
      await admin.end();
    }
  }
  if (failures.length) throw new Error(failures.join('; '));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
