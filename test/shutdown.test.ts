import { expect } from 'chai';
import mysql from 'mysql2/promise';
import { createDataSource } from '../src/database';
import { createTestDatabase, type TestDatabase, testEngine } from './helpers/database';
import { type MainProcess, spawnMain } from './helpers/main-process';
import { signTestToken } from './helpers/server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` holds, polling every 50 ms for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Signs in a person the database has not seen, so the request must write (and can be made to wait). */
async function newcomerRequest(url: string, sub: string) {
  const token = await signTestToken({ sub, roles: ['applicant'], municipalities: ['091'] });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { userId } }' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: { viewer: { userId: string } } },
  };
}

/**
 * A lock the test holds on the users' table, so that requests signing in a newcomer are in flight for as
 * long as the test wants: a table lock on MariaDB, the write lock of the file on SQLite.
 */
interface UserTableLock {
  release(): Promise<void>;
  /** How many of the service's statements are waiting for the lock (MariaDB; SQLite cannot tell). */
  waiting(): Promise<number>;
}

async function lockUserTable(database: TestDatabase): Promise<UserTableLock> {
  if (database.config.type === 'sqlite') {
    const file = await createDataSource(database.config).initialize();
    const runner = file.createQueryRunner();
    await runner.query('BEGIN IMMEDIATE');
    return {
      release: async () => {
        await runner.query('COMMIT');
        await file.destroy();
      },
      waiting: () => Promise.resolve(NaN),
    };
  }
  const connection = await mysql.createConnection(database.config.url);
  await connection.query('LOCK TABLES app_user WRITE');
  const name = new URL(database.config.url).pathname.slice(1);
  return {
    release: async () => {
      await connection.query('UNLOCK TABLES');
      await connection.end();
    },
    waiting: async () => {
      const [rows] = await connection.query(
        "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ? AND STATE LIKE 'Waiting for table%'",
        [name],
      );
      return Number((rows as { n: number }[])[0].n);
    },
  };
}

describe('graceful shutdown of the real process (npm start)', () => {
  let database: TestDatabase;
  let service: MainProcess | undefined;
  let lock: UserTableLock | undefined;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await lock?.release().catch(() => undefined);
    lock = undefined;
    if (service?.child.exitCode === null) service.child.kill('SIGKILL');
    await database.drop();
  });

  it('on SIGTERM stops accepting, answers every request in flight, closes the pool and exits 0 within the grace period', async () => {
    service = spawnMain({ DATABASE_URL: database.url, SHUTDOWN_GRACE_MS: '10000' });
    const url = await service.serving;
    lock = await lockUserTable(database);
    // SQLite's writer waits for the file lock inside the event loop, so one request shows it; MariaDB's
    // waits are on the server, so many requests can be in flight at once.
    const count = testEngine === 'mariadb' ? 6 : 1;
    const inFlight = Array.from({ length: count }, (_, i) => newcomerRequest(url, `in-flight-${i}`));
    if (testEngine === 'mariadb')
      await until(async () => (await lock!.waiting()) === count, 5000, 'requests');
    else await sleep(300);

    const signalledAt = Date.now();
    service.child.kill('SIGTERM');
    if (testEngine === 'mariadb') {
      await until(() => service!.logs.some((entry) => entry.msg === 'shutting down'), 5000, 'shutdown');
      // No new connection is accepted while the old requests finish.
      const refused = await fetch(url, { method: 'POST' }).then(
        () => false,
        () => true,
      );
      expect(refused, 'a new connection was accepted after SIGTERM').to.equal(true);
    } else {
      await sleep(300);
    }
    await lock.release();
    lock = undefined;

    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).to.equal(200);
      expect(answer.body.data?.viewer.userId).to.be.a('string');
    }
    const exit = await service.exited;
    expect(exit.code, service.stderr()).to.equal(0);
    expect(exit.at - signalledAt).to.be.below(10_000);
    expect(service.logs.map((entry) => entry.msg)).to.include('stopped');
  });

  it('cuts what is still running when the grace period is over, and exits 0 all the same', async function () {
    if (testEngine !== 'mariadb') {
      // SQLite waits for its lock inside the event loop: nothing can be cut while it waits.
      this.skip();
    }
    service = spawnMain({ DATABASE_URL: database.url, SHUTDOWN_GRACE_MS: '1000' });
    const url = await service.serving;
    lock = await lockUserTable(database);
    const stuck = newcomerRequest(url, 'stuck').then(
      () => 'answered',
      () => 'cut',
    );
    await until(async () => (await lock!.waiting()) === 1, 5000, 'the request to wait');
    const signalledAt = Date.now();
    service.child.kill('SIGTERM');
    expect(await stuck).to.equal('cut');
    const exit = await service.exited;
    expect(exit.code, service.stderr()).to.equal(0);
    // The grace period, the half second the pool is given to close, and room for a busy machine: far
    // short of the lock it would otherwise wait for (the test holds it until the end).
    expect(exit.at - signalledAt).to.be.below(1000 + 500 + 3000);
  });

  it('SIGINT (Ctrl-C in a terminal) stops it the same way', async () => {
    service = spawnMain({ DATABASE_URL: database.url });
    await service.serving;
    service.child.kill('SIGINT');
    const exit = await service.exited;
    expect(exit.code, service.stderr()).to.equal(0);
    expect(service.logs.filter((entry) => entry.msg === 'shutting down')).to.have.length(1);
  });
});
