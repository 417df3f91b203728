import { GraphQLError } from 'graphql';
import { allow, deny, type IRules, rule, shield } from 'graphql-shield';
import type { RequestContext } from '../context';
import { forbidden } from '../common/errors';
import type { Application } from '../modules/application/application.entity';
import { maySeeApplicationContact, maySeeApplicationContent } from './access';
import { Role } from './viewer';

const hasRole = (role: Role) =>
  rule(`has${role}`, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
    ctx.viewer.roles.includes(role),
  );

export const isAdmin = hasRole(Role.ADMIN);
export const isApplicant = hasRole(Role.APPLICANT);
export const isReviewer = hasRole(Role.REVIEWER);
export const isSignedIn = rule('isSignedIn', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) => ctx.viewer.userId !== null,
);

/** Answers, maturity assessment, eligibility issues: own consortium, assigned reviewers, administrators. */
export const maySeeContent = rule('maySeeApplicationContent', { cache: 'strict' })(
  (application: Application, _args, ctx: RequestContext) => maySeeApplicationContent(ctx, application),
);

/** The contact person is personal data: own consortium and administrators. */
export const maySeeContact = rule('maySeeApplicationContact', { cache: 'strict' })(
  (application: Application, _args, ctx: RequestContext) => maySeeApplicationContact(ctx, application),
);

/**
 * The one permissions map. Anything not named here is denied (fallbackRule), so a new root field or
 * type is closed until someone decides who may use it; a test walks the schema to keep this complete.
 * Row visibility (which applications and consortia a caller sees at all) is applied in SQL by
 * auth/visibility.ts on every path; these rules decide operations and sensitive fields.
 */
export const permissionRules = {
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
  },
  EligibilityIssue: allow,
  Viewer: allow,
  Region: allow,
  Municipality: allow,
  Call: allow,
  Theme: allow,
  Criterion: allow,
  Question: allow,
  LocalizedText: allow,
  PublishedStatistics: allow,
  CallStatistics: allow,
  Consortium: allow,
  ConsortiumMember: allow,
  Application: {
    '*': allow,
    answers: maySeeContent,
    maturityAssessment: maySeeContent,
    eligibilityIssues: maySeeContent,
    contact: maySeeContact,
  },
  Answer: allow,
  Budget: allow,
  Contact: allow,
  MaturityAssessment: allow,
  Award: allow,
  PageInfo: allow,
  CallConnection: allow,
  CallEdge: allow,
  MunicipalityConnection: allow,
  MunicipalityEdge: allow,
  ApplicationConnection: allow,
  ApplicationEdge: allow,
  AwardConnection: allow,
  AwardEdge: allow,
  _Service: allow,
} satisfies IRules;

/** Keeps graphql-shield's per-request rule cache cheap: entities are keyed by id, not hashed whole. */
function hashParentAndArgs({ parent, args }: { parent: unknown; args: unknown }): string {
  const key = parent as { id?: unknown; code?: unknown } | null | undefined;
  return `${String(key?.id ?? key?.code ?? '')}|${JSON.stringify(args ?? {})}`;
}

export const permissions = shield(permissionRules, {
  fallbackRule: deny,
  allowExternalErrors: true,
  debug: false,
  hashFunction: hashParentAndArgs,
  // Real GraphQL errors (our typed ones) pass through; a denied rule becomes one FORBIDDEN error.
  fallbackError: (error) => (error instanceof GraphQLError ? error : forbidden()),
});
