import { expect } from 'chai';
import { startTestServer, type TestServer } from './helpers/server';

/** Every relation field of the public API, nested: the statements must not grow with the page size. */
const awardsPage = `query ($first: Int) {
  awards(first: $first, orderBy: { field: AMOUNT, direction: DESC }) {
    totalCount
    nodes {
      grantedAmount
      call { key themes { code } criteria { code } questions { code } conditions { fi } statistics { totalAwarded } }
      leadMunicipality { code region { code } fundingTotal(year: 2020) }
      municipalities { code name { text } }
      application {
        projectName { text }
        award { id }
        theme { code }
        consortium { name lead { code } members { role municipality { code region { code } } } }
      }
    }
  }
}`;

const municipalitiesPage = `query ($first: Int) {
  municipalities(first: $first, filter: { regionCode: "01" }) {
    nodes { code region { code name { sv } } consortia { id } fundingTotal awards(first: 5) { totalCount } }
  }
}`;

describe('per-request loaders', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('resolves a page of 29 awards with every nested relation in as many statements as a page of 2', async () => {
    const small = await server.query(awardsPage, { first: 2 });
    const large = await server.query(awardsPage, { first: 29 });
    expect(small.errors).to.equal(undefined);
    expect(large.errors).to.equal(undefined);
    expect(large.data!.awards.nodes).to.have.length(29);
    expect(large.statements).to.be.greaterThan(0);
    expect(large.statements).to.equal(small.statements);
  });

  it('batches municipality relations: fundingTotal and consortia are one statement each per page', async () => {
    const small = await server.query(municipalitiesPage, { first: 2 });
    const large = await server.query(municipalitiesPage, { first: 26 });
    expect(large.errors).to.equal(undefined);
    expect(large.data!.municipalities.nodes).to.have.length(26);
    // awards(first: 5) under each municipality is a connection of its own: one page query per parent,
    // which is the price of per-parent keyset pages; everything else is batched.
    expect(large.statements - small.statements).to.equal(2 * (26 - 2));
  });
});
