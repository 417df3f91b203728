import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Call } from '../src/modules/call/call.entity';
import { createApplication, createClosedCall, createConsortium } from './helpers/factories';
import { as, expectCode, expectOk } from './helpers/applying';
import { startTestServer, type TestServer, type TokenClaims } from './helpers/server';
import { recountedTallies, storedTallies } from './helpers/tallies';
import { graphql } from './gql';
import type { ChangeRequestKind } from './gql/graphql';

const Kind = {
  ExtendProject: 'EXTEND_PROJECT',
  MoveBudget: 'MOVE_BUDGET',
  ChangeMembers: 'CHANGE_MEMBERS',
} as const satisfies Record<string, ChangeRequestKind>;

const DECIDE = graphql(`
  mutation ChangeRequestsDecideAward($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
    }
  }
`);

graphql(`
  fragment ChangeRequestsBudget on Budget {
    staff
    travel
    premises
    purchasedServices
    other
    total
  }
`);

graphql(`
  fragment ChangeRequestFields on ChangeRequest {
    id
    kind
    status
    justification
    projectEnd
    budget {
      ...ChangeRequestsBudget
    }
    addMunicipalities {
      code
    }
    removeMunicipalities {
      code
    }
    decisionReason
    decidedAt
    version
    amendmentNumber
    termsBefore {
      projectEnd
      approvedBudget {
        staff
        total
      }
      municipalities {
        code
      }
    }
  }
`);

const REQUEST = graphql(`
  mutation ChangeRequestsRequest($awardId: ID!, $input: RequestChangeInput!) {
    requestChange(awardId: $awardId, input: $input) {
      ...ChangeRequestFields
    }
  }
`);
const APPROVE = graphql(`
  mutation ChangeRequestsApprove($id: ID!, $reason: String) {
    approveChangeRequest(id: $id, reason: $reason) {
      ...ChangeRequestFields
    }
  }
`);
const REJECT = graphql(`
  mutation ChangeRequestsReject($id: ID!, $reason: String!) {
    rejectChangeRequest(id: $id, reason: $reason) {
      ...ChangeRequestFields
    }
  }
`);
const WITHDRAW = graphql(`
  mutation ChangeRequestsWithdraw($id: ID!) {
    withdrawChangeRequest(id: $id) {
      ...ChangeRequestFields
    }
  }
`);
const READ_AWARD = graphql(`
  query ChangeRequestsAward($id: ID!) {
    changeRequest(id: $id) {
      id
      status
      award {
        id
      }
    }
  }
`);
const AWARD_TERMS = graphql(`
  query ChangeRequestsAwardTerms($callId: ID!) {
    call(id: $callId) {
      awards(first: 5) {
        nodes {
          id
          projectStart
          projectEnd
          approvedBudget {
            ...ChangeRequestsBudget
          }
          municipalities {
            code
          }
          application {
            consortium {
              members {
                role
                municipality {
                  code
                }
              }
            }
          }
          originalDecision {
            projectStart
            projectEnd
            approvedBudget {
              ...ChangeRequestsBudget
            }
            municipalities {
              code
            }
          }
          changeRequests {
            id
            kind
            status
          }
        }
      }
    }
  }
`);

const admin: TokenClaims = { sub: 'cr-admin', roles: ['admin'] };
/** Espoo leads the grants below, Vantaa takes part, Helsinki does not. */
const espoo: TokenClaims = { sub: 'cr-espoo', roles: ['applicant'], municipalities: ['049'] };
const vantaa: TokenClaims = { sub: 'cr-vantaa', roles: ['applicant'], municipalities: ['092'] };
const helsinki: TokenClaims = { sub: 'cr-helsinki', roles: ['applicant'], municipalities: ['091'] };
const reviewer: TokenClaims = { sub: 'cr-reviewer', roles: ['reviewer'] };

