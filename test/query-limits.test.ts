import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  parse,
  print,
} from 'graphql';
import { ConfigError, defaults, loadConfig } from '../src/config';
import { type ListCostEstimator, operationCost } from '../src/common/query-cost';
import { measureDocument, queryCostPlugin } from '../src/common/query-limits';
import type { RequestContext } from '../src/context';
import { buildSubgraph } from '../src/schema';
import { aliasBomb, fragmentDoubling, nestedCalls, sameFieldRepeated } from './helpers/abuse-documents';
import { type GraphQLResponse, type RawData, startTestServer, type TestServer } from './helpers/server';

// Raw documents (server.rawQuery) in this file: over the limits or invalid on purpose, most of them built here.

const limits = defaults.queryLimits;
const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** A refusal by the query limits: 400, QUERY_TOO_COMPLEX with the measure and the limit, no SQL at all. */
function expectRefused(response: GraphQLResponse<RawData>, measure: string, value: number, limit: number) {
  expect(response.status, JSON.stringify(response.errors)).to.equal(400);
  expect(response.data ?? undefined).to.equal(undefined);
  expect(response.errors).to.have.length(1);
  expect(response.errors![0].extensions).to.deep.equal({
    code: 'QUERY_TOO_COMPLEX',
    [measure]: value,
    limit,
  });
  expect(response.errors![0].message).to.include(String(limit));
  expect(response.statements).to.equal(0);
}

function expectServed(response: GraphQLResponse<RawData>) {
  expect(response.status, JSON.stringify(response.errors)).to.equal(200);
  expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
  expect(response.data).to.be.an('object');
}

const repeat = (count: number, item: (i: number) => string, separator = ' ') =>
  Array.from({ length: count }, (_, i) => item(i)).join(separator);

/**
 * `call { … }` whose fragments expand to many selections without repeating a field: each fragment
 * spreads the previous one twice (once through an inline fragment), and `F0` is spread `padding` times.
 */
function manySelections(padding: number, extra = ''): string {
  let document = `{ call(key: "2020") { ...F8 ... on Call { ...F0 } ${repeat(padding, () => '...F0')} ${extra} } }\n`;
  document += 'fragment F0 on Call { key }\n';
  for (let i = 1; i <= 8; i++)
    document += `fragment F${i} on Call { ...F${i - 1} ... on Call { ...F${i - 1} } }\n`;
  return document;
}

/** Aliased pages of awards whose costs add up to `total`: each `page(n, c)` costs 1 + n × c. */
const awardPage = (alias: string, first: number) =>
  `${alias}: awards(first: ${first}) { nodes { id grantedAmount decisionDate decisionNumber } }`;
const costAtLimit = `{ ${repeat(19, (i) => awardPage(`p${i}`, 100))} ${awardPage('last', 96)} }`;
const costPastLimit = `{ ${repeat(19, (i) => awardPage(`p${i}`, 100))}
  last: awards(first: 37) {
    nodes { id grantedAmount decisionDate decisionNumber conditions projectDeadline listPosition }
    pageInfo { hasNextPage endCursor }
    edges { cursor }
  } }`;

