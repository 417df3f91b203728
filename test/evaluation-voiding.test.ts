import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { Criterion } from '../src/modules/call/call.entity';
import { ReviewAssignment } from '../src/modules/evaluation/evaluation.entity';
import { evaluationStatuses } from '../src/modules/evaluation/evaluation-status';
import { expectCode, expectOk } from './helpers/applying';
import {
  assignReviewer,
  createApplication,
  createClosedCall,
  createConsortium,
  type Person,
  signIn,
} from './helpers/factories';
import { type GraphQLResponse, startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';
import type { VoidingRankedQuery } from './gql/graphql';

const SAVE = graphql(`
  mutation VoidingSave($a: ID!, $input: SaveEvaluationInput!) {
    saveEvaluation(applicationId: $a, input: $input) {
      id
    }
  }
`);
const SUBMIT = graphql(`
  mutation VoidingSubmit($id: ID!) {
    submitEvaluation(id: $id) {
      id
      status
    }
  }
`);
const DECLARE = graphql(`
  mutation VoidingDeclare($id: ID!, $reason: String!) {
    declareConflictAfterSubmission(evaluationId: $id, reason: $reason) {
      id
      status
      conflictDeclaredAt
      conflictDeclaration
    }
  }
`);
const VOID = graphql(`
  mutation VoidingVoid($id: ID!, $reason: String!) {
    voidEvaluation(id: $id, reason: $reason) {
      id
      status
      voidedAt
      voidReason
      submittedAt
    }
  }
`);
const SUMMARY = graphql(`
  query VoidingSummary($id: ID!) {
    application(id: $id) {
      evaluations {
        id
        status
        voidReason
      }
      evaluationSummary {
        count
        weightedScore
        criteria {
          mean
          count
        }
      }
      call {
        ranking {
          application {
            id
          }
          weightedScore
          evaluationCount
        }
      }
    }
  }
`);
const RANKED = graphql(`
  query VoidingRanked($first: Int, $after: String, $direction: SortDirection!, $callId: ID!) {
    applications(
      first: $first
      after: $after
      filter: { callId: $callId }
      orderBy: { field: WEIGHTED_SCORE, direction: $direction }
    ) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('conflicts of interest after submitting: declaring, voiding, and the WEIGHTED_SCORE order', () => {
  let server: TestServer;
  let admin: Person;
  let alice: Person;
  let bob: Person;
  let applicant: Person;

  before(async () => {
    server = await startTestServer();
    admin = await signIn(server, { sub: 'admin', name: 'Ministry Admin', roles: ['admin'] });
    alice = await signIn(server, { sub: 'alice', name: 'Alice Arvioija', roles: ['reviewer'] });
    bob = await signIn(server, { sub: 'bob', name: 'Bob Bedömare', roles: ['reviewer'] });
    applicant = await signIn(server, { sub: 'official', roles: ['applicant'], municipalities: ['092'] });
  });
  after(() => server?.stop());

  /** A call under review with `count` applications of Vantaa's consortium, Alice and Bob assigned to each. */
  async function underReview(count = 1) {
    const { call, criteria } = await createClosedCall(server.dataSource);
    const consortium = await createConsortium(server.dataSource, { lead: '092', members: ['091'] });
    const applications: Application[] = [];
    for (let i = 0; i < count; i++) {
      const application = await createApplication(server.dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.UNDER_REVIEW,
      });
      for (const reviewer of [alice, bob])
        await assignReviewer(server.dataSource, {
          applicationId: application.id,
          reviewerId: reviewer.userId,
        });
      applications.push(application);
    }
    return { call, criteria, consortium, applications };
  }

  /** Saves and submits a reviewer's evaluation with these scores (one per criterion); its id. */
  async function evaluate(reviewer: Person, applicationId: string, criteria: Criterion[], values: number[]) {
    const saved = expectOk(
      await server.query(
        SAVE,
        {
          a: applicationId,
          input: {
            scores: criteria.map((criterion, i) => ({ criterionId: criterion.id, score: values[i] })),
            recommendation: 'FUND',
          },
        },
        { token: reviewer.token },
      ),
    );
    expectOk(await server.query(SUBMIT, { id: saved.saveEvaluation.id }, { token: reviewer.token }));
    return saved.saveEvaluation.id;
  }

  const summaryOf = async (id: string) =>
    expectOk(await server.query(SUMMARY, { id }, { token: admin.token })).application!;

  it('keeps the state table as data: only a submitted evaluation can be voided, and nothing leaves VOIDED', () => {
    expect(evaluationStatuses.transitions).to.deep.equal({
      DRAFT: ['SUBMITTED'],
      SUBMITTED: ['VOIDED'],
      VOIDED: [],
    });
  });

  it('lets a reviewer declare a conflict after submitting: the evaluation still counts, the assignment ends', async () => {
    const { criteria, applications } = await underReview();
    const [application] = applications;
    const aliceEvaluation = await evaluate(alice, application.id, criteria, [4, 1]);

    const declared = expectOk(
      await server.query(
        DECLARE,
        { id: aliceEvaluation, reason: '  My sister leads the project  ' },
        {
          token: alice.token,
        },
      ),
    ).declareConflictAfterSubmission;
    expect(declared).to.deep.equal({
      id: aliceEvaluation,
      status: 'SUBMITTED',
      conflictDeclaredAt: '2026-01-15T10:00:00.000Z',
      conflictDeclaration: 'My sister leads the project',
    });
    const assignment = await server.dataSource
      .getRepository(ReviewAssignment)
      .findOneByOrFail({ applicationId: application.id, reviewerId: alice.userId });
    expect([assignment.endReason, assignment.conflictDeclaration]).to.deep.equal([
      'CONFLICT_OF_INTEREST',
      'My sister leads the project',
    ]);
    // Until an administrator decides, it counts: (4 × 2 + 1 × 1) / 3 = 3.
    expect((await summaryOf(application.id)).evaluationSummary).to.include({ count: 1, weightedScore: 3 });

    // Once is enough; a draft has its own way (declareConflictOfInterest); another's is not found.
    expectCode(
      await server.query(DECLARE, { id: aliceEvaluation, reason: 'again' }, { token: alice.token }),
      'INVALID_STATE_TRANSITION',
    );
    const bobDraft = expectOk(
      await server.query(SAVE, { a: application.id, input: { scores: [] } }, { token: bob.token }),
    ).saveEvaluation.id;
    expectCode(
      await server.query(DECLARE, { id: bobDraft, reason: 'late' }, { token: bob.token }),
      'INVALID_STATE_TRANSITION',
    );
    expectCode(
      await server.query(DECLARE, { id: aliceEvaluation, reason: 'not mine' }, { token: bob.token }),
      'NOT_FOUND',
    );
    expectCode(
      await server.query(DECLARE, { id: aliceEvaluation, reason: '   ' }, { token: alice.token }),
      'BAD_USER_INPUT',
      'reason',
    );
    expectCode(
      await server.query(DECLARE, { id: aliceEvaluation, reason: 'x' }, { token: applicant.token }),
      'FORBIDDEN',
    );
  });

  it('voids a submitted evaluation: kept on record and audited, left out of the summary and the ranking', async () => {
    const { criteria, applications } = await underReview();
    const [application] = applications;
    const aliceEvaluation = await evaluate(alice, application.id, criteria, [5, 5]);
    const bobEvaluation = await evaluate(bob, application.id, criteria, [2, 2]);
    expect((await summaryOf(application.id)).evaluationSummary).to.include({ count: 2, weightedScore: 3.5 });
    expectOk(
      await server.query(DECLARE, { id: aliceEvaluation, reason: 'Former employer' }, { token: alice.token }),
    );

    const voided = expectOk(
      await server.query(VOID, { id: aliceEvaluation, reason: 'Declared conflict' }, { token: admin.token }),
    ).voidEvaluation;
    expect(voided).to.deep.include({
      id: aliceEvaluation,
      status: 'VOIDED',
      voidedAt: '2026-01-15T10:00:00.000Z',
      voidReason: 'Declared conflict',
    });
    expect(voided.submittedAt).to.be.a('string');

    const after = await summaryOf(application.id);
    expect(after.evaluationSummary).to.deep.equal({
      count: 1,
      weightedScore: 2,
      criteria: [
        { mean: 2, count: 1 },
        { mean: 2, count: 1 },
      ],
    });
    expect(after.evaluations.map((e) => [e.id, e.status])).to.deep.include.members([
      [aliceEvaluation, 'VOIDED'],
      [bobEvaluation, 'SUBMITTED'],
    ]);
    expect(after.call.ranking.find((entry) => entry.application.id === application.id)).to.deep.include({
      weightedScore: 2,
      evaluationCount: 1,
    });
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'voidEvaluation', entityId: aliceEvaluation });
    expect(events).to.have.length(1);
    expect(events[0].actorId).to.equal(admin.userId);
    expect(JSON.parse(events[0].changes)).to.deep.include({
      status: ['SUBMITTED', 'VOIDED'],
      voidReason: [null, 'Declared conflict'],
    });
    const row = await server.dataSource.getRepository(Application).findOneByOrFail({ id: application.id });
    expect(row.rankingScore).to.equal(2_000_000);

    // VOIDED is final; a draft was never counted; only administrators void; an unknown id is not found.
    expectCode(
      await server.query(VOID, { id: aliceEvaluation, reason: 'again' }, { token: admin.token }),
      'INVALID_STATE_TRANSITION',
    );
    const { applications: others } = await underReview();
    const draft = expectOk(
      await server.query(SAVE, { a: others[0].id, input: { scores: [] } }, { token: bob.token }),
    ).saveEvaluation.id;
    const refused = expectCode(
      await server.query(VOID, { id: draft, reason: 'no' }, { token: admin.token }),
      'INVALID_STATE_TRANSITION',
    );
    expect(refused).to.include({ entity: 'Evaluation', from: 'DRAFT', to: 'VOIDED' });
    expectCode(
      await server.query(VOID, { id: bobEvaluation, reason: 'no' }, { token: bob.token }),
      'FORBIDDEN',
    );
    expectCode(
      await server.query(
        VOID,
        { id: '00000000-0000-4000-8000-000000000000', reason: 'no' },
        { token: admin.token },
      ),
      'NOT_FOUND',
    );
    expectCode(
      await server.query(VOID, { id: bobEvaluation, reason: ' ' }, { token: admin.token }),
      'BAD_USER_INPUT',
    );
    // Nothing of the refusals was written.
    expect(
      (await server.dataSource.getRepository(AuditEvent).findBy({ action: 'voidEvaluation' })).length,
    ).to.equal(1);
  });

  it('orders applications by weighted score through cursors, unscored last, and follows a voiding', async () => {
    const { call, criteria, applications } = await underReview(5);
    const [a, b, c, d] = applications;
    await evaluate(alice, a.id, criteria, [3, 3]); // 3
    await evaluate(alice, b.id, criteria, [5, 2]); // 4
    const bVoided = await evaluate(bob, b.id, criteria, [5, 5]); // b: (4 + 5) / 2 = 4.5
    await evaluate(alice, c.id, criteria, [1, 4]); // 2
    await evaluate(alice, d.id, criteria, [3, 3]); // 3, a tie with a
    const unscored = applications[4];

    async function walk(direction: 'ASC' | 'DESC') {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const response: GraphQLResponse<VoidingRankedQuery> = await server.query(
          RANKED,
          { first: 2, after, direction, callId: call.id },
          { token: admin.token },
        );
        const page = expectOk(response).applications;
        expect(page.totalCount).to.equal(5);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    }
    const [first, second] = [a, d].sort((x, y) => y.id.localeCompare(x.id));
    expect(await walk('DESC')).to.deep.equal([b.id, first.id, second.id, c.id, unscored.id]);
    expect(await walk('ASC')).to.deep.equal([unscored.id, c.id, second.id, first.id, b.id]);

    // Bob's 5 is voided: b falls to 4, still first; voiding Alice's of b too would make it unscored.
    expectOk(await server.query(VOID, { id: bVoided, reason: 'Conflict' }, { token: admin.token }));
    const rows = await server.dataSource.getRepository(Application).findBy({ callId: call.id });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.rankingScore]))).to.deep.equal({
      [a.id]: 3_000_000,
      [b.id]: 4_000_000,
      [c.id]: 2_000_000,
      [d.id]: 3_000_000,
      [unscored.id]: -1,
    });
  });

  it('refuses the WEIGHTED_SCORE order to anyone who may not see every score, on every applications field', async () => {
    const { call, consortium } = await underReview(1);
    // An awarded application makes the consortium public, so that the public reaches its list too.
    await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.AWARDED,
    });
    const order = 'orderBy: { field: WEIGHTED_SCORE, direction: DESC }';
    // Raw documents: the same order on four fields, built here.
    const documents = [
      `{ applications(${order}) { totalCount } }`,
      `query ($id: ID!) { call(id: $id) { applications(${order}) { totalCount } } }`,
      `query ($id: ID!) { consortium(id: $id) { applications(${order}) { totalCount } } }`,
      `{ municipality(code: "092") { applications(${order}) { totalCount } } }`,
    ];
    const variables = [{}, { id: call.id }, { id: consortium.id }, {}];
    for (const who of [null, applicant, alice]) {
      for (const [i, document] of documents.entries()) {
        const response = await server.rawQuery(document, variables[i], { token: who?.token });
        expect(response.errors?.[0]?.extensions?.code, `${document} as ${who?.userId ?? 'public'}`).to.equal(
          'FORBIDDEN',
        );
      }
    }
    for (const [i, document] of documents.entries()) {
      const response = await server.rawQuery(document, variables[i], { token: admin.token });
      expect(response.errors, document).to.equal(undefined);
    }
    // Other orders stay open to everyone.
    const open = await server.rawQuery(
      '{ applications(orderBy: { field: REQUESTED_AMOUNT }) { totalCount } }',
    );
    expect(open.errors).to.equal(undefined);
  });
});
