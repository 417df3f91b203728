import { expect } from 'chai';
import { callInput, createCall, people } from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';

describe('the call form to read and download: GET /calls/{key}/form.md', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, { headers });

  it('gives the 2020 form in Finnish: window in Helsinki time, appropriation, rules, themes and questions', async () => {
    const response = await get('/calls/2020/form.md?lang=fi');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).to.equal('inline; filename="call-2020-form-fi.md"');
    const text = await response.text();
    expect(text).to.match(/^# Vuoden 2020 avustus kuntien digitalisaation edistämiseen\n/);
    expect(text).to.include('- Alkaa: 24.6.2020 klo 0.00, Suomen aikaa\n');
    expect(text).to.include('- Päättyy: 5.10.2020 klo 16.15, Suomen aikaa\n');
    expect(text).to.include('- Määräraha: 10 000 000,00 €\n');
    expect(text).to.include('- Hankkeet toteutettava viimeistään: 31.10.2022\n');
    expect(text).to.include('- Kuntia vähintään: 2\n');
    expect(text).to.include(
      '- Ei rahoiteta: sosiaali- ja terveydenhuolto, rakennettu ympäristö, arkistointi\n',
    );
    expect(text).to.include('4. etätyö ja monipaikkainen työ\n');
    // The seeds give the questions in English only; each text falls back to a language it has.
    expect(text).to.include('1. How the changes in ways of working are carried out (pakollinen)\n');
  });

  it('speaks Swedish and English by ?lang= or Accept-Language, and shows a date-only closing as that day', async () => {
    const swedish = await (
      await get('/calls/2019-2/form.md', { 'accept-language': 'sv-FI,sv;q=0.9' })
    ).text();
    expect(swedish).to.include('Blankett för förslag · 2019-2');
    expect(swedish).to.include('- Slutar: 5.9.2019 till dagens slut, finsk tid\n');
    const english = await (await get('/calls/2018/form.md?lang=en')).text();
    expect(english).to.include('- The municipality must take part in the Digikunta trial\n');
    expect(english).to.include('- Innovativeness (weight 1, scale 0–5)\n');
  });

  it('writes times as people in Finland do: klo 16.15 in Finnish, kl. 16.15 in Swedish, 16:15 in English', async () => {
    const lines = async (lang: string) =>
      (await (await get(`/calls/2020/form.md?lang=${lang}`)).text())
        .split('\n')
        .filter((line) =>
          /^- (Alkaa|Päättyy|Börjar|Slutar|Opens|Closes|Hankkeet|Projekten|Projects)/.test(line),
        );
    expect(await lines('fi')).to.deep.equal([
      '- Alkaa: 24.6.2020 klo 0.00, Suomen aikaa',
      '- Päättyy: 5.10.2020 klo 16.15, Suomen aikaa',
      '- Hankkeet toteutettava viimeistään: 31.10.2022',
    ]);
    expect(await lines('sv')).to.deep.equal([
      '- Börjar: 24.6.2020 kl. 0.00, finsk tid',
      '- Slutar: 5.10.2020 kl. 16.15, finsk tid',
      '- Projekten ska genomföras senast: 31.10.2022',
    ]);
    expect(await lines('en')).to.deep.equal([
      '- Opens: 24 June 2020 at 00:00, Finnish time',
      '- Closes: 5 October 2020 at 16:15, Finnish time',
      '- Projects must be completed by: 31 October 2022',
    ]);
  });

  it('prints criteria weights, score scales, required flags and answer lengths of a new call', async () => {
    const call = await createCall(server, callInput('2026-form', { requiresMaturityAssessment: true }));
    const text = await (await get(`/calls/${call.key}/form.md?lang=en`)).text();
    expect(text).to.include('- Opens: 1 January 2026 at 00:00, Finnish time\n');
    expect(text).to.include('- Closes: 25 October 2026 at 16:15, Finnish time\n');
    expect(text).to.include('- Projects must be completed by: 31 December 2027\n');
    expect(text).to.include('- Appropriation: 1 000 000.00 €\n');
    expect(text).to.include('- A self-assessment against the digitalisation maturity model is required\n');
    expect(text).to.include('- Feasibility (weight 1, scale 1–10)\n');
    expect(text).to.include('1. How ways of working change (required, at most 200 characters)\n');
    expect(text).to.include('2. Risks (optional)\n');
  });

  it('hides a draft call from all but administrators, and refuses unknown calls and languages', async () => {
    await createCall(server, callInput('2026-hidden'), false);
    expect((await get('/calls/2026-hidden/form.md')).status).to.equal(404);
    const admin = await server.token(people.admin);
    expect((await get('/calls/2026-hidden/form.md', { authorization: `Bearer ${admin}` })).status).to.equal(
      200,
    );
    expect((await get('/calls/1999/form.md')).status).to.equal(404);
    expect((await get('/calls/..%2F/form.md')).status).to.equal(404);
    expect((await get('/calls/2020/form.md?lang=de')).status).to.equal(400);
    expect((await get('/calls/2020/form.md', { authorization: 'Bearer not-a-token' })).status).to.equal(401);
  });
});