const entities = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Municipality { code name { fi } } }
}`;
const municipalityReferences = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ __typename: 'Municipality', code: i % 2 ? '091' : '837' }));

/** Every operation in README.md: the fenced GraphQL examples (one request per operation) and the curls. */
function readmeOperations(): { query: string; statedCost?: number }[] {
  const operations: { query: string; statedCost?: number }[] = [];
  for (const [, language, body] of readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
    if (language === 'graphql') {
      const document = parse(body);
      const executable = document.definitions.every(
        (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
      );
      if (!executable) continue; // the SDL examples for partner subgraphs
      const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      const stated = /# cost: (\d+)/.exec(body);
      for (const operation of document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        operations.push({
          query: print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }),
          statedCost: stated ? Number(stated[1]) : undefined,
        });
      }
    } else if (language === 'sh') {
      for (const [, json] of body.matchAll(/-d '(\{.*\})'/g)) {
        operations.push({ query: (JSON.parse(json) as { query: string }).query });
      }
    }
  }
  return operations;
}

describe('query limits: refused before any SQL', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  const cost = (query: string, variables?: Record<string, unknown>) =>
    operationCost(schema, parse(query), variables);
  const measures = (query: string) => measureDocument(parse(query))[0];

  before(async () => {
    server = await startTestServer();
    schema = await buildSubgraph();
  });
  after(() => server?.stop());

  describe('each limit, at it and one past it', () => {
    it(`depth ${limits.maxDepth}, counted through fragments`, async () => {
      expect(measures(nestedCalls(limits.maxDepth)).depth).to.equal(limits.maxDepth);
      expectServed(await server.rawQuery(nestedCalls(limits.maxDepth)));
      expectRefused(
        await server.rawQuery(nestedCalls(limits.maxDepth + 1)),
        'depth',
        limits.maxDepth + 1,
        limits.maxDepth,
      );

      const throughFragment = `{ call(key: "2020") { ...Deep } }
        fragment Deep on Call {${' proposalCall {'.repeat(limits.maxDepth - 1)} key${' }'.repeat(limits.maxDepth - 1)} }`;
      expectRefused(await server.rawQuery(throughFragment), 'depth', limits.maxDepth + 1, limits.maxDepth);
    });

    it(`${limits.maxAliases} aliases`, async () => {
      const aliased = (count: number) => `{ call(key: "2020") { ${repeat(count, (i) => `a${i}: key`)} } }`;
      expectServed(await server.rawQuery(aliased(limits.maxAliases)));
      expectRefused(
        await server.rawQuery(aliased(limits.maxAliases + 1)),
        'aliases',
        limits.maxAliases + 1,
        limits.maxAliases,
      );
    });

    it(`${limits.maxRootFields} root fields, fragments included`, async () => {
      const roots = (count: number) => `{ ${repeat(count, (i) => `r${i}: __typename`)} }`;
      expectServed(await server.rawQuery(roots(limits.maxRootFields)));
      expectRefused(
        await server.rawQuery(roots(limits.maxRootFields + 1)),
        'rootFields',
        limits.maxRootFields + 1,
        limits.maxRootFields,
      );
      const throughFragment = `{ ...Roots viewer { role } } fragment Roots on Query { ${repeat(limits.maxRootFields, (i) => `r${i}: __typename`)} }`;
      expectRefused(
        await server.rawQuery(throughFragment),
        'rootFields',
        limits.maxRootFields + 1,
        limits.maxRootFields,
      );
    });

    it(`${limits.maxRepeatedFields} repeated fields`, async () => {
      const repeated = (count: number) => `{ call(key: "2020") { ${repeat(count + 1, () => 'key')} } }`;
      expectServed(await server.rawQuery(repeated(limits.maxRepeatedFields)));
      expectRefused(
        await server.rawQuery(repeated(limits.maxRepeatedFields + 1)),
        'repeatedFields',
        limits.maxRepeatedFields + 1,
        limits.maxRepeatedFields,
      );
      // Through inline fragments and fragment spreads alike: graphql-js would compare each pair of them.
      const spread = `{ call(key: "2020") { ${repeat(limits.maxRepeatedFields + 2, (i) => `...K${i}`)} } }
        ${repeat(limits.maxRepeatedFields + 2, (i) => `fragment K${i} on Call { ... on Call { key } }`, '\n')}`;
      expectRefused(
        await server.rawQuery(spread),
        'repeatedFields',
        limits.maxRepeatedFields + 1,
        limits.maxRepeatedFields,
      );
    });

    it(`${limits.maxSelections} selections once fragments are expanded`, async () => {
      const atLimit = manySelections(487);
      const pastLimit = manySelections(487, 'key');
      expect(measures(atLimit).selections).to.equal(limits.maxSelections);
      expect(measures(pastLimit).selections).to.equal(limits.maxSelections + 1);
      expectServed(await server.rawQuery(atLimit));
      expectRefused(
        await server.rawQuery(pastLimit),
        'selections',
        limits.maxSelections + 1,
        limits.maxSelections,
      );
    });

    it(`${limits.maxTokens} tokens`, async () => {
      const tokens = (count: number) =>
        `{ applications(first: 1, filter: { status: [${repeat(count - 19, () => 'DRAFT')}] }) { totalCount } }`;
      expectServed(await server.rawQuery(tokens(limits.maxTokens)));
      expectRefused(
        await server.rawQuery(tokens(limits.maxTokens + 1)),
        'tokens',
        limits.maxTokens + 1,
        limits.maxTokens,
      );
    });

    it(`cost ${limits.maxCost}`, async () => {
      expect(cost(costAtLimit)).to.equal(limits.maxCost);
      expect(cost(costPastLimit)).to.equal(limits.maxCost + 1);
      expectServed(await server.rawQuery(costAtLimit));
      expectRefused(await server.rawQuery(costPastLimit), 'cost', limits.maxCost + 1, limits.maxCost);
    });

    it('cost with `first` given as a variable, and a default page of 20 without it', async () => {
      const page = `query ($first: Int) { awards(first: $first) { nodes { id grantedAmount } } }`;
      expect(cost(page, { first: 100 })).to.equal(1 + 100 * 3);
      expect(cost(page, {})).to.equal(1 + 20 * 3);
      // Beyond 1–100 the resolver refuses the page (BAD_USER_INPUT); the estimate counts what it may return.
      expect(cost(page, { first: 100_000 })).to.equal(1 + 100 * 3);
      const response = await server.rawQuery(page, { first: 101 });
      expect(response.errors![0].extensions!.code).to.equal('BAD_USER_INPUT');
    });

    it('federation: `_entities` costs its representations times the selection', async () => {
      const perEntity = 3; // code, name, name.fi
      const atLimit = (limits.maxCost - 1) / perEntity;
      expect(Number.isInteger(atLimit)).to.equal(true);
      expect(cost(entities, { representations: municipalityReferences(atLimit) })).to.equal(limits.maxCost);
      const served = await server.rawQuery(entities, { representations: municipalityReferences(atLimit) });
      expectServed(served);
      expect(served.data!._entities).to.have.length(atLimit);
      expectRefused(
        await server.rawQuery(entities, { representations: municipalityReferences(atLimit + 1) }),
        'cost',
        limits.maxCost + perEntity,
        limits.maxCost,
      );
    });
  });

  describe('the abuse documents of issue 10', () => {
    it('6 000 aliased pages of 100 awards in one 767 kB body: refused by the parser at its token limit', async () => {
      const query = aliasBomb();
      const body = JSON.stringify({ query });
      expect(body.length).to.be.within(760_000, 770_000);
      // `awardsNNNN : awards ( first : 100 ) { nodes { id grantedAmount } }` is 15 tokens; the operation
      // adds `query AliasBomb {` and `}`.
      expectRefused(await server.rawQuery(query), 'tokens', 6000 * 15 + 4, limits.maxTokens);
    });

    it('a fragment that doubles at each of 10 levels (2^10 paths): refused in validation', async () => {
      const query = fragmentDoubling(10);
      const measured = measures(query);
      expect(measured.depth).to.be.at.most(limits.maxDepth);
      expect(measured.aliases).to.be.at.most(limits.maxAliases);
      expectRefused(await server.rawQuery(query), 'selections', 2 ** 13 - 1, limits.maxSelections);
    });

    it('depth 1 000 and depth 4 000: refused by the parser before it recurses that deep', async () => {
      for (const depth of [1000, 4000]) {
        expectRefused(await server.rawQuery(nestedCalls(depth)), 'tokens', 3 * depth + 5, limits.maxTokens);
      }
      // Deep, yet within the token limit: refused by depth.
      expectRefused(await server.rawQuery(nestedCalls(500)), 'depth', 500, limits.maxDepth);
    });

    it('many fields of one name, which graphql-js would compare pairwise: refused before its rules run', async () => {
      expectRefused(
        await server.rawQuery(sameFieldRepeated(480)),
        'repeatedFields',
        479,
        limits.maxRepeatedFields,
      );
    });

    it('reports every limit an operation exceeds, each with its own numbers', async () => {
      const query = `{ ${repeat(limits.maxRootFields + 1, (i) => `r${i}: __typename`)} ${nestedCalls(limits.maxDepth + 1).slice(1, -1)} }`;
      const response = await server.rawQuery(query);
      expect(response.status).to.equal(400);
      expect(response.statements).to.equal(0);
      expect(response.errors!.map((error) => error.extensions)).to.deep.equal([
        { code: 'QUERY_TOO_COMPLEX', depth: limits.maxDepth + 1, limit: limits.maxDepth },
        { code: 'QUERY_TOO_COMPLEX', rootFields: limits.maxRootFields + 2, limit: limits.maxRootFields },
      ]);
    });

    it('leaves cyclic and unknown fragments to graphql-js, which refuses them as before', async () => {
      for (const query of [
        '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }',
        '{ call(key: "2020") { ...Missing } }',
      ]) {
        const response = await server.rawQuery(query);
        expect(response.status).to.equal(400);
        expect(response.errors![0].extensions).to.deep.equal({
          code: 'BAD_USER_INPUT',
          reason: 'GRAPHQL_VALIDATION_FAILED',
        });
        expect(response.statements).to.equal(0);
      }
    });

    it('a signed-in caller is refused as cheaply as a query that needs no data: only the context is read', async () => {
      const token = await server.token({ sub: 'limits-user', roles: ['applicant'], municipalities: ['091'] });
      await server.rawQuery('{ __typename }', undefined, { token }); // the first request records the person
      const trivial = await server.rawQuery('{ __typename }', undefined, { token });
      expectServed(trivial);
      const refused = await server.rawQuery(costPastLimit, undefined, { token });
      expect(refused.status).to.equal(400);
      expect(refused.errors![0].extensions!.code).to.equal('QUERY_TOO_COMPLEX');
      expect(refused.statements).to.equal(trivial.statements);
    });
  });

  describe('what clients do today fits', () => {
    it("README's operations are served, and its worked example costs what it says", async () => {
      const operations = readmeOperations();
      expect(operations.length).to.be.at.least(6);
      const token = await server.token({ sub: 'limits-admin', roles: ['admin'] });
      for (const { query, statedCost } of operations) {
        const response = await server.rawQuery(query, undefined, { token });
        expect(response.errors, `${query}\n${JSON.stringify(response.errors)}`).to.equal(undefined);
        if (statedCost !== undefined) expect(cost(query), query).to.equal(statedCost);
      }
      expect(operations.some((operation) => operation.statedCost !== undefined)).to.equal(true);
    });

    it('the largest operations of the test suite and of the benchmarks are served', async () => {
      const token = await server.token({ sub: 'limits-admin', roles: ['admin'] });
      const { data } = await server.rawQuery('{ call(key: "2020") { id } }');
      const largest: [string, Record<string, unknown>?][] = [
        // test/loaders.test.ts: every relation of the public API, nested, a page of 29 (cost 6 642).
        [
          `query ($first: Int) { awards(first: $first, orderBy: { field: AMOUNT, direction: DESC }) { totalCount
            nodes { grantedAmount
              call { key themes { code } criteria { code } questions { code } conditions { fi } statistics { totalAwarded } }
              leadMunicipality { code region { code } fundingTotal(year: 2020) }
              municipalities { code name { text } }
              application { projectName { text } award { id } theme { code }
                consortium { name lead { code } members { role municipality { code region { code } } } } } } } }`,
          { first: 29 },
        ],
        // test/review.test.ts: evaluations, scores and summaries of a page of applications.
        [
          `query ($id: ID!) { call(id: $id) { applications(first: 20) { nodes { id
            evaluations { weightedScore reviewer { name } scores { score criterion { code } } }
            evaluationSummary { count weightedScore criteria { mean } } } } } }`,
          { id: (data as { call: { id: string } }).call.id },
        ],
        // test/federation.test.ts: 300 representations of every entity type.
        [
          `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename
            ... on Region { code } ... on Municipality { code } ... on Call { id } ... on Consortium { id }
            ... on Application { id status } ... on Award { id } } }`,
          { representations: municipalityReferences(300) },
        ],
        // bench/run.ts: an administrator's page of 100 applications.
        [
          `{ applications(first: 100, filter: { callKey: "2020", status: [SUBMITTED] }, orderBy: { field: REQUESTED_AMOUNT, direction: DESC }) { totalCount nodes { referenceNumber requestedAmount consortium { lead { code } } } } }`,
        ],
      ];
      for (const [query, variables] of largest) {
        expect(cost(query, variables)).to.be.at.most(limits.maxCost);
        expectServed(await server.rawQuery(query, variables, { token }));
      }
    });

    it('federation: the subgraph SDL query is served', async () => {
      const response = await server.rawQuery('{ _service { sdl } }');
      expectServed(response);
      expect(response.data!._service.sdl).to.include('@key');
    });
  });

  describe('the cost model', () => {
    it('every list without `first` has its number of items, as README documents it', () => {
      const documented = new Map(
        [...readme.matchAll(/^\| `(\w+\.\w+)`\s*\| (\d+)\s*\|/gm)].map(([, field, items]) => [
          field,
          Number(items),
        ]),
      );
      const found = new Map<string, number>();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
        for (const field of Object.values(type.getFields())) {
          const list = getNullableType(field.type);
          if (!isListType(list) || !isCompositeType(getNamedType(list))) continue;
          if (type.name === 'Query' && field.name === '_entities') continue; // by its representations
          const estimator = field.extensions.complexity as ListCostEstimator | undefined;
          expect(estimator?.items, `${type.name}.${field.name} needs complexity: listCost(n)`).to.be.a(
            'number',
          );
          found.set(`${type.name}.${field.name}`, estimator!.items);
        }
      }
      expect(Object.fromEntries(documented)).to.deep.equal(Object.fromEntries(found));
    });

    it('keeps the accepted cost on the request context for later use', async () => {
      const plugin = queryCostPlugin(limits.maxCost);
      const listener = await plugin.requestDidStart!({} as never);
      const query = 'query ($first: Int) { awards(first: $first) { nodes { id } } }';
      const document: DocumentNode = parse(query);
      const contextValue = { cost: {} } as RequestContext;
      await listener!.didResolveOperation!({
        schema,
        document,
        operation: document.definitions[0],
        operationName: null,
        request: { query, variables: { first: 50 } },
        contextValue,
      } as never);
      expect(contextValue.cost).to.deep.equal({ requested: 1 + 50 * 2 });
    });

    it('README documents every limit with its default', () => {
      const documented: Record<string, string> = {
        QUERY_MAX_TOKENS: String(limits.maxTokens),
        QUERY_MAX_DEPTH: String(limits.maxDepth),
        QUERY_MAX_ALIASES: String(limits.maxAliases),
        QUERY_MAX_ROOT_FIELDS: String(limits.maxRootFields),
        QUERY_MAX_REPEATED_FIELDS: String(limits.maxRepeatedFields),
        QUERY_MAX_SELECTIONS: String(limits.maxSelections),
        QUERY_MAX_COST: String(limits.maxCost),
      };
      for (const [variable, value] of Object.entries(documented)) {
        expect(readme, variable).to.match(new RegExp(`\\| \`${variable}\`[^\\n]*\\| \`${value}\`\\s*\\|`));
      }
    });

    it('reads the limits from the environment as whole numbers', () => {
      expect(loadConfig({ QUERY_MAX_COST: '2500', QUERY_MAX_DEPTH: '8' }).queryLimits).to.include({
        maxCost: 2500,
        maxDepth: 8,
      });
      for (const bad of ['1.5', 'ten', '-1', '0']) {
        expect(() => loadConfig({ QUERY_MAX_COST: bad }), bad).to.throw(ConfigError, /QUERY_MAX_COST/);
      }
    });
  });
});

