import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { as, expectCode, expectOk, people } from './helpers/applying';
import { createApplication, createClosedCall, createConsortium } from './helpers/factories';
import { startTestServer, type TestServer, type TokenClaims } from './helpers/server';
import { recountedTallies, storedTallies } from './helpers/tallies';
import { graphql } from './gql';
import type { CostsInput, PaymentRequestInput, ReportInput } from './gql/graphql';

const START_REVIEW = graphql(`
  mutation GrantJourneyStartReview($call: ID!) {
    startReview(callId: $call) {
      id
    }
  }
`);
const DECIDE = graphql(`
  mutation GrantJourneyDecide($application: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $application, input: $input) {
      id
      grantedAmount
      projectStart
      projectEnd
      approvedBudget {
        staff
        purchasedServices
        total
      }
      paidTotal
      returnedTotal
    }
  }
`);
const SUBMIT_PAYMENT = graphql(`
  mutation GrantJourneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {
    submitPaymentRequest(awardId: $award, input: $input) {
      id
      number
      status
      final
      claimedCosts {
        total
      }
      paidAmount
    }
  }
`);
const APPROVE_PAYMENT = graphql(`
  mutation GrantJourneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {
    approvePaymentRequest(id: $id, input: $input) {
      id
      status
      paidAmount
      approvedCosts {
        staff
        purchasedServices
        total
      }
      award {
        paidTotal
        returnedTotal
        recoveryClaim
        recoveredTotal
        settledAt
      }
    }
  }
`);
const REQUEST_CHANGE = graphql(`
  mutation GrantJourneyRequestChange($award: ID!, $input: RequestChangeInput!) {
    requestChange(awardId: $award, input: $input) {
      id
      kind
      status
      projectEnd
    }
  }
`);
const APPROVE_CHANGE = graphql(`
  mutation GrantJourneyApproveChange($id: ID!, $reason: String) {
    approveChangeRequest(id: $id, reason: $reason) {
      id
      status
      amendmentNumber
      termsBefore {
        projectEnd
      }
    }
  }
`);
const SUBMIT_REPORT = graphql(`
  mutation GrantJourneySubmitReport($award: ID!, $input: ReportInput!) {
    submitReport(awardId: $award, input: $input) {
      id
      kind
      status
    }
  }
`);
const APPROVE_REPORT = graphql(`
  mutation GrantJourneyApproveReport($id: ID!) {
    approveReport(id: $id) {
      id
      status
    }
  }
`);
const RECORD_RECOVERY = graphql(`
  mutation GrantJourneyRecordRecovery($award: ID!, $amount: Decimal!) {
    recordRecovery(awardId: $award, amount: $amount) {
      id
      recoveryClaim
      recoveredTotal
    }
  }
`);
/** What everyone may read of the call and its grant. */
const PUBLIC_VIEW = graphql(`
  query GrantJourneyPublicView($call: ID!) {
    call(id: $call) {
      appropriation
      statistics {
        totalAwarded
        totalPaid
        totalReturned
        totalRecovered
        remainingAppropriation
      }
      awards(first: 5) {
        nodes {
          id
          grantedAmount
          projectStart
          projectEnd
          originalDecision {
            projectStart
            projectEnd
          }
          paidTotal
          returnedTotal
          finalReportSummary {
            fi
            sv
          }
        }
      }
    }
  }
`);
/** What the consortium's officials and administrators read besides. */
const GRANT_FILE = graphql(`
  query GrantJourneyGrantFile($call: ID!) {
    call(id: $call) {
      awards(first: 5) {
        nodes {
          id
          hasAgreement
          documents {
            kind
            fileName
            mediaType
          }
          paymentRequests {
            number
            final
            status
            paidAmount
            approvedCosts {
              total
            }
          }
          reports {
            kind
            status
          }
          changeRequests {
            kind
            status
            amendmentNumber
          }
          recoveryClaim
          recoveredTotal
          settledAt
        }
      }
    }
  }
`);

