import { middleware } from 'graphql-middleware';
import { allow, deny, type IRules, rule, shield } from 'graphql-shield';
import type { RequestContext } from '../context';
import { forbidden } from '../common/errors';
import type { Application } from '../modules/application/application.entity';
import { maySeeApplicationContact, maySeeApplicationContent, maySeeOverlaps } from './access';
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

/** Overlaps with other applications: assigned reviewers and administrators. */
const mayReviewApplication = rule('mayReviewApplication', { cache: 'strict' })(
  failuresAsErrors((application: Application, _args: unknown, ctx: RequestContext) =>
    maySeeOverlaps(ctx, application),
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
    applications: allow,
    awards: allow,
    // Public; which figures a caller sees is the service's (applications not awarded: see the type).
    fundingStatistics: allow,
    reviewAssignments: isReviewer,
    auditEvents: isAdmin,
    // Results reused (issue 15): confirmed adoptions are public, the others restricted in SQL.
    adoption: allow,
    adoptionsByRegion: allow,
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
    submitEvaluation: isReviewer,
    declareConflictOfInterest: isReviewer,
    // Results reused: the services check that the caller acts for the adopter, or for the project's lead.
    recordAdoption: isApplicant,
    confirmAdoption: isApplicant,
    declineAdoption: isApplicant,
  },
  EligibilityIssue: allow,
  Viewer: allow,
  Region: allow,
  Municipality: allow,
  Call: {
    '*': allow,
    ranking: isAdmin,
  },
  Theme: allow,
  Criterion: allow,
  Question: allow,
  LocalizedText: allow,
  PublishedStatistics: allow,
  CallStatistics: allow,
  FundingStatisticsRow: allow,
  Consortium: allow,
  ConsortiumMember: allow,
  Application: {
    '*': allow,
    answers: maySeeContent,
    maturityAssessment: maySeeContent,
    eligibilityIssues: maySeeContent,
    contact: maySeeContact,
    overlaps: mayReviewApplication,
  },
  Answer: allow,
  Budget: allow,
  Contact: allow,
  MaturityAssessment: allow,
  Award: allow,
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

  // Results reused: which adoptions a caller sees is decided in SQL (restrictAdoptions).
  Adoption: allow,
  AdoptionConnection: allow,
  AdoptionEdge: allow,
  AdoptionRegionRow: allow,
  // Overlaps shown to reviewers: the field itself is guarded (Application.overlaps), and its rows are
  // narrowed to the applications the caller may see.
  ApplicationOverlap: allow,
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