const approvedBudget = {
  budgetStaff: '60000.00',
  budgetTravel: '5000.50',
  budgetPremises: '0.00',
  budgetPurchasedServices: '80000.00',
  budgetOther: '4999.50',
};

describe('change requests: extend, move budget, change members; approve or reject; the decision stays readable', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  /**
   * A grant to Espoo and Vantaa in a call of its own, decided through the API: project 2026-02-01 to
   * 2027-06-30, the budget above (150 000 euros); the call's project deadline 2027-10-31 and, unless
   * said otherwise, its latest project end 2028-03-31.
   */
  async function grant(options: { latestProjectEnd?: string | null } = {}) {
    const ds = server.dataSource;
    const { call } = await createClosedCall(ds, { projectDeadline: '2027-10-31' });
    await ds.getRepository(Call).update(call.id, {
      latestProjectEnd: options.latestProjectEnd === undefined ? '2028-03-31' : options.latestProjectEnd,
    });
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const application = await createApplication(ds, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.UNDER_REVIEW,
    });
    await ds
      .getRepository(Application)
      .update(application.id, { ...approvedBudget, projectStart: '2026-02-01', projectEnd: '2027-06-30' });
    const { decideAward } = expectOk(
      await as(server, admin, DECIDE, {
        a: application.id,
        input: { grantedAmount: '100000', decisionDate: '2026-01-12', decisionNumber: 'VN/1/2026' },
      }),
    );
    return { callId: call.id, awardId: decideAward.id, consortiumId: consortium.id };
  }

  async function terms(callId: string) {
    const { call } = expectOk(await as(server, admin, AWARD_TERMS, { callId }));
    return call!.awards.nodes[0];
  }

  const extend = (projectEnd: string) => ({
    kind: Kind.ExtendProject,
    justification: 'Procurement took longer than planned.',
    projectEnd,
  });

  it('extends the project up to the call’s latest project end, that day included and not the day after', async () => {
    const { callId, awardId } = await grant();
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: extend('2028-04-01') }),
      'BAD_USER_INPUT',
      'input.projectEnd',
    );
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-06-30') }),
      'BAD_USER_INPUT',
      'input.projectEnd',
    );

    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2028-03-31') }),
    );
    expect(requestChange).to.include({
      kind: 'EXTEND_PROJECT',
      status: 'SUBMITTED',
      projectEnd: '2028-03-31',
    });
    expect((await terms(callId)).projectEnd, 'nothing changes before the approval').to.equal('2027-06-30');

    const { approveChangeRequest } = expectOk(await as(server, admin, APPROVE, { id: requestChange.id }));
    expect(approveChangeRequest).to.include({
      status: 'APPROVED',
      decisionReason: null,
      version: 2,
      amendmentNumber: 1,
    });
    expect(approveChangeRequest.termsBefore?.projectEnd).to.equal('2027-06-30');
    const after = await terms(callId);
    expect(after.projectEnd).to.equal('2028-03-31');
    expect(after.originalDecision.projectEnd).to.equal('2027-06-30');
  });

  it("takes the call's project deadline as the limit where the call sets no latest project end", async () => {
    const { awardId } = await grant({ latestProjectEnd: null });
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-11-01') }),
      'BAD_USER_INPUT',
      'input.projectEnd',
    );
    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-10-31') }),
    );
    expect(requestChange.projectEnd).to.equal('2027-10-31');
  });

  it('checks the limit again at the approval: a call whose limit moved earlier refuses it', async () => {
    const { callId, awardId } = await grant();
    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2028-03-01') }),
    );
    await server.dataSource.getRepository(Call).update(callId, { latestProjectEnd: '2028-02-29' });
    expectCode(
      await as(server, admin, APPROVE, { id: requestChange.id }),
      'BAD_USER_INPUT',
      'input.projectEnd',
    );
    expect((await terms(callId)).projectEnd).to.equal('2027-06-30');
    expect(
      expectOk(await as(server, admin, READ_AWARD, { id: requestChange.id })).changeRequest?.status,
    ).to.equal('SUBMITTED');
  });

  it('moves money between cost categories only with the total kept to the cent', async () => {
    const { callId, awardId } = await grant();
    const move = (budget: Record<string, string>) => ({
      kind: Kind.MoveBudget,
      justification: 'Less travel, more staff.',
      budget,
    });
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: move({ staff: '65000.50', travel: '0.01' }) }),
      'BAD_USER_INPUT',
      'input.budget',
    );
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: move({ travel: '-1.00' }) }),
      'BAD_USER_INPUT',
    );
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: move({ staff: '60000' }) }),
      'BAD_USER_INPUT',
      'input.budget',
    );

    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: move({ staff: '65000.50', travel: '0.00' }) }),
    );
    expect(requestChange.budget).to.deep.equal({
      staff: '65000.50',
      travel: '0.00',
      premises: '0.00',
      purchasedServices: '80000.00',
      other: '4999.50',
      total: '150000.00',
    });
    expectOk(await as(server, admin, APPROVE, { id: requestChange.id, reason: 'Justified.' }));
    const after = await terms(callId);
    expect(after.approvedBudget).to.deep.equal(requestChange.budget);
    expect(after.originalDecision.approvedBudget).to.deep.equal({
      staff: '60000.00',
      travel: '5000.50',
      premises: '0.00',
      purchasedServices: '80000.00',
      other: '4999.50',
      total: '150000.00',
    });
  });

  it('changes the other implementers: the consortium of the award changes, audited, and the decision keeps its own', async () => {
    const { callId, awardId, consortiumId } = await grant();
    const members = (add: string[], remove: string[]) => ({
      kind: Kind.ChangeMembers,
      justification: 'Helsinki joins; Vantaa leaves.',
      addMunicipalityCodes: add,
      removeMunicipalityCodes: remove,
    });
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: members([], ['049']) }),
      'BAD_USER_INPUT',
      'input.removeMunicipalityCodes.0',
    );
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: members(['092'], []) }),
      'BAD_USER_INPUT',
      'input.addMunicipalityCodes.0',
    );
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: members(['999'], []) }),
      'BAD_USER_INPUT',
      'input.addMunicipalityCodes.0',
    );
    // The call asks for two municipalities: Espoo alone would not do.
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: members([], ['092']) }),
      'BAD_USER_INPUT',
      'input.removeMunicipalityCodes',
    );

    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: members(['091'], ['092']) }),
    );
    expect(requestChange.addMunicipalities).to.deep.equal([{ code: '091' }]);
    expect(requestChange.removeMunicipalities).to.deep.equal([{ code: '092' }]);
    const events = server.dataSource.getRepository(AuditEvent);
    const before = await events.countBy({ entityId: consortiumId });

    expectOk(await as(server, admin, APPROVE, { id: requestChange.id }));
    const after = await terms(callId);
    expect(after.municipalities.map(({ code }) => code)).to.deep.equal(['049', '091']);
    expect(
      after.application.consortium?.members.map((member) => [member.role, member.municipality.code]),
    ).to.deep.equal([
      ['LEAD', '049'],
      ['MEMBER', '091'],
    ]);
    expect(after.originalDecision.municipalities.map(({ code }) => code)).to.deep.equal(['049', '092']);
    const event = await events.findOneByOrFail({ entityId: consortiumId, action: 'approveChangeRequest' });
    expect(JSON.parse(event.changes)).to.deep.include({ memberCodes: [['092'], ['091']] });
    expect(await events.countBy({ entityId: consortiumId })).to.equal(before + 1);
    // Call and funding statistics count municipalities: the running totals moved with the members.
    expect(await storedTallies(server.dataSource)).to.deep.equal(await recountedTallies(server.dataSource));

    // Helsinki's officials now see the grant's change requests; Vantaa's no longer do.
    expect(
      expectOk(await as(server, helsinki, READ_AWARD, { id: requestChange.id })).changeRequest?.id,
    ).to.equal(requestChange.id);
    expect(expectOk(await as(server, vantaa, READ_AWARD, { id: requestChange.id })).changeRequest).to.equal(
      null,
    );
  });

  it("refuses to change members a consortium's other standing application also has", async () => {
    const { awardId, consortiumId } = await grant();
    const { call } = await createClosedCall(server.dataSource);
    await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId,
      status: ApplicationStatus.SUBMITTED,
    });
    const refused = expectCode(
      await as(server, espoo, REQUEST, {
        awardId,
        input: {
          kind: Kind.ChangeMembers,
          justification: 'Helsinki joins.',
          addMunicipalityCodes: ['091'],
        },
      }),
      'INVALID_STATE_TRANSITION',
    );
    expect(refused).to.deep.include({ entity: 'Consortium', from: null, to: null });
  });

  it('keeps the original decision readable through several changes', async () => {
    const { callId, awardId } = await grant();
    const first = expectOk(await as(server, espoo, REQUEST, { awardId, input: extend('2027-09-30') }));
    expectOk(await as(server, admin, APPROVE, { id: first.requestChange.id }));
    const second = expectOk(await as(server, espoo, REQUEST, { awardId, input: extend('2027-12-31') }));
    const { approveChangeRequest } = expectOk(
      await as(server, admin, APPROVE, { id: second.requestChange.id }),
    );
    expect(approveChangeRequest.termsBefore?.projectEnd).to.equal('2027-09-30');
    expect(approveChangeRequest.amendmentNumber).to.equal(2);
    const after = await terms(callId);
    expect(after.projectEnd).to.equal('2027-12-31');
    expect(after.originalDecision).to.deep.include({ projectStart: '2026-02-01', projectEnd: '2027-06-30' });
    expect(after.changeRequests.map(({ status }) => status)).to.deep.equal(['APPROVED', 'APPROVED']);
  });

  it('rejects with a reason only, and every other move from a decision is INVALID_STATE_TRANSITION', async () => {
    const { callId, awardId } = await grant();
    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-08-31') }),
    );
    expectCode(
      await as(server, admin, REJECT, { id: requestChange.id, reason: '  ' }),
      'BAD_USER_INPUT',
      'reason',
    );
    const { rejectChangeRequest } = expectOk(
      await as(server, admin, REJECT, { id: requestChange.id, reason: 'The delay is not justified.' }),
    );
    expect(rejectChangeRequest).to.include({
      status: 'REJECTED',
      decisionReason: 'The delay is not justified.',
    });
    expect(rejectChangeRequest.termsBefore).to.equal(null);
    expect((await terms(callId)).projectEnd).to.equal('2027-06-30');

    for (const [response, to] of [
      [await as(server, admin, APPROVE, { id: requestChange.id }), 'APPROVED'],
      [await as(server, admin, REJECT, { id: requestChange.id, reason: 'Again' }), 'REJECTED'],
      [await as(server, espoo, WITHDRAW, { id: requestChange.id }), 'WITHDRAWN'],
    ] as const) {
      const extensions = expectCode(response, 'INVALID_STATE_TRANSITION');
      expect(extensions).to.deep.include({ entity: 'ChangeRequest', from: 'REJECTED', to });
    }
  });

  it('lets the lead withdraw a request not yet decided, and nobody else', async () => {
    const { awardId } = await grant();
    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-08-31') }),
    );
    expectCode(await as(server, vantaa, WITHDRAW, { id: requestChange.id }), 'FORBIDDEN');
    expectCode(await as(server, helsinki, WITHDRAW, { id: requestChange.id }), 'NOT_FOUND');
    const { withdrawChangeRequest } = expectOk(await as(server, espoo, WITHDRAW, { id: requestChange.id }));
    expect(withdrawChangeRequest.status).to.equal('WITHDRAWN');
    expect(
      expectCode(await as(server, admin, APPROVE, { id: requestChange.id }), 'INVALID_STATE_TRANSITION'),
    ).to.deep.include({
      from: 'WITHDRAWN',
      to: 'APPROVED',
    });
  });

  it('takes requests from officials of the lead only, one open request of a kind at a time', async () => {
    const { awardId } = await grant();
    expectCode(await as(server, vantaa, REQUEST, { awardId, input: extend('2027-08-31') }), 'FORBIDDEN');
    expectCode(await as(server, helsinki, REQUEST, { awardId, input: extend('2027-08-31') }), 'FORBIDDEN');
    expectCode(await as(server, reviewer, REQUEST, { awardId, input: extend('2027-08-31') }), 'FORBIDDEN');
    expectCode(
      await as(server, espoo, REQUEST, { awardId: randomUUID(), input: extend('2027-08-31') }),
      'NOT_FOUND',
    );
    expectCode(
      await as(server, espoo, REQUEST, {
        awardId,
        input: { ...extend('2027-08-31'), budget: { staff: '1.00' } },
      }),
      'BAD_USER_INPUT',
      'input.budget',
    );
    expectCode(
      await as(server, espoo, REQUEST, { awardId, input: { ...extend('2027-08-31'), justification: ' ' } }),
      'BAD_USER_INPUT',
      'input.justification',
    );

    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-08-31') }),
    );
    const again = expectCode(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-09-30') }),
      'INVALID_STATE_TRANSITION',
    );
    expect(again).to.deep.include({ entity: 'ChangeRequest', from: 'SUBMITTED', to: 'SUBMITTED' });
    // Another kind may wait beside it.
    expectOk(
      await as(server, espoo, REQUEST, {
        awardId,
        input: {
          kind: Kind.MoveBudget,
          justification: 'Staff.',
          budget: { staff: '65000.50', travel: '0.00' },
        },
      }),
    );
    expectOk(await as(server, espoo, WITHDRAW, { id: requestChange.id }));
    expectOk(await as(server, espoo, REQUEST, { awardId, input: extend('2027-09-30') }));
  });

  it('approves a request once when two administrators approve it at the same time', async () => {
    const { callId, awardId } = await grant();
    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-08-31') }),
    );
    const answers = await Promise.all([
      as(server, admin, APPROVE, { id: requestChange.id }),
      as(server, admin, APPROVE, { id: requestChange.id }),
    ]);
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).to.deep.equal(['INVALID_STATE_TRANSITION', 'OK']);
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .countBy({ entityId: awardId, action: 'approveChangeRequest' });
    expect(events).to.equal(1);
    expect((await terms(callId)).projectEnd).to.equal('2027-08-31');
  });

  it('shows change requests to the consortium’s officials and administrators only', async () => {
    const { callId, awardId } = await grant();
    const { requestChange } = expectOk(
      await as(server, espoo, REQUEST, { awardId, input: extend('2027-08-31') }),
    );
    for (const who of [espoo, vantaa, admin]) {
      expect(
        expectOk(await as(server, who, READ_AWARD, { id: requestChange.id })).changeRequest?.id,
        who.sub,
      ).to.equal(requestChange.id);
    }
    for (const who of [helsinki, reviewer, null]) {
      expect(
        expectOk(await as(server, who, READ_AWARD, { id: requestChange.id })).changeRequest,
        who?.sub,
      ).to.equal(null);
    }
    const seen = async (who: TokenClaims | null) => {
      const { call } = expectOk(await as(server, who, AWARD_TERMS, { callId }));
      return call!.awards.nodes[0].changeRequests.map(({ id }) => id);
    };
    expect(await seen(vantaa)).to.deep.equal([requestChange.id]);
    expect(await seen(null)).to.deep.equal([]);
    expect(await seen(helsinki)).to.deep.equal([]);
  });
});
