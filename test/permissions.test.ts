import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { type GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { allow } from 'graphql-shield';
import { ruleOf } from '../src/auth/permissions';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { AdoptionStatus } from '../src/modules/adoption/adoption.entity';
import { Award } from '../src/modules/award/award.entity';
import { Call, CallStage, CallState, type Criterion } from '../src/modules/call/call.entity';
import {
  CriterionScore,
  Evaluation,
  EvaluationStatus,
  Recommendation,
} from '../src/modules/evaluation/evaluation.entity';
import { buildSubgraph } from '../src/schema';
import {
  assignReviewer,
  callByKey,
  createApplication,
  createAuditEvent,
  createClosedCall,
  createAdoption,
  createAward,
  createChangeRequest,
  createConsortium,
  createPaymentRequest,
  createReport,
  createDocument,
  createPartnerSearch,
  createWorkshop,
  createWorkshopInvitation,
  signIn,
} from './helpers/factories';
import { WorkshopInvitationStatus } from '../src/modules/workshop/workshop.entity';
import { PaymentRequest } from '../src/modules/payment/payment-request.entity';
import { PaymentRequestStatus } from '../src/modules/payment/payment-request-status';
import { startTestServer, type GraphQLResponse, type RawData, type TestServer } from './helpers/server';

// Raw documents (server.rawQuery) in this file: operations built from the schema at run time, one per root field.

const rootTypeNames = ['Query', 'Mutation', 'Subscription'];

function objectTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter(
    (type) => isObjectType(type) && !isIntrospectionType(type),
  ) as import('graphql').GraphQLObjectType[];
}

function rootFields(schema: GraphQLSchema): string[] {
  return objectTypes(schema)
    .filter((type) => rootTypeNames.includes(type.name))
    .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
}

describe('the permissions map, checked against the schema', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildSubgraph();
  });

  it('names every root field (Query, Mutation) explicitly', () => {
    const unnamed = rootFields(schema).filter((path) => {
      const [type, field] = path.split('.');
      return ruleOf(type, field, true) === undefined;
    });
    expect(unnamed, 'root fields without their own entry in permissionRules').to.deep.equal([]);
  });

  it('gives every field of every object type a rule (nothing falls through to deny by accident)', () => {
    const uncovered = objectTypes(schema).flatMap((type) =>
      Object.keys(type.getFields())
        .filter((field) => ruleOf(type.name, field) === undefined)
        .map((field) => `${type.name}.${field}`),
    );
    expect(uncovered, 'fields without a rule in permissionRules').to.deep.equal([]);
  });

  it('lists the non-public fields and the rule that guards each', () => {
    const guarded = Object.fromEntries(
      objectTypes(schema).flatMap((type) =>
        Object.keys(type.getFields()).flatMap((field) => {
          const rule = ruleOf(type.name, field);
          return rule === undefined || rule === allow
            ? []
            : [[`${type.name}.${field}`, (rule as { name?: string }).name]];
        }),
      ),
    );
    // A change here is a change to who may see what: make it on purpose, and in the README's table.
    expect(guarded).to.deep.equal({
      'Query.auditEvents': 'hasADMIN',
      'Query.reviewAssignments': 'hasREVIEWER',
      'Application.eligibilityIssues': 'maySeeApplicationContent',
      'Mutation.createCall': 'hasADMIN',
      'Mutation.updateCall': 'hasADMIN',
      'Mutation.publishCall': 'hasADMIN',
      'Mutation.inviteProposal': 'hasADMIN',
      'Mutation.createConsortium': 'hasAPPLICANT',
      'Mutation.updateConsortium': 'hasAPPLICANT',
      'Mutation.createApplication': 'hasAPPLICANT',
      'Mutation.updateApplication': 'hasAPPLICANT',
      'Mutation.submitApplication': 'hasAPPLICANT',
      'Mutation.withdrawApplication': 'hasAPPLICANT',
      'Call.ranking': 'hasADMIN',
      'Mutation.startReview': 'hasADMIN',
      'Mutation.assignReviewer': 'hasADMIN',
      'Mutation.unassignReviewer': 'hasADMIN',
      'Mutation.decideAward': 'hasADMIN',
      'Application.overlaps': 'mayReviewApplication',
      'Mutation.rejectApplication': 'hasADMIN',
      'Mutation.saveEvaluation': 'hasREVIEWER',
      'Mutation.submitEvaluation': 'hasREVIEWER',
      'Mutation.declareConflictOfInterest': 'hasREVIEWER',
      'Mutation.requestChange': 'hasAPPLICANT',
      'Mutation.withdrawChangeRequest': 'hasAPPLICANT',
      'Mutation.approveChangeRequest': 'hasADMIN',
      'Mutation.rejectChangeRequest': 'hasADMIN',
      'Mutation.declareConflictAfterSubmission': 'hasREVIEWER',
      'Mutation.voidEvaluation': 'hasADMIN',
      'Query.applications': 'mayOrderApplications',
      'Call.applications': 'mayOrderApplications',
      'Consortium.applications': 'mayOrderApplications',
      'Mutation.recordAdoption': 'hasAPPLICANT',
      'Mutation.confirmAdoption': 'hasAPPLICANT',
      'Mutation.declineAdoption': 'hasAPPLICANT',
      'Municipality.applications': 'mayOrderApplications',
      'Application.answers': 'maySeeApplicationContent',
      'Application.maturityAssessment': 'maySeeApplicationContent',
      'Application.contact': 'maySeeApplicationContact',
      'SubmittedApplication.answers': 'maySeeApplicationContent',
      'SubmittedApplication.maturityAssessment': 'maySeeApplicationContent',
      'SubmittedApplication.contact': 'maySeeApplicationContact',
      'HistoryActor.name': 'hasADMIN',
      'AuditEventConnection.edges': 'hasADMIN',
      'AuditEventConnection.nodes': 'hasADMIN',
      'AuditEventConnection.pageInfo': 'hasADMIN',
      'AuditEventConnection.totalCount': 'hasADMIN',
      'AuditEventEdge.cursor': 'hasADMIN',
      'AuditEventEdge.node': 'hasADMIN',
      'Award.documents': 'maySeeGrantRecords',
      'Award.hasAgreement': 'maySeeGrantRecords',
      'AuditEvent.id': 'hasADMIN',
      'AuditEvent.occurredAt': 'hasADMIN',
      'AuditEvent.actorId': 'hasADMIN',
      'AuditEvent.action': 'hasADMIN',
      'AuditEvent.entityType': 'hasADMIN',
      'AuditEvent.entityId': 'hasADMIN',
      'AuditEvent.changes': 'hasADMIN',
      'Mutation.submitPaymentRequest': 'hasAPPLICANT',
      'Mutation.resubmitPaymentRequest': 'hasAPPLICANT',
      'Mutation.approvePaymentRequest': 'hasADMIN',
      'Mutation.returnPaymentRequest': 'hasADMIN',
      'Mutation.recordRecovery': 'hasADMIN',
      'Mutation.submitReport': 'hasAPPLICANT',
      'Mutation.approveReport': 'hasADMIN',
      'Mutation.returnReport': 'hasADMIN',
      'Award.recoveryClaim': 'maySeeGrantRecords',
      'Award.recoveredTotal': 'maySeeGrantRecords',
      'Award.settledAt': 'maySeeGrantRecords',
      'Mutation.createWorkshop': 'hasADMIN',
      'Mutation.inviteToWorkshop': 'hasADMIN',
      'Mutation.recordWorkshopAttendance': 'hasADMIN',
      'Mutation.registerForWorkshop': 'hasAPPLICANT',
      'Mutation.declineWorkshop': 'hasAPPLICANT',
      'Mutation.flagLookingForPartners': 'hasAPPLICANT',
      'Mutation.unflagLookingForPartners': 'hasAPPLICANT',
      'Mutation.offerToJoinProposal': 'hasAPPLICANT',
      'Mutation.acceptPartnerOffer': 'hasAPPLICANT',
      'Mutation.declinePartnerOffer': 'hasAPPLICANT',
      'Call.partnerSearches': 'isSignedIn',
      'Application.partnerSearch': 'isSignedIn',
      'WorkshopInvitation.participants': 'maySeeWorkshopParticipants',
    });
  });
});

