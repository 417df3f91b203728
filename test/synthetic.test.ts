import { expect } from 'chai';
import type { DataSource } from 'typeorm';
import { canonicalMoney, compareMoney, moneyFromCentsSum, moneySumSql } from '../src/common/money';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { seedDatabase } from '../src/seed/seed';
import { synthesize, type SynthOptions } from '../bench/synthetic';
import { graphql } from './gql';
import { createMigratedDataSource } from './helpers/database';
import { startTestServer, type TestServer } from './helpers/server';
import { recountedTallies, storedTallies } from './helpers/tallies';

const options: SynthOptions = { applications: 400, calls: 4, seed: 7 };

interface ApplicationRow {
  id: string;
  callId: string;
  key: string;
  status: ApplicationStatus;
  referenceNumber: string | null;
  submittedAt: unknown;
  rejectionReason: string | null;
  requestedAmount: unknown;
}

const syntheticApplications = (dataSource: DataSource) =>
  dataSource.query<ApplicationRow[]>(
    "SELECT a.id, a.callId, c.`key` AS `key`, a.status, a.referenceNumber, a.submittedAt, a.rejectionReason, a.requestedAmount FROM application a JOIN grant_call c ON c.id = a.callId WHERE c.`key` LIKE '%-S%' ORDER BY a.id",
  );

