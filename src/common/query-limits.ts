import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getVariableValues,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValidationRule,
  visit,
} from 'graphql';
import { type AppError, queryTooComplex } from './errors';
import { operationCost } from './query-cost';

/** Per-operation limits, checked before any resolver runs (read from the environment in src/config.ts). */
export interface QueryLimitsConfig {
  /** Lexical tokens the parser reads before it gives up (QUERY_MAX_TOKENS). */
  maxTokens: number;
  /** Nesting of fields, through fragments (QUERY_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in an operation and the fragments it uses (QUERY_MAX_ALIASES). */
  maxAliases: number;
  /** Distinct fields at the root of an operation (QUERY_MAX_ROOT_FIELDS). */
  maxRootFields: number;
  /** Fields asked for again under a name already asked for at the same level (QUERY_MAX_REPEATED_FIELDS). */
  maxRepeatedFields: number;
  /** Field selections once fragments are expanded (QUERY_MAX_SELECTIONS). */
  maxSelections: number;
  /** The estimated cost of an operation (QUERY_MAX_COST). */
  maxCost: number;
}

/** Where the cost plugin leaves the estimate: the request context's (src/context.ts) `cost`. */
export interface RequestCost {
  requested?: number;
}

/** What the cost plugin needs of a request context. */
export interface CostedContext {
  cost: RequestCost;
}

/**
 * The limits every operation meets before any resolver runs, cheapest first (README, "Query limits"):
 *
 * 1. tokens — the parser stops reading at the limit, so a huge document costs no more than a small one;
 * 2. depth, aliases, root fields, repeated fields and selections — one validation rule that measures the
 *    document in one pass (fragments are measured once each, however often they are spread) and, when a
 *    limit is exceeded, ends validation there, before graphql-js's own rules (one of which is quadratic in
 *    repeated fields) walk the document;
 * 3. cost — once the operation and its variables are known, an estimate of the fields the answer can hold
 *    (src/common/query-cost.ts), kept on the request context for later use.
 *
 * Each refusal is QUERY_TOO_COMPLEX, HTTP 400, with `extensions: { <measure>, limit }`.
 */

/** What one operation of a document measures, fragments included. */
export interface OperationMeasures {
  operation: OperationDefinitionNode;
  /** Nesting of fields; introspection (`__schema`, `__type`) counts as one level, its insides not. */
  depth: number;
  /** Aliased fields in the operation and in each fragment it reaches, every fragment counted once. */
  aliases: number;
  /** Distinct response keys at the root, as execution collects them. */
  rootFields: number;
  /** Selections (fields, fragment spreads, inline fragments) once every spread is expanded. */
  selections: number;
  /**
   * Fields asked for again under a response key already asked for at the same level (inline fragments and
   * fragment spreads included): what graphql-js compares pairwise to check that they can be merged.
   */
  repeatedFields: number;
}

/** The fields a selection set collects at its own level: inline fragments flattened, spreads by name. */
interface LevelFields {
  keys: Map<string, number>;
  spreads: Set<string>;
}

/** What one definition (an operation or a fragment) holds itself, its spreads unexpanded. */
interface DefinitionFacts {
  node: OperationDefinitionNode | FragmentDefinitionNode;
  depth: number;
  selections: number;
  aliases: number;
  /** Each spread with the field depth it occurs at; null inside introspection, which depth ignores. */
  spreads: { name: string; depth: number | null }[];
  /** Its top level, and that of every field below it (each a level where fields are merged). */
  top: LevelFields;
  levels: LevelFields[];
}

const introspectionRoots = new Set(['__schema', '__type']);

/** Kept below 2^53 so that a fragment bomb's count stays a number JSON can carry. */
const saturatingAdd = (a: number, b: number) => Math.min(a + b, Number.MAX_SAFE_INTEGER);

/** The fields of one level, through its inline fragments (iteratively: they may nest deeply). */
function levelFields(selectionSet: SelectionSetNode): LevelFields {
  const level: LevelFields = { keys: new Map(), spreads: new Set() };
  const pending = [selectionSet];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        level.keys.set(key, (level.keys.get(key) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else {
        level.spreads.add(selection.name.value);
      }
    }
  }
  return level;
}

/** One iterative pass over a definition (graphql-js's visit keeps its own stack: no recursion). */
function definitionFacts(definition: OperationDefinitionNode | FragmentDefinitionNode): DefinitionFacts {
  const facts: DefinitionFacts = {
    node: definition,
    depth: 0,
    selections: 0,
    aliases: 0,
    spreads: [],
    top: levelFields(definition.selectionSet),
    levels: [],
  };
  let depth = 0;
  let insideIntrospection = 0;
  // Per field entered: whether it counted towards depth and whether it opened introspection.
  const entered: { counted: boolean; opened: boolean }[] = [];
  visit(definition, {
    SelectionSet(node, _key, parent) {
      facts.selections = saturatingAdd(facts.selections, node.selections.length);
      const owner = parent as { kind?: Kind } | undefined;
      if (owner?.kind === Kind.FIELD) facts.levels.push(levelFields(node));
    },
    Field: {
      enter(node: FieldNode) {
        if (node.alias) facts.aliases += 1;
        const counted = insideIntrospection === 0;
        const opened = counted && introspectionRoots.has(node.name.value);
        if (counted) {
          depth += 1;
          facts.depth = Math.max(facts.depth, depth);
        }
        if (opened) insideIntrospection += 1;
        entered.push({ counted, opened });
      },
      leave() {
        const { counted, opened } = entered.pop()!;
        if (counted) depth -= 1;
        if (opened) insideIntrospection -= 1;
      },
    },
    FragmentSpread(node) {
      facts.spreads.push({ name: node.name.value, depth: insideIntrospection > 0 ? null : depth });
    },
  });
  facts.levels.push(facts.top);
  return facts;
}

