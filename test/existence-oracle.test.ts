import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'chai';
import {
  getNamedType,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
} from 'graphql';
import { isAdmin, ruleOf } from '../src/auth/permissions';
import { AdoptionStatus } from '../src/modules/adoption/adoption.entity';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Criterion, Question, Theme } from '../src/modules/call/call.entity';
import { Document } from '../src/modules/document/document.entity';
import { buildSubgraph } from '../src/schema';
import { callInput, createCall } from './helpers/applying';
import {
  assignReviewer,
  createAdoption,
  createApplication,
  createAward,
  createChangeRequest,
  createPaymentRequest,
  createReport,
  createClosedCall,
  createConsortium,
  createWorkshop,
  signIn,
} from './helpers/factories';
import { CallStage } from '../src/modules/call/call.entity';
import { startTestServer, type GraphQLResponse, type RawData, type TestServer } from './helpers/server';

// Raw documents (server.rawQuery) in this file: operations built for every ID argument the schema has.

/**
 * Every id a mutation takes, as `mutation.argument` or `mutation.argument.field…` for an id inside an input
 * (lists are walked through): a new mutation or input field with an ID has no case below, and the first
 * test fails until someone writes one.
 */
function idArguments(schema: GraphQLSchema): string[] {
  const paths: string[] = [];
  const walk = (type: GraphQLInputType, path: string, inside: string[]) => {
    const named = getNamedType(type);
    if (named === GraphQLID) paths.push(path);
    else if (isInputObjectType(named) && !inside.includes(named.name)) {
      for (const field of Object.values(named.getFields()))
        walk(field.type, `${path}.${field.name}`, [...inside, named.name]);
    }
  };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {}))
    for (const arg of field.args) walk(arg.type, `${field.name}.${arg.name}`, []);
  return paths.sort();
}

const roles = [
  'public',
  'otherApplicant',
  'memberApplicant',
  'unassignedReviewer',
  'assignedReviewer',
  'admin',
] as const;
type Role = (typeof roles)[number];

/** What an id can name. Themes, questions and criteria are seen with their call; people by administrators. */
type Kind =
  | 'Application'
  | 'Consortium'
  | 'Call'
  | 'Evaluation'
  | 'Theme'
  | 'Question'
  | 'Criterion'
  | 'User'
  | 'Award'
  | 'ChangeRequest'
  | 'PaymentRequest'
  | 'Report'
  | 'Adoption'
  | 'Workshop';

interface Pooled {
  kind: Kind;
  id: string;
  what: string;
  /** The call of a theme, question or criterion, whose visibility it shares. */
  callId?: string;
}

interface Fixture {
  pool: Pooled[];
  openCall: { id: string };
  /** A workshop of a closed PROPOSAL call, open for registration. */
  workshopId: string;
  /** Under review, assigned to the assigned reviewer (and to a third one). */
  underReviewId: string;
  submittedId: string;
  thirdReviewerId: string;
  /** Per role: a consortium of theirs to apply with, and one they lead with its member codes. */
  own: Record<Role, { consortiumId: string; leadCode: string; memberCodes: string[]; ledId: string }>;
  server: TestServer;
}

interface Case {
  kind: Kind;
  /** The operation, with the id under test in `$id` and every other argument valid for the caller. */
  query: string;
  variables: (id: string, fixture: Fixture, role: Role) => Promise<Record<string, unknown>>;
  /**
   * For ids of records that are all public (awards): nothing can be hidden, so the case asks instead that
   * a missing one is NOT_FOUND to every caller past the role check, and changes nothing.
   */
  public?: true;
}

/** A fresh draft of the caller's own consortium in the open call, for edits that must reach the id under test. */
async function ownDraft(fixture: Fixture, role: Role): Promise<string> {
  const draft = await createApplication(fixture.server.dataSource, {
    callId: fixture.openCall.id,
    consortiumId: fixture.own[role].consortiumId,
  });
  return draft.id;
}

const costsLiteral = '{ staff: "100", travel: "0", premises: "0", purchasedServices: "0", other: "0" }';
/** Costs of a month before the test clock's day (2026-01-15), so that the period passes its checks. */
const paymentInput = `{ periodStart: "2025-12-01", periodEnd: "2025-12-31", costs: ${costsLiteral} }`;

