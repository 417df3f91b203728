import { expect } from 'chai';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { publicViewer } from '../src/auth/viewer';
import { systemClock } from '../src/common/clock';
import { ErrorCode } from '../src/common/errors';
import { newId } from '../src/common/ids';
import { inTransaction } from '../src/common/transaction';
import { createRequestContext, type RequestContext } from '../src/context';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { createMigratedDataSource } from './helpers/database';

/** An error as the MySQL driver reports a deadlock (the server chose this transaction as the victim). */
const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
    code: 'ER_LOCK_DEADLOCK',
    errno: 1213,
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inTransaction: one unit of work, one connection', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  let ctx: RequestContext;

  before(async () => {
    ({ dataSource, drop } = await createMigratedDataSource());
    ctx = createRequestContext({
      requestId: 'test',
      viewer: publicViewer,
      languages: [],
      clock: systemClock,
      manager: dataSource.manager,
      log: pino({ level: 'silent' }),
    });
  });
  after(() => drop());

  const event = (entityId: string) => ({
    id: newId(),
    occurredAt: new Date(),
    actorId: null,
    action: 'test',
    entityType: 'Test',
    entityId,
    changes: '{}',
  });
  const stored = (entityId: string) => dataSource.getRepository(AuditEvent).countBy({ entityId });

  it('gives the work a context bound to the transaction, loaders included, and joins it when nested', async () => {
    await inTransaction(ctx, async (tx) => {
      expect(tx.manager).not.to.equal(ctx.manager);
      expect(tx.manager.queryRunner?.isTransactionActive).to.equal(true);
      expect(tx.loaders).not.to.equal(ctx.loaders);
      await inTransaction(tx, (inner) => {
        expect(inner).to.equal(tx);
        return Promise.resolve();
      });
    });
  });

  it('a transaction that rolls back takes nothing of another one running at the same time with it', async () => {
    const failing = inTransaction(ctx, async (tx) => {
      await tx.manager.insert(AuditEvent, event('rolled-back'));
      await sleep(50);
      throw new Error('the first unit of work fails after the second has begun');
    });
    const committing = (async () => {
      await sleep(10);
      await inTransaction(ctx, (tx) => tx.manager.insert(AuditEvent, event('committed')));
    })();
    await Promise.allSettled([failing, committing]);
    await committing;
    expect(await stored('rolled-back')).to.equal(0);
    expect(await stored('committed')).to.equal(1);
  });

  it('tries a deadlocked unit of work once more, with fresh loaders, and keeps what the second try wrote', async () => {
    const attempts: RequestContext[] = [];
    await inTransaction(ctx, async (tx) => {
      attempts.push(tx);
      await tx.manager.insert(AuditEvent, event(`retry-${attempts.length}`));
      if (attempts.length === 1) throw deadlock();
    });
    expect(attempts).to.have.length(2);
    expect(attempts[0].loaders).not.to.equal(attempts[1].loaders);
    expect(await stored('retry-1')).to.equal(0);
    expect(await stored('retry-2')).to.equal(1);
  });

  it('answers SERVICE_UNAVAILABLE when the second try fails too, and writes nothing', async () => {
    let attempts = 0;
    const error = await inTransaction(ctx, async (tx) => {
      attempts += 1;
      await tx.manager.insert(AuditEvent, event('always-deadlocked'));
      throw deadlock();
    }).catch((thrown: unknown) => thrown);
    expect(attempts).to.equal(2);
    expect(error).to.have.nested.property('extensions.code', ErrorCode.SERVICE_UNAVAILABLE);
    expect(await stored('always-deadlocked')).to.equal(0);
  });

  it('passes other errors through at once, without a second try', async () => {
    let attempts = 0;
    const error = await inTransaction(ctx, () => {
      attempts += 1;
      return Promise.reject(new RangeError('a rule of the service'));
    }).catch((thrown: unknown) => thrown);
    expect(attempts).to.equal(1);
    expect(error).to.be.instanceOf(RangeError);
  });
});
