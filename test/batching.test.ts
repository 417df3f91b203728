import { expect } from 'chai';
import {
  awardsPage,
  callsWithStatistics,
  deepApplicationsPage,
  entitiesAwards,
  fundingByYearAndRegion,
  municipalitiesFunding,
  municipalityRepresentations,
  type Operation,
  ownApplication,
} from '../bench/operations';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Award } from '../src/modules/award/award.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { callByKey, createApplication, createConsortium, signIn } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

// Raw documents (rawQuery) in this file: the benchmark's operations (bench/operations.ts), which the
// benchmark sends as text too; _entities, which is federation's and not in the SDL test/gql is generated
// from; and the README's examples, built at run time for each page size.

/**
 * Every list under a list is read for all its parents at once: one statement per level, whatever the
 * page size and however many parents. These tests hold the benchmark's operations (bench/operations.ts)
 * and the README's examples to that, and check that a batched page is exactly the page a root list gives.
 */

const nestedLists = `query ($first: Int, $after: String) {
  municipalities(first: 100, filter: { regionCode: "01" }) {
    nodes {
      code
      awards(first: $first, after: $after) {
        totalCount
        edges { cursor node { id } }
        pageInfo { hasNextPage endCursor }
      }
      applications(first: $first) { totalCount nodes { id status } }
      consortia { id applications(first: $first) { totalCount nodes { id } } }
    }
  }
}`;

/** The municipalities of a `nestedLists` answer (Uusimaa's), by code. */
const municipalitiesOf = (data: any): Map<string, any> =>
  new Map(data.municipalities.nodes.map((m: any) => [m.code, m]));