describe('npm run db:synth (bench/synthetic.ts)', () => {
  let server: TestServer;
  let applications: ApplicationRow[];

  before(async () => {
    // Refusing work while the event loop lags (a machine running other suites) is tested in http.test.ts.
    server = await startTestServer();
    await synthesize(server.dataSource, options);
    applications = await syntheticApplications(server.dataSource);
  });
  after(() => server?.stop());

  it('writes as many applications as asked for, in every status', () => {
    expect(applications).to.have.length(options.applications);
    const statuses = new Set(applications.map((application) => application.status));
    expect([...statuses].sort()).to.deep.equal(Object.values(ApplicationStatus).sort());
  });

  it("numbers each submitted application in its call's sequence, which the call continues from", async () => {
    const calls = await server.dataSource.query<{ id: string; key: string; referenceSequence: number }[]>(
      "SELECT id, `key`, referenceSequence FROM grant_call WHERE `key` LIKE '%-S%'",
    );
    expect(calls).to.have.length(options.calls);
    for (const call of calls) {
      const numbers = applications
        .filter((application) => application.callId === call.id && application.referenceNumber !== null)
        .map((application) => application.referenceNumber)
        .sort();
      const expected = Array.from(
        { length: Number(call.referenceSequence) },
        (_, i) => `${call.key}-${String(i + 1).padStart(4, '0')}`,
      );
      expect(numbers).to.deep.equal(expected);
    }
    for (const application of applications) {
      const submitted = application.referenceNumber !== null;
      expect(application.submittedAt !== null, application.id).to.equal(submitted);
      if (application.status === ApplicationStatus.DRAFT) expect(submitted).to.equal(false);
      if (
        application.status !== ApplicationStatus.WITHDRAWN &&
        application.status !== ApplicationStatus.DRAFT
      )
        expect(submitted, application.status).to.equal(true);
    }
  });

  it('awards exactly the AWARDED applications, within their requests and the appropriation', async () => {
    const awards = await server.dataSource.query<{ applicationId: string; grantedAmount: unknown }[]>(
      "SELECT w.applicationId, w.grantedAmount FROM award w JOIN grant_call c ON c.id = w.callId WHERE c.`key` LIKE '%-S%'",
    );
    const awarded = applications.filter((application) => application.status === ApplicationStatus.AWARDED);
    expect(awards.map((award) => award.applicationId).sort()).to.deep.equal(awarded.map((a) => a.id).sort());
    expect(awards.length).to.be.greaterThan(0);
    const requested = new Map(awarded.map((application) => [application.id, application.requestedAmount]));
    for (const award of awards) {
      expect(Number(award.grantedAmount)).to.be.at.most(Number(requested.get(award.applicationId)));
    }
    const totals = await server.dataSource.query<{ appropriation: unknown; cents: unknown }[]>(
      `SELECT c.appropriation, ${moneySumSql('w.grantedAmount')} AS cents FROM grant_call c JOIN award w ON w.callId = c.id WHERE c.\`key\` LIKE '%-S%' GROUP BY c.id, c.appropriation`,
    );
    for (const total of totals) {
      expect(compareMoney(moneyFromCentsSum(total.cents), canonicalMoney(total.appropriation))).to.be.at.most(
        0,
      );
    }
  });

  it('gives reviewed applications submitted evaluations and rejected ones a reason', async () => {
    const evaluated = new Set(
      (
        await server.dataSource.query<{ applicationId: string }[]>(
          "SELECT DISTINCT applicationId FROM evaluation WHERE status = 'SUBMITTED'",
        )
      ).map((row) => row.applicationId),
    );
    for (const application of applications) {
      if (application.status === ApplicationStatus.AWARDED)
        expect(evaluated.has(application.id)).to.equal(true);
      if (application.status === ApplicationStatus.REJECTED)
        expect(application.rejectionReason).to.be.a('string');
      if ([ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED].includes(application.status))
        expect(evaluated.has(application.id)).to.equal(false);
    }
  });

  it('records the audit events of each step the service would have recorded', async () => {
    const events = await server.dataSource.query<{ entityId: string; action: string }[]>(
      "SELECT entityId, action FROM audit_event WHERE entityType = 'Application'",
    );
    const actions = new Map<string, string[]>();
    for (const event of events)
      actions.set(event.entityId, [...(actions.get(event.entityId) ?? []), event.action]);
    for (const application of applications) {
      const done = actions.get(application.id) ?? [];
      expect(done, application.id).to.include('createApplication');
      if (application.referenceNumber) expect(done).to.include('submitApplication');
      if (application.status === ApplicationStatus.AWARDED) expect(done).to.include('decideAward');
      if (application.status === ApplicationStatus.REJECTED) expect(done).to.include('rejectApplication');
    }
  });

  it("records on each call and consortium its first submitted application's submission", async () => {
    const instant = (value: unknown) => (value === null ? null : new Date(value as string).getTime());
    for (const [table, key] of [
      ['grant_call', 'callId'],
      ['consortium', 'consortiumId'],
    ]) {
      const rows = await server.dataSource.query<{ firstSubmittedAt: unknown; earliest: unknown }[]>(
        `SELECT t.firstSubmittedAt, (SELECT MIN(a.submittedAt) FROM application a WHERE a.${key} = t.id) AS earliest
         FROM ${table} t WHERE EXISTS (
           SELECT 1 FROM application a JOIN grant_call c ON c.id = a.callId
           WHERE a.${key} = t.id AND c.\`key\` LIKE '%-S%'
         )`,
      );
      expect(rows.length, table).to.be.greaterThan(0);
      expect(
        rows.some((row) => row.earliest !== null),
        table,
      ).to.equal(true);
      for (const row of rows) expect(instant(row.firstSubmittedAt), table).to.equal(instant(row.earliest));
    }
  });

  it('moves the funding tallies with its rows: they equal a full recount', async () => {
    expect(await storedTallies(server.dataSource)).to.deep.equal(await recountedTallies(server.dataSource));
  });

  it("is what the service reads: a call's statistics agree with the rows", async () => {
    const key = '2021-S1';
    const response = await server.query(
      graphql(`
        query SyntheticCallStatistics($key: String!) {
          call(key: $key) {
            statistics {
              applicationsAwarded
              remainingAppropriation
            }
          }
        }
      `),
      { key },
    );
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    const awarded = applications.filter((a) => a.key === key && a.status === ApplicationStatus.AWARDED);
    expect(response.data!.call!.statistics.applicationsAwarded).to.equal(awarded.length);
    expect(compareMoney(response.data!.call!.statistics.remainingAppropriation!, '0.00')).to.be.at.least(0);
  });

  it('refuses a database that has synthetic data already', async () => {
    let refused: unknown;
    await synthesize(server.dataSource, options).catch((error: unknown) => (refused = error));
    expect(refused)
      .to.be.an('error')
      .with.property('message')
      .that.matches(/synthetic data already/);
  });

  it('writes the same rows for the same seed', async () => {
    const other = await createMigratedDataSource();
    try {
      await seedDatabase(other.dataSource);
      await synthesize(other.dataSource, options);
      expect(await syntheticApplications(other.dataSource)).to.deep.equal(applications);
    } finally {
      await other.drop();
    }
  });
});
