import { expect } from 'chai';
import { migrations } from '../migrations';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Award } from '../src/modules/award/award.entity';
import { addMonths, reportDueDate } from '../src/modules/award/grant-terms';
import { seedDatabase } from '../src/seed/seed';
import { as, callInput, expectCode, expectOk, people } from './helpers/applying';
import { createMigratedDataSource } from './helpers/database';
import { createApplication, createClosedCall, createConsortium } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const createCall = graphql(`
  mutation GrantTermsCreateCall($input: CreateCallInput!) {
    createCall(input: $input) {
      id
      projectDeadline
      reportDueMonths
      interimReportDue
      latestProjectEnd
    }
  }
`);
const updateCall = graphql(`
  mutation GrantTermsUpdateCall($id: ID!, $input: UpdateCallInput!) {
    updateCall(id: $id, input: $input) {
      id
      reportDueMonths
      interimReportDue
      latestProjectEnd
    }
  }
`);
const readCall = graphql(`
  query GrantTermsCall($key: String!) {
    call(key: $key) {
      id
      projectDeadline
      reportDueMonths
      interimReportDue
      latestProjectEnd
    }
  }
`);
const startReview = graphql(`
  mutation GrantTermsStartReview($c: ID!) {
    startReview(callId: $c) {
      id
    }
  }
`);
const decide = graphql(`
  mutation GrantTermsDecide($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
      projectStart
      projectEnd
      approvedBudget {
        staff
        travel
        premises
        purchasedServices
        other
        total
      }
    }
  }
`);
const readAwards = graphql(`
  query GrantTermsAwards($key: String!) {
    call(key: $key) {
      awards(first: 3) {
        nodes {
          id
          projectStart
          projectEnd
          approvedBudget {
            total
          }
        }
      }
    }
  }
`);