const cases: Record<string, Case> = {
  'createApplication.input.callId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!, $consortiumId: ID!) { createApplication(input: { callId: $id, consortiumId: $consortiumId }) { id } }',
    variables: async (id, f, role) => ({ id, consortiumId: f.own[role].consortiumId }),
  },
  'createApplication.input.consortiumId': {
    kind: 'Consortium',
    query:
      'mutation ($id: ID!, $callId: ID!) { createApplication(input: { callId: $callId, consortiumId: $id }) { id } }',
    variables: async (id, f) => ({ id, callId: f.openCall.id }),
  },
  'createApplication.input.themeId': {
    kind: 'Theme',
    query:
      'mutation ($id: ID!, $callId: ID!, $consortiumId: ID!) { createApplication(input: { callId: $callId, consortiumId: $consortiumId, themeId: $id }) { id theme { code } } }',
    variables: async (id, f, role) => ({ id, callId: f.openCall.id, consortiumId: f.own[role].consortiumId }),
  },
  'createApplication.input.answers.questionId': {
    kind: 'Question',
    query:
      'mutation ($id: ID!, $callId: ID!, $consortiumId: ID!) { createApplication(input: { callId: $callId, consortiumId: $consortiumId, answers: [{ questionId: $id, text: "Vastaus" }] }) { id } }',
    variables: async (id, f, role) => ({ id, callId: f.openCall.id, consortiumId: f.own[role].consortiumId }),
  },
  'updateApplication.id': {
    kind: 'Application',
    query:
      'mutation ($id: ID!) { updateApplication(id: $id, expectedVersion: 1, input: { summary: "Tarkennettu" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'updateApplication.input.themeId': {
    kind: 'Theme',
    query:
      'mutation ($id: ID!, $draft: ID!) { updateApplication(id: $draft, expectedVersion: 1, input: { themeId: $id }) { id theme { code } } }',
    variables: async (id, f, role) => ({ id, draft: await ownDraft(f, role) }),
  },
  'updateApplication.input.answers.questionId': {
    kind: 'Question',
    query:
      'mutation ($id: ID!, $draft: ID!) { updateApplication(id: $draft, expectedVersion: 1, input: { answers: [{ questionId: $id, text: "Vastaus" }] }) { id } }',
    variables: async (id, f, role) => ({ id, draft: await ownDraft(f, role) }),
  },
  'submitApplication.id': {
    kind: 'Application',
    query: 'mutation ($id: ID!) { submitApplication(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'withdrawApplication.id': {
    kind: 'Application',
    query: 'mutation ($id: ID!) { withdrawApplication(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'inviteProposal.proposalId': {
    kind: 'Application',
    query: 'mutation ($id: ID!, $callId: ID!) { inviteProposal(proposalId: $id, callId: $callId) { id } }',
    variables: async (id, f) => ({ id, callId: f.openCall.id }),
  },
  'inviteProposal.callId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!, $proposalId: ID!) { inviteProposal(proposalId: $proposalId, callId: $id) { id } }',
    variables: async (id, f) => ({ id, proposalId: f.submittedId }),
  },
  'decideAward.applicationId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!) { decideAward(applicationId: $id, input: { grantedAmount: "1000", decisionDate: "2026-01-10" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'rejectApplication.applicationId': {
    kind: 'Application',
    query: 'mutation ($id: ID!) { rejectApplication(applicationId: $id, reason: "Out of scope") { id } }',
    variables: async (id) => ({ id }),
  },
  'createCall.input.proposalCallId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!, $key: String!) { createCall(input: { key: $key, year: 2026, title: { fi: "Uusi haku" }, proposalCallId: $id }) { id } }',
    variables: async (id) => ({ id, key: `o-${randomUUID().slice(0, 8)}` }),
  },
  'updateCall.id': {
    kind: 'Call',
    query: 'mutation ($id: ID!) { updateCall(id: $id, input: { title: { fi: "Korjattu" } }) { id } }',
    variables: async (id) => ({ id }),
  },
  'updateCall.input.proposalCallId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!, $callId: ID!) { updateCall(id: $callId, input: { proposalCallId: $id }) { id } }',
    variables: async (id, f) => ({ id, callId: f.openCall.id }),
  },
  'publishCall.id': {
    kind: 'Call',
    query: 'mutation ($id: ID!) { publishCall(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'createConsortium.input.callId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!, $lead: String!, $members: [String!]) { createConsortium(input: { name: "Uusi", leadCode: $lead, memberCodes: $members, callId: $id }) { id } }',
    variables: async (id, f, role) => ({ id, lead: f.own[role].leadCode, members: f.own[role].memberCodes }),
  },
  'updateConsortium.id': {
    kind: 'Consortium',
    query: 'mutation ($id: ID!) { updateConsortium(id: $id, input: { name: "Uusi nimi" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'updateConsortium.input.callId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!, $consortiumId: ID!, $members: [String!]) { updateConsortium(id: $consortiumId, input: { memberCodes: $members, callId: $id }) { id } }',
    variables: async (id, f, role) => ({
      id,
      consortiumId: f.own[role].ledId,
      members: f.own[role].memberCodes,
    }),
  },
  'startReview.callId': {
    kind: 'Call',
    query: 'mutation ($id: ID!) { startReview(callId: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'assignReviewer.applicationId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!, $reviewerId: ID!) { assignReviewer(applicationId: $id, reviewerId: $reviewerId) { id } }',
    variables: async (id, f) => ({ id, reviewerId: f.thirdReviewerId }),
  },
  'assignReviewer.reviewerId': {
    kind: 'User',
    query:
      'mutation ($id: ID!, $applicationId: ID!) { assignReviewer(applicationId: $applicationId, reviewerId: $id) { id } }',
    variables: async (id, f) => ({ id, applicationId: f.underReviewId }),
  },
  'unassignReviewer.applicationId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!, $reviewerId: ID!) { unassignReviewer(applicationId: $id, reviewerId: $reviewerId) { id } }',
    variables: async (id, f) => ({ id, reviewerId: f.thirdReviewerId }),
  },
  'unassignReviewer.reviewerId': {
    kind: 'User',
    query:
      'mutation ($id: ID!, $applicationId: ID!) { unassignReviewer(applicationId: $applicationId, reviewerId: $id) { id } }',
    variables: async (id, f) => ({ id, applicationId: f.underReviewId }),
  },
  'declareConflictOfInterest.applicationId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!) { declareConflictOfInterest(applicationId: $id, reason: "Entinen työnantaja") { id } }',
    variables: async (id) => ({ id }),
  },
  'saveEvaluation.applicationId': {
    kind: 'Application',
    query: 'mutation ($id: ID!) { saveEvaluation(applicationId: $id, input: { scores: [] }) { id } }',
    variables: async (id) => ({ id }),
  },
  'saveEvaluation.input.scores.criterionId': {
    kind: 'Criterion',
    query:
      'mutation ($id: ID!, $applicationId: ID!) { saveEvaluation(applicationId: $applicationId, input: { scores: [{ criterionId: $id, score: 3 }] }) { id } }',
    variables: async (id, f) => ({ id, applicationId: f.underReviewId }),
  },
  'recordAdoption.input.awardId': {
    kind: 'Award',
    public: true,
    query:
      'mutation ($id: ID!, $code: String!) { recordAdoption(input: { awardId: $id, municipalityCode: $code, adoptedOn: "2026-01-10", kind: PLANNED, description: "Suunnitteilla" }) { id } }',
    variables: async (id, f, role) => ({ id, code: f.own[role].leadCode }),
  },
  'createWorkshop.input.callId': {
    kind: 'Call',
    query:
      'mutation ($id: ID!) { createWorkshop(input: { callId: $id, title: { fi: "Työpaja" }, startsAt: "2026-03-01T09:00", online: true, registrationClosesAt: "2026-02-20T16:00" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'inviteToWorkshop.workshopId': {
    kind: 'Workshop',
    public: true,
    query: 'mutation ($id: ID!) { inviteToWorkshop(workshopId: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'inviteToWorkshop.proposalIds': {
    kind: 'Application',
    query: 'mutation ($id: ID!, $w: ID!) { inviteToWorkshop(workshopId: $w, proposalIds: [$id]) { id } }',
    variables: async (id, f) => ({ id, w: f.workshopId }),
  },
  'registerForWorkshop.input.workshopId': {
    kind: 'Workshop',
    public: true,
    query:
      'mutation ($id: ID!, $p: ID!) { registerForWorkshop(input: { workshopId: $id, proposalId: $p, participants: [{ name: "Maija", role: "CIO" }] }) { id } }',
    variables: async (id, f) => ({ id, p: f.submittedId }),
  },
  'registerForWorkshop.input.proposalId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!, $w: ID!) { registerForWorkshop(input: { workshopId: $w, proposalId: $id, participants: [{ name: "Maija", role: "CIO" }] }) { id } }',
    variables: async (id, f) => ({ id, w: f.workshopId }),
  },
  'declineWorkshop.workshopId': {
    kind: 'Workshop',
    public: true,
    query: 'mutation ($id: ID!, $p: ID!) { declineWorkshop(workshopId: $id, proposalId: $p) { id } }',
    variables: async (id, f) => ({ id, p: f.submittedId }),
  },
  'declineWorkshop.proposalId': {
    kind: 'Application',
    query: 'mutation ($id: ID!, $w: ID!) { declineWorkshop(workshopId: $w, proposalId: $id) { id } }',
    variables: async (id, f) => ({ id, w: f.workshopId }),
  },
  'recordWorkshopAttendance.workshopId': {
    kind: 'Workshop',
    public: true,
    query:
      'mutation ($id: ID!, $p: ID!) { recordWorkshopAttendance(workshopId: $id, proposalId: $p, attended: true) { id } }',
    variables: async (id, f) => ({ id, p: f.submittedId }),
  },
  'recordWorkshopAttendance.proposalId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!, $w: ID!) { recordWorkshopAttendance(workshopId: $w, proposalId: $id, attended: true) { id } }',
    variables: async (id, f) => ({ id, w: f.workshopId }),
  },
  'flagLookingForPartners.input.proposalId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!) { flagLookingForPartners(input: { proposalId: $id, wish: "Kumppani" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'unflagLookingForPartners.proposalId': {
    kind: 'Application',
    query: 'mutation ($id: ID!) { unflagLookingForPartners(proposalId: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'offerToJoinProposal.input.proposalId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!, $code: String!) { offerToJoinProposal(input: { proposalId: $id, municipalityCode: $code }) { id } }',
    variables: async (id, f, role) => ({ id, code: f.own[role].leadCode }),
  },
  'acceptPartnerOffer.input.proposalId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!) { acceptPartnerOffer(input: { proposalId: $id, municipalityCode: "091" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'declinePartnerOffer.input.proposalId': {
    kind: 'Application',
    query:
      'mutation ($id: ID!) { declinePartnerOffer(input: { proposalId: $id, municipalityCode: "091" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'confirmAdoption.id': {
    kind: 'Adoption',
    query: 'mutation ($id: ID!) { confirmAdoption(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'declineAdoption.id': {
    kind: 'Adoption',
    query: 'mutation ($id: ID!) { declineAdoption(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'submitEvaluation.id': {
    kind: 'Evaluation',
    query: 'mutation ($id: ID!) { submitEvaluation(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'requestChange.awardId': {
    kind: 'Award',
    query:
      'mutation ($id: ID!) { requestChange(awardId: $id, input: { kind: EXTEND_PROJECT, justification: "Myöhässä", projectEnd: "2027-08-31" }) { id } }',
    variables: async (id) => ({ id }),
  },
  'withdrawChangeRequest.id': {
    kind: 'ChangeRequest',
    query: 'mutation ($id: ID!) { withdrawChangeRequest(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'approveChangeRequest.id': {
    kind: 'ChangeRequest',
    query: 'mutation ($id: ID!) { approveChangeRequest(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'rejectChangeRequest.id': {
    kind: 'ChangeRequest',
    query: 'mutation ($id: ID!) { rejectChangeRequest(id: $id, reason: "Ei perusteltu") { id } }',
    variables: async (id) => ({ id }),
  },
  'submitPaymentRequest.awardId': {
    kind: 'Award',
    query: `mutation ($id: ID!) { submitPaymentRequest(awardId: $id, input: ${paymentInput}) { id } }`,
    variables: async (id) => ({ id }),
  },
  'resubmitPaymentRequest.id': {
    kind: 'PaymentRequest',
    query: `mutation ($id: ID!) { resubmitPaymentRequest(id: $id, input: ${paymentInput}) { id } }`,
    variables: async (id) => ({ id }),
  },
  'approvePaymentRequest.id': {
    kind: 'PaymentRequest',
    query: `mutation ($id: ID!) { approvePaymentRequest(id: $id, input: { approvedCosts: ${costsLiteral} }) { id } }`,
    variables: async (id) => ({ id }),
  },
  'returnPaymentRequest.id': {
    kind: 'PaymentRequest',
    query: 'mutation ($id: ID!) { returnPaymentRequest(id: $id, reason: "Puutteellinen") { id } }',
    variables: async (id) => ({ id }),
  },
  'recordRecovery.awardId': {
    kind: 'Award',
    query: 'mutation ($id: ID!) { recordRecovery(awardId: $id, amount: "10.00") { id } }',
    variables: async (id) => ({ id }),
  },
  'submitReport.awardId': {
    kind: 'Award',
    query:
      'mutation ($id: ID!) { submitReport(awardId: $id, input: { kind: FINAL, outcomes: "Tehty", reuse: "Avoin", publicSummary: { fi: "Tiivistelmä" } }) { id } }',
    variables: async (id) => ({ id }),
  },
  'approveReport.id': {
    kind: 'Report',
    query: 'mutation ($id: ID!) { approveReport(id: $id) { id } }',
    variables: async (id) => ({ id }),
  },
  'returnReport.id': {
    kind: 'Report',
    query: 'mutation ($id: ID!) { returnReport(id: $id, reason: "Puutteellinen") { id } }',
    variables: async (id) => ({ id }),
  },
  'declareConflictAfterSubmission.evaluationId': {
    kind: 'Evaluation',
    query:
      'mutation ($id: ID!) { declareConflictAfterSubmission(evaluationId: $id, reason: "Entinen työnantaja") { id } }',
    variables: async (id) => ({ id }),
  },
  'voidEvaluation.id': {
    kind: 'Evaluation',
    query: 'mutation ($id: ID!) { voidEvaluation(id: $id, reason: "Esteellisyys") { id } }',
    variables: async (id) => ({ id }),
  },
};

