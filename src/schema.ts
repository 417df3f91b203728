import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import { permissions } from './auth/permissions';
import type { RequestContext } from './context';
import { carryFieldCosts } from './common/query-cost';
import { LocalizedTextResolver } from './common/localized-text.resolver';
import { AnswerResolver, ApplicationResolver } from './modules/application/application.resolver';
import { AwardDecisionResolver, CallDecisionListFields } from './modules/award/award-decision.resolver';
import { AuditEventResolver } from './modules/audit/audit.resolver';
import { AwardResolver } from './modules/award/award.resolver';
import { CallResolver } from './modules/call/call.resolver';
import { ConsortiumMemberResolver, ConsortiumResolver } from './modules/consortium/consortium.resolver';
import { ApplicationEvaluationFields, CallRankingFields } from './modules/evaluation/evaluation.fields';
import {
  CriterionScoreResolver,
  EvaluationResolver,
  ReviewAssignmentResolver,
} from './modules/evaluation/evaluation.resolver';
import { MunicipalityResolver } from './modules/municipality/municipality.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { ViewerResolver } from './modules/viewer/viewer.resolver';

export const resolvers = [
  LocalizedTextResolver,
  ViewerResolver,
  RegionResolver,
  MunicipalityResolver,
  CallResolver,
  ConsortiumResolver,
  ConsortiumMemberResolver,
  ApplicationResolver,
  AnswerResolver,
  AwardResolver,
  AwardDecisionResolver,
  CallDecisionListFields,
  EvaluationResolver,
  CriterionScoreResolver,
  ReviewAssignmentResolver,
  ApplicationEvaluationFields,
  CallRankingFields,
  AuditEventResolver,
] as const;

/** The federation spec version and directives this subgraph uses. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

type Reference<K extends string> = Record<K, string>;

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
};

/**
 * type-graphql classes → SDL with @key directives → an Apollo Federation 2 subgraph schema → the
 * permissions map applied to every field → the fields' query costs, which the SDL does not carry.
 */
export async function buildSubgraph(): Promise<GraphQLSchema> {
  // type-graphql sorts a resolver's parameters by position, in place, the first time it runs one, and a
  // field resolver keeps that array in later builds. Sorting up front gives every build the same argument
  // order, so the SDL does not depend on which requests ran before it was printed.
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
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
  return carryFieldCosts(typeGraphQLSchema, applyMiddleware(subgraph, permissions));
}
