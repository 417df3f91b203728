import { expect } from 'chai';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

describe('public read API over HTTP on the seeded database', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('reports the 2020 call: 29 awards summing to 9714600.00 beside the published 9690000.00', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query PublicApiCall {
          call(key: "2020") {
            key
            year
            stage
            status
            timeZone
            closesAt
            opensAt
            appropriation
            minMunicipalities
            excludedSectors
            title {
              fi
              sv
              en
              text
            }
            themes {
              code
              title {
                fi
              }
            }
            questions {
              code
              required
            }
            publishedStatistics {
              applicationsReceived
              grantsAwarded
              totalAwarded
            }
            statistics {
              applicationsAwarded
              totalAwarded
              remainingAppropriation
            }
            awards(first: 1) {
              totalCount
            }
          }
        }
      `),
    );
    expect(errors).to.equal(undefined);
    const call = data!.call;
    expect(call!.closesAt).to.equal('2020-10-05T13:15:00.000Z');
    expect(call!.opensAt).to.equal('2020-06-23T21:00:00.000Z');
    expect(call!.timeZone).to.equal('Europe/Helsinki');
    expect(call!.status).to.equal('DECIDED');
    expect(call!.appropriation).to.equal('10000000.00');
    expect(call!.minMunicipalities).to.equal(2);
    expect(call!.excludedSectors).to.deep.equal(['SOCIAL_AND_HEALTH_CARE', 'BUILT_ENVIRONMENT', 'ARCHIVING']);
    expect(call!.themes).to.have.length(5);
    expect(call!.questions.every((q: { required: boolean }) => q.required)).to.equal(true);
    expect(call!.publishedStatistics).to.deep.equal({
      applicationsReceived: 61,
      grantsAwarded: 29,
      totalAwarded: '9690000.00',
    });
    expect(call!.statistics).to.deep.equal({
      applicationsAwarded: 29,
      totalAwarded: '9714600.00',
      remainingAppropriation: '285400.00',
    });
    expect(call!.awards.totalCount).to.equal(29);
  });

  it('finds Helsinki / Helsingfors by code with its award "Lämpiö" of 850000.00', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query PublicApiMunicipality {
          municipality(code: "091") {
            code
            kind
            population
            name {
              fi
              sv
            }
            region {
              code
              name {
                fi
                sv
              }
            }
            awards {
              nodes {
                grantedAmount
                application {
                  projectName {
                    fi
                  }
                }
              }
            }
            fundingTotal(year: 2020)
          }
        }
      `),
    );
    expect(errors).to.equal(undefined);
    const helsinki = data!.municipality;
    expect(helsinki!.name).to.deep.equal({ fi: 'Helsinki', sv: 'Helsingfors' });
    expect(helsinki!.kind).to.equal('CITY');
    expect(helsinki!.region.code).to.equal('01');
    expect(helsinki!.awards.nodes).to.deep.equal([
      { grantedAmount: '850000.00', application: { projectName: { fi: 'Lämpiö' } } },
    ]);
    expect(helsinki!.fundingTotal).to.equal('850000.00');
  });

  it('searches Finnish and Swedish names: "Träskända" finds 186, case and accents ignored', async () => {
    for (const search of ['Träskända', 'träskända', 'TRASKANDA', 'Järvenpää']) {
      const { data, errors } = await server.query(
        graphql(`
          query PublicApiMunicipalities($search: String!) {
            municipalities(filter: { search: $search }) {
              nodes {
                code
                name {
                  fi
                  sv
                }
              }
            }
          }
        `),
        { search },
      );
      expect(errors, `${search}: ${JSON.stringify(errors)}`).to.equal(undefined);
      expect(
        data!.municipalities.nodes.map((m: { code: string }) => m.code),
        search,
      ).to.deep.equal(['186']);
    }
  });

  it('picks LocalizedText.text by lang, then Accept-Language, then fi → sv → en', async () => {
    const query = graphql(`
      query PublicApiCall2 {
        call(key: "2020") {
          title {
            text
            sv: text(lang: SV)
          }
        }
        swedishOnly: call(key: "2018") {
          title {
            text
          }
        }
      }
    `);
    const finnish = await server.query(query);
    expect(finnish.data!.call!.title).to.deep.equal({
      text: 'Vuoden 2020 avustus kuntien digitalisaation edistämiseen',
      sv: '2020 års understöd för kommunernas digitaliseringsprojekt',
    });
    // 2018 was published in Swedish only: without a preference its Swedish title stands in for Finnish.
    expect(finnish.data!.swedishOnly!.title.text).to.equal(
      'Understöd för att främja digitaliseringen av tjänster i kommunerna',
    );
    const english = await server.query(query, undefined, {
      headers: { 'accept-language': 'de-DE, en;q=0.8, sv;q=0.5' },
    });
    expect(english.data!.call!.title.text).to.equal('2020 grants for promoting municipal digitalisation');
    const swedish = await server.query(query, undefined, { headers: { 'accept-language': 'sv-FI' } });
    expect(swedish.data!.call!.title.text).to.equal(
      '2020 års understöd för kommunernas digitaliseringsprojekt',
    );
  });

  it('counts 310 municipalities valid on 2020-01-01 and 309 on 2022-01-01', async () => {
    const count = async (validOn: string) =>
      (
        await server.query(
          graphql(`
            query PublicApiMunicipalities2($validOn: Date) {
              municipalities(filter: { validOn: $validOn }) {
                totalCount
              }
            }
          `),
          { validOn },
        )
      ).data!.municipalities.totalCount;
    expect(await count('2020-01-01')).to.equal(310);
    expect(await count('2022-01-01')).to.equal(309);
  });

  it('orders awards by amount, largest first: Riihimäki 1090100.00', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query PublicApiAwards {
          awards(orderBy: { field: AMOUNT, direction: DESC }, first: 3) {
            nodes {
              grantedAmount
              leadMunicipality {
                code
                name {
                  fi
                }
              }
            }
          }
        }
      `),
    );
    expect(errors).to.equal(undefined);
    expect(data!.awards.nodes[0]).to.deep.equal({
      grantedAmount: '1090100.00',
      leadMunicipality: { code: '694', name: { fi: 'Riihimäki' } },
    });
    const amounts = data!.awards.nodes.map((n: { grantedAmount: string }) => Number(n.grantedAmount));
    expect(amounts).to.deep.equal([...amounts].sort((a, b) => b - a));
  });

  it('pages through the 29 awards ten at a time, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: any = await server.query(
        graphql(`
          query PublicApiAwards2($after: String) {
            awards(first: 10, after: $after, filter: { year: 2020 }) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                cursor
                node {
                  id
                }
              }
            }
          }
        `),
        { after },
      );
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      const connection = response.data.awards;
      expect(connection.totalCount).to.equal(29);
      seen.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).to.equal(3);
    expect(seen).to.have.length(29);
    expect(new Set(seen).size).to.equal(29);
  });
});
