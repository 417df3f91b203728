import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import type { Criterion } from '../src/modules/call/call.entity';
import {
  createApplication,
  createClosedCall,
  createConsortium,
  type Person,
  signIn,
} from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';
import type { SaveEvaluationInput } from './gql/graphql';

const ASSIGN = graphql(`
  mutation ReviewAssignReviewer($a: ID!, $r: ID!) {
    assignReviewer(applicationId: $a, reviewerId: $r) {
      id
      endedAt
      reviewer {
        id
        name
      }
    }
  }
`);
const SAVE = graphql(`
  mutation ReviewSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
    saveEvaluation(applicationId: $a, input: $input) {
      id
      status
      version
      weightedScore
      recommendation
      recommendedAmount
      scores {
        criterion {
          code
        }
        score
        comment
      }
      reviewer {
        id
        name
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation ReviewSubmitEvaluation($id: ID!) {
    submitEvaluation(id: $id) {
      id
      status
      submittedAt
    }
  }
`);
/** user lookup, call, page, evaluations, reviewers, scores, application → call, criteria, criterion, summary. */
const EXPECTED_STATEMENTS = 10;
const EVALUATIONS = graphql(`
  query ReviewApplication($id: ID!) {
    application(id: $id) {
      id
      evaluations {
        id
        reviewer {
          id
        }
        status
        weightedScore
      }
      evaluationSummary {
        count
        weightedScore
        criteria {
          criterion {
            code
          }
          mean
          count
        }
      }
    }
  }
`);

const ids = (nodes: unknown) => (nodes as { id: string }[]).map((node) => node.id);
const assignedIds = (nodes: unknown) =>
  (nodes as { application: { id: string } }[]).map((node) => node.application.id);

