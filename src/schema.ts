import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLFieldResolver, type GraphQLSchema, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import { permissions } from './auth/permissions';
import { enforceTextLimits } from './common/enforce-limits';
import type { RequestContext } from './context';
import { badInput } from './common/errors';
import { carryFieldCosts } from './common/query-cost';
import { LocalizedTextResolver } from './common/localized-text.resolver';
import { AnswerResolver, ApplicationResolver } from './modules/application/application.resolver';
import { AwardDecisionResolver, CallDecisionListFields } from './modules/award/award-decision.resolver';
import { AuditEventResolver } from './modules/audit/audit.resolver';
import { HistoryEntryResolver } from './modules/audit/history.resolver';
import {
  ApplicationHistoryFields,
  SubmittedApplicationResolver,
} from './modules/application/application-history';
import { CallHistoryFields } from './modules/call/call-history';
import { AwardHistoryFields } from './modules/award/award-history';
import { AwardResolver } from './modules/award/award.resolver';
import { FundingStatisticsResolver } from './modules/award/funding-statistics.resolver';
import {
  CallPublishedDecisionFields,
  PublishedDecisionResolver,
} from './modules/award/published-decision.resolver';
import { CallResolver, PublishedStatisticsResolver } from './modules/call/call.resolver';
import { ConsortiumMemberResolver, ConsortiumResolver } from './modules/consortium/consortium.resolver';
import {
  CriterionScoreResolver,
  EvaluationResolver,
  ReviewAssignmentResolver,
} from './modules/evaluation/evaluation.resolver';
import { MunicipalityResolver } from './modules/municipality/municipality.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { ViewerResolver } from './modules/viewer/viewer.resolver';
import { AdoptionRegionRowResolver, AdoptionResolver } from './modules/adoption/adoption.resolver';
import {
  PartnerOfferResolver,
  PartnerSearchResolver,
  ProposalRegionCountResolver,
  ProposalThemeCountResolver,
  WorkshopInvitationResolver,
  WorkshopResolver,
} from './modules/workshop/workshop.resolver';
// Last, and in this order: type-graphql adds a parent's relation fields in the order their decorators
// run, so these imports, after the parents' resolvers, keep each type's fields where the SDL has them.
import { RegionMunicipalityFields } from './modules/municipality/municipality.fields';
import { MunicipalityConsortiumFields } from './modules/consortium/consortium.fields';
import {
  CallApplicationFields,
  ConsortiumApplicationFields,
  MunicipalityApplicationFields,
} from './modules/application/application.fields';
import {
  ApplicationAwardFields,
  CallAwardFields,
  MunicipalityAwardFields,
} from './modules/award/award.fields';
import { ApplicationEvaluationFields, CallRankingFields } from './modules/evaluation/evaluation.fields';
import { AwardAdoptionFields, MunicipalityAdoptionFields } from './modules/adoption/adoption.fields';
import {
  ApplicationOverlapFields,
  ApplicationOverlapResolver,
} from './modules/application/overlaps.resolver';
import { AwardTermsResolver, ChangeRequestResolver } from './modules/change-request/change-request.resolver';
import { AwardChangeRequestFields } from './modules/change-request/change-request.fields';
import { AwardReportFields, ReportResolver } from './modules/report/report.resolver';
import { AwardPaymentFields, PaymentRequestResolver } from './modules/payment/payment.resolver';
import { AwardDocumentFields, DocumentFields } from './modules/document/document.fields';
import { registerAwardDocuments } from './modules/document/award-documents';
import { registerPaymentRequestDocuments } from './modules/payment/payment-documents';
import { registerReportDocuments } from './modules/report/report-documents';
import { ApplicationPartnerSearchFields, CallWorkshopFields } from './modules/workshop/workshop.fields';
import { clearRemovedCallListRows } from './modules/application/call-list-removal';
import { onProposalInvited } from './modules/application/proposal-partners';
import { joinAcceptedPartners } from './modules/workshop/partner.service';
import { onCallListRowsRemoved } from './modules/call/call-admin.service';

// A module lower in the map offers a hook where a higher one must act on its change (CONTRIBUTING).
onCallListRowsRemoved(clearRemovedCallListRows);
// Partners found at the workshop join the application an invited proposal becomes.
onProposalInvited(joinAcceptedPartners);
// Documents belong to records of higher modules, which register them with the document module.
registerAwardDocuments();
registerPaymentRequestDocuments();
registerReportDocuments();

const resolvers = [
  LocalizedTextResolver,
  ViewerResolver,
  RegionResolver,
  RegionMunicipalityFields,
  MunicipalityResolver,
  MunicipalityConsortiumFields,
  MunicipalityApplicationFields,
  MunicipalityAwardFields,
  CallResolver,
  CallApplicationFields,
  CallAwardFields,
  PublishedStatisticsResolver,
  ConsortiumResolver,
  ConsortiumApplicationFields,
  ConsortiumMemberResolver,
  ApplicationResolver,
  ApplicationAwardFields,
  AnswerResolver,
  AdoptionResolver,
  AdoptionRegionRowResolver,
  AwardAdoptionFields,
  MunicipalityAdoptionFields,
  // The two-stage call and its workshop (issue 15).
  WorkshopResolver,
  WorkshopInvitationResolver,
  PartnerSearchResolver,
  PartnerOfferResolver,
  ProposalThemeCountResolver,
  ProposalRegionCountResolver,
  CallWorkshopFields,
  ApplicationPartnerSearchFields,
  ApplicationOverlapFields,
  ApplicationOverlapResolver,
  // History you can query (issue 15): snapshots and the audit log, per record.
  HistoryEntryResolver,
  ApplicationHistoryFields,
  SubmittedApplicationResolver,
  CallHistoryFields,
  AwardHistoryFields,
  AwardResolver,
  AwardDecisionResolver,
  CallDecisionListFields,
  PublishedDecisionResolver,
  CallPublishedDecisionFields,
  FundingStatisticsResolver,
  EvaluationResolver,
  CriterionScoreResolver,
  ReviewAssignmentResolver,
  ApplicationEvaluationFields,
  CallRankingFields,
  AuditEventResolver,
  ChangeRequestResolver,
  AwardTermsResolver,
  AwardChangeRequestFields,
  ReportResolver,
  AwardReportFields,
  PaymentRequestResolver,
  AwardPaymentFields,
  AwardDocumentFields,
  DocumentFields,
] as const;

