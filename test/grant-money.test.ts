import { expect } from 'chai';
import { toCents } from '../src/common/money';
import { settle } from '../src/modules/payment/payment-arithmetic';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Award } from '../src/modules/award/award.entity';
import { Call } from '../src/modules/call/call.entity';
import { DocumentKind } from '../src/modules/document/document.entity';
import { PaymentRequest } from '../src/modules/payment/payment-request.entity';
import { as, expectCode, expectOk, people } from './helpers/applying';
import {
  createApplication,
  createClosedCall,
  createConsortium,
  createDocument,
  signIn,
} from './helpers/factories';
import { startTestServer, type TestServer, type TokenClaims } from './helpers/server';
import { recountedTallies, storedTallies } from './helpers/tallies';
import { graphql } from './gql';
import type { CostsInput, PaymentRequestInput, ReportInput } from './gql/graphql';

const START_REVIEW = graphql(`
  mutation GrantMoneyStartReview($c: ID!) {
    startReview(callId: $c) {
      id
    }
  }
`);
const DECIDE = graphql(`
  mutation GrantMoneyDecide($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
      paidTotal
      returnedTotal
    }
  }
`);
const SUBMIT = graphql(`
  mutation GrantMoneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {
    submitPaymentRequest(awardId: $award, input: $input) {
      id
      number
      status
      final
      claimedCosts {
        staff
        total
      }
      approvedCosts {
        total
      }
      paidAmount
    }
  }
`);
const RESUBMIT = graphql(`
  mutation GrantMoneyResubmitPayment($id: ID!, $input: PaymentRequestInput!) {
    resubmitPaymentRequest(id: $id, input: $input) {
      id
      status
      version
      claimedCosts {
        total
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation GrantMoneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {
    approvePaymentRequest(id: $id, input: $input) {
      id
      status
      paidAmount
      decisionReason
      approvedCosts {
        staff
        travel
        total
      }
      award {
        id
        paidTotal
        returnedTotal
        recoveryClaim
        settledAt
      }
    }
  }
`);
const RETURN = graphql(`
  mutation GrantMoneyReturnPayment($id: ID!, $reason: String!) {
    returnPaymentRequest(id: $id, reason: $reason) {
      id
      status
      decisionReason
    }
  }
`);
const RECOVER = graphql(`
  mutation GrantMoneyRecordRecovery($award: ID!, $amount: Decimal!) {
    recordRecovery(awardId: $award, amount: $amount) {
      id
      recoveryClaim
      recoveredTotal
    }
  }
`);
const SUBMIT_REPORT = graphql(`
  mutation GrantMoneySubmitReport($award: ID!, $input: ReportInput!) {
    submitReport(awardId: $award, input: $input) {
      id
      kind
      status
      version
      indicators {
        name
        value
        unit
      }
    }
  }
`);
const APPROVE_REPORT = graphql(`
  mutation GrantMoneyApproveReport($id: ID!) {
    approveReport(id: $id) {
      id
      status
    }
  }
`);
const RETURN_REPORT = graphql(`
  mutation GrantMoneyReturnReport($id: ID!, $reason: String!) {
    returnReport(id: $id, reason: $reason) {
      id
      status
      returnReason
    }
  }
`);
const STATISTICS = graphql(`
  query GrantMoneyStatistics($key: String!) {
    call(key: $key) {
      appropriation
      statistics {
        totalAwarded
        totalPaid
        totalReturned
        totalRecovered
        remainingAppropriation
      }
    }
  }
`);
const PUBLIC_AWARD = graphql(`
  query GrantMoneyPublicAward($key: ID!) {
    awards(first: 5, filter: { callId: $key }) {
      nodes {
        id
        paidTotal
        returnedTotal
        finalReportSummary {
          fi
          sv
        }
        paymentRequests {
          id
        }
        reports {
          id
        }
      }
    }
  }
`);
const AWARD_RECOVERY = graphql(`
  query GrantMoneyAwardRecovery($key: ID!) {
    awards(first: 5, filter: { callId: $key }) {
      nodes {
        id
        recoveryClaim
        recoveredTotal
      }
    }
  }
`);