describe('grant terms: what a call and an award say about the grant after the decision', () => {
  describe('reportDueDate', () => {
    const call = { projectDeadline: '2022-10-31', reportDueMonths: 3 };

    it('adds calendar months to the project end, clamped to the end of a shorter month', () => {
      const due = (projectEnd: string, months = 3) =>
        reportDueDate({ projectEnd, projectDeadline: null }, { ...call, reportDueMonths: months });
      expect(due('2022-10-31')).to.equal('2023-01-31');
      expect(due('2022-11-30')).to.equal('2023-02-28');
      expect(due('2023-11-30')).to.equal('2024-02-29');
      expect(due('2022-05-31')).to.equal('2022-08-31');
      expect(due('2022-06-30')).to.equal('2022-09-30');
      expect(due('2022-12-31', 2)).to.equal('2023-02-28');
      expect(due('2022-01-15', 1)).to.equal('2022-02-15');
      expect(due('2022-09-30', 24)).to.equal('2024-09-30');
      expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
    });

    it("falls back on the award's deadline, then the call's; without any end there is no due day", () => {
      expect(reportDueDate({ projectEnd: null, projectDeadline: '2023-04-30' }, call)).to.equal('2023-07-30');
      expect(reportDueDate({ projectEnd: null, projectDeadline: null }, call)).to.equal('2023-01-31');
      expect(
        reportDueDate({ projectEnd: null, projectDeadline: null }, { ...call, projectDeadline: null }),
      ).to.equal(null);
      expect(reportDueDate({ projectEnd: '2022-08-31', projectDeadline: '2022-10-31' }, call)).to.equal(
        '2022-11-30',
      );
    });
  });

  describe('over the API', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server?.stop());

    it('gives a new call the defaults: a final report 3 months after the end, no interim report, no later limit', async () => {
      const call = expectOk(
        await as(server, people.admin, createCall, { input: callInput('terms-a') }),
      ).createCall;
      expect(call).to.deep.include({ reportDueMonths: 3, interimReportDue: null, latestProjectEnd: null });
      const seeded = expectOk(await as(server, null, readCall, { key: '2020' })).call!;
      expect(seeded).to.deep.include({
        projectDeadline: '2022-10-31',
        reportDueMonths: 3,
        interimReportDue: null,
        latestProjectEnd: null,
      });
    });

    it('sets the terms on create and update, audits them, and keeps omitted ones', async () => {
      const terms = { reportDueMonths: 6, interimReportDue: '2027-03-31', latestProjectEnd: '2028-06-30' };
      const call = expectOk(
        await as(server, people.admin, createCall, { input: callInput('terms-b', terms) }),
      ).createCall;
      expect(call).to.deep.include(terms);
      const updated = expectOk(
        await as(server, people.admin, updateCall, { id: call.id, input: { reportDueMonths: 4 } }),
      ).updateCall;
      expect(updated).to.deep.include({ ...terms, reportDueMonths: 4 });
      const cleared = expectOk(
        await as(server, people.admin, updateCall, {
          id: call.id,
          input: { interimReportDue: null, latestProjectEnd: null },
        }),
      ).updateCall;
      expect(cleared).to.deep.include({ reportDueMonths: 4, interimReportDue: null, latestProjectEnd: null });
      const events = await server.dataSource.getRepository(AuditEvent).findBy({ entityId: call.id });
      const changes = (action: string) =>
        events
          .filter((event) => event.action === action)
          .map((event) => JSON.parse(event.changes) as Record<string, unknown>);
      expect(changes('createCall')[0]).to.deep.include({
        reportDueMonths: [null, 6],
        interimReportDue: [null, '2027-03-31'],
        latestProjectEnd: [null, '2028-06-30'],
      });
      expect(changes('updateCall')).to.have.deep.members([
        { reportDueMonths: [6, 4] },
        { interimReportDue: ['2027-03-31', null], latestProjectEnd: ['2028-06-30', null] },
      ]);
    });

    it('refuses terms out of range or out of order, naming the field, and writes nothing', async () => {
      const cases: [Parameters<typeof callInput>[1], string][] = [
        [{ reportDueMonths: 0 }, 'reportDueMonths'],
        [{ reportDueMonths: 25 }, 'reportDueMonths'],
        [{ latestProjectEnd: '2027-12-30' }, 'latestProjectEnd'],
        [{ interimReportDue: '2028-01-01' }, 'interimReportDue'],
        [{ interimReportDue: '2028-01-01', latestProjectEnd: '2027-12-31' }, 'interimReportDue'],
        [{ interimReportDue: '2025-12-31' }, 'interimReportDue'],
        // Not a day: the Date scalar refuses the variable.
        [{ interimReportDue: '2027-02-30' }, 'input.interimReportDue'],
      ];
      for (const [overrides, field] of cases) {
        const response = await as(server, people.admin, createCall, {
          input: callInput('terms-bad', overrides),
        });
        expectCode(response, 'BAD_USER_INPUT', field);
      }
      expect(expectOk(await as(server, people.admin, readCall, { key: 'terms-bad' })).call).to.equal(null);
      // An interim report a year after a later limit is fine; a limit before the deadline never is.
      expect(
        expectOk(
          await as(server, people.admin, createCall, {
            input: callInput('terms-c', { interimReportDue: '2028-01-01', latestProjectEnd: '2028-06-30' }),
          }),
        ).createCall,
      ).to.deep.include({ interimReportDue: '2028-01-01' });
    });

    it('may still be set on a call with submissions (they govern the grants, not the applications), by administrators only', async () => {
      const { id } = expectOk(await as(server, null, readCall, { key: '2020' })).call!;
      const input = { reportDueMonths: 2, latestProjectEnd: '2023-04-30' };
      for (const who of [null, people.helsinki]) {
        expectCode(await as(server, who, updateCall, { id, input }), 'FORBIDDEN');
      }
      expect(expectOk(await as(server, people.admin, updateCall, { id, input })).updateCall).to.deep.include(
        input,
      );
      // Restored for the tests below, which read the seeded call's defaults.
      expectOk(
        await as(server, people.admin, updateCall, {
          id,
          input: { reportDueMonths: 3, latestProjectEnd: null },
        }),
      );
    });

    it("copies the application's project period and budget by category into the award at the decision", async () => {
      const { call } = await createClosedCall(server.dataSource);
      const consortium = await createConsortium(server.dataSource, { lead: '049', members: ['092'] });
      const application = await createApplication(server.dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.SUBMITTED,
        terms: {
          projectStart: '2026-03-01',
          projectEnd: '2027-08-31',
          budgetStaff: '80000.00',
          budgetTravel: '2500.50',
          budgetPurchasedServices: '60000.00',
          budgetOther: '1000.00',
        },
      });
      expectOk(await as(server, people.admin, startReview, { c: call.id }));
      const award = expectOk(
        await as(server, people.admin, decide, {
          a: application.id,
          input: { grantedAmount: '120000.00', decisionDate: '2026-01-20' },
        }),
      ).decideAward;
      expect(award).to.deep.include({ projectStart: '2026-03-01', projectEnd: '2027-08-31' });
      expect(award.approvedBudget).to.deep.equal({
        staff: '80000.00',
        travel: '2500.50',
        premises: null,
        purchasedServices: '60000.00',
        other: '1000.00',
        total: '143500.50',
      });
      const [event] = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ entityType: 'Award', entityId: award.id, action: 'decideAward' });
      expect(JSON.parse(event.changes)).to.deep.include({
        projectStart: [null, '2026-03-01'],
        projectEnd: [null, '2027-08-31'],
        budgetTravel: [null, '2500.50'],
      });
    });

    it('shows the seeded grants, which have no period nor budget on record, as null, to everyone', async () => {
      for (const who of [null, people.helsinki, people.admin]) {
        const nodes = expectOk(await as(server, who, readAwards, { key: '2020' })).call!.awards.nodes;
        expect(nodes).to.have.length(3);
        for (const node of nodes) {
          expect(node).to.deep.include({ projectStart: null, projectEnd: null, approvedBudget: null });
        }
      }
    });
  });

  it('the migration backfills the period and budget of awards from their applications, and reverts', async () => {
    const { dataSource, drop } = await createMigratedDataSource();
    try {
      await seedDatabase(dataSource);
      const { call } = await createClosedCall(dataSource);
      const consortium = await createConsortium(dataSource, { lead: '091', members: ['049'] });
      const application = await createApplication(dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.AWARDED,
        terms: {
          projectStart: '2026-02-01',
          projectEnd: '2027-05-31',
          budgetStaff: '10000.10',
          budgetPremises: '300.00',
        },
      });
      await dataSource.query(
        `INSERT INTO award (id, applicationId, callId, grantedAmount, decisionDate, createdAt)
         VALUES ('7d0c6a8e-2b7a-4c59-9a3e-0d1f5f2c4b11', ?, ?, 9000.00, '2026-01-12', '2026-01-12 10:00:00.000')`,
        [application.id, call.id],
      );
      // Back to before the grant terms (and whatever came after them), and forward again.
      const ours = 'GrantTerms1765000000000';
      expect(migrations.map((migration) => migration.name)).to.include(ours);
      for (;;) {
        const executed = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
        if (!executed.some((row) => row.name === ours)) break;
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const columns = await dataSource.createQueryRunner().getTable('award');
      expect(columns!.columns.map((column) => column.name)).to.not.include('projectEnd');
      await dataSource.runMigrations({ transaction: 'each' });

      const award = await dataSource
        .getRepository(Award)
        .findOneByOrFail({ id: '7d0c6a8e-2b7a-4c59-9a3e-0d1f5f2c4b11' });
      expect(award).to.deep.include({
        projectStart: '2026-02-01',
        projectEnd: '2027-05-31',
        budgetStaff: '10000.10',
        budgetTravel: null,
        budgetPremises: '300.00',
        budgetPurchasedServices: null,
        budgetOther: null,
      });
      const [{ n }] = await dataSource.query(
        'SELECT COUNT(*) AS n FROM award WHERE projectEnd IS NULL AND budgetStaff IS NULL',
      );
      expect(Number(n), 'the seeded awards, without a period or budget on record').to.equal(29);
      const [{ months }] = await dataSource.query(
        "SELECT reportDueMonths AS months FROM grant_call WHERE `key` = '2020'",
      );
      expect(Number(months)).to.equal(3);
    } finally {
      await drop();
    }
  });
});