const rootAwards = `query ($code: String, $first: Int, $after: String) {
  awards(first: $first, after: $after, filter: { municipalityCode: $code }) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The README's example operations (Example queries), one request each. */
const readmeExamples = [
  `{ awards(orderBy: { field: AMOUNT, direction: DESC }, first: FIRST) {
      nodes { grantedAmount decisionDate application { projectName { text } } leadMunicipality { code name { text(lang: SV) } } }
      pageInfo { hasNextPage endCursor } } }`,
  `{ awards(first: FIRST, filter: { year: 2020, regionCode: "01", municipalityRole: LEAD, minAmount: "50000", search: "digi" },
      orderBy: { field: AMOUNT, direction: DESC }) {
      totalCount nodes { grantedAmount decisionDate application { projectName { fi sv } } leadMunicipality { code } } } }`,
  `{ municipalities(first: FIRST, filter: { search: "kaupunki" }) { nodes { code name { fi sv } region { name { fi } } } } }`,
  `{ municipality(code: "091") { name { fi sv } fundingTotal(year: 2020) awards(first: FIRST) { nodes { grantedAmount } } } }`,
  `{ calls(first: FIRST) { nodes { key publishedDecisions { asPrinted recipients { code } amountPublished grantedAmount conditions { sv } }
      statistics { grantsDecided totalGranted totalGrantedKnown } sources { title { text } publishedOn }
      awards(first: FIRST) { totalCount nodes { grantedAmount } } applications(first: FIRST) { totalCount nodes { id } } } } }`,
];

describe('nested lists are batched: one statement per level', () => {
  let server: TestServer;
  let applicant: string;
  let admin: string;
  let ownApplicationId: string;
  let awardedMunicipalities: string[];

  before(async () => {
    // Statement counts, not cost limits, are under test here: a page of 100 under a page of 100 is allowed.
    server = await startTestServer({ env: { QUERY_MAX_COST: String(1e9) } });
    const call = await callByKey(server.dataSource, '2022');
    // Applications the public may not see, of consortia of municipalities that also have awards.
    const consortium = await createConsortium(server.dataSource, { lead: '091', members: ['092', '049'] });
    const other = await createConsortium(server.dataSource, { lead: '049', members: ['091'] });
    const own = await createApplication(server.dataSource, { callId: call.id, consortiumId: consortium.id });
    ownApplicationId = own.id;
    for (const status of [ApplicationStatus.SUBMITTED, ApplicationStatus.DRAFT]) {
      await createApplication(server.dataSource, { callId: call.id, consortiumId: other.id, status });
    }
    applicant = (await signIn(server, { sub: 'applicant', roles: ['applicant'], municipalities: ['091'] }))
      .token;
    admin = (await signIn(server, { sub: 'admin', roles: ['admin'] })).token;
    const awards = await server.dataSource
      .getRepository(Award)
      .createQueryBuilder('award')
      .innerJoin('application', 'application', 'application.id = award.applicationId')
      .innerJoin('consortium_member', 'member', 'member.consortiumId = application.consortiumId')
      .select('member.municipalityCode', 'code')
      .distinct(true)
      .getRawMany<{ code: string }>();
    awardedMunicipalities = awards.map((row) => row.code).sort();
  });
  after(() => server?.stop());

  const tokenOf = (operation: Operation) =>
    operation.role === 'admin' ? admin : operation.role === 'applicant' ? applicant : undefined;

  async function statements(operation: Operation, variables: Record<string, unknown>): Promise<number> {
    const response = await server.rawQuery(operation.query, variables, { token: tokenOf(operation) });
    expect(response.errors, `${operation.name}: ${JSON.stringify(response.errors)}`).to.equal(undefined);
    return response.statements;
  }

  it('gives each parent exactly the page, cursors and count its own root list gives, page after page', async () => {
    const first = await server.rawQuery(nestedLists, { first: 1 });
    expect(first.errors, JSON.stringify(first.errors)).to.equal(undefined);
    const byCode = municipalitiesOf(first.data);
    const awarded = awardedMunicipalities.filter((code) => byCode.has(code));
    expect(awarded.length).to.be.greaterThan(3);
    for (const code of awarded) {
      const root = await server.rawQuery(rootAwards, { code, first: 1 });
      expect(byCode.get(code).awards, code).to.deep.equal(root.data!.awards);
    }
    // The same cursor for every parent, as a client paging a nested list sends it: each pages on.
    const [code, { awards: paged }] = [...byCode].find(([, m]) => m.awards.pageInfo.hasNextPage)!;
    const second = await server.rawQuery(nestedLists, { first: 1, after: paged.pageInfo.endCursor });
    expect(second.errors).to.equal(undefined);
    const rootSecond = await server.rawQuery(rootAwards, {
      code,
      first: 1,
      after: paged.pageInfo.endCursor,
    });
    const nestedSecond = municipalitiesOf(second.data).get(code).awards;
    expect(nestedSecond).to.deep.equal(rootSecond.data!.awards);
    expect(nestedSecond.edges.map((e: any) => e.node.id)).not.to.include.members(
      paged.edges.map((e: any) => e.node.id),
    );
  });

  it("applies the caller's row visibility to every parent's page and count", async () => {
    const codes = ['091', '092', '049'];
    for (const [token, expected] of [
      [undefined, 'public'],
      [applicant, 'applicant'],
      [admin, 'admin'],
    ] as const) {
      const nested = await server.rawQuery(nestedLists, { first: 100 }, { token });
      expect(nested.errors).to.equal(undefined);
      for (const code of codes) {
        const root = await server.rawQuery(
          `query ($code: String) { applications(first: 100, filter: { municipalityCode: $code }) { totalCount nodes { id status } } }`,
          { code },
          { token },
        );
        const municipality = municipalitiesOf(nested.data).get(code);
        expect(municipality.applications, `${expected} ${code}`).to.deep.equal(root.data!.applications);
        if (expected === 'public') {
          expect(municipality.applications.nodes.every((a: any) => a.status === 'AWARDED')).to.equal(true);
        }
      }
    }
    const helsinki = async (token?: string) =>
      municipalitiesOf((await server.rawQuery(nestedLists, { first: 100 }, { token })).data).get('091')
        .applications.totalCount;
    // The applicant of 091 sees its two consortia's three applications besides the awarded ones.
    expect(await helsinki(applicant)).to.equal((await helsinki()) + 3);
  });

  it('runs as many statements at first: 10 as at first: 100, for every nested list of every municipality', async () => {
    const small = await server.rawQuery(nestedLists, { first: 10 }, { token: admin });
    const large = await server.rawQuery(nestedLists, { first: 100 }, { token: admin });
    expect(large.errors, JSON.stringify(large.errors)).to.equal(undefined);
    expect(large.statements).to.equal(small.statements);
    // The municipalities, then one statement for each nested list and each count: awards and their
    // count, applications and their count, consortia, their applications and their count; and the
    // administrator's user row.
    expect(large.statements).to.equal(9);
  });

  it('answers the benchmark operations Q1–Q3 and Q7 in as many statements at first: 10 as at first: 100', async () => {
    for (const operation of [callsWithStatistics, awardsPage, municipalitiesFunding, deepApplicationsPage]) {
      const small = await statements(operation, { ...operation.variables, first: 10 });
      const large = await statements(operation, { ...operation.variables, first: 100 });
      expect(large, operation.name).to.equal(small);
    }
    // Q4 has no list to grow: a bound on its levels (loaders over a network may split a level in two).
    expect(await statements(ownApplication, { id: ownApplicationId })).to.be.at.most(12);
    // Q5 has no page either: its grouping is one statement, its regions one more.
    expect(await statements(fundingByYearAndRegion, {})).to.be.at.most(3);
  });

  it('answers Q6, _entities of 50 municipalities with awards(first: 5), in one statement per level', async () => {
    const codes = (await server.dataSource.getRepository(Municipality).find({ order: { code: 'ASC' } }))
      .map((municipality) => municipality.code)
      .filter((code) => !awardedMunicipalities.includes(code));
    const fifty = [...awardedMunicipalities, ...codes].slice(0, 50);
    const few = await statements(entitiesAwards, {
      first: 10,
      representations: municipalityRepresentations(fifty.slice(0, 5)),
    });
    const many = await statements(entitiesAwards, {
      first: 100,
      representations: municipalityRepresentations(fifty),
    });
    expect(many).to.equal(few);
    // Within the default cost limit too (50 × 5 awards).
    const limited = await server.rawQuery(entitiesAwards.query, {
      first: 5,
      representations: municipalityRepresentations(fifty),
    });
    expect(limited.errors).to.equal(undefined);
    expect(limited.statements).to.equal(many);
    // Municipalities, their awards, the awards' counts, the awards' applications.
    expect(many).to.equal(4);
  });

  it("answers the README's example operations in as many statements at first: 10 as at first: 100", async () => {
    for (const example of readmeExamples) {
      const small = await server.rawQuery(example.replaceAll('FIRST', '10'));
      const large = await server.rawQuery(example.replaceAll('FIRST', '100'));
      expect(large.errors, JSON.stringify(large.errors)).to.equal(undefined);
      expect(large.statements, example).to.equal(small.statements);
    }
  });
});