/** What a client can tell apart: the status, the data and the errors (codes, messages, extensions, paths). */
const answer = ({ status, data, errors }: GraphQLResponse<RawData>) => ({ status, data, errors });
const brief = ({ status, data, errors }: ReturnType<typeof answer>) =>
  `HTTP ${status} ${JSON.stringify(errors?.map(({ message, extensions }) => ({ message, extensions })) ?? data)}`;

/**
 * A person for each role but the public, signed in, with every role's token in `tokens`: an applicant of
 * Tampere (837), one of Vantaa (092), two reviewers and an administrator.
 */
async function signInEveryRole(server: TestServer, tokens: Record<Role, string | undefined>) {
  const [otherApplicant, memberApplicant, unassignedReviewer, assignedReviewer, admin] = await Promise.all([
    signIn(server, { sub: 'outsider', roles: ['applicant'], municipalities: ['837'] }),
    signIn(server, { sub: 'member', roles: ['applicant'], municipalities: ['092'] }),
    signIn(server, { sub: 'unassigned', roles: ['reviewer'] }),
    signIn(server, { sub: 'assigned', roles: ['reviewer'] }),
    signIn(server, { sub: 'admin', roles: ['admin'] }),
  ]);
  const people = { otherApplicant, memberApplicant, unassignedReviewer, assignedReviewer, admin };
  Object.assign(tokens, { public: undefined });
  for (const [role, person] of Object.entries(people)) tokens[role as Role] = person.token;
  return people;
}

