import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { graphql } from './gql';
import { as, expectCode, expectOk, people } from './helpers/applying';
import { testEngine } from './helpers/database';
import {
  assignReviewer,
  createApplication,
  createAward,
  createClosedCall,
  createConsortium,
  type Person,
  signIn,
} from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const OVERLAPS = graphql(`
  query OverlapsOfApplication($id: ID!) {
    application(id: $id) {
      overlaps {
        reasons
        similarity
        application {
          id
          status
        }
      }
    }
  }
`);
const OVERLAPS_OF_CALL = graphql(`
  query OverlapsOfCall($callId: ID!, $first: Int!) {
    applications(first: $first, filter: { callId: $callId }) {
      nodes {
        id
        overlaps {
          reasons
          application {
            id
            award {
              grantedAmount
            }
          }
        }
      }
    }
  }
`);

describe(`overlaps shown to reviewers (${testEngine})`, () => {
  let server: TestServer;
  let onlyA: Person;
  let aAndB: Person;
  const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'g' | 'h', string>;

  before(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    [onlyA, aAndB] = await Promise.all([
      signIn(server, { sub: 'overlap-reviewer-a', roles: ['reviewer'] }),
      signIn(server, { sub: 'overlap-reviewer-ab', roles: ['reviewer'] }),
    ]);
    const first = await createClosedCall(ds, { themes: ['digi', 'other'] });
    const second = await createClosedCall(ds, { themes: ['other', 'digi'] });
    const [digi1, other1] = first.themes;
    const digi2 = second.themes[1];
    // Espoo with Vantaa; Helsinki with Vantaa (Vantaa in both); Tampere with Turku (no one shared).
    const espoo = await createConsortium(ds, { lead: '049', members: ['092'] });
    const helsinki = await createConsortium(ds, { lead: '091', members: ['092'] });
    const tampere = await createConsortium(ds, { lead: '837', members: ['853'] });
    const apply = async (fields: Partial<Parameters<typeof createApplication>[1]>) =>
      (
        await createApplication(ds, {
          callId: first.call.id,
          consortiumId: espoo.id,
          status: ApplicationStatus.UNDER_REVIEW,
          ...fields,
        })
      ).id;
    const chatbot = {
      projectName: { fi: 'Asiakaspalvelun chatbot', sv: 'Kundtjänstens chatbot' },
      summary: 'Chatbot vastaa asukkaiden kysymyksiin ympäri vuorokauden',
    };
    // A: under review, the one the reviewers look at.
    ids.a = await apply({
      themeId: digi1.id,
      projectStart: '2026-01-01',
      projectEnd: '2026-12-31',
      ...chatbot,
    });
    // B: Helsinki and Vantaa, the same theme in another call, overlapping in time.
    ids.b = await apply({
      callId: second.call.id,
      consortiumId: helsinki.id,
      themeId: digi2.id,
      projectStart: '2026-06-01',
      projectEnd: '2027-05-31',
      projectName: { fi: 'Rakennuslupien sähköistys' },
      summary: 'Luvat verkkoon',
    });
    // C: the same, but after A has ended.
    ids.c = await apply({
      callId: second.call.id,
      consortiumId: helsinki.id,
      themeId: digi2.id,
      projectStart: '2027-01-01',
      projectEnd: '2027-12-31',
      projectName: { fi: 'Rakennuslupien arkisto' },
    });
    // D: no municipality shared, another theme, but a strongly similar text in A's call.
    ids.d = await apply({
      consortiumId: tampere.id,
      themeId: other1.id,
      projectName: { fi: 'Asiakaspalvelun chatbot kunnille', sv: 'Kundtjänstens chatbot för kommuner' },
      summary: 'Chatbot vastaa asukkaiden kysymyksiin ympäri vuorokauden kaikissa kunnissa',
    });
    // E: a text that has nothing in common with A's.
    ids.e = await apply({
      consortiumId: tampere.id,
      themeId: other1.id,
      projectName: { fi: 'Hulevesien mittaus' },
      summary: 'Anturit kaduille',
    });
    // G: an awarded (public) project of Helsinki and Vantaa in the same theme, ongoing.
    ids.g = await apply({
      callId: second.call.id,
      consortiumId: helsinki.id,
      themeId: digi2.id,
      status: ApplicationStatus.AWARDED,
      projectStart: '2025-06-01',
      projectEnd: '2026-03-31',
      projectName: { fi: 'Palveluseteli verkossa' },
    });
    await createAward(ds, { applicationId: ids.g, grantedAmount: '50000.00' });
    // H: a draft copy of A: drafts are not in the round.
    ids.h = await apply({ status: ApplicationStatus.DRAFT, themeId: digi1.id, ...chatbot });
    await assignReviewer(ds, { applicationId: ids.a, reviewerId: onlyA.userId });
    await assignReviewer(ds, { applicationId: ids.a, reviewerId: aAndB.userId });
    await assignReviewer(ds, { applicationId: ids.b, reviewerId: aAndB.userId });
  });
  after(() => server?.stop());

  const overlapsAs = async (token: string | undefined) => {
    const response = await server.query(OVERLAPS, { id: ids.a }, { token });
    return expectOk(response).application!.overlaps;
  };
  const byId = (overlaps: Awaited<ReturnType<typeof overlapsAs>>) =>
    Object.fromEntries(overlaps.map((overlap) => [overlap.application.id, overlap]));

  it('lists ongoing projects of a shared municipality in the theme, and similar texts of the round, with the reason', async () => {
    const overlaps = byId(await overlapsAs((await signIn(server, people.admin)).token));
    expect(Object.keys(overlaps).sort()).to.deep.equal([ids.b, ids.d, ids.g].sort());
    expect(overlaps[ids.b]).to.deep.include({
      reasons: ['SAME_MUNICIPALITY_THEME_PERIOD'],
      similarity: null,
    });
    expect(overlaps[ids.g].reasons).to.deep.equal(['SAME_MUNICIPALITY_THEME_PERIOD']);
    expect(overlaps[ids.d].reasons).to.deep.equal(['SIMILAR_TEXT']);
    expect(overlaps[ids.d].similarity).to.be.within(0.5, 1);
    if (testEngine === 'sqlite') {
      // Summaries: 6 words shared of 8 (names: 3 of 6).
      expect(overlaps[ids.d].similarity).to.equal(0.75);
    }
  });

  it('shows a reviewer only what they may see: an overlapping application hidden from them is not there at all, not even counted', async () => {
    const seenByOnlyA = await overlapsAs(onlyA.token);
    // B and D are under review without this reviewer: absent. G is awarded, so public.
    expect(seenByOnlyA.map((overlap) => overlap.application.id)).to.deep.equal([ids.g]);
    expect(JSON.stringify(seenByOnlyA)).to.not.include(ids.b).and.not.include(ids.d);
    const seenByBoth = await overlapsAs(aAndB.token);
    expect(seenByBoth.map((overlap) => overlap.application.id).sort()).to.deep.equal([ids.b, ids.g].sort());
  });

  it("is for the application's reviewers and administrators: its own applicants and other reviewers are refused", async () => {
    expectCode(await as(server, people.espoo, OVERLAPS, { id: ids.a }), 'FORBIDDEN');
    const unassigned = await signIn(server, { sub: 'overlap-unassigned', roles: ['reviewer'] });
    // The application itself is hidden from a reviewer not assigned to it.
    expect(
      expectOk(await server.query(OVERLAPS, { id: ids.a }, { token: unassigned.token })).application,
    ).to.equal(null);
    // An awarded application is public, its overlaps are not.
    expectCode(await server.query(OVERLAPS, { id: ids.g }), 'FORBIDDEN');
  });

  it('costs the same statements for a page of one application as for a page of several', async () => {
    const { token } = await signIn(server, people.admin);
    const { call, themes } = await createClosedCall(server.dataSource, { themes: ['solo'] });
    const consortium = await createConsortium(server.dataSource, { lead: '049', members: ['092'] });
    for (let i = 0; i < 5; i++)
      await createApplication(server.dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.UNDER_REVIEW,
        themeId: themes[0].id,
        projectStart: '2026-01-01',
        projectEnd: '2026-12-31',
        projectName: { fi: `Yhteinen hanke ${i}` },
      });
    const small = await server.query(OVERLAPS_OF_CALL, { callId: call.id, first: 1 }, { token });
    const large = await server.query(OVERLAPS_OF_CALL, { callId: call.id, first: 5 }, { token });
    const nodes = expectOk(large).applications.nodes;
    expect(nodes).to.have.length(5);
    // Each of the five shares Espoo, Vantaa, the theme, the period and its name's words with the four others.
    for (const node of nodes) {
      expect(node.overlaps).to.have.length(4);
      for (const overlap of node.overlaps)
        expect(overlap.reasons).to.deep.equal(['SAME_MUNICIPALITY_THEME_PERIOD', 'SIMILAR_TEXT']);
    }
    expect(small.statements).to.be.greaterThan(0);
    expect(large.statements).to.equal(small.statements);
  });
});
