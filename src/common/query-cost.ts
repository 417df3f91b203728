import { type DocumentNode, type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import {
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/**
 * The cost model (README, "Query limits"): an upper estimate of how many fields the answer can hold.
 *
 * - a scalar, an enum or a list of them costs 1; an object costs 1 plus what is asked of it;
 * - a connection costs 1 plus `first` (20 when not given; counted within 1–100, since anything else is
 *   refused by the resolver) times what is asked of it — `pageInfo` and `totalCount` included, for
 *   simplicity;
 * - a list without `first` costs 1 plus its documented number of items times what is asked of each
 *   (`listCost` on the field's declaration);
 * - `_entities` costs 1 plus the number of representations times the dearest of the selections;
 * - introspection fields are counted like any other field, without multipliers: they are answered from
 *   memory.
 */

/** A list estimator remembers its number of items, so that tests and the README can show it. */
export type ListCostEstimator = ComplexityEstimator & { readonly items: number };

/**
 * The cost of a list field that has no `first`: `@Field(() => [Theme], { complexity: listCost(10) })`.
 * `items` is how many elements the list can reasonably hold; it multiplies what is asked of each.
 */
export function listCost(items: number): ListCostEstimator {
  const estimator = ({ childComplexity }: ComplexityEstimatorArgs) => 1 + items * childComplexity;
  return Object.assign(estimator, { items });
}

/**
 * The cost of a list whose length its arguments bound more tightly than `items` does (a grouping by few
 * values): `rows(args)` items, never more than `items`, which the README's table shows.
 */
export function listCostByArguments(
  items: number,
  rows: (args: Record<string, unknown>) => number,
): ListCostEstimator {
  const estimator = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    1 + Math.min(items, rows(args)) * childComplexity;
  return Object.assign(estimator, { items });
}

/** The page size a connection will return, as the resolvers will see it (see pageSize()). */
function pageItems(first: unknown): number {
  if (typeof first !== 'number' || !Number.isFinite(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(first), 1), MAX_PAGE_SIZE);
}

/** Every field with a `first` argument is a connection (src/common/pagination.ts). */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  return 1 + pageItems(args.first) * childComplexity;
};

/** Federation's `_entities`: a gateway sends many representations at once; each is one entity to resolve. */
const entitiesEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name !== '_entities' || type.name !== 'Query') return undefined;
  const representations = Array.isArray(args.representations) ? args.representations.length : 0;
  return 1 + representations * childComplexity;
};

/** First to give a number wins: a field's own `complexity`, then the rules above, then 1 + children. */
const estimators: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  entitiesEstimator,
  connectionEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

/**
 * How many selections one cost walk may visit. graphql-query-complexity expands fragments on every path
 * (no memo), so a document must pass the selection limit of the query-limit validation first
 * (src/common/query-limits.ts); this bound only keeps a direct caller from walking forever.
 */
const COST_WALK_LIMIT = 1_000_000;

/**
 * The estimated cost of one operation of a valid document, with its variables: a pure function of its
 * arguments, so that the limits here and a rate limiter elsewhere agree on the number. Throws a
 * GraphQLError when the variables do not fit the operation (execution refuses those too).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators,
    // The library stops when its count reaches this number; the walk may visit COST_WALK_LIMIT.
    maxQueryNodes: COST_WALK_LIMIT + 1,
  });
}

/**
 * type-graphql keeps a field's `complexity` in the field's extensions, which do not survive the SDL round
 * trip to the federation subgraph (src/schema.ts). This copies them onto the same fields of `target`.
 */
export function carryFieldCosts(source: GraphQLSchema, target: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(source.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const counterpart = target.getType(type.name);
    if (!isObjectType(counterpart) && !isInterfaceType(counterpart)) continue;
    const targetFields = counterpart.getFields();
    for (const field of Object.values(type.getFields())) {
      const complexity = field.extensions.complexity;
      const targetField = targetFields[field.name] as { extensions: Record<string, unknown> } | undefined;
      if (complexity === undefined || !targetField) continue;
      targetField.extensions = { ...targetField.extensions, complexity };
    }
  }
  return target;
}
