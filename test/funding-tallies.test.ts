import { expect } from 'chai';
import { FundingTallies1764000000200 } from '../migrations/1764000000200-funding-tallies';
import { GrantMoneyTallies1765000000110 } from '../migrations/1765000000110-grant-money-tallies';
import { fromCents, toCents } from '../src/common/money';
import { helsinkiDate, toHelsinkiIso } from '../src/common/time-zone';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import { ConsortiumMember } from '../src/modules/consortium/consortium.entity';
import { seedDatabase } from '../src/seed/seed';
import {
  as,
  callInput,
  createApplication,
  createCall,
  createConsortium,
  eligibleFields,
  expectOk,
  people,
  submit,
  withdraw,
} from './helpers/applying';
import { createDocument, signIn } from './helpers/factories';
import { graphql } from './gql';
import { testEngine } from './helpers/database';
import { type ServerProcess, startServerProcess } from './helpers/processes';
import { startTestServer, type TestServer, type TokenClaims } from './helpers/server';
import { recountedTallies, storedTallies } from './helpers/tallies';

const STATISTICS = graphql(`
  query TallyCallStatistics($key: String!) {
    call(key: $key) {
      statistics {
        applicationsSubmitted
        applicationsAwarded
        totalRequested
        totalAwarded
        grantsDecided
      }
    }
  }
`);
const BY_MEMBER = graphql(`
  query TallyByMember($key: String!) {
    fundingStatistics(groupBy: [MUNICIPALITY], municipalityRole: MEMBER, filter: { callKey: $key }) {
      municipality {
        code
      }
      applicationsSubmitted
      applicationsAwarded
      totalRequested
      totalGranted
    }
  }
`);
const START_REVIEW = graphql(`
  mutation TallyStartReview($c: ID!) {
    startReview(callId: $c) {
      id
    }
  }
`);
const DECIDE = graphql(`
  mutation TallyDecide($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
    }
  }
`);
const PAY = graphql(`
  mutation TallyPay($a: ID!, $input: PaymentRequestInput!) {
    submitPaymentRequest(awardId: $a, input: $input) {
      id
    }
  }
`);
const APPROVE_PAYMENT = graphql(`
  mutation TallyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {
    approvePaymentRequest(id: $id, input: $input) {
      id
    }
  }
`);
const REPORT = graphql(`
  mutation TallyReport($a: ID!, $input: ReportInput!) {
    submitReport(awardId: $a, input: $input) {
      id
    }
  }
`);
const APPROVE_REPORT = graphql(`
  mutation TallyApproveReport($id: ID!) {
    approveReport(id: $id) {
      id
    }
  }
`);
const RECOVER = graphql(`
  mutation TallyRecover($a: ID!, $amount: Decimal!) {
    recordRecovery(awardId: $a, amount: $amount) {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation TallyReject($a: ID!, $r: String!) {
    rejectApplication(applicationId: $a, reason: $r) {
      id
      status
    }
  }
`);

/**
 * The running totals behind call and funding statistics (funding_tally) against a full recount, after a
 * realistic mix of writes through the API and under concurrent submissions: no write path forgets them,
 * and no increment is lost.
 */