/** The federation spec version and directives this subgraph uses. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

type Reference<K extends string> = Record<K, string>;

/** The key field of each entity, as its @key names it. */
const entityKeys = {
  Region: 'code',
  Municipality: 'code',
  Call: 'id',
  Consortium: 'id',
  Application: 'id',
  Award: 'id',
  Evaluation: 'id',
  ChangeRequest: 'id',
  Adoption: 'id',
} as const;

/**
 * How the router turns a representation into one of our entities. Every one goes through the request's
 * loaders, so 50 representations of a type cost one statement, with the caller's row visibility applied.
 */
const referenceResolvers = {
  Region: {
    __resolveReference: (ref: Reference<'code'>, ctx: RequestContext) => ctx.loaders.region.load(ref.code),
  },
  Municipality: {
    __resolveReference: (ref: Reference<'code'>, ctx: RequestContext) =>
      ctx.loaders.municipality.load(ref.code),
  },
  Call: { __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.call.load(ref.id) },
  Consortium: {
    __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.consortium.load(ref.id),
  },
  Application: {
    __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.application.load(ref.id),
  },
  Award: {
    __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.award.load(ref.id),
  },
  Evaluation: {
    __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.evaluation.load(ref.id),
  },
  ChangeRequest: {
    __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.changeRequest.load(ref.id),
  },
  Adoption: {
    __resolveReference: (ref: Reference<'id'>, ctx: RequestContext) => ctx.loaders.adoption.load(ref.id),
  },
};

/**
 * A router sends only well-formed representations, but anyone may ask for _entities: one that is not an
 * object naming an entity of ours with its key as a string is BAD_USER_INPUT, where @apollo/subgraph
 * would throw an untyped error (an INTERNAL_SERVER_ERROR) or hand a loader an undefined key.
 */
function checkRepresentations(schema: GraphQLSchema): void {
  const entities = schema.getQueryType()?.getFields()._entities;
  const resolve = entities?.resolve as GraphQLFieldResolver<unknown, RequestContext> | undefined;
  if (!entities || !resolve) return;
  entities.resolve = (source, args: { representations: unknown[] }, ctx, info) => {
    args.representations.forEach((representation, index) => {
      const fields = (
        typeof representation === 'object' && representation !== null ? representation : {}
      ) as Record<string, unknown>;
      const typename = fields.__typename;
      const key =
        typeof typename === 'string' && Object.hasOwn(entityKeys, typename)
          ? entityKeys[typename as keyof typeof entityKeys]
          : undefined;
      if (!key || typeof fields[key] !== 'string') {
        throw badInput(
          {
            en: 'A representation is an object with the __typename of an entity and its key as a string',
            fi: 'Representaatio on olio, jossa on entiteetin __typename ja sen avain merkkijonona',
            sv: 'En representation är ett objekt med en entitets __typename och dess nyckel som sträng',
          },
          `representations.${index}`,
        );
      }
    });
    return resolve(source, args, ctx, info);
  };
}

/**
 * type-graphql classes → SDL with @key directives → an Apollo Federation 2 subgraph schema → the text
 * limits checked before every resolver → the permissions map applied to every field → the fields' query
 * costs, which the SDL does not carry.
 */
export async function buildSubgraph(
  options: { permissions: boolean } = { permissions: true },
): Promise<GraphQLSchema> {
  // type-graphql sorts a resolver's parameters by position, in place, the first time it runs one, and a
  // field resolver keeps that array in later builds. Sorting up front gives every build the same argument
  // order, so the SDL does not depend on which requests ran before it was printed.
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  // A field that is a plain property needs no resolver: type-graphql's own (its middleware chain around
  // `root[name]`) only adds a closure and a call to every field of every object of an answer, as this
  // schema has no type-graphql middleware or auth checker (the permissions are applied below). graphql-js'
  // default resolver reads the same property, where the field is named as it is. Fields with a
  // @FieldResolver keep theirs.
  for (const field of getMetadataStorage().fields) {
    field.simple ??= field.name === field.schemaName && !field.middlewares?.length && !field.roles?.length;
  }
  const typeGraphQLSchema = await buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const resolverMap = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolverMap[typeName] = { ...resolverMap[typeName], ...reference } as never;
  }
  const subgraph = buildSubgraphSchema([
    {
      typeDefs: parse(`${federationLink}\n${printSchemaWithDirectives(typeGraphQLSchema)}`),
      resolvers: resolverMap,
    },
  ]);
  checkRepresentations(subgraph);
  // Limits inside the permissions: a caller who may not run a field learns nothing from its inputs.
  const limited = enforceTextLimits(subgraph);
  return carryFieldCosts(
    typeGraphQLSchema,
    options.permissions ? applyMiddleware(limited, permissions) : limited,
  );
}
