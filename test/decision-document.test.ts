import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { allow } from 'graphql-shield';
import { ruleOf } from '../src/auth/permissions';
import { stableId } from '../src/common/ids';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Award } from '../src/modules/award/award.entity';
import { Call } from '../src/modules/call/call.entity';
import { as, expectCode, expectOk, people } from './helpers/applying';
import { createApplication, createClosedCall, createConsortium } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const documentsOf = graphql(`
  query DecisionDocumentAwards($lang: Language) {
    awards(first: 100) {
      nodes {
        id
        decisionDocument(lang: $lang)
      }
    }
  }
`);

const pageOfDocuments = graphql(`
  query DecisionDocumentPage($first: Int!) {
    awards(first: $first) {
      nodes {
        decisionDocument(lang: SV)
      }
    }
  }
`);

const decide = graphql(`
  mutation DecisionDocumentDecide($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
      decisionDocument
    }
  }
`);

const startReview = graphql(`
  mutation DecisionDocumentStartReview($c: ID!) {
    startReview(callId: $c) {
      id
    }
  }
`);

/** The seeded grant no. 5 of 2020: Jämsä leads, Multia takes part; 335 800 euros. */
const jamsaId = stableId('award', '2020:5');

describe('the grant decision as a document per award', () => {
  let server: TestServer;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, { headers });
  const download = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).to.equal(200);
    return response.text();
  };

  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('states a seeded 2020 grant in Finnish: recipient, members, maximum, share, deadline, payment, reporting, review', async () => {
    const text = await download(`/awards/${jamsaId}/decision.md?lang=fi`);
    expect(text.startsWith('# Valtionavustuspäätös\n')).to.equal(true);
    for (const line of [
      'Valtiovarainministeriö',
      '- Päätöspäivä: 11.12.2020',
      '- Jämsän kaupunki (Y-tunnus 0175622-1), hankkeen hallinnoija ja avustuksen saaja',
      '- Muut hankkeeseen osallistuvat kunnat: Multia',
      '- Hankkeen nimi: Kuntien digitalisaatio – Älykkäiden lomakkeiden käyttöönotto Jämsässä ja Multialla',
      'Valtiovarainministeriö myöntää hankkeelle valtionavustusta enintään 335 800,00 euroa kuntien digitalisaation edistämiseen.',
      '- Avustuksen enimmäismäärä: 335 800,00 €',
      '- Avustus on enintään 85 % hankkeen hyväksyttävistä kustannuksista.',
      '- Arvonlisävero ja laitehankinnat eivät ole hyväksyttäviä kustannuksia (valtioneuvoston asetus 893/2019).',
      '- Hankkeen on oltava toteutettu viimeistään 31.10.2022.',
      '## Avustuksen maksaminen',
      '- Avustus maksetaan hakemuksesta toteutuneiden hyväksyttävien kustannusten perusteella.',
      '- Maksatusta voi hakea erissä. Viimeinen erä maksetaan loppuraportin yhteydessä.',
      '- Loppuraportti on toimitettava viimeistään 31.1.2023 (3 kuukautta hankkeen päättymisestä).',
      '## Palauttaminen ja takaisinperintä',
      '## Oikaisuvaatimusohje',
      'Oikaisuvaatimus toimitetaan valtiovarainministeriön kirjaamoon: Valtiovarainministeriö, PL 28, 00023 Valtioneuvosto, sähköposti valtiovarainministerio@gov.fi.',
    ]) {
      expect(text.split('\n'), line).to.include(line);
    }
    expect(text).to.contain('Jämsän kaupunki hakee maksatuksen koko hankkeen puolesta.');
    expect(text).to.contain(
      '(valtioneuvoston asetus 893/2019 3 §, valtionavustuslaki 688/2001 7 § 3 momentti)',
    );
    expect(text).to.contain('(valtionavustuslaki 21–22 §)');
    expect(text).to.contain('30 päivän kuluessa päätöksen tiedoksisaannista');
    expect(text).to.contain('(valtionavustuslaki 34 §, hallintolaki 434/2003 7 a luku)');
    // What the record does not hold is left out, never stood in for.
    expect(text).to.not.match(/Päätöksen numero|Toteutusaika|Väliraportti|Avustuksen käyttöä koskevat ehdot/);
    expect(text).to.not.match(/undefined|null|NaN/);
  });

  it('states it in Swedish in the ministry’s words', async () => {
    const text = await download(`/awards/${jamsaId}/decision.md?lang=sv`);
    expect(text.startsWith('# Beslut om statsunderstöd\n')).to.equal(true);
    for (const line of [
      'Finansministeriet',
      '- Beslutsdatum: 11.12.2020',
      '- Jämsä stad (FO-nummer 0175622-1), projektets huvudman och mottagare av understödet',
      '- Övriga kommuner som deltar i projektet: Multia',
      '- Projektets namn: införande av smarta blanketter i Jämsä och Multia',
      'Finansministeriet beviljar projektet statsunderstöd på högst 335 800,00 euro för främjande av kommunernas digitalisering.',
      '- Understödet uppgår till högst 85 % av projektets godtagbara kostnader.',
      '- Mervärdesskatt och anskaffning av utrustning är inte godtagbara kostnader (statsrådets förordning 893/2019).',
      '- Projektet ska vara genomfört senast 31.10.2022.',
      '- En slutrapport ska lämnas senast 31.1.2023 (3 månader efter projektets slut).',
      '## Återbetalning och återkrav',
      '## Anvisning om begäran om omprövning',
      'Begäran om omprövning lämnas till finansministeriets registratorskontor: Finansministeriet, PB 28, 00023 Statsrådet, e-post valtiovarainministerio@gov.fi.',
    ]) {
      expect(text.split('\n'), line).to.include(line);
    }
    expect(text).to.contain('inom 30 dagar från delfåendet av beslutet');
    expect(text).to.contain('(statsunderstödslagen 34 §, förvaltningslagen 434/2003 7 a kap.)');
    expect(text).to.contain('(statsunderstödslagen 21–22 §)');
    expect(text).to.not.match(/Beslutets nummer|Genomförandetid|mellanrapport|Villkor för användningen/);
  });

  it('adds the decision number, the period, the conditions and the interim report once they are on record', async () => {
    const awards = server.dataSource.getRepository(Award);
    await awards.update(jamsaId, {
      decisionNumber: 'VN/26870/2020',
      projectStart: '2021-01-01',
      projectEnd: '2022-09-30',
      conditions: 'Hankkeen tulokset julkaistaan muiden kuntien käyttöön.',
    });
    const call = await server.dataSource.getRepository(Call).findOneByOrFail({ key: '2020' });
    await server.dataSource.getRepository(Call).update(call.id, { interimReportDue: '2021-12-31' });
    try {
      const fi = await download(`/awards/${jamsaId}/decision.md?lang=fi`);
      for (const line of [
        '- Päätöksen numero: VN/26870/2020',
        '- Toteutusaika: 1.1.2021–30.9.2022',
        '- Hankkeen on oltava toteutettu viimeistään 31.10.2022.',
        '- Avustukseen oikeuttavat vain toteutusaikana syntyneet hyväksyttävät kustannukset.',
        '## Avustuksen käyttöä koskevat ehdot',
        'Hankkeen tulokset julkaistaan muiden kuntien käyttöön.',
        '- Väliraportti on toimitettava viimeistään 31.12.2021.',
        // Three calendar months after 30 September.
        '- Loppuraportti on toimitettava viimeistään 30.12.2022 (3 kuukautta hankkeen päättymisestä).',
      ]) {
        expect(fi.split('\n'), line).to.include(line);
      }
      const sv = await download(`/awards/${jamsaId}/decision.md?lang=sv`);
      for (const line of [
        '- Beslutets nummer: VN/26870/2020',
        '- Genomförandetid: 1.1.2021–30.9.2022',
        '## Villkor för användningen av understödet',
        '- En mellanrapport ska lämnas senast 31.12.2021.',
        '- En slutrapport ska lämnas senast 30.12.2022 (3 månader efter projektets slut).',
      ]) {
        expect(sv.split('\n'), line).to.include(line);
      }
    } finally {
      await awards.update(jamsaId, {
        decisionNumber: null,
        projectStart: null,
        projectEnd: null,
        conditions: null,
      });
      await server.dataSource.getRepository(Call).update(call.id, { interimReportDue: null });
    }
  });

  it('names every municipality of a decided consortium, and the exact maximum to the cent', async () => {
    const { call } = await createClosedCall(server.dataSource, { appropriation: null });
    const consortium = await createConsortium(server.dataSource, { lead: '049', members: ['092', '091'] });
    const application = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.SUBMITTED,
      requestedAmount: '1500000.00',
      projectName: { fi: 'Yhteinen asiointi', sv: 'Gemensam service' },
      terms: { projectStart: '2026-02-01', projectEnd: '2027-06-30' },
    });
    expectOk(await as(server, people.admin, startReview, { c: call.id }));
    const { decideAward } = expectOk(
      await as(server, people.admin, decide, {
        a: application.id,
        input: {
          grantedAmount: '1234567.89',
          decisionDate: '2026-01-20',
          decisionNumber: 'VN/100/2026',
          conditions: 'Tulokset jaetaan kaikille kunnille.',
        },
      }),
    );
    const fi = decideAward.decisionDocument;
    for (const line of [
      '- Päätöksen numero: VN/100/2026',
      '- Päätöspäivä: 20.1.2026',
      '- Espoon kaupunki (Y-tunnus 0101263-6), hankkeen hallinnoija ja avustuksen saaja',
      '- Muut hankkeeseen osallistuvat kunnat: Vantaa ja Helsinki',
      '- Hankkeen nimi: Yhteinen asiointi',
      `- Hakemuksen tunnus: ${call.key}-0001`,
      'Valtiovarainministeriö myöntää hankkeelle valtionavustusta enintään 1 234 567,89 euroa kuntien digitalisaation edistämiseen.',
      '- Avustuksen enimmäismäärä: 1 234 567,89 €',
      '- Toteutusaika: 1.2.2026–30.6.2027',
      '- Hankkeen on oltava toteutettu viimeistään 31.10.2027.',
      'Tulokset jaetaan kaikille kunnille.',
      '- Loppuraportti on toimitettava viimeistään 30.9.2027 (3 kuukautta hankkeen päättymisestä).',
    ]) {
      expect(fi.split('\n'), line).to.include(line);
    }
    const sv = await download(`/awards/${decideAward.id}/decision.md?lang=sv`);
    expect(sv.split('\n')).to.include.members([
      '- Esbo stad (FO-nummer 0101263-6), projektets huvudman och mottagare av understödet',
      '- Övriga kommuner som deltar i projektet: Vanda och Helsingfors',
      '- Projektets namn: Gemensam service',
      '- Understödets maximibelopp: 1 234 567,89 €',
    ]);
    const en = await download(`/awards/${decideAward.id}/decision.md?lang=en`);
    expect(en).to.contain('_Unofficial translation; the Finnish and Swedish decisions are authoritative._');
    expect(en).to.contain('- City of Espoo (business ID 0101263-6)');
    expect(en).to.contain('at most 1 234 567.89 euros');
    expect(en).to.contain('at most 85% of');
  });

  it('leaves out the agreement between implementers for a project of one municipality', async () => {
    const { call } = await createClosedCall(server.dataSource);
    const consortium = await createConsortium(server.dataSource, { lead: '091' });
    const application = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.SUBMITTED,
    });
    expectOk(await as(server, people.admin, startReview, { c: call.id }));
    const { decisionDocument } = expectOk(
      await as(server, people.admin, decide, {
        a: application.id,
        input: { grantedAmount: '5000', decisionDate: '2026-01-20' },
      }),
    ).decideAward;
    expect(decisionDocument).to.contain('- Hankkeeseen ei osallistu muita kuntia.');
    expect(decisionDocument).to.not.contain('sopimus');
    expect(decisionDocument).to.contain('enintään 5 000,00 euroa');
  });

  it('serves the document over HTTP as Markdown: Finnish by default, as Accept-Language asks, or by ?lang=', async () => {
    const response = await get(`/awards/${jamsaId}/decision.md`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).to.equal(
      `inline; filename="decision-${jamsaId}-fi.md"`,
    );
    const fi = await response.text();
    expect(fi.startsWith('# Valtionavustuspäätös\n')).to.equal(true);
    const swedish = await get(`/awards/${jamsaId}/decision.md`, { 'accept-language': 'sv-FI,sv;q=0.9' });
    expect((await swedish.text()).startsWith('# Beslut om statsunderstöd\n')).to.equal(true);
    // The same text as the GraphQL field gives, in every language.
    for (const lang of ['FI', 'SV', 'EN'] as const) {
      const { awards } = expectOk(await as(server, null, documentsOf, { lang }));
      const node = awards.nodes.find((award) => award.id === jamsaId)!;
      expect(node.decisionDocument).to.equal(
        await download(`/awards/${jamsaId}/decision.md?lang=${lang.toLowerCase()}`),
      );
    }
    // An upper-case id is the same award.
    expect(await download(`/awards/${jamsaId.toUpperCase()}/decision.md`)).to.equal(fi);
  });

  it('answers a bad lang with 400, and an unknown or impossible id with 404, before reading anything', async () => {
    const bad = await get(`/awards/${jamsaId}/decision.md?lang=de`);
    expect(bad.status).to.equal(400);
    const body = (await bad.json()) as { errors?: { extensions?: { code?: string; field?: string } }[] };
    expect(JSON.stringify(body)).to.contain('BAD_USER_INPUT');
    expect((await get(`/awards/${jamsaId}/decision.md?lang=`)).status).to.equal(400);
    const unknown = await get(`/awards/${randomUUID()}/decision.md`);
    expect(unknown.status).to.equal(404);
    expect(unknown.headers.get('x-sql-statements')).to.equal('1');
    for (const path of ['/awards/not-an-id/decision.md', "/awards/1'%20OR%201=1/decision.md"]) {
      const response = await get(path);
      expect(response.status, path).to.equal(404);
      expect(response.headers.get('x-sql-statements'), path).to.equal('0');
    }
  });

  it('is public: the same document to everyone, by the permission map', async () => {
    expect(ruleOf('Award', 'decisionDocument')).to.equal(allow);
    const texts = new Set<string>();
    for (const who of [null, people.helsinki, people.admin]) {
      const token = who ? await server.token(who) : undefined;
      const response = await fetch(`${server.origin}/awards/${jamsaId}/decision.md`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(response.status).to.equal(200);
      texts.add(await response.text());
    }
    expect(texts.size).to.equal(1);
    const official = await as(server, people.helsinki, pageOfDocuments, { first: 2 });
    expect(expectOk(official).awards.nodes).to.have.length(2);
  });

  it('costs the same statements for a page of 2 documents as for 25, and a few for one over HTTP', async () => {
    const small = await as(server, null, pageOfDocuments, { first: 2 });
    const large = await as(server, null, pageOfDocuments, { first: 25 });
    expect(expectOk(large).awards.nodes).to.have.length(25);
    expect(large.statements).to.equal(small.statements);
    const response = await get(`/awards/${jamsaId}/decision.md`);
    // The award, its call and application, the consortium's members, their municipalities.
    expect(response.headers.get('x-sql-statements')).to.equal('5');
  });

  it('refuses a bad lang in GraphQL as any enum', async () => {
    const response = await server.rawQuery(`{ awards(first: 1) { nodes { decisionDocument(lang: DE) } } }`);
    expectCode(response, 'BAD_USER_INPUT', 'lang');
  });
});
