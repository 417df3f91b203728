import { middleware } from 'graphql-middleware';
import { allow, deny, type IRules, rule, shield } from 'graphql-shield';
import type { RequestContext } from '../context';
import { forbidden } from '../common/errors';
import type { Application } from '../modules/application/application.entity';
import type { Award } from '../modules/award/award.entity';
import {
  maySeeApplicationContact,
  maySeeApplicationContent,
  maySeeGrantRecords,
  maySeeOverlaps,
  maySeeWorkshopParticipants,
} from './access';
import type { WorkshopInvitation } from '../modules/workshop/workshop.entity';
import { hasRole, Role } from './viewer';

/** One rule of the map (graphql-shield exports only the map's type, not its leaves'). */
export type PermissionRule = Exclude<IRules, Record<string, unknown>>;

const roleRule = (role: Role) =>
  rule(`has${role}`, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
    hasRole(ctx.viewer, role),
  );

export const isAdmin = roleRule(Role.ADMIN);
const isApplicant = roleRule(Role.APPLICANT);
const isReviewer = roleRule(Role.REVIEWER);

/**
 * graphql-shield takes an exception inside a rule for a plain "no", so a failing query would look like
 * FORBIDDEN and leave no trace. Returned instead of thrown, the error takes the way of resolver errors:
 * typed ones reach the client as they are, anything else is masked as INTERNAL_SERVER_ERROR and logged.
 */