const costs = (staff: string, purchasedServices = '0.00'): CostsInput => ({
  staff,
  travel: '0',
  premises: '0',
  purchasedServices,
  other: '0',
});

const finalReport: ReportInput = {
  kind: 'FINAL',
  outcomes: 'Kokousjärjestelmä on käytössä molemmissa kunnissa.',
  indicators: [{ name: 'Etäkokouksia', value: '240', unit: 'kpl' }],
  reuse: 'Hankinta-asiakirjat ja määrittelyt ovat avoimesti saatavilla.',
  publicSummary: { fi: 'Helsinki ja Espoo kokoontuvat verkossa.', sv: 'Helsingfors och Esbo möts på nätet.' },
};

/** Helsinki leads the grant, Espoo takes part, Vantaa does not. */
const lead = people.helsinki;
const member = people.espoo;
const outsider = people.vantaa;
const admin = people.admin;

describe('the journey of a grant from the decision to its settlement, over HTTP with real tokens', () => {
  let server: TestServer;
  let folder: string;

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dk-grant-journey-'));
    // The default clock, 2026-01-15: the call has closed and its applications wait for a decision.
    server = await startTestServer({ env: { DOCUMENTS_DIR: folder } });
  });
  after(async () => {
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  const at = (instant: string) => server.clock.set(instant);

  async function uploadAgreement(who: TokenClaims, awardId: string) {
    const form = new FormData();
    form.append('kind', 'AGREEMENT');
    form.append(
      'file',
      new Blob([Buffer.from('%PDF-1.7\nYhteistyösopimus: Helsinki ja Espoo\n%%EOF\n')]),
      'yhteistyosopimus.pdf',
    );
    const response = await fetch(`${server.origin}/awards/${awardId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await server.token(who)}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  const publicView = async (callId: string) =>
    expectOk(await as(server, null, PUBLIC_VIEW, { call: callId })).call!;
  const grantFile = async (who: TokenClaims, callId: string) =>
    expectOk(await as(server, who, GRANT_FILE, { call: callId })).call!.awards.nodes[0];

  beforeEach(() => {
    at('2026-01-15T10:00:00Z');
  });

  /**
   * A closed call of `appropriation` (projects done by 2027-10-31) with Helsinki's and Espoo's application
   * for 2026-02-01 to 2027-06-30, reviewed and decided by the administrator through the API, which copies
   * the application's period and budget into the grant's terms.
   */
  async function decide(options: {
    appropriation: string;
    granted: string;
    budgetStaff: string;
    budgetPurchasedServices: string;
    decisionNumber: string;
  }) {
    const { call } = await createClosedCall(server.dataSource, { appropriation: options.appropriation });
    const consortium = await createConsortium(server.dataSource, { lead: '091', members: ['049'] });
    const application = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      requestedAmount: options.granted,
      status: ApplicationStatus.SUBMITTED,
      projectName: { fi: 'Yhteinen kokousjärjestelmä', sv: 'Gemensamt mötessystem' },
      terms: {
        projectStart: '2026-02-01',
        projectEnd: '2027-06-30',
        budgetStaff: options.budgetStaff,
        budgetPurchasedServices: options.budgetPurchasedServices,
      },
    });
    expectOk(await as(server, admin, START_REVIEW, { call: call.id }));
    const award = expectOk(
      await as(server, admin, DECIDE, {
        application: application.id,
        input: {
          grantedAmount: options.granted,
          decisionDate: '2026-01-14',
          decisionNumber: options.decisionNumber,
        },
      }),
    ).decideAward;
    return { call, award };
  }

  const submitPayment = async (awardId: string, input: PaymentRequestInput) =>
    expectOk(await as(server, lead, SUBMIT_PAYMENT, { award: awardId, input })).submitPaymentRequest;
  const approvePayment = async (id: string, approvedCosts: CostsInput, reason?: string) =>
    expectOk(await as(server, admin, APPROVE_PAYMENT, { id, input: { approvedCosts, reason } }))
      .approvePaymentRequest;

  it('decides, reads the decision, pays installments, extends, reports, settles below what was paid and recovers', async () => {
    // 1. The administrator reviews and decides a grant of 100 000.00 on a call of 500 000.00, for a project
    // of 120 000.00 of eligible costs: the application's period and budget become the grant's terms.
    const { call, award } = await decide({
      appropriation: '500000.00',
      granted: '100000.00',
      budgetStaff: '80000.00',
      budgetPurchasedServices: '40000.00',
      decisionNumber: 'VN/7/2026',
    });
    expect(award).to.deep.equal({
      id: award.id,
      grantedAmount: '100000.00',
      projectStart: '2026-02-01',
      projectEnd: '2027-06-30',
      approvedBudget: { staff: '80000.00', purchasedServices: '40000.00', total: '120000.00' },
      paidTotal: '0.00',
      returnedTotal: '0.00',
    });
    const awardId = award.id;
    expect((await publicView(call.id)).statistics).to.deep.equal({
      totalAwarded: '100000.00',
      totalPaid: '0.00',
      totalReturned: '0.00',
      totalRecovered: '0.00',
      remainingAppropriation: '400000.00',
    });

    // 2. The lead's official reads the decision, as anyone may: the amount, the period, the deadline.
    const decision = await fetch(`${server.origin}/awards/${awardId}/decision.md?lang=fi`);
    expect(decision.status).to.equal(200);
    const lines = (await decision.text()).split('\n');
    expect(lines).to.include.members([
      '- Päätöksen numero: VN/7/2026',
      '- Päätöspäivä: 14.1.2026',
      'Valtiovarainministeriö myöntää hankkeelle valtionavustusta enintään 100 000,00 euroa kuntien digitalisaation edistämiseen.',
      '- Avustuksen enimmäismäärä: 100 000,00 €',
      '- Toteutusaika: 1.2.2026–30.6.2027',
      '- Hankkeen nimi: Yhteinen kokousjärjestelmä',
    ]);

    // 3. The agreement between the implementers, uploaded by the lead's official; the member may not.
    expect((await uploadAgreement(member, awardId)).status).to.equal(404);
    const uploaded = await uploadAgreement(lead, awardId);
    expect(uploaded.status, JSON.stringify(uploaded.body)).to.equal(201);
    expect(uploaded.body.document).to.deep.include({
      kind: 'AGREEMENT',
      fileName: 'yhteistyosopimus.pdf',
      mediaType: 'application/pdf',
    });
    const file = await grantFile(member, call.id);
    expect(file).to.deep.include({
      hasAgreement: true,
      documents: [{ kind: 'AGREEMENT', fileName: 'yhteistyosopimus.pdf', mediaType: 'application/pdf' }],
    });

    // 4. The first installment, for the first half of 2026: 85 % of 40 000.01 is 34 000.0085 → 34 000.00.
    at('2026-07-10T08:00:00Z');
    const first = await submitPayment(awardId, {
      periodStart: '2026-02-01',
      periodEnd: '2026-06-30',
      costs: costs('30000.01', '10000.00'),
      final: false,
    });
    expect(first).to.deep.include({ number: 1, status: 'SUBMITTED', final: false, paidAmount: null });
    expect(first.claimedCosts.total).to.equal('40000.01');
    const paidFirst = await approvePayment(first.id, costs('30000.01', '10000.00'));
    expect(paidFirst).to.deep.include({ status: 'APPROVED', paidAmount: '34000.00' });
    expect(paidFirst.award).to.deep.equal({
      paidTotal: '34000.00',
      returnedTotal: '0.00',
      recoveryClaim: '0.00',
      recoveredTotal: '0.00',
      settledAt: null,
    });

    // 5. The second installment, for the second half: 85 % of 90 000.01 in all is 76 500.00, of which
    // 34 000.00 was paid.
    at('2027-01-12T08:00:00Z');
    const second = await submitPayment(awardId, {
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      costs: costs('50000.00'),
      final: false,
    });
    expect(second.number).to.equal(2);
    const paidSecond = await approvePayment(second.id, costs('50000.00'));
    expect(paidSecond.paidAmount).to.equal('42500.00');
    expect(paidSecond.award.paidTotal).to.equal('76500.00');

    // 6. Procurement runs late: the project is extended to the call's deadline, and the decision as made stays.
    at('2027-05-03T08:00:00Z');
    const change = expectOk(
      await as(server, lead, REQUEST_CHANGE, {
        award: awardId,
        input: {
          kind: 'EXTEND_PROJECT',
          justification: 'Kilpailutus viivästyi valitusten vuoksi.',
          projectEnd: '2027-10-31',
        },
      }),
    ).requestChange;
    expect(change).to.deep.include({ kind: 'EXTEND_PROJECT', status: 'SUBMITTED', projectEnd: '2027-10-31' });
    expect((await publicView(call.id)).awards.nodes[0].projectEnd, 'not before the approval').to.equal(
      '2027-06-30',
    );
    expect(
      expectOk(await as(server, admin, APPROVE_CHANGE, { id: change.id })).approveChangeRequest,
    ).to.deep.equal({
      id: change.id,
      status: 'APPROVED',
      amendmentNumber: 1,
      termsBefore: { projectEnd: '2027-06-30' },
    });
    expect((await publicView(call.id)).awards.nodes[0]).to.deep.include({
      projectStart: '2026-02-01',
      projectEnd: '2027-10-31',
      originalDecision: { projectStart: '2026-02-01', projectEnd: '2027-06-30' },
    });

    // 7. After the (extended) end, the final report, approved by the administrator.
    at('2027-11-20T08:00:00Z');
    const report = expectOk(
      await as(server, lead, SUBMIT_REPORT, {
        award: awardId,
        input: finalReport,
      }),
    ).submitReport;
    expect(report).to.deep.include({ kind: 'FINAL', status: 'SUBMITTED' });
    expect((await publicView(call.id)).awards.nodes[0].finalReportSummary, 'not before approval').to.equal(
      null,
    );
    expect(
      expectOk(await as(server, admin, APPROVE_REPORT, { id: report.id })).approveReport.status,
    ).to.equal('APPROVED');

    // 8. The final payment request states the whole project's costs: 82 000.03 claimed, 80 000.03 approved.
    // The entitlement, 85 % of 80 000.03 = 68 000.0255 → 68 000.02, is below the 76 500.00 paid: nothing
    // more is paid, 8 499.98 is claimed back, and the 23 500.00 never paid returns to the call.
    const final = await submitPayment(awardId, {
      periodStart: '2026-02-01',
      periodEnd: '2027-10-31',
      costs: costs('70000.03', '12000.00'),
      final: true,
    });
    expect(final).to.deep.include({ number: 3, final: true, status: 'SUBMITTED' });
    expect(final.claimedCosts.total).to.equal('82000.03');
    const settled = await approvePayment(
      final.id,
      costs('70000.03', '10000.00'),
      'Ostopalveluista 2 000,00 euroa kohdistuu laitehankintoihin.',
    );
    expect(settled).to.deep.include({
      status: 'APPROVED',
      paidAmount: '0.00',
      approvedCosts: { staff: '70000.03', purchasedServices: '10000.00', total: '80000.03' },
    });
    expect(settled.award).to.deep.equal({
      paidTotal: '76500.00',
      returnedTotal: '23500.00',
      recoveryClaim: '8499.98',
      recoveredTotal: '0.00',
      settledAt: '2027-11-20T08:00:00.000Z',
    });
    const settledStatistics = {
      totalAwarded: '100000.00',
      totalPaid: '76500.00',
      totalReturned: '23500.00',
      totalRecovered: '0.00',
      remainingAppropriation: '423500.00',
    };
    expect((await publicView(call.id)).statistics).to.deep.equal(settledStatistics);

    // Settled: nothing more is requested.
    expect(
      expectCode(
        await as(server, lead, SUBMIT_PAYMENT, {
          award: awardId,
          input: { periodStart: '2027-07-01', periodEnd: '2027-10-31', costs: costs('100.00'), final: false },
        }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({ entity: 'Award', from: 'SETTLED' });

    // 9. The money comes back in two parts; not a cent more than is outstanding.
    at('2027-12-15T08:00:00Z');
    expect(
      expectOk(await as(server, admin, RECORD_RECOVERY, { award: awardId, amount: '5000.00' }))
        .recordRecovery,
    ).to.deep.equal({ id: awardId, recoveryClaim: '8499.98', recoveredTotal: '5000.00' });
    expectCode(
      await as(server, admin, RECORD_RECOVERY, { award: awardId, amount: '3499.99' }),
      'BAD_USER_INPUT',
      'amount',
    );
    expectCode(await as(server, lead, RECORD_RECOVERY, { award: awardId, amount: '3499.98' }), 'FORBIDDEN');
    expect(
      expectOk(await as(server, admin, RECORD_RECOVERY, { award: awardId, amount: '3499.98' }))
        .recordRecovery,
    ).to.deep.equal({ id: awardId, recoveryClaim: '8499.98', recoveredTotal: '8499.98' });

    // 10. The public: what was paid and returned, the summary of the final report, and the call's money side
    // by side; the appropriation left counts the returned and the recovered money.
    const seen = await publicView(call.id);
    expect(seen.appropriation).to.equal('500000.00');
    expect(seen.statistics).to.deep.equal({
      ...settledStatistics,
      totalRecovered: '8499.98',
      remainingAppropriation: '431999.98',
    });
    expect(seen.awards.nodes).to.deep.equal([
      {
        id: awardId,
        grantedAmount: '100000.00',
        projectStart: '2026-02-01',
        projectEnd: '2027-10-31',
        originalDecision: { projectStart: '2026-02-01', projectEnd: '2027-06-30' },
        paidTotal: '76500.00',
        returnedTotal: '23500.00',
        finalReportSummary: {
          fi: 'Helsinki ja Espoo kokoontuvat verkossa.',
          sv: 'Helsingfors och Esbo möts på nätet.',
        },
      },
    ]);
    // The recovery and the grant's file are the consortium's and the administrators', not the public's.
    for (const who of [null, outsider]) {
      const { errors } = await as(server, who, GRANT_FILE, { call: call.id });
      expect(errors, String(who?.sub)).to.be.an('array').that.is.not.empty;
      expect(new Set(errors!.map((error) => error.extensions?.code))).to.deep.equal(new Set(['FORBIDDEN']));
    }
    for (const who of [lead, member, admin]) {
      expect(await grantFile(who, call.id), who.sub).to.deep.equal({
        id: awardId,
        hasAgreement: true,
        documents: [{ kind: 'AGREEMENT', fileName: 'yhteistyosopimus.pdf', mediaType: 'application/pdf' }],
        paymentRequests: [
          {
            number: 1,
            final: false,
            status: 'APPROVED',
            paidAmount: '34000.00',
            approvedCosts: { total: '40000.01' },
          },
          {
            number: 2,
            final: false,
            status: 'APPROVED',
            paidAmount: '42500.00',
            approvedCosts: { total: '50000.00' },
          },
          {
            number: 3,
            final: true,
            status: 'APPROVED',
            paidAmount: '0.00',
            approvedCosts: { total: '80000.03' },
          },
        ],
        reports: [{ kind: 'FINAL', status: 'APPROVED' }],
        changeRequests: [{ kind: 'EXTEND_PROJECT', status: 'APPROVED', amendmentNumber: 1 }],
        recoveryClaim: '8499.98',
        recoveredTotal: '8499.98',
        settledAt: '2027-11-20T08:00:00.000Z',
      });
    }
    expect(await storedTallies(server.dataSource)).to.deep.equal(await recountedTallies(server.dataSource));
  });

  it('pays the rest of the entitlement with the final request, after the agreement, and returns what was never paid', async () => {
    const { call, award } = await decide({
      appropriation: '200000.00',
      granted: '50000.00',
      budgetStaff: '60000.00',
      budgetPurchasedServices: '0.00',
      decisionNumber: 'VN/8/2026',
    });
    const awardId = award.id;
    const sv = await fetch(`${server.origin}/awards/${awardId}/decision.md?lang=sv`);
    expect(sv.status).to.equal(200);
    expect((await sv.text()).split('\n')).to.include('- Understödets maximibelopp: 50 000,00 €');

    // An installment of 20 000.00 waits for the agreement between the implementers; the administrator
    // uploads it (as administrators may), and 85 % of it, 17 000.00, is paid.
    at('2026-07-10T08:00:00Z');
    const installment = await submitPayment(awardId, {
      periodStart: '2026-02-01',
      periodEnd: '2026-06-30',
      costs: costs('20000.00'),
      final: false,
    });
    expect(
      expectCode(
        await as(server, admin, APPROVE_PAYMENT, {
          id: installment.id,
          input: { approvedCosts: costs('20000.00') },
        }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({ entity: 'Award' });
    expect((await grantFile(lead, call.id)).hasAgreement).to.equal(false);
    expect((await uploadAgreement(admin, awardId)).status).to.equal(201);
    expect((await approvePayment(installment.id, costs('20000.00'))).paidAmount).to.equal('17000.00');

    // The project ends as decided; the final report, then the final request for the whole project's
    // 55 000.01: 85 % is 46 750.0085 → 46 750.00, of which 29 750.00 is still to pay; 3 250.00 returns.
    at('2027-08-16T08:00:00Z');
    const report = expectOk(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
    ).submitReport;
    const final = await submitPayment(awardId, {
      periodStart: '2026-02-01',
      periodEnd: '2027-06-30',
      costs: costs('55000.01'),
      final: true,
    });
    expect(
      expectCode(
        await as(server, admin, APPROVE_PAYMENT, {
          id: final.id,
          input: { approvedCosts: costs('55000.01') },
        }),
        'INVALID_STATE_TRANSITION',
      ),
      'not before the final report is approved',
    ).to.deep.include({ entity: 'Report', from: 'SUBMITTED' });
    expectOk(await as(server, admin, APPROVE_REPORT, { id: report.id }));
    const settled = await approvePayment(final.id, costs('55000.01'));
    expect(settled.paidAmount).to.equal('29750.00');
    expect(settled.award).to.deep.equal({
      paidTotal: '46750.00',
      returnedTotal: '3250.00',
      recoveryClaim: '0.00',
      recoveredTotal: '0.00',
      settledAt: '2027-08-16T08:00:00.000Z',
    });
    expectCode(
      await as(server, admin, RECORD_RECOVERY, { award: awardId, amount: '0.01' }),
      'BAD_USER_INPUT',
      'amount',
    );

    const seen = await publicView(call.id);
    expect(seen.statistics).to.deep.equal({
      totalAwarded: '50000.00',
      totalPaid: '46750.00',
      totalReturned: '3250.00',
      totalRecovered: '0.00',
      remainingAppropriation: '153250.00',
    });
    expect(seen.awards.nodes[0]).to.deep.include({
      projectEnd: '2027-06-30',
      originalDecision: { projectStart: '2026-02-01', projectEnd: '2027-06-30' },
      paidTotal: '46750.00',
      returnedTotal: '3250.00',
      finalReportSummary: finalReport.publicSummary,
    });
    expect(await storedTallies(server.dataSource)).to.deep.equal(await recountedTallies(server.dataSource));
  });
});
