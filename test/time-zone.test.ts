import { expect } from 'chai';
import { AppError } from '../src/common/errors';
import { Language } from '../src/common/localized-text';
import {
  helsinkiWallClockToInstant,
  toHelsinkiIso,
  writtenDay,
  writtenMinute,
} from '../src/common/time-zone';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Call } from '../src/modules/call/call.entity';
import { as, callInput, people, expectCode, expectOk } from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const instant = (local: string) => helsinkiWallClockToInstant(local).toISOString();

function refusal(local: string, field?: string): AppError {
  try {
    helsinkiWallClockToInstant(local, field);
  } catch (error) {
    expect(error).to.be.instanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`${local} was accepted`);
}

describe('Helsinki wall-clock times', () => {
  it('reads ordinary times in winter and in summer', () => {
    expect(instant('2021-01-15T12:00')).to.equal('2021-01-15T10:00:00.000Z');
    expect(instant('2020-10-05T16:15')).to.equal('2020-10-05T13:15:00.000Z');
    expect(instant('2020-10-05T16:14:59')).to.equal('2020-10-05T13:14:59.000Z');
  });

  it('refuses a time in the spring gap, naming the gap and the field', () => {
    for (const local of ['2021-03-28T03:00', '2021-03-28T03:30', '2021-03-28T03:59:59', '2022-03-27T03:15']) {
      const error = refusal(local, 'closesAt');
      expect(error.extensions).to.include({ code: 'BAD_USER_INPUT', field: 'closesAt' });
      expect(error.message).to.equal(
        `${local} does not exist in Europe/Helsinki: clocks go from 03:00 to 04:00`,
      );
    }
  });

  it('takes the minutes on either side of the spring gap as they are', () => {
    expect(instant('2021-03-28T02:59')).to.equal('2021-03-28T00:59:00.000Z');
    expect(instant('2021-03-28T04:00')).to.equal('2021-03-28T01:00:00.000Z');
  });

  it('reads a time of the autumn overlap as its first occurrence, still in summer time (+03:00)', () => {
    expect(instant('2021-10-31T03:00')).to.equal('2021-10-31T00:00:00.000Z');
    expect(instant('2021-10-31T03:30')).to.equal('2021-10-31T00:30:00.000Z');
    expect(instant('2021-10-31T03:59')).to.equal('2021-10-31T00:59:00.000Z');
    expect(toHelsinkiIso(helsinkiWallClockToInstant('2021-10-31T03:30'))).to.equal(
      '2021-10-31T03:30:00+03:00',
    );
    expect(instant('2021-10-31T02:59')).to.equal('2021-10-30T23:59:00.000Z');
    expect(instant('2021-10-31T04:00')).to.equal('2021-10-31T02:00:00.000Z');
  });

  it('writes a day and a minute the way people in Finland do, and in English', () => {
    const closing = new Date('2021-05-04T13:15:00Z');
    expect(writtenMinute(closing, Language.FI)).to.equal('4.5.2021 klo 16.15');
    expect(writtenMinute(closing, Language.SV)).to.equal('4.5.2021 kl. 16.15');
    expect(writtenMinute(closing, Language.EN)).to.equal('4 May 2021 at 16:15');
    const morning = new Date('2021-12-01T07:05:00Z');
    expect(writtenMinute(morning, Language.FI)).to.equal('1.12.2021 klo 9.05');
    expect(writtenMinute(morning, Language.EN)).to.equal('1 December 2021 at 09:05');
    expect(writtenDay('2022-10-31', Language.SV)).to.equal('31.10.2022');
    expect(writtenDay('2022-10-31', Language.EN)).to.equal('31 October 2022');
  });
});

describe('call windows across summer-time changes, through createCall and updateCall', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  const create = graphql(`
    mutation TimeZoneCreateCall($input: CreateCallInput!) {
      createCall(input: $input) {
        id
        opensAt
        closesAt
      }
    }
  `);
  const update = graphql(`
    mutation TimeZoneUpdateCall($id: ID!, $input: UpdateCallInput!) {
      updateCall(id: $id, input: $input) {
        id
        opensAt
        closesAt
      }
    }
  `);
  const audits = () => server.dataSource.getRepository(AuditEvent).count();

  it('refuses a closing time in the spring gap, and creates nothing', async () => {
    const events = await audits();
    const response = await as(server, people.admin, create, {
      input: callInput('gap-create', { opensAt: '2021-01-01T00:00', closesAt: '2021-03-28T03:30' }),
    });
    const extensions = expectCode(response, 'BAD_USER_INPUT', 'closesAt');
    expect(extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    expect(response.errors![0].message).to.equal(
      '2021-03-28T03:30 does not exist in Europe/Helsinki: clocks go from 03:00 to 04:00',
    );
    expect(await server.dataSource.getRepository(Call).countBy({ key: 'gap-create' })).to.equal(0);
    expect(await audits()).to.equal(events);
  });

  it('refuses an opening time in the spring gap on update, and changes nothing', async () => {
    const created = expectOk(
      await as(server, people.admin, create, { input: callInput('gap-update') }),
    ).createCall;
    const events = await audits();
    const response = await as(server, people.admin, update, {
      id: created.id,
      input: { opensAt: '2026-03-29T03:00' },
    });
    expectCode(response, 'BAD_USER_INPUT', 'opensAt');
    expect(response.errors![0].message).to.equal(
      '2026-03-29T03:00 does not exist in Europe/Helsinki: clocks go from 03:00 to 04:00',
    );
    const stored = await server.dataSource.getRepository(Call).findOneByOrFail({ id: created.id });
    expect(stored.opensAt!.toISOString()).to.equal(created.opensAt);
    expect(await audits()).to.equal(events);
  });

  it('stores an ambiguous autumn time as the first 03:30, in summer time', async () => {
    const created = expectOk(
      await as(server, people.admin, create, {
        input: callInput('overlap', { opensAt: '2021-06-01T00:00', closesAt: '2021-10-31T03:30' }),
      }),
    ).createCall;
    expect(created.closesAt).to.equal('2021-10-31T00:30:00.000Z');
    const updated = expectOk(
      await as(server, people.admin, update, { id: created.id, input: { closesAt: '2021-10-31T03:00' } }),
    ).updateCall;
    expect(updated.closesAt).to.equal('2021-10-31T00:00:00.000Z');
  });
});