/**
 * Every fragment reached from `start` through `next`, each once (iteratively: chains may be long); unknown
 * names are skipped, as graphql-js's own rules report them.
 */
function reach(
  start: Iterable<string>,
  fragments: Map<string, DefinitionFacts>,
  next: (facts: DefinitionFacts) => Iterable<string>,
): DefinitionFacts[] {
  const reached = new Map<string, DefinitionFacts>();
  const pending = [...start];
  while (pending.length > 0) {
    const name = pending.pop()!;
    const fragment = fragments.get(name);
    if (!fragment || reached.has(name)) continue;
    reached.set(name, fragment);
    pending.push(...next(fragment));
  }
  return [...reached.values()];
}

/**
 * Depth, aliases, root fields, expanded selections and repeated fields of every operation in a document,
 * in time linear in its size (repeated fields: in its size times its fragments): fragments are combined
 * once each, in dependency order and without recursion, so that a chain of fragments that doubles at
 * every step is measured, not walked. An unknown or cyclic spread counts as nothing here; graphql-js's
 * own rules report it.
 */
export function measureDocument(document: DocumentNode): OperationMeasures[] {
  const fragments = new Map<string, DefinitionFacts>();
  const operations: DefinitionFacts[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      if (!fragments.has(definition.name.value))
        fragments.set(definition.name.value, definitionFacts(definition));
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      operations.push(definitionFacts(definition));
    }
  }

  const totals = new Map<string, { depth: number; selections: number }>();
  const combine = (facts: DefinitionFacts) => {
    let { depth, selections } = facts;
    for (const spread of facts.spreads) {
      const total = totals.get(spread.name);
      if (!total) continue;
      if (spread.depth !== null) depth = Math.max(depth, spread.depth + total.depth);
      selections = saturatingAdd(selections, total.selections);
    }
    return { depth, selections };
  };
  const visiting = new Set<string>();
  for (const name of fragments.keys()) {
    if (totals.has(name)) continue;
    const stack = [{ name, next: 0 }];
    visiting.add(name);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const facts = fragments.get(top.name)!;
      if (top.next < facts.spreads.length) {
        const child = facts.spreads[top.next++].name;
        if (fragments.has(child) && !totals.has(child) && !visiting.has(child)) {
          visiting.add(child);
          stack.push({ name: child, next: 0 });
        }
        continue;
      }
      stack.pop();
      visiting.delete(top.name);
      totals.set(top.name, combine(facts));
    }
  }

  // A level collects its own fields and those of every fragment spread there, each fragment once.
  const repeatsOf = new Map<DefinitionFacts, number>();
  const repeatedFields = (facts: DefinitionFacts): number => {
    let repeats = repeatsOf.get(facts);
    if (repeats !== undefined) return repeats;
    repeats = 0;
    for (const level of facts.levels) {
      const keys = new Map(level.keys);
      for (const fragment of reach(level.spreads, fragments, (f) => f.top.spreads)) {
        for (const [key, count] of fragment.top.keys) keys.set(key, (keys.get(key) ?? 0) + count);
      }
      for (const count of keys.values()) repeats = saturatingAdd(repeats, count - 1);
    }
    repeatsOf.set(facts, repeats);
    return repeats;
  };

  return operations.map((facts) => {
    const { depth, selections } = combine(facts);
    const used = reach(
      facts.spreads.map((spread) => spread.name),
      fragments,
      (fragment) => fragment.spreads.map((spread) => spread.name),
    );
    const rootKeys = new Set(facts.top.keys.keys());
    for (const fragment of reach(facts.top.spreads, fragments, (f) => f.top.spreads)) {
      for (const key of fragment.top.keys.keys()) rootKeys.add(key);
    }
    return {
      operation: facts.node as OperationDefinitionNode,
      depth,
      aliases: used.reduce((sum, fragment) => sum + fragment.aliases, facts.aliases),
      rootFields: rootKeys.size,
      selections,
      repeatedFields: used.reduce(
        (sum, fragment) => saturatingAdd(sum, repeatedFields(fragment)),
        repeatedFields(facts),
      ),
    };
  });
}

const named = (operation: OperationDefinitionNode) =>
  operation.name ? `Operation ${operation.name.value}` : 'The operation';

type ShapeMeasure = 'depth' | 'aliases' | 'rootFields' | 'repeatedFields' | 'selections';