describe('funding tallies: kept with every write, equal to a full recount', () => {
  let server: TestServer;

  before(async () => {
    // Refusing work while the event loop lags (a machine running other suites) is the HTTP layer's,
    // tested in http.test.ts; here the figures are tried.
    server = await startTestServer();
  });
  after(() => server?.stop());

  async function expectRecount(step: string) {
    expect(await storedTallies(server.dataSource), `tallies after ${step}`).to.deep.equal(
      await recountedTallies(server.dataSource),
    );
  }

  /**
   * Call statistics as the loader computed them before the tallies, straight from the rows: submitted is
   * every application but drafts and drafts withdrawn unsubmitted.
   */
  async function statisticsFromRows(callId: string) {
    const applications = await server.dataSource.getRepository(Application).findBy({ callId });
    const counted = applications.filter(
      (a) =>
        a.status !== ApplicationStatus.DRAFT &&
        !(a.status === ApplicationStatus.WITHDRAWN && a.submittedAt === null),
    );
    const awards = await server.dataSource.getRepository(Award).findBy({ callId });
    const sum = (amounts: string[]) => fromCents(amounts.reduce((total, a) => total + toCents(a), 0n));
    return {
      applicationsSubmitted: counted.length,
      applicationsAwarded: counted.filter((a) => a.status === ApplicationStatus.AWARDED).length,
      totalRequested: sum(counted.map((a) => a.requestedAmount)),
      totalAwarded: sum(awards.map((a) => a.grantedAmount)),
      grantsDecided: awards.length,
    };
  }

  /** Per member municipality, from the rows: what fundingStatistics(MUNICIPALITY, MEMBER) must say. */
  async function byMemberFromRows(callId: string) {
    const applications = (await server.dataSource.getRepository(Application).findBy({ callId })).filter(
      (a) =>
        a.status !== ApplicationStatus.DRAFT &&
        !(a.status === ApplicationStatus.WITHDRAWN && a.submittedAt === null),
    );
    const awards = await server.dataSource.getRepository(Award).findBy({ callId });
    const members = await server.dataSource
      .getRepository(ConsortiumMember)
      .findBy({ role: 'MEMBER' as never });
    const rows = new Map<
      string,
      { submitted: number; awarded: number; requested: bigint; granted: bigint }
    >();
    for (const application of applications) {
      for (const member of members.filter((m) => m.consortiumId === application.consortiumId)) {
        const row = rows.get(member.municipalityCode) ?? {
          submitted: 0,
          awarded: 0,
          requested: 0n,
          granted: 0n,
        };
        row.submitted += 1;
        if (application.status === ApplicationStatus.AWARDED) row.awarded += 1;
        row.requested += toCents(application.requestedAmount);
        const award = awards.find((a) => a.applicationId === application.id);
        if (award) row.granted += toCents(award.grantedAmount);
        rows.set(member.municipalityCode, row);
      }
    }
    return [...rows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, row]) => ({
        municipality: { code },
        applicationsSubmitted: row.submitted,
        applicationsAwarded: row.awarded,
        totalRequested: fromCents(row.requested),
        totalGranted: fromCents(row.granted),
      }));
  }

  it('match a full recount after the seed', async () => {
    await expectRecount('the seed');
    const twice = await storedTallies(server.dataSource);
    await seedDatabase(server.dataSource, new Date('2026-01-02T00:00:00Z'));
    expect(await storedTallies(server.dataSource), 'a second seed changes nothing').to.deep.equal(twice);
  });

  it('match a full recount, and the rows, after submissions, withdrawals, reviews, rejections and awards', async () => {
    const call = await createCall(server, callInput('tally-mix', { appropriation: '500000' }));
    const fields = eligibleFields(call);
    const consortia = [
      await createConsortium(server, people.helsinki, { name: 'H', leadCode: '091', memberCodes: ['049'] }),
      await createConsortium(server, people.espoo, {
        name: 'E',
        leadCode: '049',
        memberCodes: ['092', '091'],
      }),
      await createConsortium(server, people.vantaa, { name: 'V', leadCode: '092', memberCodes: ['049'] }),
    ];
    const officials: TokenClaims[] = [people.helsinki, people.espoo, people.vantaa];
    // A call with themes wants one chosen; applications without a theme are the seed's (2020).
    const themes = [call.themes[0].id, call.themes[1].id, call.themes[0].id];
    const drafts: { id: string; who: TokenClaims }[] = [];
    for (let i = 0; i < 7; i++) {
      const who = officials[i % 3];
      const draft = await createApplication(server, who, {
        callId: call.id,
        consortiumId: consortia[i % 3].id,
        ...fields,
        themeId: themes[i % 3],
        requestedAmount: `${70000 + i * 1000}.50`,
      });
      drafts.push({ id: draft.id, who });
    }
    await expectRecount('drafts (which count nowhere)');

    for (const draft of drafts.slice(0, 6)) expectOk(await submit(server, draft.who, draft.id));
    await expectRecount('six submissions');
    expectOk(await withdraw(server, drafts[6].who, drafts[6].id));
    expectOk(await withdraw(server, drafts[5].who, drafts[5].id));
    await expectRecount('a draft withdrawn unsubmitted and a submission withdrawn');

    server.clock.set('2026-10-26T10:00:00Z');
    expectOk(await as(server, people.admin, START_REVIEW, { c: call.id }));
    await expectRecount('the review starting');
    const decide = (index: number, grantedAmount: string) =>
      as(server, people.admin, DECIDE, {
        a: drafts[index].id,
        input: { grantedAmount, decisionDate: '2026-11-20' },
      });
    expectOk(await decide(0, '70000.50'));
    expectOk(await decide(1, '40000'));
    expectOk(await as(server, people.admin, REJECT, { a: drafts[2].id, r: 'Not eligible' }));
    expectOk(await decide(3, '73000.50'));
    await expectRecount('awards and a rejection');

    const statistics = expectOk(await server.query(STATISTICS, { key: 'tally-mix' })).call!.statistics;
    expect(statistics).to.deep.equal(await statisticsFromRows(call.id));
    expect(statistics.applicationsSubmitted).to.equal(6);
    expect(statistics.applicationsAwarded).to.equal(3);
    const byMember = expectOk(await as(server, people.admin, BY_MEMBER, { key: 'tally-mix' }));
    expect(byMember.fundingStatistics).to.deep.equal(await byMemberFromRows(call.id));

    // The grant's money: an installment, the final settlement with a recovery claim, a recovery.
    server.clock.set('2027-11-15T10:00:00Z');
    const awardId = expectOk(await decide(4, '50000')).decideAward.id;
    const uploader = await signIn(server, people.espoo);
    await createDocument(server.dataSource, { ownerId: awardId, uploadedById: uploader.userId });
    const costs = (staff: string) => ({
      staff,
      travel: '0',
      premises: '0',
      purchasedServices: '0',
      other: '0',
    });
    const pay = async (staff: string, final: boolean, approved: string) => {
      const input = { periodStart: '2026-11-01', periodEnd: '2027-10-31', costs: costs(staff), final };
      const { id } = expectOk(
        await as(server, people.espoo, PAY, { a: awardId, input }),
      ).submitPaymentRequest;
      const reason = approved === staff ? null : 'Osa kuluista ei ole hankkeen';
      expectOk(
        await as(server, people.admin, APPROVE_PAYMENT, {
          id,
          input: { approvedCosts: costs(approved), reason },
        }),
      );
    };
    await pay('40000', false, '40000');
    await expectRecount('an installment');
    const report = {
      kind: 'FINAL' as const,
      outcomes: 'Valmis',
      reuse: 'Avoin lähdekoodi',
      publicSummary: { fi: 'Valmis' },
    };
    const { id: reportId } = expectOk(
      await as(server, people.espoo, REPORT, { a: awardId, input: report }),
    ).submitReport;
    expectOk(await as(server, people.admin, APPROVE_REPORT, { id: reportId }));
    await pay('39000', true, '30000');
    await expectRecount('a settlement with a recovery claim');
    expectOk(await as(server, people.admin, RECOVER, { a: awardId, amount: '4000.00' }));
    await expectRecount('a recovery');
    server.clock.set('2026-01-15T10:00:00Z');
  });

  it('loses no submission when many arrive at once (two server processes on MariaDB)', async function () {
    this.timeout(180_000);
    // The server processes read the system clock, so tokens and the call's window follow it too.
    server.clock.set(new Date());
    const wallClock = (days: number) => toHelsinkiIso(new Date(Date.now() + days * 86_400_000)).slice(0, 16);
    const dayFromNow = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));
    const call = await createCall(
      server,
      callInput('tally-rush', {
        year: new Date().getFullYear(),
        opensAt: wallClock(-1),
        closesAt: wallClock(30),
        projectDeadline: dayFromNow(800),
      }),
    );
    const fields = { ...eligibleFields(call), projectStart: dayFromNow(60), projectEnd: dayFromNow(400) };
    // Every application has the same lead, member and theme: all of them add to the same two rows.
    const drafts: string[] = [];
    for (let i = 0; i < 24; i++) {
      const consortium = await createConsortium(server, people.helsinki, {
        name: `Rush ${i}`,
        leadCode: '091',
        memberCodes: ['049'],
      });
      const draft = await createApplication(server, people.helsinki, {
        callId: call.id,
        consortiumId: consortium.id,
        ...fields,
        requestedAmount: `${50000 + i}.25`,
      });
      drafts.push(draft.id);
    }
    const processes: ServerProcess[] = [];
    try {
      const urls = [server.url];
      if (testEngine === 'mariadb') {
        processes.push(await startServerProcess(server.databaseUrl, { MAX_EVENT_LOOP_DELAY_MS: '0' }));
        urls.push(processes[0].url);
      }
      const token = await server.token(people.helsinki);
      const answers = await Promise.all(
        drafts.map(async (id, index) => {
          const response = await fetch(urls[index % urls.length], {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: 'mutation ($id: ID!) { submitApplication(id: $id) { id status } }',
              variables: { id },
            }),
          });
          return (await response.json()) as { errors?: unknown[] };
        }),
      );
      expect(answers.filter((answer) => answer.errors)).to.deep.equal([]);
    } finally {
      for (const process of processes) await process.stop();
    }
    await expectRecount('concurrent submissions');
    const statistics = expectOk(await server.query(STATISTICS, { key: 'tally-rush' })).call!.statistics;
    expect(statistics.applicationsSubmitted).to.equal(24);
    expect(statistics.totalRequested).to.equal(fromCents(24n * 5000025n + 100n * ((23n * 24n) / 2n)));
    server.clock.set('2026-01-15T10:00:00Z');
  });

  it("are rebuilt by the migration's backfill exactly as the writes kept them", async () => {
    const kept = await storedTallies(server.dataSource);
    expect(Object.keys(kept).length).to.be.greaterThan(50);
    // Every migration that shapes the tallies, the grants' money (a recovery above) included.
    const shaping = [new FundingTallies1764000000200(), new GrantMoneyTallies1765000000110()];
    const runner = server.dataSource.createQueryRunner();
    try {
      for (const migration of [...shaping].reverse()) await migration.down(runner);
      for (const migration of shaping) await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await storedTallies(server.dataSource)).to.deep.equal(kept);
  });
});