describe('query limits: configured, and in production', () => {
  let production: TestServer;
  let development: TestServer;
  before(async () => {
    production = await startTestServer({
      env: { NODE_ENV: 'production', QUERY_MAX_DEPTH: '4', QUERY_MAX_COST: '50' },
    });
    development = await startTestServer({ seed: false });
  });
  after(async () => {
    await production?.stop();
    await development?.stop();
  });

  it('follows QUERY_MAX_DEPTH and QUERY_MAX_COST, and refuses with 400 in production too', async () => {
    const deep = await production.rawQuery(nestedCalls(5));
    expect(deep.status).to.equal(400);
    expect(deep.errors![0].extensions).to.deep.equal({ code: 'QUERY_TOO_COMPLEX', depth: 5, limit: 4 });
    const dear = await production.rawQuery('{ awards { nodes { id grantedAmount } } }');
    expect(dear.status).to.equal(400);
    expect(dear.errors![0].extensions).to.deep.equal({ code: 'QUERY_TOO_COMPLEX', cost: 61, limit: 50 });
    expectServed(await production.rawQuery(nestedCalls(4)));
  });

  it('suggests no field or value names in production', async () => {
    const misspelled = '{ awardz { totalCount } }';
    const badEnum = `query ($lang: Language) { call(key: "2020") { title { text(lang: $lang) } } }`;

    const helped = await development.rawQuery(misspelled);
    expect(helped.errors![0].message).to.include('Did you mean "awards"');
    const helpedEnum = await development.rawQuery(badEnum, { lang: 'SW' });
    expect(helpedEnum.errors![0].message).to.include('Did you mean');

    const plain = await production.rawQuery(misspelled);
    expect(plain.status).to.equal(400);
    expect(plain.errors![0].message).to.equal('Cannot query field "awardz" on type "Query".');
    expect(plain.errors![0].extensions!.code).to.equal('BAD_USER_INPUT');
    const plainEnum = await production.rawQuery(badEnum, { lang: 'SW' });
    expect(plainEnum.errors![0].extensions!.code).to.equal('BAD_USER_INPUT');
    expect(plainEnum.errors![0].message).to.match(/"SW"/);
    expect(plainEnum.errors![0].message).not.to.match(/Did you mean|"SV"/);
  });
});