type Actor = 'public' | 'memberApplicant' | 'otherApplicant' | 'assignedReviewer' | 'otherReviewer' | 'admin';
const actors: Actor[] = [
  'public',
  'memberApplicant',
  'otherApplicant',
  'assignedReviewer',
  'otherReviewer',
  'admin',
];

/**
 * shown: answered without errors, and the row's subject is in the answer (for a mutation: it succeeded);
 * hidden: the subject is not there — null, absent, not counted, or for a mutation NOT_FOUND, which is
 *   what a record the caller may not see looks like;
 * denied: a FORBIDDEN error;
 * refused: a business rule said no (NOT_ASSIGNED, NOT_ELIGIBLE, …): the caller was allowed to ask.
 */
type Outcome = 'shown' | 'hidden' | 'denied' | 'refused';

interface Fixture {
  callId: string;
  /** A call with a grant of the consortium (Espoo leads, Vantaa takes part), with a payment request and a report. */
  grantCallId: string;
  consortiumId: string;
  draftId: string;
  submittedId: string;
  awardedId: string;
  /** An award of a consortium of the same members, with its agreement on record. */
  ownAwardId: string;
  /** The user id each caller signed in as (null for the public). */
  userIds: Record<Actor, string | null>;
}

interface MatrixRow {
  /** The root field the row exercises, as `Query.application`; every root field needs at least one row. */
  field: string;
  what: string;
  query: string;
  variables?: (fixture: Fixture) => Record<string, unknown>;
  /**
   * For rows that change data (mutations): runs before each caller's request and returns variables of
   * that caller's own (a fresh draft, say), so that one caller's success does not change the next one's case.
   */
  arrange?: (server: TestServer, fixture: Fixture, actor: Actor) => Promise<Record<string, unknown>>;
  /** Whether the answer holds the row's subject; without it, any answer without errors is `shown`. */
  shows?: (data: NonNullable<GraphQLResponse<RawData>['data']>, fixture: Fixture) => boolean;
  expected: Record<Actor, Outcome>;
}

