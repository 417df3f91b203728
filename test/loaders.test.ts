import { expect } from 'chai';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

/** Every relation field of the public API, nested: the statements must not grow with the page size. */
const awardsPage = graphql(`
  query LoadersAwards($first: Int) {
    awards(first: $first, orderBy: { field: AMOUNT, direction: DESC }) {
      totalCount
      nodes {
        grantedAmount
        call {
          key
          themes {
            code
          }
          criteria {
            code
          }
          questions {
            code
          }
          conditions {
            fi
          }
          statistics {
            totalAwarded
          }
        }
        leadMunicipality {
          code
          region {
            code
          }
          fundingTotal(year: 2020)
        }
        municipalities {
          code
          name {
            text
          }
        }
        application {
          projectName {
            text
          }
          award {
            id
          }
          theme {
            code
          }
          consortium {
            name
            lead {
              code
            }
            members {
              role
              municipality {
                code
                region {
                  code
                }
              }
            }
          }
        }
      }
    }
  }
`);

const municipalitiesPage = graphql(`
  query LoadersMunicipalities($first: Int) {
    municipalities(first: $first, filter: { regionCode: "01" }) {
      nodes {
        code
        region {
          code
          name {
            sv
          }
        }
        consortia {
          id
        }
        fundingTotal
        awards(first: 5) {
          totalCount
        }
      }
    }
  }
`);

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
    expect(small.statements).to.be.greaterThan(0);
    // A loader batches what is asked within one tick. Over a network (MariaDB) the rows of one level can
    // arrive in two ticks, so a loader may run twice: bounded by the query's depth, never by the page size
    // (a query per row would add 27 statements or more here).
    expect(large.statements).to.be.within(small.statements, small.statements + 2);
  });

  it('gives each municipality its own consortia when one consortium joins several of those asked for', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query LoadersMunicipality {
          hausjarvi: municipality(code: "086") {
            consortia {
              lead {
                code
              }
              members {
                municipality {
                  code
                }
              }
            }
          }
          loppi: municipality(code: "433") {
            consortia {
              lead {
                code
              }
            }
          }
          riihimaki: municipality(code: "694") {
            consortia {
              lead {
                code
              }
            }
          }
        }
      `),
    );
    expect(errors).to.equal(undefined);
    expect(data!.hausjarvi!.consortia).to.deep.equal([
      {
        lead: { code: '086' },
        members: [{ municipality: { code: '086' } }, { municipality: { code: '433' } }],
      },
    ]);
    expect(data!.loppi!.consortia).to.deep.equal([{ lead: { code: '086' } }]);
    expect(data!.riihimaki!.consortia).to.deep.equal([{ lead: { code: '694' } }]);
  });

  it('batches municipality relations: fundingTotal, consortia and awards are one statement each per page', async () => {
    const small = await server.query(municipalitiesPage, { first: 2 });
    const large = await server.query(municipalitiesPage, { first: 26 });
    expect(large.errors).to.equal(undefined);
    expect(large.data!.municipalities.nodes).to.have.length(26);
    // awards(first: 5) under each municipality too: one page statement and one count for all of them.
    expect(large.statements).to.be.within(small.statements, small.statements + 2);
  });
});