describe('no existence oracle: a mutation answers for a record the caller may not see as for a missing id', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let fixture: Fixture;
  const tokens = {} as Record<Role, string | undefined>;
  /** Per role, the ids of the pool it may see, as the read API answers (auth/visibility.ts). */
  const visible = {} as Record<Role, Set<string>>;

  const hiddenFrom = (role: Role, record: Pooled) =>
    !visible[role].has(
      record.kind === 'Theme' || record.kind === 'Question' || record.kind === 'Criterion'
        ? record.callId!
        : record.id,
    );

  before(async () => {
    server = await startTestServer();
    schema = await buildSubgraph();
    const ds = server.dataSource;
    const { assignedReviewer } = await signInEveryRole(server, tokens);
    const thirdReviewer = await signIn(server, { sub: 'third', roles: ['reviewer'] });

    // Espoo leads and Vantaa (the member applicant's) takes part; Tampere (the other applicant's) leads
    // with Turku; Vantaa also leads one with Espoo, for the operations only a lead may use.
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const others = await createConsortium(ds, { lead: '837', members: ['853'] });
    const vantaaLed = await createConsortium(ds, { lead: '092', members: ['049'] });

    const { call: closed, criteria } = await createClosedCall(ds);
    const application = (status: ApplicationStatus, consortiumId = consortium.id) =>
      createApplication(ds, { callId: closed.id, consortiumId, status });
    const draft = await application(ApplicationStatus.DRAFT);
    const submitted = await application(ApplicationStatus.SUBMITTED);
    const underReview = await application(ApplicationStatus.UNDER_REVIEW);
    const unassignedReview = await application(ApplicationStatus.UNDER_REVIEW);
    const rejected = await application(ApplicationStatus.REJECTED);
    const unassignedRejected = await application(ApplicationStatus.REJECTED);
    const withdrawn = await application(ApplicationStatus.WITHDRAWN);
    const othersDraft = await application(ApplicationStatus.DRAFT, others.id);
    // Grants of both consortia, each with a payment request and a final report.
    const grants = [];
    for (const consortiumId of [consortium.id, others.id]) {
      const awarded = await application(ApplicationStatus.AWARDED, consortiumId);
      const award = await createAward(ds, { applicationId: awarded.id });
      grants.push({
        award,
        request: await createPaymentRequest(ds, { awardId: award.id }),
        report: await createReport(ds, { awardId: award.id }),
      });
    }
    const othersReview = await application(ApplicationStatus.UNDER_REVIEW, others.id);
    // A grant of Tampere's and Turku's project, which Helsinki adopted (pending) and Espoo too (declined).
    const othersAward = await createAward(ds, {
      applicationId: (await application(ApplicationStatus.AWARDED, others.id)).id,
    });
    const pendingAdoption = await createAdoption(ds, { awardId: othersAward.id, municipalityCode: '091' });
    const declinedAdoption = await createAdoption(ds, {
      awardId: othersAward.id,
      municipalityCode: '049',
      status: AdoptionStatus.DECLINED,
    });
    for (const applicationId of [draft.id, underReview.id, rejected.id])
      await assignReviewer(ds, { applicationId, reviewerId: assignedReviewer.userId });
    // An assignment that has ended gives nothing.
    await assignReviewer(ds, {
      applicationId: unassignedReview.id,
      reviewerId: assignedReviewer.userId,
      ended: true,
    });
    await assignReviewer(ds, { applicationId: underReview.id, reviewerId: thirdReviewer.userId });
    const evaluationOf = async (reviewer: { token: string }) => {
      const saved = await server.rawQuery(
        'mutation ($a: ID!) { saveEvaluation(applicationId: $a, input: { scores: [] }) { id } }',
        { a: underReview.id },
        { token: reviewer.token },
      );
      expect(saved.errors, JSON.stringify(saved.errors)).to.equal(undefined);
      return saved.data!.saveEvaluation.id as string;
    };
    const ownEvaluation = await evaluationOf(assignedReviewer);
    const thirdEvaluation = await evaluationOf(thirdReviewer);

    // Grants with a change request each: one of Espoo and Vantaa, one of Tampere and Turku (consortia of
    // their own, so that the pool's consortia stay unawarded).
    const grant = async (lead: string, members: string[]) => {
      const grantConsortium = await createConsortium(ds, { lead, members });
      const awarded = await application(ApplicationStatus.AWARDED, grantConsortium.id);
      const award = await createAward(ds, { applicationId: awarded.id });
      return { award, request: await createChangeRequest(ds, { awardId: award.id }) };
    };
    const ownGrant = await grant('049', ['092']);
    const othersGrant = await grant('837', ['853']);

    const open = await createCall(server, callInput(`open-${randomUUID().slice(0, 8)}`));
    const draftCall = await createCall(server, callInput(`draft-${randomUUID().slice(0, 8)}`), false);
    const firstOf = async (entity: typeof Theme | typeof Question | typeof Criterion, callId: string) =>
      (await ds.getRepository(entity).findOneByOrFail({ callId, position: 0 })).id;

    const own = (consortiumId: string, leadCode: string, memberCodes: string[], ledId: string) => ({
      consortiumId,
      leadCode,
      memberCodes,
      ledId,
    });
    const proposalCall = (await createClosedCall(ds, { stage: CallStage.PROPOSAL })).call;
    const workshop = await createWorkshop(ds, { callId: proposalCall.id });
    fixture = {
      server,
      openCall: { id: open.id },
      workshopId: workshop.id,
      underReviewId: underReview.id,
      submittedId: submitted.id,
      thirdReviewerId: thirdReviewer.userId,
      own: {
        public: own(consortium.id, '092', ['049'], vantaaLed.id),
        otherApplicant: own(others.id, '837', ['853'], others.id),
        memberApplicant: own(consortium.id, '092', ['049'], vantaaLed.id),
        unassignedReviewer: own(consortium.id, '092', ['049'], vantaaLed.id),
        assignedReviewer: own(consortium.id, '092', ['049'], vantaaLed.id),
        admin: own(consortium.id, '092', ['049'], vantaaLed.id),
      },
      pool: [
        { kind: 'Application', id: draft.id, what: 'a draft (with the reviewer assigned)' },
        { kind: 'Application', id: submitted.id, what: 'a submitted application' },
        { kind: 'Application', id: underReview.id, what: 'an application under review' },
        {
          kind: 'Application',
          id: unassignedReview.id,
          what: 'an application under review whose assignment ended',
        },
        { kind: 'Application', id: rejected.id, what: 'a rejected application (with the reviewer assigned)' },
        { kind: 'Application', id: unassignedRejected.id, what: 'a rejected application' },
        { kind: 'Application', id: withdrawn.id, what: 'a withdrawn application' },
        { kind: 'Application', id: othersDraft.id, what: "another consortium's draft" },
        { kind: 'Application', id: othersReview.id, what: "another consortium's application under review" },
        { kind: 'Consortium', id: consortium.id, what: 'the consortium of Espoo and Vantaa' },
        { kind: 'Consortium', id: others.id, what: 'the consortium of Tampere and Turku' },
        { kind: 'Consortium', id: vantaaLed.id, what: 'the consortium Vantaa leads' },
        { kind: 'Call', id: closed.id, what: 'a closed call' },
        { kind: 'Adoption', id: pendingAdoption.id, what: "Helsinki's pending adoption of a result" },
        { kind: 'Adoption', id: declinedAdoption.id, what: "Espoo's declined adoption of a result" },
        { kind: 'Award', id: othersAward.id, what: "the award of Tampere's and Turku's project" },
        { kind: 'Call', id: open.id, what: 'an open call' },
        { kind: 'Call', id: draftCall.id, what: 'a draft call' },
        { kind: 'Evaluation', id: ownEvaluation, what: "the assigned reviewer's draft evaluation" },
        { kind: 'Evaluation', id: thirdEvaluation, what: "another reviewer's draft evaluation" },
        ...[draftCall, open].flatMap((call) => [
          { kind: 'Theme', id: '', what: `a theme of ${call.key}`, callId: call.id },
          { kind: 'Question', id: '', what: `a question of ${call.key}`, callId: call.id },
        ]),
        { kind: 'Criterion', id: '', what: 'a criterion of the draft call', callId: draftCall.id },
        { kind: 'Criterion', id: criteria[0].id, what: 'a criterion of the closed call', callId: closed.id },
        { kind: 'User', id: thirdReviewer.userId, what: 'a reviewer' },
        { kind: 'Award', id: ownGrant.award.id, what: 'the grant to Espoo and Vantaa' },
        { kind: 'Award', id: othersGrant.award.id, what: 'the grant to Tampere and Turku' },
        { kind: 'ChangeRequest', id: ownGrant.request.id, what: 'a change request of Espoo and Vantaa' },
        { kind: 'ChangeRequest', id: othersGrant.request.id, what: 'a change request of Tampere and Turku' },
        ...grants.flatMap(({ award, request, report }, i) => {
          const whose = i === 0 ? 'the grant of Espoo and Vantaa' : 'the grant of Tampere and Turku';
          return [
            { kind: 'Award', id: award.id, what: whose },
            { kind: 'PaymentRequest', id: request.id, what: `a payment request on ${whose}` },
            { kind: 'Report', id: report.id, what: `the final report on ${whose}` },
          ];
        }),
      ] as Pooled[],
    };
    for (const record of fixture.pool) {
      if (record.id) continue;
      const entity = { Theme, Question, Criterion }[record.kind as 'Theme' | 'Question' | 'Criterion'];
      record.id = await firstOf(entity, record.callId!);
    }

    // Who may see what is asked of the read API, so that this test follows auth/visibility.ts rather than
    // restating it; people have no read path and are the administrators' business.
    const representations = fixture.pool
      .filter((record) =>
        ['Application', 'Consortium', 'Call', 'Evaluation', 'Award', 'ChangeRequest', 'Adoption'].includes(
          record.kind,
        ),
      )
      .map((record) => ({ __typename: record.kind, id: record.id }));
    for (const role of roles) {
      const response = await server.rawQuery(
        'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Application { id } ... on Consortium { id } ... on Call { id } ... on Evaluation { id } ... on Award { id } ... on ChangeRequest { id } ... on Adoption { id } } }',
        { reps: representations },
        { token: tokens[role] },
      );
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      const seen = (response.data!._entities as ({ id: string } | null)[]).flatMap((entity) =>
        entity ? [entity.id] : [],
      );
      // Awards are public; their payment requests and reports are seen through them.
      const grantRecords = await server.rawQuery(
        'query ($c: ID!) { awards(first: 50, filter: { callId: $c }) { nodes { id paymentRequests { id } reports { id } } } }',
        { c: closed.id },
        { token: tokens[role] },
      );
      expect(grantRecords.errors, JSON.stringify(grantRecords.errors)).to.equal(undefined);
      const nodes = (
        grantRecords.data!.awards as {
          nodes: { id: string; paymentRequests: { id: string }[]; reports: { id: string }[] }[];
        }
      ).nodes;
      seen.push(
        ...nodes.flatMap((node) => [
          node.id,
          ...node.paymentRequests.map((r) => r.id),
          ...node.reports.map((r) => r.id),
        ]),
      );
      visible[role] = new Set(role === 'admin' ? [...seen, thirdReviewer.userId] : seen);
    }
  });
  after(() => server?.stop());

  it('has a case for every id a mutation takes, and none for an id the schema does not have', () => {
    expect(Object.keys(cases).sort()).to.deep.equal(idArguments(schema));
  });

  it('probes records that exist and that each caller but the administrator partly may not see', () => {
    const hidden = (role: Role) =>
      fixture.pool.filter((record) => hiddenFrom(role, record)).map((record) => record.what);
    expect(hidden('admin'), 'the administrator sees every record, so all of them exist').to.deep.equal([]);
    expect(hidden('assignedReviewer')).to.include.members([
      'a draft (with the reviewer assigned)',
      'an application under review whose assignment ended',
      'a rejected application',
      "another reviewer's draft evaluation",
    ]);
    expect(hidden('assignedReviewer')).to.not.include('an application under review');
    expect(hidden('unassignedReviewer')).to.include.members([
      'an application under review',
      'a rejected application (with the reviewer assigned)',
    ]);
    expect(hidden('memberApplicant')).to.include.members(["another consortium's draft", 'a draft call']);
    expect(hidden('memberApplicant')).to.not.include('a draft (with the reviewer assigned)');
    expect(hidden('otherApplicant')).to.include('a draft (with the reviewer assigned)');
    expect(hidden('public')).to.include('a submitted application');
    expect(hidden('memberApplicant')).to.include.members([
      'a payment request on the grant of Tampere and Turku',
      'the final report on the grant of Tampere and Turku',
    ]);
    expect(hidden('memberApplicant')).to.not.include('a payment request on the grant of Espoo and Vantaa');
    expect(hidden('public')).to.include.members([
      'a payment request on the grant of Espoo and Vantaa',
      'the final report on the grant of Espoo and Vantaa',
    ]);
    expect(hidden('public')).to.not.include('the grant of Espoo and Vantaa');
  });

  it('probes change requests hidden from every caller but the consortium and administrators', () => {
    const hidden = (role: Role) =>
      fixture.pool.filter((record) => hiddenFrom(role, record)).map((record) => record.what);
    expect(hidden('public')).to.include.members([
      'a change request of Espoo and Vantaa',
      'a change request of Tampere and Turku',
    ]);
    expect(hidden('memberApplicant')).to.include('a change request of Tampere and Turku');
    expect(hidden('memberApplicant')).to.not.include('a change request of Espoo and Vantaa');
    expect(hidden('assignedReviewer')).to.include('a change request of Espoo and Vantaa');
    expect(hidden('public')).to.include("Helsinki's pending adoption of a result");
    expect(hidden('memberApplicant')).to.include("Espoo's declined adoption of a result");
    expect(hidden('otherApplicant'), "Tampere's officials confirm adoptions of its project").to.not.include(
      "Helsinki's pending adoption of a result",
    );
    for (const role of roles)
      expect(hidden(role)).to.not.include("the award of Tampere's and Turku's project");
  });

  for (const [path, probe] of Object.entries(cases)) {
    if (probe.public) {
      it(`${path}: a ${probe.kind.toLowerCase()} is public, and a missing id is NOT_FOUND past the role check`, async () => {
        const audit = server.dataSource.getRepository(AuditEvent);
        let pastTheRoleCheck = 0;
        for (const role of roles) {
          const events = await audit.count();
          const missing = answer(
            await server.rawQuery(probe.query, await probe.variables(randomUUID(), fixture, role), {
              token: tokens[role],
            }),
          );
          const code = String(missing.errors?.[0]?.extensions?.code);
          expect(missing.errors, role).to.have.length(1);
          if (!['FORBIDDEN', 'UNAUTHENTICATED'].includes(code)) {
            expect(code, role).to.equal('NOT_FOUND');
            pastTheRoleCheck += 1;
          }
          expect(await audit.count(), `${role}: changed data`).to.equal(events);
        }
        expect(pastTheRoleCheck, 'no caller got past the role check').to.be.greaterThan(0);
      });
      continue;
    }
    // Awards are public: there is nothing hidden to compare with, so a missing one must simply be
    // NOT_FOUND (or refused before any lookup), with nothing written.
    const isPublic = probe.kind === 'Award';
    if (isPublic) {
      it(`${path}: a ${probe.kind.toLowerCase()} is public to every caller, and a missing id is NOT_FOUND`, async () => {
        const audit = server.dataSource.getRepository(AuditEvent);
        const answers: string[] = [];
        for (const role of roles) {
          expect(
            fixture.pool.filter((r) => r.kind === probe.kind && hiddenFrom(role, r)),
            `${role} sees every ${probe.kind}`,
          ).to.deep.equal([]);
          const events = await audit.count();
          const missing = answer(
            await server.rawQuery(probe.query, await probe.variables(randomUUID(), fixture, role), {
              token: tokens[role],
            }),
          );
          answers.push(`${role}: ${String(missing.errors?.[0]?.extensions?.code)}`);
          expect(await audit.count(), role).to.equal(events);
        }
        for (const line of answers) expect(line).to.match(/: (NOT_FOUND|FORBIDDEN)$/);
        expect(
          answers.filter((line) => line.endsWith('NOT_FOUND')),
          'nobody got past the role check',
        ).to.not.be.empty;
      });
      continue;
    }
    it(`${path}: every caller gets the same answer for a hidden ${probe.kind.toLowerCase()} as for a missing id`, async () => {
      const audit = server.dataSource.getRepository(AuditEvent);
      const differences: string[] = [];
      let compared = 0;
      let pastTheRoleCheck = 0;
      for (const role of roles) {
        for (const record of fixture.pool.filter((r) => r.kind === probe.kind && hiddenFrom(role, r))) {
          const events = await audit.count();
          const token = { token: tokens[role] };
          const hidden = answer(
            await server.rawQuery(probe.query, await probe.variables(record.id, fixture, role), token),
          );
          const missing = answer(
            await server.rawQuery(probe.query, await probe.variables(randomUUID(), fixture, role), token),
          );
          compared += 1;
          if (!isDeepStrictEqual(hidden, missing) || !missing.errors?.length)
            differences.push(`${role}, ${record.what}: ${brief(hidden)} ≠ missing: ${brief(missing)}`);
          else if (!['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(missing.errors[0].extensions?.code)))
            pastTheRoleCheck += 1;
          if ((await audit.count()) !== events) differences.push(`${role}, ${record.what}: changed data`);
        }
      }
      expect(differences).to.deep.equal([]);
      expect(compared, 'no caller had a hidden record to try').to.be.greaterThan(0);
      // Only administrators may use an admin-only mutation, and nothing is hidden from them; every other
      // mutation must have been tried by someone it is meant for, or the lookup itself went untested.
      if (ruleOf('Mutation', path.split('.')[0], true) !== isAdmin)
        expect(pastTheRoleCheck, 'no caller got past the role check').to.be.greaterThan(0);
    });
  }
});

describe('no existence oracle on the document routes: a grant the caller may not use is a missing one', () => {
  let server: TestServer;
  let folder: string;
  const tokens = {} as Record<Role, string | undefined>;
  let awardId: string;
  let documentId: string;

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dk-oracle-documents-'));
    server = await startTestServer({ env: { DOCUMENTS_DIR: folder } });
    const ds = server.dataSource;
    const { assignedReviewer, admin } = await signInEveryRole(server, tokens);
    // Espoo leads, Vantaa (the member applicant's) takes part: Vantaa's official sees the documents but
    // may not attach any; the assigned reviewer reviewed the application the award is of.
    const { call } = await createClosedCall(ds);
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const award = await createAward(ds, { callId: call.id, consortiumId: consortium.id });
    await assignReviewer(ds, { applicationId: award.applicationId, reviewerId: assignedReviewer.userId });
    awardId = award.id;
    const form = new FormData();
    form.append('kind', 'AGREEMENT');
    form.append('file', new Blob([Buffer.from('%PDF-1.7\nthe agreement')]), 'sopimus.pdf');
    const uploaded = await fetch(`${server.origin}/awards/${award.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(uploaded.status).to.equal(201);
    documentId = ((await uploaded.json()) as { document: { id: string } }).document.id;
  });
  after(async () => {
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  async function send(url: string, role: Role, form?: Record<string, string>) {
    const headers: Record<string, string> = tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {};
    let body: FormData | undefined;
    if (form) {
      body = new FormData();
      for (const [name, value] of Object.entries(form)) body.append(name, value);
      body.append('file', new Blob([Buffer.from('%PDF-1.7\nhidden or missing')]), 'liite.pdf');
    }
    const response = await fetch(`${server.origin}${url}`, { method: form ? 'POST' : 'GET', headers, body });
    return { status: response.status, body: await response.text() };
  }

  const paths: Record<string, { may: Role[]; ask: (id: string, role: Role) => ReturnType<typeof send> }> = {
    'POST /awards/{id}/documents': {
      may: ['admin'],
      ask: (id, role) => send(`/awards/${id}/documents`, role, { kind: 'ANNEX' }),
    },
    'POST /documents (ownerId)': {
      may: ['admin'],
      ask: (id, role) => send('/documents', role, { ownerType: 'AWARD', ownerId: id, kind: 'ANNEX' }),
    },
    'GET /documents/{id}': {
      may: ['memberApplicant', 'admin'],
      ask: (id, role) => send(`/documents/${id}`, role),
    },
  };

  for (const [label, probe] of Object.entries(paths)) {
    it(`${label}: every caller who may not gets the same answer as for a missing id, and nothing is stored`, async () => {
      const rows = await server.dataSource.getRepository(Document).count();
      const events = await server.dataSource.getRepository(AuditEvent).count();
      const files = await readdir(folder, { recursive: true });
      const id = label.startsWith('GET') ? documentId : awardId;
      const differences: string[] = [];
      for (const role of roles.filter((role) => !probe.may.includes(role))) {
        const hidden = await probe.ask(id, role);
        const missing = await probe.ask(randomUUID(), role);
        if (!isDeepStrictEqual(hidden, missing) || ![401, 404].includes(missing.status))
          differences.push(
            `${role}: HTTP ${hidden.status} ${hidden.body} ≠ missing: HTTP ${missing.status} ${missing.body}`,
          );
      }
      expect(differences).to.deep.equal([]);
      expect(await server.dataSource.getRepository(Document).count()).to.equal(rows);
      expect(await server.dataSource.getRepository(AuditEvent).count()).to.equal(events);
      expect(await readdir(folder, { recursive: true })).to.deep.equal(files);
      // Those who may are not refused (the probe reaches the record): the refusal above is the rule's.
      for (const role of probe.may) expect((await probe.ask(id, role)).status, role).to.be.oneOf([200, 201]);
    });
  }
});
