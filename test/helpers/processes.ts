import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Redis } from 'ioredis';
import { spawnService } from './main-process';
import { startTestServer, type TestServer } from './server';

/** A server in a process of its own (test/helpers/server-process.ts) on an already migrated database. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (warnings, a crash). */
  stderr(): string;
  /** Its log lines of level warn and above so far. */
  warnings(): string[];
  /** SIGTERM, and the exit code once it has gone. */
  stop(): Promise<number | null>;
}

/** pino's level number of `warn`. */
const WARN = 40;

/** Starts a server process on an already migrated database and waits for its URL. */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const service = spawnService(path.join(__dirname, 'server-process.js'), {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    ...env,
  });
  const url = await service.serving;
  return {
    url,
    child: service.child,
    stderr: () => service.stderr(),
    warnings: () =>
      service.logs.filter((entry) => Number(entry.level) >= WARN).map((entry) => JSON.stringify(entry)),
    stop: async () => {
      if (service.child.exitCode === null) service.child.kill('SIGTERM');
      return (await service.exited).code;
    },
  };
}

const REDIS_URL = 'redis://127.0.0.1:6379';

/** Whether the Redis the tests share answers at 127.0.0.1:6379. */
async function redisReachable(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  const reachable = await redis.connect().then(
    () => true,
    () => false,
  );
  redis.disconnect();
  return reachable;
}

/**
 * Two server processes on one test database (a TestServer's), sharing the Redis at 127.0.0.1:6379 under
 * a key prefix of their own, for the `describe` block this is called in: its hooks start them (skipping the
 * block when Redis is not there; failing in CI) and stop them and delete their keys after.
 */
export function processesSharingRedis(env: Record<string, string>): {
  database: TestServer;
  processes: ServerProcess[];
} {
  const shared = { processes: [] as ServerProcess[] } as { database: TestServer; processes: ServerProcess[] };
  const prefix = `dk_test_${randomBytes(4).toString('hex')}:`;
  before(async function () {
    if (!(await redisReachable())) {
      if (process.env.CI === 'true') throw new Error('Redis at 127.0.0.1:6379 is needed in CI');
      this.skip();
    }
    shared.database = await startTestServer();
    const processEnv = { REDIS_URL, REDIS_KEY_PREFIX: prefix, ...env };
    shared.processes = await Promise.all([
      startServerProcess(shared.database.databaseUrl, processEnv),
      startServerProcess(shared.database.databaseUrl, processEnv),
    ]);
  });
  after(async () => {
    await Promise.all(shared.processes.map((serverProcess) => serverProcess.stop()));
    await shared.database?.stop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });
  return shared;
}
