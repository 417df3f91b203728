import { expect } from 'chai';
import { as, callInput, createCall, people, expectOk } from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

graphql(`
  fragment PublicRecordSourceFields on Source {
    key
    kind
    language
    title {
      fi
      sv
      en
    }
    publisher {
      fi
      sv
      en
    }
    publishedOn
    publishedAt
    url
  }
`);

/** The public record as a journalist would check it: what was published, and where each figure comes from. */
describe('the public record: published grants, call texts and sources', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('names the 14 grants of 2018 as the release does, decided 23.3.2018, without amounts or projects', async () => {
    const { call } = expectOk(
      await server.query(
        graphql(`
          query PublicRecordCall {
            call(key: "2018") {
              publishedStatistics {
                grantsAwarded
              }
              publishedDecisions {
                listPosition
                decisionDate
                asPrinted
                amountPublished
                grantedAmount
                lead {
                  code
                }
                recipients {
                  code
                  name {
                    sv
                  }
                }
                projectName {
                  fi
                  sv
                  en
                }
                conditions {
                  sv
                  en
                }
                award {
                  id
                }
                sources {
                  key
                }
              }
            }
          }
        `),
      ),
    );
    const decisions = call!.publishedDecisions;
    expect(decisions.map((d: any) => d.recipients.map((r: any) => r.code))).to.deep.equal([
      ['098'], // Hollola
      ['165'], // Janakkala
      ['604'], // Pirkkala, "Birkala"
      ['182'], // Jämsä
      ['405'], // Lappeenranta, "Villmanstrand"
      ['609'], // Pori, "Björneborg"
      ['698'], // Rovaniemi
      ['092'], // Vantaa, "Vanda"
      ['989'], // Ähtäri, "Etseri"
      ['536', '418'], // the joint project of Nokia and Lempäälä
      ['213'], // Kangasniemi, two projects
      ['213'],
      ['743'], // Seinäjoki, two projects
      ['743'],
    ]);
    expect(decisions).to.have.length(call!.publishedStatistics.grantsAwarded!);
    expect(decisions.map((d: any) => d.listPosition)).to.deep.equal([...Array(14).keys()].map((i) => i + 1));
    // The release prints the Swedish names: each single grantee is the municipality of that Swedish name.
    for (const decision of decisions.slice(0, 9)) {
      expect(decision.asPrinted).to.equal(decision.recipients[0].name.sv);
    }
    expect(decisions[9].asPrinted).to.equal('Nokia stads och Lempäälä kommuns samprojekt');
    // The release does not say which of Nokia and Lempäälä administers their project.
    expect(decisions[9].lead).to.equal(null);
    for (const decision of decisions) {
      expect(decision).to.deep.include({
        decisionDate: '2018-03-23',
        amountPublished: false,
        grantedAmount: null,
        projectName: null,
        award: null,
        conditions: [
          {
            sv: 'Villkoret för understödet är att kommunen deltar i Digikommunförsöket',
            en: 'The municipality must take part in the Digikunta trial',
          },
        ],
        sources: [{ key: 'vm-press-release-2018-03-26' }],
      });
      if (decision.recipients.length === 1) expect(decision.lead!.code).to.equal(decision.recipients[0].code);
    }
  });

  it('says "14 grants, total not published" for 2018, never a total of zero', async () => {
    const { call, awards } = expectOk(
      await server.query(
        graphql(`
          query PublicRecordCall2 {
            call(key: "2018") {
              appropriation
              publishedStatistics {
                applicationsReceived
                grantsAwarded
                totalAwarded
                totalAwardedPublished
              }
              statistics {
                applicationsAwarded
                totalAwarded
                remainingAppropriation
                grantsDecided
                grantsWithoutPublishedAmount
                totalGranted
                totalGrantedKnown
              }
            }
            awards(filter: { callKey: "2018" }) {
              totalCount
            }
          }
        `),
      ),
    );
    expect(call!.publishedStatistics).to.deep.equal({
      applicationsReceived: 57,
      grantsAwarded: 14,
      totalAwarded: null,
      totalAwardedPublished: false,
    });
    expect(call!.statistics).to.deep.equal({
      // No application of 2018 is on record, and no amount was ever published...
      applicationsAwarded: 0,
      totalAwarded: '0.00',
      remainingAppropriation: null,
      // ...but 14 grants were decided, and their total is unknown rather than zero.
      grantsDecided: 14,
      grantsWithoutPublishedAmount: 14,
      totalGranted: null,
      totalGrantedKnown: false,
    });
    // A grant without a published amount is not dressed up as an award with an invented one.
    expect(awards.totalCount).to.equal(0);
  });

  it('lists the 2018 grants in the decision list and its download, saying the amounts were not published', async () => {
    const { call } = expectOk(
      await server.query(
        graphql(`
          query PublicRecordCall3 {
            call(key: "2018") {
              sv: decisionList {
                items
                text
              }
              fi: decisionList(lang: FI) {
                items
              }
            }
          }
        `),
      ),
    );
    expect(call!.sv.items).to.have.length(14);
    expect(call!.sv.items[0]).to.equal('Hollola kommun beviljas understöd; beloppet har inte publicerats.');
    expect(call!.sv.items[2]).to.equal('Birkala kommun beviljas understöd; beloppet har inte publicerats.');
    expect(call!.sv.items[9]).to.equal(
      'Nokia stad och Lempäälä kommun beviljas understöd för ett samprojekt; beloppet har inte publicerats.',
    );
    expect(call!.sv.text).to.contain('\nBeslut 23.3.2018\n');
    expect(call!.sv.text).to.not.contain('Inga understöd har beviljats.');
    expect(call!.sv.items.join(' ')).to.not.match(/\d+ euro/);
    expect(call!.fi.items[1]).to.equal('Janakkalan kunta saa avustusta; määrää ei ole julkaistu.');
    expect(call!.fi.items[9]).to.equal(
      'Nokian kaupunki ja Lempäälän kunta saavat avustusta yhteishankkeeseen; määrää ei ole julkaistu.',
    );
    const download = await (await fetch(`${server.origin}/calls/2018/decisions.md`)).text();
    expect(download).to.contain('\n14. Seinäjoki stad beviljas understöd; beloppet har inte publicerats.\n');
  });

  it('keeps 2020 side by side: 9 690 000 published and 9 714 600 recorded, each with its source', async () => {
    const { call } = expectOk(
      await server.query(
        graphql(`
          query PublicRecordCall4 {
            call(key: "2020") {
              publishedStatistics {
                grantsAwarded
                totalAwarded
                totalAwardedPublished
                sources {
                  key
                }
              }
              statistics {
                grantsDecided
                grantsWithoutPublishedAmount
                totalAwarded
                totalGranted
                totalGrantedKnown
                remainingAppropriation
              }
              publishedDecisions {
                listPosition
                amountPublished
                grantedAmount
                lead {
                  code
                }
                award {
                  grantedAmount
                  listPosition
                  sources {
                    key
                  }
                }
                sources {
                  key
                }
              }
              awards(first: 100) {
                nodes {
                  sources {
                    key
                    kind
                    publishedOn
                  }
                }
              }
            }
          }
        `),
      ),
    );
    expect(call!.publishedStatistics).to.deep.equal({
      grantsAwarded: 29,
      totalAwarded: '9690000.00',
      totalAwardedPublished: true,
      sources: [{ key: 'vm-press-release-2020-12-11' }],
    });
    expect(call!.statistics).to.deep.equal({
      grantsDecided: 29,
      grantsWithoutPublishedAmount: 0,
      totalAwarded: '9714600.00',
      totalGranted: '9714600.00',
      totalGrantedKnown: true,
      remainingAppropriation: '285400.00',
    });
    expect(call!.publishedDecisions).to.have.length(29);
    for (const decision of call!.publishedDecisions) {
      expect(decision.amountPublished).to.equal(true);
      expect(decision.award!.grantedAmount).to.equal(decision.grantedAmount);
      expect(decision.award!.listPosition).to.equal(decision.listPosition);
      expect(decision.sources).to.deep.equal([{ key: 'vm-press-release-2020-12-11' }]);
      expect(decision.award!.sources).to.deep.equal(decision.sources);
    }
    expect(call!.publishedDecisions[22]).to.deep.include({
      grantedAmount: '1090100.00',
      lead: { code: '694' },
    });
    expect(call!.awards.nodes).to.have.length(29);
    for (const award of call!.awards.nodes) {
      expect(award.sources).to.deep.equal([
        { key: 'vm-press-release-2020-12-11', kind: 'PRESS_RELEASE', publishedOn: '2020-12-11' },
      ]);
    }
  });

  it('describes every seeded call in the language its source was published in, never translated', async () => {
    const { calls } = expectOk(
      // Ten calls a page (there are five) keeps the operation within the default cost limit.
      await server.query(
        graphql(`
          query PublicRecordCalls {
            calls(first: 10) {
              nodes {
                key
                description {
                  fi
                  sv
                  en
                  english: text(lang: EN)
                }
                notes {
                  fi
                  sv
                  en
                }
                sources {
                  language
                }
              }
            }
          }
        `),
      ),
    );
    expect(calls.nodes.map((call: any) => call.key)).to.have.members([
      '2018',
      '2019-1',
      '2019-2',
      '2020',
      '2022',
    ]);
    const published: Record<string, 'fi' | 'sv'> = {};
    for (const call of calls.nodes) {
      const language = call.sources[0].language.toLowerCase() as 'fi' | 'sv';
      const other = language === 'fi' ? 'sv' : 'fi';
      published[call.key] = language;
      expect(call.description[language], `${call.key} description`).to.be.a('string').with.length.above(100);
      expect(call.description[other], `${call.key} description`).to.equal(null);
      expect(call.description.en, `${call.key} description`).to.equal(null);
      // No English was published: text falls back, Finnish first, then Swedish.
      expect(call.description.english).to.equal(call.description[language]);
      expect(call.notes![language], `${call.key} notes`).to.be.a('string').and.not.equal('');
      expect(call.notes![other], `${call.key} notes`).to.equal(null);
    }
    expect(published).to.deep.equal({
      '2018': 'sv',
      '2019-1': 'sv',
      '2019-2': 'sv',
      '2020': 'fi',
      '2022': 'sv',
    });
  });

  it('keeps the 2018 review note in the call notes, and its condition among the conditions', async () => {
    const { call } = expectOk(
      await server.query(
        graphql(`
          query PublicRecordCall5 {
            call(key: "2018") {
              notes {
                sv
                en
              }
              conditions {
                sv
              }
              description {
                text
              }
            }
          }
        `),
      ),
    );
    expect(call!.notes!.sv).to.include(
      'Vid bedömningen beaktades också nuläget i hela landet och övriga pågående kommunernas egna digitaliseringsprojekt',
    );
    expect(call!.notes!.sv).to.include(
      'har ministeriet gett särskild prioritet åt serviceprocesser i punkt 1',
    );
    expect(call!.notes!.en).to.equal(
      'Priority was given to theme 1 because of the number of applications and the available appropriation.',
    );
    expect(call!.conditions).to.deep.equal([
      { sv: 'Villkoret för understödet är att kommunen deltar i Digikommunförsöket' },
    ]);
    expect(call!.description.text).to.match(/^Understöden ska täcka kostnader/);
  });

  it('names a source for every seeded call, published figure and grant, with its publisher and date', async () => {
    const { calls, awards } = expectOk(
      // Ten calls a page (there are five) keeps the operation within the default cost limit.
      await server.query(
        graphql(`
          query PublicRecordCalls3 {
            calls(first: 10) {
              nodes {
                key
                sources {
                  ...PublicRecordSourceFields
                }
                publishedStatistics {
                  sources {
                    key
                  }
                }
                publishedDecisions {
                  sources {
                    key
                  }
                }
              }
            }
            awards(first: 100) {
              totalCount
              nodes {
                sources {
                  key
                }
              }
            }
          }
        `),
      ),
    );
    const seen = new Map<string, any>();
    for (const call of calls.nodes) {
      expect(call.sources, call.key).to.not.be.empty;
      expect(call.publishedStatistics.sources, call.key).to.not.be.empty;
      for (const decision of call.publishedDecisions) expect(decision.sources, call.key).to.not.be.empty;
      for (const source of call.sources) seen.set(source.key, source);
    }
    expect(awards.totalCount).to.equal(29);
    for (const award of awards.nodes) expect(award.sources).to.not.be.empty;

    expect(
      calls.nodes.find((call: any) => call.key === '2020')!.sources.map((s: any) => s.key),
    ).to.deep.equal(['vm-call-page-2020', 'vm-press-release-2020-12-11']);
    for (const source of seen.values()) {
      expect(source.publisher).to.deep.equal({
        fi: 'Valtiovarainministeriö',
        sv: 'Finansministeriet',
        en: 'Ministry of Finance',
      });
      // The copies of the publications carry no web address; none is made up.
      expect(source.url).to.equal(null);
      expect(source.title[source.language.toLowerCase()]).to.be.a('string');
    }
    expect(seen.get('vm-press-release-2018-03-26')).to.deep.include({
      kind: 'PRESS_RELEASE',
      language: 'SV',
      title: {
        fi: null,
        sv: 'Finansministeriet beviljade understöd för att främja digitaliseringen av tjänster i kommunerna',
        en: null,
      },
      publishedOn: '2018-03-26',
      // "26.3.2018 15.00", Helsinki summer time
      publishedAt: '2018-03-26T12:00:00.000Z',
    });
    expect(seen.get('vm-press-release-2020-12-11')).to.deep.include({
      publishedOn: '2020-12-11',
      publishedAt: '2020-12-11T07:43:00.000Z',
    });
    // The call pages print no date.
    expect(seen.get('vm-call-page-2022')).to.deep.include({
      kind: 'CALL_PAGE',
      language: 'SV',
      publishedOn: null,
      publishedAt: null,
    });
  });

  it('cites no source for a call made in this service', async () => {
    const call = await createCall(server, callInput('2026-own'));
    const { call: own } = expectOk(
      await as(
        server,
        people.admin,
        graphql(`
          query PublicRecordCall6($id: ID!) {
            call(id: $id) {
              sources {
                key
              }
              publishedStatistics {
                sources {
                  key
                }
                totalAwardedPublished
              }
              publishedDecisions {
                id
              }
              statistics {
                grantsDecided
                totalGranted
                totalGrantedKnown
              }
            }
          }
        `),
        { id: call.id },
      ),
    );
    expect(own).to.deep.equal({
      sources: [],
      publishedStatistics: { sources: [], totalAwardedPublished: false },
      publishedDecisions: [],
      statistics: { grantsDecided: 0, totalGranted: '0.00', totalGrantedKnown: true },
    });
  });

  it('reads the whole record of every call in as many statements as the record of one', async () => {
    const record = graphql(`
      query PublicRecordCalls2($first: Int, $filter: CallFilter) {
        calls(first: $first, filter: $filter) {
          nodes {
            sources {
              key
            }
            publishedStatistics {
              sources {
                key
              }
            }
            statistics {
              grantsDecided
              totalGranted
            }
            publishedDecisions {
              lead {
                code
              }
              recipients {
                code
              }
              sources {
                key
              }
              award {
                grantedAmount
              }
              call {
                key
              }
            }
          }
        }
      }
    `);
    // The newest decided call is 2020, whose 29 grants with awards reach every relation.
    const one = await server.query(record, { first: 1, filter: { status: 'DECIDED' } });
    // The five calls in one page, with every relation of a published grant: within the default cost limit.
    const all = await server.query(record, { first: 5 });
    expect(one.errors).to.equal(undefined);
    expect(all.errors).to.equal(undefined);
    expect(one.data!.calls.nodes[0].publishedDecisions).to.have.length(29);
    expect(all.data!.calls.nodes.length).to.be.at.least(5);
    // As in test/loaders.test.ts: bounded by the query's depth (a second tick on a networked engine).
    expect(all.statements).to.be.within(one.statements, one.statements + 2);
  });
});