/** The document-shape limits: what each measures, its setting, and how a refusal says it. */
const shapeLimits: {
  measure: ShapeMeasure;
  limit: (limits: QueryLimitsConfig) => number;
  says: (value: number, limit: number) => string;
}[] = [
  {
    measure: 'depth',
    limit: (limits) => limits.maxDepth,
    says: (value, limit) => `nests fields ${value} levels deep; at most ${limit} are allowed`,
  },
  {
    measure: 'aliases',
    limit: (limits) => limits.maxAliases,
    says: (value, limit) => `uses ${value} aliases; at most ${limit} are allowed`,
  },
  {
    measure: 'rootFields',
    limit: (limits) => limits.maxRootFields,
    says: (value, limit) => `asks for ${value} root fields; at most ${limit} are allowed`,
  },
  {
    measure: 'repeatedFields',
    limit: (limits) => limits.maxRepeatedFields,
    says: (value, limit) =>
      `asks for fields again under a name already asked for at the same level ${value} times; at most ${limit} repeats are allowed`,
  },
  {
    measure: 'selections',
    limit: (limits) => limits.maxSelections,
    says: (value, limit) =>
      `expands to ${value} selections through its fragments; at most ${limit} are allowed`,
  },
];

/** The refusals for one operation's measures, one per limit it exceeds. */
function limitRefusals(measures: OperationMeasures, limits: QueryLimitsConfig): AppError[] {
  const { operation } = measures;
  return shapeLimits
    .filter(({ measure, limit }) => measures[measure] > limit(limits))
    .map(({ measure, limit, says }) =>
      queryTooComplex(
        `${named(operation)} ${says(measures[measure], limit(limits))}`,
        measure,
        measures[measure],
        limit(limits),
        operation,
      ),
    );
}

/**
 * Depth, aliases, root fields and selections as a validation rule. It acts when graphql-js enters the
 * document, before any rule sees a selection; when a limit is exceeded it reports that and replaces the
 * document with null, which ends the walk for every rule (graphql-js's visitInParallel: once a visitor
 * edits a node, no other visitor sees it or anything below it).
 */
function queryLimitsRule(limits: QueryLimitsConfig): ValidationRule {
  return (context) => ({
    Document(document) {
      const refusals = measureDocument(document).flatMap((measures) => limitRefusals(measures, limits));
      if (refusals.length === 0) return undefined;
      for (const refusal of refusals) context.reportError(refusal);
      return null;
    },
  });
}

/** Tokens as graphql-js's parser counts them (comments excluded); a lexing error ends the count. */
function countTokens(body: string): number {
  const lexer = new Lexer(new Source(body));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  } catch {
    // The parser stopped before this point, at the limit; what follows need not be valid.
  }
  return tokens;
}

/** graphql-js's parser message at `maxTokens` ("more that" in 16.x, "more than" in later versions). */
const tokenLimitMessage = /Document contains more (?:that|than) (\d+) tokens\. Parsing aborted\./;

/**
 * The parser's refusal of a document over `maxTokens`, as our QUERY_TOO_COMPLEX with the document's token
 * count (Apollo reports it as a syntax error); undefined for any other error.
 */
export function tokenLimitRefusal(thrown: unknown): AppError | undefined {
  if (!(thrown instanceof GraphQLError)) return undefined;
  const match = tokenLimitMessage.exec(thrown.message);
  if (!match) return undefined;
  const limit = Number(match[1]);
  const tokens = thrown.source ? countTokens(thrown.source.body) : limit + 1;
  return queryTooComplex(
    `The document has ${tokens} tokens; at most ${limit} are allowed`,
    'tokens',
    tokens,
    limit,
  );
}

/**
 * Cost, once the operation is known: over the limit is refused before execution starts; otherwise the
 * estimate is kept on the request context (`ctx.cost.requested`) for whatever meters requests later.
 */
export function queryCostPlugin<C extends CostedContext>(maxCost: number): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
          // Without a resolved operation, execution refuses the request before any resolver runs.
          if (!operation) return Promise.resolve();
          const variables = request.variables ?? {};
          // Variables that do not fit are refused by execution before any resolver runs, with its own
          // message; the estimate needs them coerced, so it leaves that request to execution.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) {
            return Promise.resolve();
          }
          const cost = operationCost(schema, document, variables, operationName);
          if (cost > maxCost) {
            throw queryTooComplex(
              `${named(operation)} has an estimated cost of ${cost}; at most ${maxCost} is allowed`,
              'cost',
              cost,
              maxCost,
              operation,
            );
          }
          contextValue.cost.requested = cost;
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Everything the limits add to Apollo Server: the parser's token limit, the validation rule and the cost
 * plugin. server.ts spreads `options` into its ApolloServer options and adds `plugin` to its plugins.
 */
export function queryLimits<C extends CostedContext>(
  limits: QueryLimitsConfig,
): {
  options: Pick<ApolloServerOptions<C>, 'parseOptions' | 'validationRules'>;
  plugin: ApolloServerPlugin<C>;
} {
  return {
    options: {
      parseOptions: { maxTokens: limits.maxTokens },
      validationRules: [queryLimitsRule(limits)],
    },
    plugin: queryCostPlugin<C>(limits.maxCost),
  };
}