const OVERDUE = graphql(`
  query GrantMoneyOverdue($call: ID, $key: String, $overdue: Boolean!) {
    awards(first: 50, filter: { callId: $call, callKey: $key, reportOverdue: $overdue }) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

const ATTACHMENTS = graphql(`
  query GrantMoneyAttachments($call: ID!) {
    awards(first: 5, filter: { callId: $call }) {
      nodes {
        paymentRequests {
          id
          documents {
            kind
            fileName
          }
        }
        reports {
          id
          documents {
            kind
          }
        }
      }
    }
  }
`);

const costs = (staff: string, rest: Partial<CostsInput> = {}): CostsInput => ({
  staff,
  travel: '0',
  premises: '0',
  purchasedServices: '0',
  other: '0',
  ...rest,
});

const request = (staff: string, overrides: Partial<PaymentRequestInput> = {}): PaymentRequestInput => ({
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  costs: costs(staff),
  final: false,
  ...overrides,
});

const finalReport: ReportInput = {
  kind: 'FINAL',
  outcomes: 'Sähköinen kokousjärjestelmä on käytössä kaikissa kunnissa.',
  indicators: [{ name: 'Kokouksia verkossa', value: '120', unit: 'kpl' }],
  reuse: 'Määrittelyt ja lähdekoodi ovat avoimesti saatavilla.',
  publicSummary: { fi: 'Kunnat kokoontuvat verkossa.', sv: 'Kommunerna sammanträder på nätet.' },
};

/** Officials of the lead (Helsinki), of a member (Espoo) and of neither (Vantaa). */
const lead = people.helsinki;
const member = people.espoo;
const outsider = people.vantaa;

describe('after the decision: payment requests, reports, recovery and return', () => {
  let server: TestServer;
  /** Who uploads the agreements between the implementers (as the lead may, or an administrator). */
  let adminId: string;

  before(async () => {
    // Late in the project (2020 call's style: projects end by the call's deadline, 2027-10-31 here).
    server = await startTestServer({ now: '2027-11-15T10:00:00Z' });
    adminId = (await signIn(server, people.admin)).userId;
  });
  after(() => server?.stop());

  /** An award of `granted` on a call of `appropriation`, led by Helsinki with Espoo as a member. */
  async function award(granted: string, appropriation = '1000000.00', agreement = true) {
    const { call } = await createClosedCall(server.dataSource, { appropriation });
    const consortium = await createConsortium(server.dataSource, { lead: '091', members: ['049'] });
    const application = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      requestedAmount: granted,
      status: ApplicationStatus.SUBMITTED,
      terms: { projectStart: '2026-01-01', projectEnd: '2027-10-31', budgetStaff: '100000.00' },
    });
    expectOk(await as(server, people.admin, START_REVIEW, { c: call.id }));
    const decided = expectOk(
      await as(server, people.admin, DECIDE, {
        a: application.id,
        input: { grantedAmount: granted, decisionDate: '2025-12-11' },
      }),
    ).decideAward;
    expect(decided).to.include({ paidTotal: '0.00', returnedTotal: '0.00' });
    if (agreement) await createDocument(server.dataSource, { ownerId: decided.id, uploadedById: adminId });
    return { awardId: decided.id, call };
  }

  const submit = async (awardId: string, input: PaymentRequestInput, who: TokenClaims = lead) =>
    expectOk(await as(server, who, SUBMIT, { award: awardId, input })).submitPaymentRequest;
  const approve = async (id: string, approvedCosts: CostsInput, reason?: string) =>
    expectOk(await as(server, people.admin, APPROVE, { id, input: { approvedCosts, reason } }))
      .approvePaymentRequest;

  async function expectRecount(step: string) {
    expect(await storedTallies(server.dataSource), `tallies after ${step}`).to.deep.equal(
      await recountedTallies(server.dataSource),
    );
  }

  describe('the arithmetic (exact cents)', () => {
    it('covers 85 % of the approved costs, rounded down to the cent', () => {
      const paid = (approvedCosts: string, paidSoFar = '0.00', granted = '100000.00') =>
        settle({ granted, share: 0.85, approvedCosts, paidSoFar, final: false }).payable;
      expect(paid('1000.01')).to.equal('850.00'); // 850.0085
      expect(paid('1000.02')).to.equal('850.01'); // 850.017
      expect(paid('0.01')).to.equal('0.00'); // 0.0085
      expect(paid('0.02')).to.equal('0.01'); // 0.017
      expect(paid('999999999999.99')).to.equal('100000.00'); // capped at the grant
      expect(paid('1000.01', '850.00')).to.equal('0.00');
      expect(paid('1000.00', '900.00')).to.equal('0.00'); // never negative
      // A share like 0.8 and 2/3-ish shares stay exact: 0.6667 × 3.00 = 2.0001 → 2.00.
      expect(
        settle({ granted: '10.00', share: 0.6667, approvedCosts: '3.00', paidSoFar: '0.00', final: false })
          .payable,
      ).to.equal('2.00');
    });

    it('settles on the final costs: a recovery claim where more was paid, the unpaid grant returned', () => {
      expect(
        settle({
          granted: '10000.00',
          share: 0.85,
          approvedCosts: '8000.00',
          paidSoFar: '8500.00',
          final: true,
        }),
      ).to.deep.equal({
        entitled: '6800.00',
        payable: '0.00',
        paidAfter: '8500.00',
        recoveryClaim: '1700.00',
        returned: '1500.00',
      });
      expect(
        settle({
          granted: '10000.00',
          share: 0.85,
          approvedCosts: '6000.00',
          paidSoFar: '4250.00',
          final: true,
        }),
      ).to.deep.equal({
        entitled: '5100.00',
        payable: '850.00',
        paidAfter: '5100.00',
        recoveryClaim: '0.00',
        returned: '4900.00',
      });
    });
  });

  it('pays installments at the 85 % ceiling to the cent, cumulatively, up to the granted maximum', async () => {
    const { awardId, call } = await award('10000.00');
    const first = await submit(awardId, request('1000.01'));
    expect(first).to.include({ number: 1, status: 'SUBMITTED', final: false, paidAmount: null });
    expect(first.claimedCosts).to.deep.equal({ staff: '1000.01', total: '1000.01' });
    const paidFirst = await approve(first.id, costs('1000.01'));
    expect(paidFirst).to.include({ status: 'APPROVED', paidAmount: '850.00', decisionReason: null });
    expect(paidFirst.award).to.include({ paidTotal: '850.00', returnedTotal: '0.00', settledAt: null });

    // Cumulative: 85 % of 1000.01 + 4000.00 = 4250.0085 → 4250.00, of which 850.00 was paid.
    const second = await submit(
      awardId,
      request('5000.00', { periodStart: '2026-07-01', periodEnd: '2026-12-31' }),
    );
    expect(second.number).to.equal(2);
    expectCode(
      await as(server, people.admin, APPROVE, { id: second.id, input: { approvedCosts: costs('4000.00') } }),
      'BAD_USER_INPUT',
      'input.reason',
    );
    expectCode(
      await as(server, people.admin, APPROVE, { id: second.id, input: { approvedCosts: costs('5000.01') } }),
      'BAD_USER_INPUT',
      'input.approvedCosts.staff',
    );
    const paidSecond = await approve(second.id, costs('4000.00'), 'Matkakulut eivät kuulu hankkeeseen');
    expect(paidSecond).to.include({
      paidAmount: '3400.00',
      decisionReason: 'Matkakulut eivät kuulu hankkeeseen',
    });
    expect(paidSecond.award.paidTotal).to.equal('4250.00');

    // 85 % of 25 000.01 is above the grant: the rest of the grant, and nothing after it.
    const third = await submit(
      awardId,
      request('20000.00', { periodStart: '2027-01-01', periodEnd: '2027-06-30' }),
    );
    expect((await approve(third.id, costs('20000.00'))).paidAmount).to.equal('5750.00');
    const fourth = await submit(
      awardId,
      request('100.00', { periodStart: '2027-07-01', periodEnd: '2027-08-31' }),
    );
    const paidFourth = await approve(fourth.id, costs('100.00'));
    expect(paidFourth.paidAmount).to.equal('0.00');
    expect(paidFourth.award.paidTotal).to.equal('10000.00');

    const statistics = expectOk(await as(server, null, STATISTICS, { key: call.key })).call!.statistics;
    expect(statistics).to.include({ totalAwarded: '10000.00', totalPaid: '10000.00', totalReturned: '0.00' });
    await expectRecount('installments');
  });

  it('pays nothing before the agreement between the implementers is on record', async () => {
    const { awardId } = await award('5000.00', '1000000.00', false);
    const { id } = await submit(awardId, request('1000.00'));
    const refused = async () =>
      expectCode(
        await as(server, people.admin, APPROVE, { id, input: { approvedCosts: costs('1000.00') } }),
        'INVALID_STATE_TRANSITION',
      );
    expect(await refused()).to.deep.include({ entity: 'Award', from: null, to: null });
    await createDocument(server.dataSource, {
      ownerId: awardId,
      kind: DocumentKind.ANNEX,
      uploadedById: adminId,
    });
    await refused(); // an annex is not the agreement
    await createDocument(server.dataSource, { ownerId: awardId, uploadedById: adminId });
    expect((await approve(id, costs('1000.00'))).paidAmount).to.equal('850.00');
  });

  it('refuses requests outside the project period, for the future, without costs, or not from the lead', async () => {
    const { awardId } = await award('5000.00');
    const refused = async (input: PaymentRequestInput, field: string) =>
      expectCode(await as(server, lead, SUBMIT, { award: awardId, input }), 'BAD_USER_INPUT', field);
    await refused(request('100', { periodEnd: '2027-11-01' }), 'input.periodEnd'); // after the project
    await refused(request('100', { periodStart: '2025-12-01' }), 'input.periodStart'); // before its start
    await refused(request('100', { periodEnd: '2025-12-31' }), 'input.periodEnd'); // ends before it starts
    await refused(request('0'), 'input.costs');
    await refused(request('100', { costs: costs('100', { travel: '1.005' }) }), 'input.costs.travel');
    server.clock.set('2026-06-29T20:59:00Z'); // 2026-06-29 23:59 in Helsinki: June 30 has not come
    try {
      await refused(request('100'), 'input.periodEnd');
      server.clock.set('2026-06-29T21:00:00Z'); // midnight in Helsinki: June 30, costs up to today
      expect((await submit(awardId, request('100'))).status).to.equal('SUBMITTED');
    } finally {
      server.clock.set('2027-11-15T10:00:00Z');
    }
    expectCode(await as(server, member, SUBMIT, { award: awardId, input: request('100') }), 'FORBIDDEN');
    expectCode(await as(server, outsider, SUBMIT, { award: awardId, input: request('100') }), 'FORBIDDEN');
    expectCode(await as(server, null, SUBMIT, { award: awardId, input: request('100') }), 'FORBIDDEN');
    expectCode(
      await as(server, people.admin, SUBMIT, { award: awardId, input: request('100') }),
      'FORBIDDEN',
    );
    expectCode(
      await as(server, lead, SUBMIT, {
        award: '00000000-0000-4000-8000-000000000000',
        input: request('100'),
      }),
      'NOT_FOUND',
    );
  });

  it('returns a request with a reason; the lead amends and resubmits it; every other move is refused', async () => {
    const { awardId } = await award('5000.00');
    const submitted = await submit(awardId, request('1000.00'));
    expectCode(
      await as(server, people.admin, RETURN, { id: submitted.id, reason: '  ' }),
      'BAD_USER_INPUT',
      'reason',
    );
    const returned = expectOk(
      await as(server, people.admin, RETURN, { id: submitted.id, reason: 'Kirjanpidon ote puuttuu' }),
    ).returnPaymentRequest;
    expect(returned).to.deep.equal({
      id: submitted.id,
      status: 'RETURNED',
      decisionReason: 'Kirjanpidon ote puuttuu',
    });

    const move = (response: Parameters<typeof expectCode>[0], from: string, to: string | null) =>
      expect(expectCode(response, 'INVALID_STATE_TRANSITION')).to.deep.include({
        entity: 'PaymentRequest',
        from,
        to,
      });
    move(
      await as(server, people.admin, APPROVE, {
        id: submitted.id,
        input: { approvedCosts: costs('1000.00') },
      }),
      'RETURNED',
      'APPROVED',
    );
    move(
      await as(server, people.admin, RETURN, { id: submitted.id, reason: 'Taas' }),
      'RETURNED',
      'RETURNED',
    );
    expectCode(
      await as(server, member, RESUBMIT, { id: submitted.id, input: request('900.00') }),
      'FORBIDDEN',
    );
    expectCode(
      await as(server, outsider, RESUBMIT, { id: submitted.id, input: request('900.00') }),
      'NOT_FOUND',
    );

    const again = expectOk(
      await as(server, lead, RESUBMIT, { id: submitted.id, input: request('900.00') }),
    ).resubmitPaymentRequest;
    expect(again).to.deep.include({ status: 'SUBMITTED', version: 3, claimedCosts: { total: '900.00' } });
    move(
      await as(server, lead, RESUBMIT, { id: submitted.id, input: request('900.00') }),
      'SUBMITTED',
      'SUBMITTED',
    );
    await approve(submitted.id, costs('900.00'));
    move(
      await as(server, people.admin, APPROVE, {
        id: submitted.id,
        input: { approvedCosts: costs('900.00') },
      }),
      'APPROVED',
      'APPROVED',
    );
    move(
      await as(server, people.admin, RETURN, { id: submitted.id, reason: 'Myöhässä' }),
      'APPROVED',
      'RETURNED',
    );
    move(
      await as(server, lead, RESUBMIT, { id: submitted.id, input: request('900.00') }),
      'APPROVED',
      'SUBMITTED',
    );
  });

  it('settles on the final request: needs the final report, claims back the overpaid, returns the unused grant', async () => {
    const { awardId, call } = await award('10000.00', '50000.00');
    const installment = await submit(awardId, request('10000.00'));
    await approve(installment.id, costs('10000.00')); // 8 500.00 paid

    // The final request waits for the final report, and its approval for the report's approval.
    const finalRequest = request('9000.00', {
      periodStart: '2026-01-01',
      periodEnd: '2027-10-31',
      final: true,
    });
    expect(
      expectCode(
        await as(server, lead, SUBMIT, { award: awardId, input: finalRequest }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({ entity: 'Report', from: null, to: null });
    const report = expectOk(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
    ).submitReport;
    expect(report).to.deep.include({ kind: 'FINAL', status: 'SUBMITTED', version: 1 });
    const final = await submit(awardId, finalRequest);
    expect(
      expectCode(
        await as(server, lead, SUBMIT, { award: awardId, input: request('10.00') }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({ entity: 'PaymentRequest', from: 'SUBMITTED' });
    expect(
      expectCode(
        await as(server, people.admin, APPROVE, { id: final.id, input: { approvedCosts: costs('9000.00') } }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({ entity: 'Report', from: 'SUBMITTED', to: null });
    expectOk(await as(server, people.admin, APPROVE_REPORT, { id: report.id }));

    // 85 % of the final 8 000.00 is 6 800.00; 8 500.00 was paid: 1 700.00 is claimed back, and the 1 500.00
    // never paid returns to the call.
    const settled = await approve(
      final.id,
      costs('8000.00'),
      'Osa henkilöstökuluista ei kohdistu hankkeeseen',
    );
    expect(settled.paidAmount).to.equal('0.00');
    expect(settled.award).to.include({
      paidTotal: '8500.00',
      returnedTotal: '1500.00',
      recoveryClaim: '1700.00',
    });
    expect(settled.award.settledAt).to.equal('2027-11-15T10:00:00.000Z');

    const before = expectOk(await as(server, null, STATISTICS, { key: call.key })).call!.statistics;
    expect(before).to.deep.equal({
      totalAwarded: '10000.00',
      totalPaid: '8500.00',
      totalReturned: '1500.00',
      totalRecovered: '0.00',
      remainingAppropriation: '41500.00',
    });
    expectCode(
      await as(server, people.admin, RECOVER, { award: awardId, amount: '1700.01' }),
      'BAD_USER_INPUT',
      'amount',
    );
    expectCode(
      await as(server, people.admin, RECOVER, { award: awardId, amount: '0' }),
      'BAD_USER_INPUT',
      'amount',
    );
    expectCode(await as(server, lead, RECOVER, { award: awardId, amount: '1' }), 'FORBIDDEN');
    expect(
      expectOk(await as(server, people.admin, RECOVER, { award: awardId, amount: '1000.00' })).recordRecovery,
    ).to.include({ recoveryClaim: '1700.00', recoveredTotal: '1000.00' });
    expect(
      expectOk(await as(server, people.admin, RECOVER, { award: awardId, amount: '700.00' })).recordRecovery,
    ).to.include({ recoveredTotal: '1700.00' });
    const after = expectOk(await as(server, null, STATISTICS, { key: call.key })).call!.statistics;
    expect(after).to.include({ totalRecovered: '1700.00', remainingAppropriation: '43200.00' });
    await expectRecount('settlement and recovery');

    // Settled: nothing more is requested or approved.
    expect(
      expectCode(
        await as(server, lead, SUBMIT, { award: awardId, input: request('10.00') }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({ entity: 'Award', from: 'SETTLED', to: null });

    // The public: paid and returned totals and the approved final report's summary, nothing else.
    const [seen] = expectOk(await as(server, null, PUBLIC_AWARD, { key: call.id })).awards.nodes;
    expect(seen).to.deep.equal({
      id: awardId,
      paidTotal: '8500.00',
      returnedTotal: '1500.00',
      finalReportSummary: { fi: 'Kunnat kokoontuvat verkossa.', sv: 'Kommunerna sammanträder på nätet.' },
      paymentRequests: [],
      reports: [],
    });
    expectCode(await as(server, null, AWARD_RECOVERY, { key: call.id }), 'FORBIDDEN');
    expectCode(await as(server, outsider, AWARD_RECOVERY, { key: call.id }), 'FORBIDDEN');
    for (const who of [member, lead, people.admin]) {
      const [visible] = expectOk(await as(server, who, PUBLIC_AWARD, { key: call.id })).awards.nodes;
      expect(visible.paymentRequests.map((r) => r.id)).to.deep.equal([installment.id, final.id]);
      expect(visible.reports.map((r) => r.id)).to.deep.equal([report.id]);
      const [recovery] = expectOk(await as(server, who, AWARD_RECOVERY, { key: call.id })).awards.nodes;
      expect(recovery).to.include({ recoveryClaim: '1700.00', recoveredTotal: '1700.00' });
    }
    const [hidden] = expectOk(await as(server, outsider, PUBLIC_AWARD, { key: call.id })).awards.nodes;
    expect(hidden).to.deep.include({ paymentRequests: [], reports: [] });
  });

  it('pays the rest of the entitlement on a final request above what was paid, and returns the remainder', async () => {
    const { awardId } = await award('10000.00');
    await approve((await submit(awardId, request('5000.00'))).id, costs('5000.00')); // 4 250.00
    const report = expectOk(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
    ).submitReport;
    expectOk(await as(server, people.admin, APPROVE_REPORT, { id: report.id }));
    const final = await submit(awardId, request('6000.00', { periodEnd: '2027-10-31', final: true }));
    const settled = await approve(final.id, costs('6000.00'));
    expect(settled.paidAmount).to.equal('850.00');
    expect(settled.award).to.include({
      paidTotal: '5100.00',
      returnedTotal: '4900.00',
      recoveryClaim: '0.00',
    });
  });

  it('keeps reports in their state table: returned ones are amended, approved ones final', async () => {
    const { awardId } = await award('5000.00');
    expectCode(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: { ...finalReport, kind: 'INTERIM' } }),
      'BAD_USER_INPUT',
      'input.kind',
    );
    expectCode(
      await as(server, lead, SUBMIT_REPORT, {
        award: awardId,
        input: { ...finalReport, publicSummary: { en: 'Only English' } },
      }),
      'BAD_USER_INPUT',
      'input.publicSummary',
    );
    expectCode(await as(server, member, SUBMIT_REPORT, { award: awardId, input: finalReport }), 'FORBIDDEN');
    const report = expectOk(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
    ).submitReport;
    expect(report.indicators).to.deep.equal([{ name: 'Kokouksia verkossa', value: '120', unit: 'kpl' }]);
    const move = (response: Parameters<typeof expectCode>[0], from: string, to: string) =>
      expect(expectCode(response, 'INVALID_STATE_TRANSITION')).to.deep.include({
        entity: 'Report',
        from,
        to,
      });
    move(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
      'SUBMITTED',
      'SUBMITTED',
    );
    expect(
      expectOk(
        await as(server, people.admin, RETURN_REPORT, { id: report.id, reason: 'Indikaattorit puuttuvat' }),
      ).returnReport,
    ).to.deep.equal({ id: report.id, status: 'RETURNED', returnReason: 'Indikaattorit puuttuvat' });
    move(await as(server, people.admin, APPROVE_REPORT, { id: report.id }), 'RETURNED', 'APPROVED');
    move(
      await as(server, people.admin, RETURN_REPORT, { id: report.id, reason: 'x' }),
      'RETURNED',
      'RETURNED',
    );
    const amended = expectOk(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
    ).submitReport;
    expect(amended).to.deep.include({ id: report.id, status: 'SUBMITTED', version: 3 });
    expectOk(await as(server, people.admin, APPROVE_REPORT, { id: report.id }));
    move(await as(server, people.admin, APPROVE_REPORT, { id: report.id }), 'APPROVED', 'APPROVED');
    move(
      await as(server, people.admin, RETURN_REPORT, { id: report.id, reason: 'x' }),
      'APPROVED',
      'RETURNED',
    );
    move(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
      'APPROVED',
      'SUBMITTED',
    );
    expectCode(await as(server, outsider, RETURN_REPORT, { id: report.id, reason: 'x' }), 'FORBIDDEN');
  });

  it('lists awards whose report is overdue by the Helsinki date of the clock, for administrators only', async () => {
    const { awardId, call } = await award('5000.00');
    const overdue = async (flag = true) =>
      expectOk(await as(server, people.admin, OVERDUE, { call: call.id, overdue: flag })).awards.nodes.map(
        (node) => node.id,
      );
    const at = async (instant: string) => server.clock.set(instant);
    try {
      // The project ends on 2027-10-31; its final report is due three months later, on 2028-01-31.
      await at('2028-01-31T21:59:59Z'); // 23:59:59 in Helsinki: still due today
      expect(await overdue()).to.deep.equal([]);
      expect(await overdue(false)).to.deep.equal([awardId]);
      await at('2028-01-31T22:00:00Z'); // midnight in Helsinki: 1 February
      expect(await overdue()).to.deep.equal([awardId]);
      expect(await overdue(false)).to.deep.equal([]);
      // Grants imported from the ministry's publications were reported on elsewhere.
      expect(
        expectOk(await as(server, people.admin, OVERDUE, { key: '2020', overdue: true })).awards.totalCount,
      ).to.equal(0);
      for (const who of [null, lead, member]) {
        expectCode(await as(server, who, OVERDUE, { call: call.id, overdue: true }), 'FORBIDDEN');
      }

      const report = expectOk(
        await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
      ).submitReport;
      expect(await overdue()).to.deep.equal([]);
      expectOk(await as(server, people.admin, RETURN_REPORT, { id: report.id, reason: 'Puutteellinen' }));
      expect(await overdue(), 'a returned report is not in').to.deep.equal([awardId]);
      expectOk(await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }));
      expect(await overdue()).to.deep.equal([]);

      // An interim report, where the call asks for one, is overdue from the day after its due date.
      const interim = await award('5000.00');
      await server.dataSource.getRepository(Call).update(interim.call.id, { interimReportDue: '2026-12-31' });
      const interimOverdue = async () =>
        expectOk(await as(server, people.admin, OVERDUE, { call: interim.call.id, overdue: true })).awards
          .nodes.length;
      await at('2026-12-31T21:59:00Z');
      expect(await interimOverdue()).to.equal(0);
      await at('2026-12-31T22:00:00Z');
      expect(await interimOverdue()).to.equal(1);
      expectOk(
        await as(server, lead, SUBMIT_REPORT, {
          award: interim.awardId,
          input: { ...finalReport, kind: 'INTERIM' },
        }),
      );
      expect(await interimOverdue()).to.equal(0);
    } finally {
      await at('2027-11-15T10:00:00Z');
    }
  });

  it("takes attachments to payment requests and reports from the lead's officials, shown as the records are", async () => {
    const { awardId, call } = await award('5000.00');
    const submitted = await submit(awardId, request('1000.00'));
    const report = expectOk(
      await as(server, lead, SUBMIT_REPORT, { award: awardId, input: finalReport }),
    ).submitReport;
    const upload = async (who: TokenClaims | null, fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', new Blob([Buffer.from('%PDF-1.7\nkirjanpidon ote\n')]), 'ote.pdf');
      const response = await fetch(`${server.origin}/documents`, {
        method: 'POST',
        headers: who ? { authorization: `Bearer ${await server.token(who)}` } : {},
        body: form,
      });
      return response.status;
    };
    const onRequest = { ownerType: 'PAYMENT_REQUEST', ownerId: submitted.id, kind: 'LEDGER_EXTRACT' };
    expect(await upload(member, onRequest), "a member's official sees it but does not attach").to.equal(404);
    expect(await upload(outsider, onRequest)).to.equal(404);
    expect(await upload(lead, onRequest)).to.equal(201);
    expect(await upload(lead, { ...onRequest, kind: 'AGREEMENT' }), 'not a kind a request takes').to.equal(
      400,
    );
    expect(await upload(lead, { ownerType: 'REPORT', ownerId: report.id, kind: 'ANNEX' })).to.equal(201);
    await approve(submitted.id, costs('1000.00'));
    expect(await upload(lead, onRequest), 'an approved request is closed').to.equal(404);
    expect(await upload(people.admin, onRequest), 'administrators add to it still').to.equal(201);

    for (const [who, seen] of [
      [member, 2],
      [people.admin, 2],
      [outsider, 0],
    ] as const) {
      const [node] = expectOk(await as(server, who, ATTACHMENTS, { call: call.id })).awards.nodes;
      expect(
        node.paymentRequests.flatMap((r) => r.documents),
        String(who.sub),
      ).to.have.length(seen);
      expect(node.reports.flatMap((r) => r.documents)).to.have.length(seen / 2);
    }
  });

  it('pays once however many approvals of one award arrive at once (the award row is locked)', async () => {
    const { awardId, call } = await award('1000.00');
    // Ten requests of 1 000.00 each: alone, each would pay 850.00; together the grant pays 1 000.00.
    const requests = [];
    for (let i = 0; i < 10; i++) requests.push(await submit(awardId, request('1000.00')));
    const token = await server.token(people.admin);
    const post = (id: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: APPROVE.toString(),
          variables: { id, input: { approvedCosts: costs('1000.00') } },
        }),
      }).then((response) => response.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
    // Each request twice: the second approval of the same request must find it APPROVED.
    const results = await Promise.all([...requests, ...requests].map((r) => post(r.id)));
    const refused = results.filter((result) => result.errors).map((result) => JSON.stringify(result.errors));
    expect(refused).to.have.length(10);
    for (const error of refused) expect(error).to.contain('INVALID_STATE_TRANSITION');
    const stored = await server.dataSource.getRepository(PaymentRequest).findBy({ awardId });
    const paid = stored.reduce((sum, row) => sum + toCents(row.paidAmount!), 0n);
    expect(paid).to.equal(toCents('1000.00'));
    expect(stored.map((row) => row.paidAmount).sort()).to.deep.equal([
      ...Array(8).fill('0.00'),
      '150.00',
      '850.00',
    ]);
    const { paidTotal } = await server.dataSource.getRepository(Award).findOneByOrFail({ id: awardId });
    expect(paidTotal).to.equal('1000.00');
    expect(
      expectOk(await as(server, null, STATISTICS, { key: call.key })).call!.statistics.totalPaid,
    ).to.equal('1000.00');
    await expectRecount('concurrent approvals');
  });
});