function failuresAsErrors<A extends unknown[]>(check: (...args: A) => Promise<boolean>) {
  return async (...args: A): Promise<boolean | Error> => {
    try {
      return await check(...args);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
}

/** Answers, maturity assessment, eligibility issues: own consortium, assigned reviewers, administrators. */
const maySeeContent = rule('maySeeApplicationContent', { cache: 'strict' })(
  failuresAsErrors((application: Application, _args: unknown, ctx: RequestContext) =>
    maySeeApplicationContent(ctx, application),
  ),
);

/** The contact person is personal data: own consortium and administrators. */
const maySeeContact = rule('maySeeApplicationContact', { cache: 'strict' })(
  failuresAsErrors((application: Application, _args: unknown, ctx: RequestContext) =>
    maySeeApplicationContact(ctx, application),
  ),
);

/** A grant's private side (documents, recovery and settlement): own consortium and administrators. */
const maySeeGrant = rule('maySeeGrantRecords', { cache: 'strict' })(
  failuresAsErrors((award: Award, _args: unknown, ctx: RequestContext) => maySeeGrantRecords(ctx, award)),
);

/**
 * Ordering applications by WEIGHTED_SCORE is for whoever may see every score, administrators: the order
 * of a page would otherwise tell what `evaluationSummary` hides. Every `applications` field takes it.
 */
const mayOrderApplications = rule('mayOrderApplications', { cache: 'strict' })(
  (_parent: unknown, args: { orderBy?: { field?: string } | null }, ctx: RequestContext) =>
    args.orderBy?.field !== 'WEIGHTED_SCORE' || hasRole(ctx.viewer, Role.ADMIN),
);

/** Overlaps with other applications: assigned reviewers and administrators. */
const mayReviewApplication = rule('mayReviewApplication', { cache: 'strict' })(
  failuresAsErrors((application: Application, _args: unknown, ctx: RequestContext) =>
    maySeeOverlaps(ctx, application),
  ),
);

/** Any caller with a valid token, whatever its roles: the proposals looking for partners are not public. */
const isSignedIn = rule('isSignedIn', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) => ctx.viewer.userId !== null,
);

/** The people registered for a workshop (personal data): the invited consortium's officials and administrators. */
const maySeeParticipants = rule('maySeeWorkshopParticipants', { cache: 'strict' })(
  failuresAsErrors((invitation: WorkshopInvitation, _args: unknown, ctx: RequestContext) =>
    maySeeWorkshopParticipants(ctx, invitation),
  ),
);

/**
 * The one permissions map. Anything not named here is denied (fallbackRule), so a new root field or
 * type is closed until someone decides who may use it; a test walks the schema to keep this complete.
 * Row visibility (which applications and consortia a caller sees at all) is applied in SQL by
 * auth/visibility.ts on every path; these rules decide operations and sensitive fields.
 */
const permissionRules = {
  Query: {
    viewer: allow,
    calls: allow,
    call: allow,
    regions: allow,
    municipalities: allow,
    municipality: allow,
    consortium: allow,
    application: allow,
    applications: mayOrderApplications,
    awards: allow,
    // Public; which figures a caller sees is the service's (applications not awarded: see the type).
    fundingStatistics: allow,
    reviewAssignments: isReviewer,
    auditEvents: isAdmin,
    // Results reused (issue 15): confirmed adoptions are public, the others restricted in SQL.
    adoption: allow,
    adoptionsByRegion: allow,
    // Row visibility in SQL (restrictGrantRecords): the grant's consortium and administrators.
    changeRequest: allow,
    _service: allow,
    _entities: allow,
  },
  // Applying (issue 4): administrators run calls and invite proposals; applicants build consortia and
  // applications, and the services check that the caller acts for the lead or a member.
  Mutation: {
    createCall: isAdmin,
    updateCall: isAdmin,
    publishCall: isAdmin,
    inviteProposal: isAdmin,
    createConsortium: isApplicant,
    updateConsortium: isApplicant,
    createApplication: isApplicant,
    updateApplication: isApplicant,
    submitApplication: isApplicant,
    withdrawApplication: isApplicant,
    // Reviewing and deciding.
    startReview: isAdmin,
    assignReviewer: isAdmin,
    unassignReviewer: isAdmin,
    decideAward: isAdmin,
    rejectApplication: isAdmin,
    saveEvaluation: isReviewer,
    // Results reused: the services check that the caller acts for the adopter, or for the project's lead.
    recordAdoption: isApplicant,
    confirmAdoption: isApplicant,
    declineAdoption: isApplicant,
    submitEvaluation: isReviewer,
    declareConflictOfInterest: isReviewer,
    // After the decision (issue 14): the service checks that the caller acts for the grant's lead.
    requestChange: isApplicant,
    withdrawChangeRequest: isApplicant,
    approveChangeRequest: isAdmin,
    rejectChangeRequest: isAdmin,
    // After the decision (issue 14): the lead's officials report and request payment (the services
    // check that the caller acts for the award's lead); administrators decide and record recoveries.
    submitPaymentRequest: isApplicant,
    resubmitPaymentRequest: isApplicant,
    approvePaymentRequest: isAdmin,
    returnPaymentRequest: isAdmin,
    recordRecovery: isAdmin,
    submitReport: isApplicant,
    approveReport: isAdmin,
    returnReport: isAdmin,
    // Issue 15: a conflict found after submitting, and the administrator's voiding.
    declareConflictAfterSubmission: isReviewer,
    voidEvaluation: isAdmin,
    // The two-stage call and its workshop (issue 15): administrators run the workshop; the services
    // check that the caller acts for the invited proposal's consortium, for the offering municipality,
    // or for the proposal's lead.
    createWorkshop: isAdmin,
    inviteToWorkshop: isAdmin,
    recordWorkshopAttendance: isAdmin,
    registerForWorkshop: isApplicant,
    declineWorkshop: isApplicant,
    flagLookingForPartners: isApplicant,
    unflagLookingForPartners: isApplicant,
    offerToJoinProposal: isApplicant,
    acceptPartnerOffer: isApplicant,
    declinePartnerOffer: isApplicant,
  },
  EligibilityIssue: allow,
  Viewer: allow,
  Region: allow,
  Municipality: {
    '*': allow,
    applications: mayOrderApplications,
  },
  Call: {
    '*': allow,
    // Signed-in callers of any role; the rows are a narrow view, never the proposals themselves.
    partnerSearches: isSignedIn,
    ranking: isAdmin,
    applications: mayOrderApplications,
  },
  Theme: allow,
  Criterion: allow,
  Question: allow,
  LocalizedText: allow,
  PublishedStatistics: allow,
  CallStatistics: allow,
  FundingStatisticsRow: allow,
  Consortium: {
    '*': allow,
    applications: mayOrderApplications,
  },
  ConsortiumMember: allow,
  Application: {
    '*': allow,
    answers: maySeeContent,
    maturityAssessment: maySeeContent,
    eligibilityIssues: maySeeContent,
    contact: maySeeContact,
    overlaps: mayReviewApplication,
    // As Call.partnerSearches: the search for partners is for signed-in callers, whoever sees the proposal.
    partnerSearch: isSignedIn,
  },
  Answer: allow,
  Budget: allow,
  Contact: allow,
  MaturityAssessment: allow,
  // Public: the grant and its paid and returned totals; its documents, recovery and settlement only to
  // those who follow the grant. Payment requests and reports reach a caller only through row visibility
  // in SQL (restrictGrantRecords); documents only through Award.documents, which decides who sees them.
  Award: {
    '*': allow,
    // The decision states only what the award already shows the public.
    decisionDocument: allow,
    documents: maySeeGrant,
    hasAgreement: maySeeGrant,
    recoveryClaim: maySeeGrant,
    recoveredTotal: maySeeGrant,
    settledAt: maySeeGrant,
  },
  Document: allow,
  PaymentRequest: allow,
  CostBreakdown: allow,
  Report: allow,
  ReportIndicator: allow,
  // The public record (issue 16): what the ministry published, and where each figure comes from.
  PublishedDecision: allow,
  Source: allow,
  PageInfo: allow,
  CallConnection: allow,
  CallEdge: allow,
  MunicipalityConnection: allow,
  MunicipalityEdge: allow,
  ApplicationConnection: allow,
  ApplicationEdge: allow,
  AwardConnection: allow,
  AwardEdge: allow,

  // Results reused: which adoptions a caller sees is decided in SQL (restrictAdoptions).
  Adoption: allow,
  AdoptionConnection: allow,
  AdoptionEdge: allow,
  AdoptionRegionRow: allow,
  // Overlaps shown to reviewers: the field itself is guarded (Application.overlaps), and its rows are
  // narrowed to the applications the caller may see.
  ApplicationOverlap: allow,

  // History you can query (issue 15). Whose history a caller reads is decided by the parent (a record
  // they may see); each change keeps only the fields the caller may read on the record (the module's
  // map, e.g. application-history.ts); the snapshot's sensitive fields carry the record's own rules.
  HistoryEntry: allow,
  HistoryEntryConnection: allow,
  HistoryEntryEdge: allow,
  FieldChange: allow,
  HistoryActor: {
    '*': allow,
    name: isAdmin,
  },
  PublishedCall: allow,
  SubmittedApplication: {
    '*': allow,
    answers: maySeeContent,
    maturityAssessment: maySeeContent,
    contact: maySeeContact,
  },
  AuditEvent: isAdmin,
  AuditEventConnection: isAdmin,
  AuditEventEdge: isAdmin,
  _Service: allow,

  // Reviewing and deciding. Which evaluations a caller sees is decided in SQL (restrictEvaluations);
  // the summary resolver returns null to anyone who may not compare scores yet.
  Evaluation: allow,
  CriterionScore: allow,
  EvaluationSummary: allow,
  CriterionMean: allow,
  Reviewer: allow,
  ReviewAssignment: allow,
  ReviewAssignmentConnection: allow,
  ReviewAssignmentEdge: allow,
  RankedApplication: allow,
  DecisionList: allow,

  // Change requests: which ones a caller sees is decided in SQL (restrictGrantRecords); an award's
  // terms, as decided and as they are now, are public like the award.
  ChangeRequest: allow,
  AwardTerms: allow,

  // The two-stage call and its workshop. The summary holds counts and only the names proposers allowed
  // to publish (the field returns null until the window closes); workshops are public with their call;
  // invitations reach a caller only through row visibility in SQL (restrictWorkshopInvitations), offers
  // likewise (restrictPartnerOffers); the participants are personal data with a rule of their own.
  ProposalSummary: allow,
  ProposalThemeCount: allow,
  ProposalRegionCount: allow,
  ProposalSizeCount: allow,
  Workshop: allow,
  WorkshopInvitation: {
    '*': allow,
    participants: maySeeParticipants,
  },
  WorkshopParticipant: allow,
  PartnerSearch: allow,
  PartnerOffer: allow,
} satisfies IRules;

/**
 * The rule the map gives a field, resolved as graphql-shield resolves it: the field's own entry, else its
 * type's `'*'`, else the type's single rule; undefined when the map says nothing and the fallback (deny)
 * applies. `ownEntryOnly` ignores `'*'` and whole-type rules, for root fields, which must each be named.
 */
export function ruleOf(
  typeName: string,
  fieldName: string,
  ownEntryOnly = false,
): PermissionRule | undefined {
  const typeRules = (permissionRules as Record<string, unknown>)[typeName] as
    PermissionRule | Record<string, PermissionRule> | undefined;
  if (typeRules === undefined) return undefined;
  if (!isFieldMap(typeRules)) return ownEntryOnly ? undefined : typeRules;
  if (Object.prototype.hasOwnProperty.call(typeRules, fieldName)) return typeRules[fieldName];
  return ownEntryOnly ? undefined : typeRules['*'];
}

const isFieldMap = (
  rules: PermissionRule | Record<string, PermissionRule>,
): rules is Record<string, PermissionRule> => Object.getPrototypeOf(rules) === Object.prototype;

/** Keeps graphql-shield's per-request rule cache cheap: entities are keyed by id, not hashed whole. */
function hashParentAndArgs({ parent, args }: { parent: unknown; args: unknown }): string {
  const key = parent as { id?: string; code?: string } | null | undefined;
  return `${key?.id ?? key?.code ?? ''}|${JSON.stringify(args ?? {})}`;
}

const shielded = shield(permissionRules, {
  fallbackRule: deny,
  allowExternalErrors: true,
  debug: false,
  hashFunction: hashParentAndArgs,
  // Errors of resolvers (allowExternalErrors) and of rules (failuresAsErrors) pass through to formatError,
  // which keeps typed ones and masks the rest; only a rule's "no" arrives here, as one FORBIDDEN error.
  fallbackError: () => forbidden(),
});

type FieldMiddlewareMap = Record<string, Record<string, unknown>>;

/**
 * graphql-shield as the schema applies it, less the fields whose rule is `allow`: shield wraps every field
 * in an async middleware, so that each scalar of an answer would resolve through promises of its own (most
 * of a large answer's CPU time went there). A field that `allow` governs keeps its own resolver, which is
 * what `allow` means; every other field, the fallback `deny` included, goes through shield as before.
 */
export const permissions = middleware((schema) => {
  const generated = shielded.generate(schema) as unknown as FieldMiddlewareMap;
  for (const [typeName, fields] of Object.entries(generated)) {
    for (const fieldName of Object.keys(fields)) {
      if (ruleOf(typeName, fieldName) === allow) delete fields[fieldName];
    }
  }
  return generated as never;
});