describe('reviewing: assignments, conflicts of interest and independent scoring over HTTP', () => {
  let server: TestServer;
  let admin: Person;
  let alice: Person;
  let bob: Person;
  let helsinkiReviewer: Person;
  let applicant: Person;

  before(async () => {
    server = await startTestServer();
    admin = await signIn(server, { sub: 'admin', roles: ['admin'] });
    alice = await signIn(server, {
      sub: 'alice',
      name: 'Alice Arvioija',
      roles: ['reviewer'],
      municipalities: ['837'],
    });
    bob = await signIn(server, { sub: 'bob', name: 'Bob Bedömare', roles: ['reviewer'] });
    helsinkiReviewer = await signIn(server, { sub: 'hki', roles: ['reviewer'], municipalities: ['091'] });
    applicant = await signIn(server, { sub: 'official', roles: ['applicant'], municipalities: ['092'] });
  });
  after(() => server?.stop());

  /** A closed call with one application of Vantaa and Helsinki, moved to review. */
  async function underReview(requestedAmount = '200000.00') {
    const { call, criteria } = await createClosedCall(server.dataSource);
    const consortium = await createConsortium(server.dataSource, { lead: '092', members: ['091'] });
    const application = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      requestedAmount,
      status: ApplicationStatus.SUBMITTED,
    });
    const started = await server.query(
      graphql(`
        mutation ReviewStartReview($c: ID!) {
          startReview(callId: $c) {
            id
            status
          }
        }
      `),
      { c: call.id },
      { token: admin.token },
    );
    expect(started.errors).to.equal(undefined);
    return { call, criteria, application };
  }

  const scoresFor = (criteria: Criterion[], values: number[]) =>
    criteria.map((criterion, i) => ({
      criterionId: criterion.id,
      score: values[i],
      comment: `on ${criterion.code}`,
    }));

  async function evaluate(reviewer: Person, applicationId: string, criteria: Criterion[], values: number[]) {
    const saved = await server.query(
      SAVE,
      {
        a: applicationId,
        input: { scores: scoresFor(criteria, values), recommendation: 'FUND', comment: 'Good' },
      },
      { token: reviewer.token },
    );
    expect(saved.errors, JSON.stringify(saved.errors)).to.equal(undefined);
    return saved.data!.saveEvaluation.id;
  }

  it('moves only submitted applications of a closed call to review, and refuses an open call', async () => {
    const { call } = await createClosedCall(server.dataSource);
    const consortium = await createConsortium(server.dataSource, { lead: '092', members: ['091'] });
    const submitted = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.SUBMITTED,
    });
    const draft = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.DRAFT,
    });

    server.clock.set('2025-09-01T00:00:00Z');
    const early = await server.query(
      graphql(`
        mutation ReviewStartReview2($c: ID!) {
          startReview(callId: $c) {
            id
          }
        }
      `),
      { c: call.id },
      { token: admin.token },
    );
    expect(early.errors![0].extensions!.code).to.equal('INVALID_STATE_TRANSITION');
    server.clock.set('2026-01-15T10:00:00Z');

    const forbidden = await server.query(
      graphql(`
        mutation ReviewStartReview3($c: ID!) {
          startReview(callId: $c) {
            id
          }
        }
      `),
      { c: call.id },
      { token: alice.token },
    );
    expect(forbidden.errors![0].extensions!.code).to.equal('FORBIDDEN');

    const { data, errors } = await server.query(
      graphql(`
        mutation ReviewStartReview4($c: ID!) {
          startReview(callId: $c) {
            id
            status
          }
        }
      `),
      { c: call.id },
      { token: admin.token },
    );
    expect(errors).to.equal(undefined);
    expect(data!.startReview).to.deep.equal([{ id: submitted.id, status: 'UNDER_REVIEW' }]);
    const rows = await server.dataSource.getRepository(Application).findBy({ callId: call.id });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).to.deep.equal({
      [submitted.id]: 'UNDER_REVIEW',
      [draft.id]: 'DRAFT',
    });
    const audit = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ entityId: submitted.id, action: 'startReview' });
    expect(audit).to.have.length(1);
    expect(audit[0].actorId).to.equal(admin.userId);
    expect(JSON.parse(audit[0].changes).status).to.deep.equal(['SUBMITTED', 'UNDER_REVIEW']);
  });

  it('refuses a reviewer who acts for a municipality of the consortium with CONFLICT_OF_INTEREST', async () => {
    const { application } = await underReview();
    const { errors } = await server.query(
      ASSIGN,
      { a: application.id, r: helsinkiReviewer.userId },
      { token: admin.token },
    );
    expect(errors![0].extensions!.code).to.equal('CONFLICT_OF_INTEREST');
    expect(errors![0].message).to.contain('091');

    const ok = await server.query(ASSIGN, { a: application.id, r: alice.userId }, { token: admin.token });
    expect(ok.errors).to.equal(undefined);
    expect(ok.data!.assignReviewer.reviewer).to.deep.equal({ id: alice.userId, name: 'Alice Arvioija' });
    const notReviewer = await server.query(
      ASSIGN,
      { a: application.id, r: applicant.userId },
      { token: admin.token },
    );
    expect(notReviewer.errors![0].extensions).to.include({ code: 'BAD_USER_INPUT', field: 'reviewerId' });
  });

  it('lets a reviewer declare a conflict: the assignment ends, the draft goes, and it is recorded', async () => {
    const { application, criteria } = await underReview();
    await server.query(ASSIGN, { a: application.id, r: bob.userId }, { token: admin.token });
    await evaluate(bob, application.id, criteria, [3, 3]);

    const declared = await server.query(
      graphql(`
        mutation ReviewDeclareConflictOfInterest($a: ID!) {
          declareConflictOfInterest(applicationId: $a, reason: "My spouse leads the project") {
            endedAt
            endReason
            conflictDeclaration
          }
        }
      `),
      { a: application.id },
      { token: bob.token },
    );
    expect(declared.errors).to.equal(undefined);
    expect(declared.data!.declareConflictOfInterest).to.deep.equal({
      endedAt: '2026-01-15T10:00:00.000Z',
      endReason: 'CONFLICT_OF_INTEREST',
      conflictDeclaration: 'My spouse leads the project',
    });
    const again = await server.query(
      SAVE,
      { a: application.id, input: { scores: [] } },
      { token: bob.token },
    );
    // With the assignment ended the application is no longer Bob's to see: as if it did not exist.
    expect(again.errors![0].extensions!.code).to.equal('NOT_FOUND');
    const reassign = await server.query(ASSIGN, { a: application.id, r: bob.userId }, { token: admin.token });
    expect(reassign.errors![0].extensions!.code).to.equal('CONFLICT_OF_INTEREST');
    const admins = await server.query(EVALUATIONS, { id: application.id }, { token: admin.token });
    expect(admins.data!.application!.evaluations).to.deep.equal([]);
    const audit = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'declareConflictOfInterest', actorId: bob.userId });
    expect(audit.map((event) => event.entityType).sort()).to.deep.equal(['Evaluation', 'ReviewAssignment']);
  });

  it('unassigns a reviewer and lists assignments for the caller only', async () => {
    const { application } = await underReview();
    await server.query(ASSIGN, { a: application.id, r: alice.userId }, { token: admin.token });
    const list = graphql(`
      query ReviewReviewAssignments {
        reviewAssignments(first: 100) {
          totalCount
          nodes {
            application {
              id
              referenceNumber
            }
          }
        }
      }
    `);
    const before = await server.query(list, {}, { token: alice.token });
    expect(before.errors).to.equal(undefined);
    expect(assignedIds(before.data!.reviewAssignments.nodes)).to.include(application.id);

    const unassigned = await server.query(
      graphql(`
        mutation ReviewUnassignReviewer($a: ID!, $r: ID!) {
          unassignReviewer(applicationId: $a, reviewerId: $r) {
            endReason
          }
        }
      `),
      { a: application.id, r: alice.userId },
      { token: admin.token },
    );
    expect(unassigned.data!.unassignReviewer.endReason).to.equal('UNASSIGNED');
    const after = await server.query(list, {}, { token: alice.token });
    expect(assignedIds(after.data!.reviewAssignments.nodes)).not.to.include(application.id);
    const publicCall = await server.query(list);
    expect(publicCall.errors![0].extensions!.code).to.equal('FORBIDDEN');
  });

  it('validates a draft: known criteria, within the scale, one each, not above the request; NOT_FOUND unassigned', async () => {
    const { application, criteria } = await underReview('50000.00');
    const notAssigned = await server.query(
      SAVE,
      { a: application.id, input: { scores: [] } },
      { token: bob.token },
    );
    // Not assigned, Bob may not see the application at all (existence-oracle.test.ts).
    expect(notAssigned.errors![0].extensions!.code).to.equal('NOT_FOUND');
    await server.query(ASSIGN, { a: application.id, r: bob.userId }, { token: admin.token });

    const cases: [SaveEvaluationInput, string, string][] = [
      [{ scores: [{ criterionId: criteria[0].id, score: 6 }] }, 'BAD_USER_INPUT', 'input.scores.0.score'],
      [{ scores: [{ criterionId: criteria[0].id, score: -1 }] }, 'BAD_USER_INPUT', 'input.scores.0.score'],
      [
        {
          scores: [
            { criterionId: criteria[0].id, score: 1 },
            { criterionId: criteria[0].id, score: 2 },
          ],
        },
        'BAD_USER_INPUT',
        'input.scores.1.criterionId',
      ],
      [
        { scores: [{ criterionId: '00000000-0000-4000-8000-000000000000', score: 1 }] },
        'BAD_USER_INPUT',
        'input.scores.0.criterionId',
      ],
      [{ scores: [], recommendedAmount: '50000.01' }, 'AMOUNT_EXCEEDS_REQUEST', 'input.recommendedAmount'],
    ];
    for (const [input, code, field] of cases) {
      const { errors } = await server.query(SAVE, { a: application.id, input }, { token: bob.token });
      expect(errors![0].extensions, JSON.stringify(input)).to.include({ code, field });
    }
    const draft = await server.query(
      SAVE,
      {
        a: application.id,
        input: { scores: [{ criterionId: criteria[1].id, score: 4 }], recommendedAmount: '50000' },
      },
      { token: bob.token },
    );
    expect(draft.errors).to.equal(undefined);
    expect(draft.data!.saveEvaluation).to.deep.include({
      status: 'DRAFT',
      version: 1,
      weightedScore: 4,
      recommendedAmount: '50000.00',
    });

    const incomplete = await server.query(
      SUBMIT,
      { id: draft.data!.saveEvaluation.id },
      { token: bob.token },
    );
    expect(incomplete.errors![0].extensions).to.include({ code: 'BAD_USER_INPUT', field: 'scores' });
  });

  it('keeps scoring independent: others and the summary only after submitting one’s own; never for applicants', async () => {
    const { application, criteria } = await underReview();
    await server.query(ASSIGN, { a: application.id, r: alice.userId }, { token: admin.token });
    await server.query(ASSIGN, { a: application.id, r: bob.userId }, { token: admin.token });
    // impact weighs 2, feasibility 1: (4·2 + 1·1) / 3 = 3, (5·2 + 2·1) / 3 = 4.
    const aliceEvaluation = await evaluate(alice, application.id, criteria, [4, 1]);
    const bobEvaluation = await evaluate(bob, application.id, criteria, [5, 2]);
    const submitted = await server.query(SUBMIT, { id: aliceEvaluation }, { token: alice.token });
    expect(submitted.errors).to.equal(undefined);
    expect(submitted.data!.submitEvaluation.status).to.equal('SUBMITTED');

    // Bob has not submitted: only his own, no summary, and Alice's evaluation is null by id and reference.
    const bobView = await server.query(EVALUATIONS, { id: application.id }, { token: bob.token });
    expect(bobView.errors).to.equal(undefined);
    expect(bobView.data!.application!.evaluations).to.deep.equal([
      { id: bobEvaluation, reviewer: { id: bob.userId }, status: 'DRAFT', weightedScore: 4 },
    ]);
    expect(bobView.data!.application!.evaluationSummary).to.equal(null);
    // Raw: federation's _entities is not in the published SDL that test/gql is generated from.
    const entities = `
      query Review_entities($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Evaluation {
            id
          }
        }
      }
    `;
    const hidden = await server.rawQuery(
      entities,
      { r: [{ __typename: 'Evaluation', id: aliceEvaluation }] },
      { token: bob.token },
    );
    expect(hidden.errors).to.equal(undefined);
    expect(hidden.data!._entities).to.deep.equal([null]);

    // Alice has submitted: both evaluations, and a summary of the one submitted.
    const aliceView = await server.query(EVALUATIONS, { id: application.id }, { token: alice.token });
    expect(ids(aliceView.data!.application!.evaluations).sort()).to.deep.equal(
      [aliceEvaluation, bobEvaluation].sort(),
    );
    expect(aliceView.data!.application!.evaluationSummary).to.deep.equal({
      count: 1,
      weightedScore: 3,
      criteria: [
        { criterion: { code: 'impact' }, mean: 4, count: 1 },
        { criterion: { code: 'feasibility' }, mean: 1, count: 1 },
      ],
    });

    await server.query(SUBMIT, { id: bobEvaluation }, { token: bob.token });
    const adminView = await server.query(EVALUATIONS, { id: application.id }, { token: admin.token });
    expect(adminView.data!.application!.evaluationSummary).to.deep.equal({
      count: 2,
      weightedScore: 3.5,
      criteria: [
        { criterion: { code: 'impact' }, mean: 4.5, count: 2 },
        { criterion: { code: 'feasibility' }, mean: 1.5, count: 2 },
      ],
    });
    const visible = await server.rawQuery(
      entities,
      { r: [{ __typename: 'Evaluation', id: aliceEvaluation }] },
      { token: admin.token },
    );
    expect(visible.data!._entities).to.deep.equal([{ id: aliceEvaluation }]);

    // The consortium's own official sees the application but no evaluation, and the public not even that.
    const own = await server.query(EVALUATIONS, { id: application.id }, { token: applicant.token });
    expect(own.errors).to.equal(undefined);
    expect(own.data!.application).to.deep.equal({
      id: application.id,
      evaluations: [],
      evaluationSummary: null,
    });
    const anonymous = await server.query(EVALUATIONS, { id: application.id });
    expect(anonymous.data!.application).to.equal(null);
    const anonymousEntity = await server.rawQuery(entities, {
      r: [{ __typename: 'Evaluation', id: aliceEvaluation }],
    });
    expect(anonymousEntity.data!._entities).to.deep.equal([null]);
  });

  it('stops a reviewer unassigned after saving from submitting: NOT_ASSIGNED', async () => {
    const { application, criteria } = await underReview();
    await server.query(ASSIGN, { a: application.id, r: bob.userId }, { token: admin.token });
    const id = await evaluate(bob, application.id, criteria, [1, 1]);
    await server.query(
      graphql(`
        mutation ReviewUnassignReviewer2($a: ID!, $r: ID!) {
          unassignReviewer(applicationId: $a, reviewerId: $r) {
            id
          }
        }
      `),
      { a: application.id, r: bob.userId },
      { token: admin.token },
    );
    const { errors } = await server.query(SUBMIT, { id }, { token: bob.token });
    expect(errors![0].extensions!.code).to.equal('NOT_ASSIGNED');
  });

  it('loads evaluations, scores, reviewers and summaries of a page of applications in a fixed number of statements', async () => {
    const query = graphql(`
      query ReviewCall($id: ID!) {
        call(id: $id) {
          applications(first: 20) {
            nodes {
              id
              evaluations {
                weightedScore
                reviewer {
                  name
                }
                scores {
                  score
                  criterion {
                    code
                  }
                }
              }
              evaluationSummary {
                count
                weightedScore
                criteria {
                  mean
                }
              }
            }
          }
        }
      }
    `);
    const statementsFor = async (applications: number) => {
      const { call, criteria } = await createClosedCall(server.dataSource);
      const consortium = await createConsortium(server.dataSource, { lead: '092', members: ['091'] });
      const ids = [];
      for (let i = 0; i < applications; i++)
        ids.push(
          (
            await createApplication(server.dataSource, {
              callId: call.id,
              consortiumId: consortium.id,
              status: ApplicationStatus.SUBMITTED,
            })
          ).id,
        );
      await server.query(
        graphql(`
          mutation ReviewStartReview5($c: ID!) {
            startReview(callId: $c) {
              id
            }
          }
        `),
        { c: call.id },
        { token: admin.token },
      );
      for (const id of ids) {
        for (const reviewer of [alice, bob]) {
          await server.query(ASSIGN, { a: id, r: reviewer.userId }, { token: admin.token });
          await server.query(
            SUBMIT,
            { id: await evaluate(reviewer, id, criteria, [3, 4]) },
            { token: reviewer.token },
          );
        }
      }
      const response = await server.query(query, { id: call.id }, { token: admin.token });
      expect(response.errors).to.equal(undefined);
      expect(response.data!.call!.applications.nodes).to.have.length(applications);
      return response.statements;
    };
    const two = await statementsFor(2);
    const five = await statementsFor(5);
    expect(five).to.equal(two);
    expect(two).to.equal(EXPECTED_STATEMENTS);
  });

  it('makes a submitted evaluation final and audits every save and the submission', async () => {
    const { application, criteria } = await underReview();
    await server.query(ASSIGN, { a: application.id, r: alice.userId }, { token: admin.token });
    const id = await evaluate(alice, application.id, criteria, [2, 2]);
    await evaluate(alice, application.id, criteria, [3, 2]);
    expect((await server.query(SUBMIT, { id }, { token: alice.token })).errors).to.equal(undefined);

    const resave = await server.query(
      SAVE,
      { a: application.id, input: { scores: [] } },
      { token: alice.token },
    );
    expect(resave.errors![0].extensions!.code).to.equal('INVALID_STATE_TRANSITION');
    const resubmit = await server.query(SUBMIT, { id }, { token: alice.token });
    expect(resubmit.errors![0].extensions!.code).to.equal('INVALID_STATE_TRANSITION');
    const stranger = await server.query(SUBMIT, { id }, { token: bob.token });
    expect(stranger.errors![0].extensions!.code).to.equal('NOT_FOUND');

    const events = await server.dataSource
      .getRepository(AuditEvent)
      .find({ where: { entityId: id }, order: { occurredAt: 'ASC' } });
    expect(events.map((event) => event.action).sort()).to.deep.equal([
      'saveEvaluation',
      'saveEvaluation',
      'submitEvaluation',
    ]);
    const changes = events.map((event) => JSON.parse(event.changes) as { scores?: Record<string, number>[] });
    const second = changes.find((change) => change.scores && Object.keys(change.scores[0]).length > 0);
    expect(second?.scores).to.deep.equal([
      { [criteria[0].id]: 2, [criteria[1].id]: 2 },
      { [criteria[0].id]: 3, [criteria[1].id]: 2 },
    ]);
  });
});