const everyone = (outcome: Outcome): Record<Actor, Outcome> =>
  Object.fromEntries(actors.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;

const ownConsortiumAndAdmin: Record<Actor, Outcome> = {
  public: 'hidden',
  memberApplicant: 'shown',
  otherApplicant: 'hidden',
  assignedReviewer: 'hidden',
  otherReviewer: 'hidden',
  admin: 'shown',
};
const ownAssignedAndAdmin: Record<Actor, Outcome> = { ...ownConsortiumAndAdmin, assignedReviewer: 'shown' };
const adminOnly: Record<Actor, Outcome> = { ...everyone('denied'), admin: 'shown' };

/**
 * A closed call with criteria and one application of Espoo and Vantaa in `status`, optionally with an
 * active review assignment: fresh for each caller of a row that changes data.
 */
async function underReview(
  server: TestServer,
  status: ApplicationStatus = ApplicationStatus.UNDER_REVIEW,
  reviewerId?: string,
): Promise<{ callId: string; applicationId: string; criteria: Criterion[] }> {
  const ds = server.dataSource;
  const { call, criteria } = await createClosedCall(ds);
  const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
  const application = await createApplication(ds, { callId: call.id, consortiumId: consortium.id, status });
  if (reviewerId) await assignReviewer(ds, { applicationId: application.id, reviewerId });
  return { callId: call.id, applicationId: application.id, criteria };
}

/** A grant of a fresh consortium led by `lead`, in a closed call of its own. */
async function grant(server: TestServer, lead: string, members: string[]) {
  const ds = server.dataSource;
  const { call } = await createClosedCall(ds);
  const consortium = await createConsortium(ds, { lead, members });
  const application = await createApplication(ds, {
    callId: call.id,
    consortiumId: consortium.id,
    status: ApplicationStatus.AWARDED,
  });
  return { callId: call.id, award: await createAward(ds, { applicationId: application.id }) };
}

const costs = '{ staff: "100", travel: "0", premises: "0", purchasedServices: "0", other: "0" }';
const paymentInput = `{ periodStart: "2025-12-01", periodEnd: "2025-12-31", costs: ${costs} }`;
const reportInput =
  '{ kind: FINAL, outcomes: "Tehty", reuse: "Avoin", publicSummary: { fi: "Tiivistelmä" } }';
/** Vantaa's official leads: the one who may report and request payment. */
const leadOnly: Record<Actor, Outcome> = { ...everyone('denied'), memberApplicant: 'shown' };

/** A complete draft evaluation by the reviewer, ready to submit. */
async function draftEvaluation(server: TestServer, reviewerId: string): Promise<string> {
  const { applicationId, criteria } = await underReview(server, ApplicationStatus.UNDER_REVIEW, reviewerId);
  const now = server.clock.now();
  const id = randomUUID();
  await server.dataSource.getRepository(Evaluation).insert({
    id,
    applicationId,
    reviewerId,
    comment: null,
    recommendation: Recommendation.FUND,
    recommendedAmount: null,
    status: EvaluationStatus.DRAFT,
    submittedAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  for (const criterion of criteria) {
    await server.dataSource
      .getRepository(CriterionScore)
      .insert({ id: randomUUID(), evaluationId: id, criterionId: criterion.id, score: 3, comment: null });
  }
  return id;
}

/** The assigned reviewer's evaluation, submitted (straight to the row, as submitEvaluation leaves it). */
async function submittedEvaluation(server: TestServer, reviewerId: string): Promise<string> {
  const id = await draftEvaluation(server, reviewerId);
  await server.dataSource
    .getRepository(Evaluation)
    .update(id, { status: EvaluationStatus.SUBMITTED, submittedAt: server.clock.now(), version: 2 });
  return id;
}

/** A published call whose window is open at the test clock (2026-01-15), or as `changes` say. */
async function openCall(server: TestServer, changes: Partial<Call> = {}): Promise<Call> {
  const { call } = await createClosedCall(server.dataSource);
  Object.assign(call, {
    opensAt: new Date('2025-12-01T00:00:00Z'),
    closesAt: new Date('2026-06-01T13:15:00Z'),
    ...changes,
  });
  await server.dataSource.getRepository(Call).save(call);
  return call;
}

/**
 * A grant to a consortium of `lead` and `members` (awarded, in a closed call) with a change request of it
 * waiting for a decision, unless `withRequest` is false.
 */
async function grantWithChangeRequest(
  server: TestServer,
  lead: string,
  members: string[],
  withRequest = true,
): Promise<{ awardId: string; changeRequestId: string }> {
  const ds = server.dataSource;
  const { call } = await createClosedCall(ds);
  const consortium = await createConsortium(ds, { lead, members });
  const application = await createApplication(ds, {
    callId: call.id,
    consortiumId: consortium.id,
    status: ApplicationStatus.AWARDED,
  });
  const award = await createAward(ds, { applicationId: application.id });
  const request = withRequest ? await createChangeRequest(ds, { awardId: award.id }) : null;
  return { awardId: award.id, changeRequestId: request?.id ?? '' };
}

/**
 * A fresh award of a project Vantaa (the member applicant's municipality) leads with Espoo, and an
 * adoption of its result by Helsinki, PENDING unless `status` says otherwise.
 */
async function vantaaLedAdoption(server: TestServer, status = AdoptionStatus.PENDING) {
  const ds = server.dataSource;
  const { call } = await createClosedCall(ds);
  const consortium = await createConsortium(ds, { lead: '092', members: ['049'] });
  const application = await createApplication(ds, {
    callId: call.id,
    consortiumId: consortium.id,
    status: ApplicationStatus.AWARDED,
  });
  const award = await createAward(ds, { applicationId: application.id });
  const adoption = await createAdoption(ds, { awardId: award.id, municipalityCode: '091', status });
  return { awardId: award.id, adoptionId: adoption.id };
}

/** A fresh award of a project Espoo leads with Helsinki, which none of the callers acts for. */
async function espooLedAward(server: TestServer): Promise<string> {
  const ds = server.dataSource;
  const { call } = await createClosedCall(ds);
  const consortium = await createConsortium(ds, { lead: '049', members: ['091'] });
  const application = await createApplication(ds, {
    callId: call.id,
    consortiumId: consortium.id,
    status: ApplicationStatus.AWARDED,
  });
  return (await createAward(ds, { applicationId: application.id })).id;
}

/**
 * A fresh submitted proposal of a closed PROPOSAL call, of a consortium led by `lead` with `members`, and
 * a workshop of its call (open for registration, or `started`).
 */
async function proposalWithWorkshop(
  server: TestServer,
  lead: string,
  members: string[],
  options: {
    started?: boolean;
    invitation?: WorkshopInvitationStatus;
    partnerOfferFrom?: string;
    flagged?: boolean;
  } = {},
) {
  const ds = server.dataSource;
  const { call } = await createClosedCall(ds, { stage: CallStage.PROPOSAL });
  const consortium = await createConsortium(ds, { lead, members });
  const proposal = await createApplication(ds, {
    callId: call.id,
    consortiumId: consortium.id,
    status: ApplicationStatus.SUBMITTED,
  });
  const workshop = await createWorkshop(ds, { callId: call.id, started: options.started });
  if (options.invitation)
    await createWorkshopInvitation(ds, {
      workshopId: workshop.id,
      applicationId: proposal.id,
      status: options.invitation,
    });
  if (options.flagged || options.partnerOfferFrom)
    await createPartnerSearch(ds, { applicationId: proposal.id, offerFrom: options.partnerOfferFrom });
  return { callId: call.id, proposalId: proposal.id, workshopId: workshop.id };
}

/** A fresh draft of the fixture's consortium in an open call. */
async function openDraft(server: TestServer, fixture: Fixture) {
  const call = await openCall(server);
  return createApplication(server.dataSource, { callId: call.id, consortiumId: fixture.consortiumId });
}

/**
 * Each operation as each kind of caller. The test fails when a root field has no row here, so a new query
 * or mutation must say who may use it.
 */
const matrix: MatrixRow[] = [
  { field: 'Query.viewer', what: 'who am I', query: '{ viewer { role } }', expected: everyone('shown') },
  {
    field: 'Query.calls',
    what: 'published calls',
    query: '{ calls { totalCount } }',
    expected: everyone('shown'),
  },
  {
    field: 'Query.call',
    what: 'one call with its criteria and statistics',
    query: '{ call(key: "2020") { id criteria { code } statistics { applicationsSubmitted } } }',
    shows: (data) => data.call !== null,
    expected: everyone('shown'),
  },
  { field: 'Query.regions', what: 'regions', query: '{ regions { code } }', expected: everyone('shown') },
  {
    field: 'Query.municipalities',
    what: 'municipalities',
    query: '{ municipalities(first: 1) { totalCount } }',
    expected: everyone('shown'),
  },
  {
    field: 'Query.municipality',
    what: 'one municipality',
    query: '{ municipality(code: "092") { code fundingTotal } }',
    shows: (data) => data.municipality !== null,
    expected: everyone('shown'),
  },
  {
    field: 'Query.awards',
    what: 'awards',
    query: '{ awards(first: 1) { totalCount } }',
    expected: everyone('shown'),
  },
  {
    field: 'Query.call',
    what: "a call's grant terms (report due, interim report, latest project end)",
    query: '{ call(key: "2020") { reportDueMonths interimReportDue latestProjectEnd } }',
    shows: (data) => data.call?.reportDueMonths === 3,
    expected: everyone('shown'),
  },
  {
    field: 'Query.awards',
    what: "an award's project period and approved budget",
    query: '{ awards(first: 2) { nodes { projectStart projectEnd approvedBudget { total } } } }',
    shows: (data) => data.awards.nodes.length === 2,
    expected: everyone('shown'),
  },
  {
    field: 'Query.awards',
    what: "an award's grant decision as a document",
    query: '{ awards(first: 2) { nodes { decisionDocument(lang: SV) } } }',
    shows: (data) => data.awards.nodes.every((node: any) => node.decisionDocument.includes('högst')),
    expected: everyone('shown'),
  },
  {
    field: 'Query.fundingStatistics',
    what: 'funding statistics by municipality: awarded figures to all, submitted counts to administrators',
    query:
      '{ fundingStatistics(groupBy: [MUNICIPALITY]) { municipality { code } applicationsAwarded applicationsSubmitted } }',
    shows: (data) => data.fundingStatistics.some((row: any) => row.applicationsSubmitted !== null),
    expected: { ...everyone('hidden'), admin: 'shown' },
  },
  {
    field: 'Query.fundingStatistics',
    what: 'funding statistics by call: submitted counts to all, as call statistics',
    query: '{ fundingStatistics(groupBy: [CALL]) { call { key } applicationsSubmitted totalGranted } }',
    shows: (data) => data.fundingStatistics.some((row: any) => row.applicationsSubmitted !== null),
    expected: everyone('shown'),
  },
  {
    field: 'Query.consortium',
    what: 'a consortium with a draft and a submitted application',
    query: 'query ($id: ID!) { consortium(id: $id) { id members { role } } }',
    variables: (f) => ({ id: f.consortiumId }),
    shows: (data) => data.consortium !== null,
    expected: ownAssignedAndAdmin,
  },
  {
    field: 'Query.application',
    what: 'a draft (even with a reviewer assigned)',
    query: 'query ($id: ID!) { application(id: $id) { id status } }',
    variables: (f) => ({ id: f.draftId }),
    shows: (data) => data.application !== null,
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Query.application',
    what: 'a submitted application',
    query: 'query ($id: ID!) { application(id: $id) { id status projectName { fi } } }',
    variables: (f) => ({ id: f.submittedId }),
    shows: (data) => data.application !== null,
    expected: ownAssignedAndAdmin,
  },
  {
    field: 'Query.application',
    what: "a submitted application's answers and maturity assessment",
    query:
      'query ($id: ID!) { application(id: $id) { answers { text question { code } } maturityAssessment { level } } }',
    variables: (f) => ({ id: f.submittedId }),
    shows: (data) => data.application?.answers.length > 0 && data.application.maturityAssessment.level === 3,
    expected: ownAssignedAndAdmin,
  },
  {
    field: 'Query.application',
    what: "a submitted application's contact person",
    query: 'query ($id: ID!) { application(id: $id) { id contact { name email phone } } }',
    variables: (f) => ({ id: f.submittedId }),
    shows: (data) => data.application?.contact?.email === 'kaisa@example.test',
    expected: { ...ownConsortiumAndAdmin, assignedReviewer: 'denied' },
  },
  {
    field: 'Query.application',
    what: 'an awarded application',
    query: 'query ($id: ID!) { application(id: $id) { id summary requestedAmount consortium { id } } }',
    variables: (f) => ({ id: f.awardedId }),
    shows: (data) => data.application !== null,
    expected: everyone('shown'),
  },
  {
    field: 'Query.application',
    what: "an awarded application's answers",
    query: 'query ($id: ID!) { application(id: $id) { id answers { text } } }',
    variables: (f) => ({ id: f.awardedId }),
    expected: { ...everyone('denied'), admin: 'shown' },
  },
  {
    field: 'Query.application',
    what: "an awarded application's contact person",
    query: 'query ($id: ID!) { application(id: $id) { id contact { name } } }',
    variables: (f) => ({ id: f.awardedId }),
    expected: { ...everyone('denied'), admin: 'shown' },
  },
  {
    field: 'Query.applications',
    what: "the consortium's applications",
    query: 'query ($id: ID!) { applications(filter: { consortiumId: $id }) { totalCount nodes { id } } }',
    variables: (f) => ({ id: f.consortiumId }),
    shows: (data) => data.applications.totalCount > 0 && data.applications.nodes.length > 0,
    expected: ownAssignedAndAdmin,
  },
  {
    field: 'Query.applications',
    what: 'drafts anywhere',
    query: '{ applications(filter: { status: [DRAFT] }) { totalCount nodes { id } } }',
    shows: (data) => data.applications.totalCount > 0,
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Query.auditEvents',
    what: 'the audit log',
    query: '{ auditEvents { totalCount nodes { id action } } }',
    shows: (data) => data.auditEvents.totalCount > 0,
    expected: adminOnly,
  },
  {
    field: 'Query._entities',
    what: "a grant's documents and whether its agreement is on record",
    query:
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Award { id hasAgreement documents { id kind url } } } }',
    variables: (f) => ({ reps: [{ __typename: 'Award', id: f.ownAwardId }] }),
    shows: (data) => data._entities[0]?.hasAgreement === true && data._entities[0]?.documents?.length === 1,
    // The award itself is public; its documents are the consortium's (any member) and the ministry's.
    expected: { ...everyone('denied'), memberApplicant: 'shown', admin: 'shown' },
  },
  {
    field: 'Query._service',
    what: 'the subgraph SDL for the router',
    query: '{ _service { sdl } }',
    expected: everyone('shown'),
  },
  {
    field: 'Query._entities',
    what: 'the draft as a federation reference',
    query:
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Application { id status } } }',
    variables: (f) => ({ reps: [{ __typename: 'Application', id: f.draftId }] }),
    shows: (data) => data._entities[0] !== null,
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Query._entities',
    what: 'the submitted application as a federation reference',
    query:
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Application { id answers { text } } } }',
    variables: (f) => ({ reps: [{ __typename: 'Application', id: f.submittedId }] }),
    shows: (data) => data._entities[0] !== null,
    expected: ownAssignedAndAdmin,
  },

  // Reviewing and deciding: each caller acts on data of its own, made fresh by `arrange`.
  {
    field: 'Query.reviewAssignments',
    what: "the caller's review assignments",
    query: '{ reviewAssignments { totalCount nodes { id } } }',
    shows: (data) => data.reviewAssignments.totalCount > 0,
    expected: { ...everyone('denied'), assignedReviewer: 'shown', otherReviewer: 'hidden' },
  },
  {
    field: 'Query.call',
    what: "a call's ranking by weighted score",
    query: 'query ($id: ID!) { call(id: $id) { ranking { weightedScore } } }',
    variables: (f) => ({ id: f.callId }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.startReview',
    what: 'moving a closed call to review',
    query: 'mutation ($callId: ID!) { startReview(callId: $callId) { id status } }',
    arrange: async (server) => ({ callId: (await underReview(server, ApplicationStatus.SUBMITTED)).callId }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.assignReviewer',
    what: 'assigning a reviewer',
    query:
      'mutation ($applicationId: ID!, $reviewerId: ID!) { assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) { id } }',
    arrange: async (server, f) => ({
      applicationId: (await underReview(server)).applicationId,
      reviewerId: f.userIds.otherReviewer,
    }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.unassignReviewer',
    what: 'unassigning a reviewer',
    query:
      'mutation ($applicationId: ID!, $reviewerId: ID!) { unassignReviewer(applicationId: $applicationId, reviewerId: $reviewerId) { id endedAt } }',
    arrange: async (server, f) => ({
      applicationId: (await underReview(server, ApplicationStatus.UNDER_REVIEW, f.userIds.otherReviewer!))
        .applicationId,
      reviewerId: f.userIds.otherReviewer,
    }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.declareConflictOfInterest',
    what: 'declaring a conflict of interest on an assignment',
    query:
      'mutation ($applicationId: ID!) { declareConflictOfInterest(applicationId: $applicationId, reason: "My former employer") { id endReason } }',
    arrange: async (server, f) => ({
      applicationId: (await underReview(server, ApplicationStatus.UNDER_REVIEW, f.userIds.assignedReviewer!))
        .applicationId,
    }),
    // An application a reviewer is not assigned to is hidden from them (auth/visibility.ts).
    expected: { ...everyone('denied'), assignedReviewer: 'shown', otherReviewer: 'hidden' },
  },
  {
    field: 'Mutation.declareConflictOfInterest',
    what: 'a draft is no reviewer business: NOT_FOUND, never NOT_ASSIGNED',
    query:
      'mutation ($applicationId: ID!) { declareConflictOfInterest(applicationId: $applicationId, reason: "x") { id } }',
    variables: (f) => ({ applicationId: f.draftId }),
    expected: { ...everyone('denied'), assignedReviewer: 'hidden', otherReviewer: 'hidden' },
  },
  {
    field: 'Mutation.saveEvaluation',
    what: 'saving an evaluation',
    query:
      'mutation ($applicationId: ID!, $input: SaveEvaluationInput!) { saveEvaluation(applicationId: $applicationId, input: $input) { id status } }',
    arrange: async (server, f) => {
      const { applicationId, criteria } = await underReview(
        server,
        ApplicationStatus.UNDER_REVIEW,
        f.userIds.assignedReviewer!,
      );
      return { applicationId, input: { scores: criteria.map((c) => ({ criterionId: c.id, score: 3 })) } };
    },
    expected: { ...everyone('denied'), assignedReviewer: 'shown', otherReviewer: 'hidden' },
  },
  {
    field: 'Mutation.saveEvaluation',
    what: 'an awarded application is public: NOT_ASSIGNED, since nothing is hidden',
    query:
      'mutation ($applicationId: ID!) { saveEvaluation(applicationId: $applicationId, input: { scores: [] }) { id } }',
    variables: (f) => ({ applicationId: f.awardedId }),
    expected: { ...everyone('denied'), assignedReviewer: 'refused', otherReviewer: 'refused' },
  },
  {
    field: 'Mutation.submitEvaluation',
    what: "submitting the assigned reviewer's evaluation",
    query: 'mutation ($id: ID!) { submitEvaluation(id: $id) { id status } }',
    arrange: async (server, f) => ({ id: await draftEvaluation(server, f.userIds.assignedReviewer!) }),
    expected: { ...everyone('denied'), assignedReviewer: 'shown', otherReviewer: 'hidden' },
  },
  {
    field: 'Mutation.declareConflictAfterSubmission',
    what: "declaring a conflict after submitting: one's own evaluation only",
    query:
      'mutation ($id: ID!) { declareConflictAfterSubmission(evaluationId: $id, reason: "Found out later") { id conflictDeclaredAt } }',
    arrange: async (server, f) => ({ id: await submittedEvaluation(server, f.userIds.assignedReviewer!) }),
    expected: { ...everyone('denied'), assignedReviewer: 'shown', otherReviewer: 'hidden' },
  },
  {
    field: 'Mutation.voidEvaluation',
    what: 'voiding a submitted evaluation',
    query: 'mutation ($id: ID!) { voidEvaluation(id: $id, reason: "Conflict of interest") { id status } }',
    arrange: async (server, f) => ({ id: await submittedEvaluation(server, f.userIds.assignedReviewer!) }),
    expected: adminOnly,
  },
  {
    field: 'Query.applications',
    what: 'ordering by weighted score: only for who sees every score',
    query: '{ applications(orderBy: { field: WEIGHTED_SCORE, direction: DESC }) { totalCount } }',
    expected: adminOnly,
  },
  {
    field: 'Mutation.decideAward',
    what: 'granting an award',
    query:
      'mutation ($applicationId: ID!) { decideAward(applicationId: $applicationId, input: { grantedAmount: "1000", decisionDate: "2026-01-10" }) { id grantedAmount } }',
    arrange: async (server) => ({ applicationId: (await underReview(server)).applicationId }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.rejectApplication',
    what: 'rejecting an application',
    query:
      'mutation ($applicationId: ID!) { rejectApplication(applicationId: $applicationId, reason: "Out of scope") { id status } }',
    arrange: async (server) => ({ applicationId: (await underReview(server)).applicationId }),
    expected: adminOnly,
  },

  // After the decision (issue 14): the lead's officials ask for changes, administrators decide them; the
  // consortium's officials and administrators see them.
  {
    field: 'Query.changeRequest',
    what: "a change request of the consortium's grant",
    query: 'query ($id: ID!) { changeRequest(id: $id) { id justification award { id } } }',
    arrange: async (server) => ({
      id: (await grantWithChangeRequest(server, '049', ['092'])).changeRequestId,
    }),
    shows: (data) => data.changeRequest !== null,
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Mutation.requestChange',
    what: 'asking to extend a grant led by Vantaa (the grant is public: others are refused, not hidden)',
    query:
      'mutation ($awardId: ID!) { requestChange(awardId: $awardId, input: { kind: EXTEND_PROJECT, justification: "Late", projectEnd: "2027-08-31" }) { id status } }',
    arrange: async (server) => ({
      awardId: (await grantWithChangeRequest(server, '092', ['049'], false)).awardId,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown' },
  },
  {
    field: 'Mutation.withdrawChangeRequest',
    what: 'withdrawing a change request of a grant led by Vantaa',
    query: 'mutation ($id: ID!) { withdrawChangeRequest(id: $id) { id status } }',
    arrange: async (server) => ({
      id: (await grantWithChangeRequest(server, '092', ['049'])).changeRequestId,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.approveChangeRequest',
    what: 'approving a change request',
    query: 'mutation ($id: ID!) { approveChangeRequest(id: $id) { id status } }',
    arrange: async (server) => ({
      id: (await grantWithChangeRequest(server, '049', ['092'])).changeRequestId,
    }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.rejectChangeRequest',
    what: 'rejecting a change request',
    query: 'mutation ($id: ID!) { rejectChangeRequest(id: $id, reason: "Not justified") { id status } }',
    arrange: async (server) => ({
      id: (await grantWithChangeRequest(server, '049', ['092'])).changeRequestId,
    }),
    expected: adminOnly,
  },

  // After the decision: the lead's officials report and request payment; administrators decide.
  {
    field: 'Query.awards',
    what: "a grant's payment requests and reports",
    query:
      'query ($c: ID!) { awards(first: 5, filter: { callId: $c }) { nodes { paidTotal returnedTotal paymentRequests { id } reports { id } } } }',
    variables: (f) => ({ c: f.grantCallId }),
    shows: (data) =>
      data.awards.nodes.some((node: any) => node.paymentRequests.length > 0 && node.reports.length > 0),
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Query.awards',
    what: "a grant's recovery claim",
    query:
      'query ($c: ID!) { awards(first: 5, filter: { callId: $c }) { nodes { recoveryClaim recoveredTotal settledAt } } }',
    variables: (f) => ({ c: f.grantCallId }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', admin: 'shown' },
  },
  {
    field: 'Mutation.submitPaymentRequest',
    what: 'a payment request on a grant Vantaa leads',
    query: `mutation ($id: ID!) { submitPaymentRequest(awardId: $id, input: ${paymentInput}) { id status } }`,
    arrange: async (server) => ({ id: (await grant(server, '092', ['049'])).award.id }),
    expected: leadOnly,
  },
  {
    field: 'Mutation.submitPaymentRequest',
    what: 'a payment request by an official of a member, not of the lead',
    query: `mutation ($id: ID!) { submitPaymentRequest(awardId: $id, input: ${paymentInput}) { id status } }`,
    arrange: async (server) => ({ id: (await grant(server, '049', ['092'])).award.id }),
    expected: everyone('denied'),
  },
  {
    field: 'Mutation.resubmitPaymentRequest',
    what: 'amending a returned payment request on a grant Vantaa leads',
    query: `mutation ($id: ID!) { resubmitPaymentRequest(id: $id, input: ${paymentInput}) { id status } }`,
    arrange: async (server) => {
      const { award } = await grant(server, '092', ['049']);
      const request = await createPaymentRequest(server.dataSource, { awardId: award.id });
      await server.dataSource
        .getRepository(PaymentRequest)
        .update(request.id, { status: PaymentRequestStatus.RETURNED });
      return { id: request.id };
    },
    expected: { ...leadOnly, otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.approvePaymentRequest',
    what: 'approving a payment request',
    query: `mutation ($id: ID!) { approvePaymentRequest(id: $id, input: { approvedCosts: ${costs} }) { id paidAmount } }`,
    arrange: async (server, f) => {
      const { award } = await grant(server, '049', ['092']);
      await createDocument(server.dataSource, { ownerId: award.id, uploadedById: f.userIds.admin! });
      return {
        id: (await createPaymentRequest(server.dataSource, { awardId: award.id, staff: '100.00' })).id,
      };
    },
    expected: adminOnly,
  },
  {
    field: 'Mutation.returnPaymentRequest',
    what: 'returning a payment request',
    query: 'mutation ($id: ID!) { returnPaymentRequest(id: $id, reason: "Ote puuttuu") { id status } }',
    arrange: async (server) => {
      const { award } = await grant(server, '049', ['092']);
      return { id: (await createPaymentRequest(server.dataSource, { awardId: award.id })).id };
    },
    expected: adminOnly,
  },
  {
    field: 'Mutation.recordRecovery',
    what: 'recording a recovered amount',
    query: 'mutation ($id: ID!) { recordRecovery(awardId: $id, amount: "10.00") { id recoveredTotal } }',
    arrange: async (server) => {
      const { award } = await grant(server, '049', ['092']);
      await server.dataSource.getRepository(Award).update(award.id, { recoveryClaim: '100.00' });
      return { id: award.id };
    },
    expected: adminOnly,
  },
  {
    field: 'Mutation.submitReport',
    what: 'the final report on a grant Vantaa leads',
    query: `mutation ($id: ID!) { submitReport(awardId: $id, input: ${reportInput}) { id status } }`,
    arrange: async (server) => ({ id: (await grant(server, '092', ['049'])).award.id }),
    expected: leadOnly,
  },
  {
    field: 'Mutation.approveReport',
    what: 'approving a report',
    query: 'mutation ($id: ID!) { approveReport(id: $id) { id status } }',
    arrange: async (server) => {
      const { award } = await grant(server, '049', ['092']);
      return { id: (await createReport(server.dataSource, { awardId: award.id })).id };
    },
    expected: adminOnly,
  },
  {
    field: 'Mutation.returnReport',
    what: 'returning a report',
    query: 'mutation ($id: ID!) { returnReport(id: $id, reason: "Puutteellinen") { id status } }',
    arrange: async (server) => {
      const { award } = await grant(server, '049', ['092']);
      return { id: (await createReport(server.dataSource, { awardId: award.id })).id };
    },
    expected: adminOnly,
  },

  // Applying: administrators run calls; officials act for their own consortia.
  {
    field: 'Mutation.createCall',
    what: 'creating a call',
    query: 'mutation ($input: CreateCallInput!) { createCall(input: $input) { id status } }',
    arrange: async () => ({
      input: { key: `m-${randomUUID().slice(0, 8)}`, year: 2026, title: { fi: 'Uusi haku' } },
    }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.updateCall',
    what: "correcting a call's title",
    query: 'mutation ($id: ID!) { updateCall(id: $id, input: { title: { fi: "Korjattu" } }) { id } }',
    arrange: async (server) => ({ id: (await openCall(server)).id }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.publishCall',
    what: 'publishing a draft call',
    query: 'mutation ($id: ID!) { publishCall(id: $id) { id status } }',
    arrange: async (server) => ({ id: (await openCall(server, { state: CallState.DRAFT })).id }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.inviteProposal',
    what: 'inviting a proposal into the application stage',
    query:
      'mutation ($proposalId: ID!, $callId: ID!) { inviteProposal(proposalId: $proposalId, callId: $callId) { id status } }',
    arrange: async (server, f) => {
      const proposalCall = await openCall(server, { stage: CallStage.PROPOSAL });
      const call = await openCall(server, { proposalCallId: proposalCall.id });
      const proposal = await createApplication(server.dataSource, {
        callId: proposalCall.id,
        consortiumId: f.consortiumId,
        status: ApplicationStatus.SUBMITTED,
      });
      return { proposalId: proposal.id, callId: call.id };
    },
    expected: adminOnly,
  },
  {
    field: 'Mutation.createConsortium',
    what: 'a consortium led by Vantaa',
    query:
      'mutation { createConsortium(input: { name: "Vantaa ja Espoo", leadCode: "092", memberCodes: ["049"] }) { id } }',
    expected: {
      ...everyone('denied'),
      memberApplicant: 'shown',
      otherApplicant: 'denied',
    },
  },
  {
    field: 'Mutation.updateConsortium',
    what: 'renaming a consortium led by Vantaa',
    query: 'mutation ($id: ID!) { updateConsortium(id: $id, input: { name: "Uusi nimi" }) { id name } }',
    arrange: async (server) => ({
      id: (await createConsortium(server.dataSource, { lead: '092', members: ['049'] })).id,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.updateConsortium',
    what: 'renaming a consortium as an official of a member, not of the lead',
    query: 'mutation ($id: ID!) { updateConsortium(id: $id, input: { name: "Uusi nimi" }) { id name } }',
    variables: (f) => ({ id: f.consortiumId }),
    expected: { ...everyone('denied'), otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.createApplication',
    what: 'a draft for the consortium in an open call',
    query:
      'mutation ($callId: ID!, $consortiumId: ID!) { createApplication(input: { callId: $callId, consortiumId: $consortiumId }) { id status } }',
    arrange: async (server, f) => ({ callId: (await openCall(server)).id, consortiumId: f.consortiumId }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.updateApplication',
    what: "editing the consortium's draft",
    query:
      'mutation ($id: ID!) { updateApplication(id: $id, expectedVersion: 1, input: { summary: "Tarkennettu" }) { id version } }',
    arrange: async (server, f) => ({ id: (await openDraft(server, f)).id }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.submitApplication',
    what: "submitting the consortium's (incomplete) draft: members reach the rules, others nothing",
    query: 'mutation ($id: ID!) { submitApplication(id: $id) { id status } }',
    arrange: async (server, f) => ({ id: (await openDraft(server, f)).id }),
    expected: { ...everyone('denied'), memberApplicant: 'refused', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.withdrawApplication',
    what: "withdrawing the consortium's draft",
    query: 'mutation ($id: ID!) { withdrawApplication(id: $id) { id status } }',
    arrange: async (server, f) => ({ id: (await openDraft(server, f)).id }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Query.adoption',
    what: "a pending adoption: the project's lead officials and administrators only",
    query: 'query ($id: ID!) { adoption(id: $id) { id status description } }',
    arrange: async (server) => ({ id: (await vantaaLedAdoption(server)).adoptionId }),
    shows: (data) => data.adoption !== null,
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Query.adoption',
    what: 'a confirmed adoption: public',
    query: 'query ($id: ID!) { adoption(id: $id) { id status award { id } municipality { code } } }',
    arrange: async (server) => ({
      id: (await vantaaLedAdoption(server, AdoptionStatus.CONFIRMED)).adoptionId,
    }),
    shows: (data) => data.adoption !== null,
    expected: everyone('shown'),
  },
  {
    field: 'Query.call',
    what: 'proposals looking for partners: signed-in callers of any role, never the public',
    query:
      'query ($id: ID!) { call(id: $id) { partnerSearches { proposalId wish leadMunicipality { code } } } }',
    arrange: async (server) => ({
      id: (await proposalWithWorkshop(server, '049', ['092'], { flagged: true })).callId,
    }),
    shows: (data) => (data.call as { partnerSearches: unknown[] }).partnerSearches.length === 1,
    expected: { ...everyone('shown'), public: 'denied' },
  },
  {
    field: 'Query.call',
    what: "a workshop's invitations and their participants: the invited consortium's officials and administrators",
    query:
      'query ($id: ID!) { call(id: $id) { workshops { invitations { status participants { name } } } } }',
    arrange: async (server) => ({
      id: (
        await proposalWithWorkshop(server, '049', ['092'], {
          invitation: WorkshopInvitationStatus.REGISTERED,
        })
      ).callId,
    }),
    shows: (data) =>
      (data.call as { workshops: { invitations: unknown[] }[] }).workshops[0].invitations.length === 1,
    expected: ownConsortiumAndAdmin,
  },
  {
    field: 'Mutation.createWorkshop',
    what: 'a workshop of a PROPOSAL call',
    query:
      'mutation ($id: ID!) { createWorkshop(input: { callId: $id, title: { fi: "Työpaja" }, startsAt: "2026-03-01T09:00", online: true, registrationClosesAt: "2026-02-20T16:00" }) { id } }',
    arrange: async (server) => ({ id: (await proposalWithWorkshop(server, '049', ['092'])).callId }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.inviteToWorkshop',
    what: "inviting a call's proposals",
    query: 'mutation ($w: ID!) { inviteToWorkshop(workshopId: $w) { id status } }',
    arrange: async (server) => ({ w: (await proposalWithWorkshop(server, '049', ['092'])).workshopId }),
    expected: adminOnly,
  },
  {
    field: 'Mutation.recordWorkshopAttendance',
    what: 'recording that a registered proposal attended',
    query:
      'mutation ($w: ID!, $p: ID!) { recordWorkshopAttendance(workshopId: $w, proposalId: $p, attended: true) { status } }',
    arrange: async (server) => {
      const f = await proposalWithWorkshop(server, '049', ['092'], {
        started: true,
        invitation: WorkshopInvitationStatus.REGISTERED,
      });
      return { w: f.workshopId, p: f.proposalId };
    },
    expected: adminOnly,
  },
  {
    field: 'Mutation.registerForWorkshop',
    what: "registering participants: the invited consortium's officials",
    query:
      'mutation ($w: ID!, $p: ID!) { registerForWorkshop(input: { workshopId: $w, proposalId: $p, participants: [{ name: "Maija", role: "CIO" }] }) { status } }',
    arrange: async (server) => {
      const f = await proposalWithWorkshop(server, '049', ['092'], {
        invitation: WorkshopInvitationStatus.INVITED,
      });
      return { w: f.workshopId, p: f.proposalId };
    },
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.declineWorkshop',
    what: "declining a workshop: the invited consortium's officials",
    query: 'mutation ($w: ID!, $p: ID!) { declineWorkshop(workshopId: $w, proposalId: $p) { status } }',
    arrange: async (server) => {
      const f = await proposalWithWorkshop(server, '049', ['092'], {
        invitation: WorkshopInvitationStatus.INVITED,
      });
      return { w: f.workshopId, p: f.proposalId };
    },
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.flagLookingForPartners',
    what: "flagging a proposal as looking for partners: its consortium's officials",
    query:
      'mutation ($p: ID!) { flagLookingForPartners(input: { proposalId: $p, wish: "Kumppani" }) { id } }',
    arrange: async (server) => ({ p: (await proposalWithWorkshop(server, '049', ['092'])).proposalId }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.unflagLookingForPartners',
    what: "no longer looking for partners: its consortium's officials",
    query: 'mutation ($p: ID!) { unflagLookingForPartners(proposalId: $p) { id } }',
    arrange: async (server) => ({
      p: (await proposalWithWorkshop(server, '049', ['092'], { flagged: true })).proposalId,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.offerToJoinProposal',
    what: "Vantaa's offer to join a flagged proposal after the workshop started: Vantaa's officials",
    query:
      'mutation ($p: ID!) { offerToJoinProposal(input: { proposalId: $p, municipalityCode: "092" }) { status } }',
    arrange: async (server) => ({
      p: (await proposalWithWorkshop(server, '049', ['091'], { started: true, flagged: true })).proposalId,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown' },
  },
  {
    field: 'Mutation.acceptPartnerOffer',
    what: "accepting Helsinki's offer to join a proposal Vantaa leads: Vantaa's officials",
    query:
      'mutation ($p: ID!) { acceptPartnerOffer(input: { proposalId: $p, municipalityCode: "091" }) { status } }',
    arrange: async (server) => ({
      p: (await proposalWithWorkshop(server, '092', ['049'], { started: true, partnerOfferFrom: '091' }))
        .proposalId,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.declinePartnerOffer',
    what: "declining Helsinki's offer to join a proposal Vantaa leads: Vantaa's officials",
    query:
      'mutation ($p: ID!) { declinePartnerOffer(input: { proposalId: $p, municipalityCode: "091" }) { status } }',
    arrange: async (server) => ({
      p: (await proposalWithWorkshop(server, '092', ['049'], { started: true, partnerOfferFrom: '091' }))
        .proposalId,
    }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Query.adoptionsByRegion',
    what: 'where results spread, by region',
    query: '{ adoptionsByRegion { region { code } adoptions residents } }',
    expected: everyone('shown'),
  },
  {
    field: 'Mutation.recordAdoption',
    what: "recording Vantaa's adoption of another project's result: Vantaa's officials only",
    query:
      'mutation ($awardId: ID!) { recordAdoption(input: { awardId: $awardId, municipalityCode: "092", adoptedOn: "2026-01-10", kind: ADAPTED, description: "Otettu käyttöön" }) { id status } }',
    arrange: async (server) => ({ awardId: await espooLedAward(server) }),
    expected: { ...everyone('denied'), memberApplicant: 'shown' },
  },
  {
    field: 'Mutation.confirmAdoption',
    what: "confirming an adoption of the result of a project Vantaa leads: Vantaa's officials only",
    query: 'mutation ($id: ID!) { confirmAdoption(id: $id) { id status } }',
    arrange: async (server) => ({ id: (await vantaaLedAdoption(server)).adoptionId }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
  {
    field: 'Mutation.declineAdoption',
    what: "declining an adoption of the result of a project Vantaa leads: Vantaa's officials only",
    query: 'mutation ($id: ID!) { declineAdoption(id: $id) { id status } }',
    arrange: async (server) => ({ id: (await vantaaLedAdoption(server)).adoptionId }),
    expected: { ...everyone('denied'), memberApplicant: 'shown', otherApplicant: 'hidden' },
  },
];

const businessRefusals = ['NOT_ASSIGNED', 'NOT_ELIGIBLE', 'CALL_NOT_OPEN', 'INVALID_STATE_TRANSITION'];

/** The outcome, or a description of an unexpected answer (which then fails the comparison). */
function outcomeOf(row: MatrixRow, response: GraphQLResponse<RawData>, fixture: Fixture): string {
  if (response.errors?.length) {
    const codes = [...new Set(response.errors.map((error) => String(error.extensions?.code)))];
    if (codes.length === 1 && codes[0] === 'FORBIDDEN') return 'denied';
    if (codes.length === 1 && codes[0] === 'NOT_FOUND') return 'hidden';
    if (codes.length === 1 && businessRefusals.includes(codes[0])) return 'refused';
    return `errors ${JSON.stringify(response.errors)}`;
  }
  if (!response.data) return `no data (HTTP ${response.status})`;
  return !row.shows || row.shows(response.data, fixture) ? 'shown' : 'hidden';
}

describe('who may do and see what: each operation as each kind of caller', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let fixture: Fixture;
  const tokens = {} as Record<Actor, string | undefined>;

  before(async () => {
    server = await startTestServer();
    schema = await buildSubgraph();
    const ds = server.dataSource;
    const [memberApplicant, otherApplicant, assignedReviewer, otherReviewer, admin] = await Promise.all([
      signIn(server, { sub: 'member', roles: ['applicant'], municipalities: ['092'] }),
      signIn(server, { sub: 'outsider', roles: ['applicant'], municipalities: ['837'] }),
      signIn(server, { sub: 'assigned', roles: ['reviewer'] }),
      signIn(server, { sub: 'unassigned', roles: ['reviewer'] }),
      signIn(server, { sub: 'admin', roles: ['admin'] }),
    ]);
    Object.assign(tokens, {
      public: undefined,
      memberApplicant: memberApplicant.token,
      otherApplicant: otherApplicant.token,
      assignedReviewer: assignedReviewer.token,
      otherReviewer: otherReviewer.token,
      admin: admin.token,
    });
    const call = await callByKey(ds, '2022');
    // Espoo leads, Vantaa (the member applicant's municipality) takes part.
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const draft = await createApplication(ds, { callId: call.id, consortiumId: consortium.id });
    const submitted = await createApplication(ds, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.SUBMITTED,
    });
    await assignReviewer(ds, { applicationId: submitted.id, reviewerId: assignedReviewer.userId });
    await assignReviewer(ds, { applicationId: draft.id, reviewerId: assignedReviewer.userId });
    await createAuditEvent(ds, { actorId: admin.userId, entityId: submitted.id });
    // A grant of another consortium of the same members, so that the one above keeps no awarded application.
    const grantee = await createConsortium(ds, { lead: '049', members: ['092'] });
    const ownAward = await createAward(ds, { callId: call.id, consortiumId: grantee.id });
    await createDocument(ds, { ownerId: ownAward.id, uploadedById: admin.userId });
    // A seeded grant of municipalities that none of the callers acts for.
    const award = await ds
      .getRepository(Award)
      .createQueryBuilder('award')
      .innerJoin(Application, 'application', 'application.id = award.applicationId')
      .where(
        "NOT EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortiumId = application.consortiumId AND m.municipalityCode IN ('092', '837'))",
      )
      .orderBy('award.id')
      .getOneOrFail();
    const espooGrant = await grant(server, '049', ['092']);
    await createPaymentRequest(ds, { awardId: espooGrant.award.id });
    await createReport(ds, { awardId: espooGrant.award.id });
    fixture = {
      callId: call.id,
      grantCallId: espooGrant.callId,
      consortiumId: consortium.id,
      draftId: draft.id,
      submittedId: submitted.id,
      awardedId: award.applicationId,
      ownAwardId: ownAward.id,
      userIds: {
        public: null,
        memberApplicant: memberApplicant.userId,
        otherApplicant: otherApplicant.userId,
        assignedReviewer: assignedReviewer.userId,
        otherReviewer: otherReviewer.userId,
        admin: admin.userId,
      },
    };
  });
  after(() => server?.stop());

  it('has a row for every root field of the schema', () => {
    const covered = new Set(matrix.map((row) => row.field));
    const missing = rootFields(schema).filter((field) => !covered.has(field));
    expect(missing, 'root fields without a row in the permission matrix').to.deep.equal([]);
    const unknown = [...covered].filter((field) => !rootFields(schema).includes(field));
    expect(unknown, 'rows for root fields the schema does not have').to.deep.equal([]);
  });

  for (const row of matrix) {
    it(`${row.field}: ${row.what}`, async () => {
      const actual = {} as Record<Actor, string>;
      for (const actor of actors) {
        const variables = {
          ...row.variables?.(fixture),
          ...(await row.arrange?.(server, fixture, actor)),
        };
        const response = await server.rawQuery(row.query, variables, { token: tokens[actor] });
        actual[actor] = outcomeOf(row, response, fixture);
      }
      expect(actual).to.deep.equal(row.expected);
    });
  }

  it('a random id is hidden the same way for everyone', async () => {
    for (const actor of actors) {
      const response = await server.rawQuery(
        'query ($id: ID!) { application(id: $id) { id } consortium(id: $id) { id } }',
        { id: randomUUID() },
        { token: tokens[actor] },
      );
      expect(response.errors, actor).to.equal(undefined);
      expect(response.data, actor).to.deep.equal({ application: null, consortium: null });
    }
  });
});

describe('a rule that fails', () => {
  let server: TestServer;
  after(() => server?.stop());

  it('is an internal error, masked, never a silent FORBIDDEN', async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
    const reviewer = await signIn(server, { sub: 'reviewer', roles: ['reviewer'] });
    const [award] = await server.dataSource.getRepository(Award).find({ take: 1, order: { id: 'ASC' } });
    const query = 'query ($id: ID!) { application(id: $id) { id answers { text } } }';
    const denied = await server.rawQuery(query, { id: award.applicationId }, { token: reviewer.token });
    expect(denied.errors?.map((error) => String(error.extensions?.code))).to.deep.equal(['FORBIDDEN']);

    // The assignment check reads every column; the row visibility in SQL reads only three, so the
    // application still loads and only the rule fails.
    await server.dataSource.query('ALTER TABLE review_assignment DROP COLUMN conflictDeclaration');
    const failed = await server.rawQuery(query, { id: award.applicationId }, { token: reviewer.token });
    expect(failed.errors?.map((error) => String(error.extensions?.code))).to.deep.equal([
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(JSON.stringify(failed.errors)).to.not.match(/conflictDeclaration|review_assignment|SELECT/i);
  });
});
