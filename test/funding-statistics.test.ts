// Raw documents: the figures asked for are chosen per case (statisticsQuery), so the documents are built
// at run time and cannot be typed ahead.
import { expect } from 'chai';
import { newId } from '../src/common/ids';
import { LocalizedText } from '../src/common/localized-text';
import { fromCents, toCents } from '../src/common/money';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Theme } from '../src/modules/call/call.entity';
import { MunicipalityPopulation } from '../src/modules/municipality/municipality.entity';
import { expectCode, expectOk } from './helpers/applying';

import { createApplication, createClosedCall, createConsortium, signIn } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const FIGURES = `year themeCode applicationsSubmitted applicationsAwarded grantsDecided grantsWithoutPublishedAmount
  successRate totalRequested totalGranted population populationYear grantedPerResident publishedTotalGranted`;

const statisticsQuery = (fields: string) => `query ($groupBy: [FundingStatisticsGroup!]!,
  $role: ConsortiumRole, $filter: FundingStatisticsFilter) {
  fundingStatistics(groupBy: $groupBy, municipalityRole: $role, filter: $filter) { ${fields} } }`;

type Row = Record<string, any>;

describe('fundingStatistics', () => {
  let server: TestServer;
  let tokens: Record<'admin' | 'applicant' | 'reviewer', string>;
  let closedCallKey: string;

  before(async () => {
    // Refusing work while the event loop lags (a machine running other suites) is the HTTP layer's,
    // tested in http.test.ts; here the figures are tried.
    server = await startTestServer();
    tokens = {
      admin: (await signIn(server, { sub: 'admin', roles: ['admin'] })).token,
      applicant: (await signIn(server, { sub: 'alajarvi', roles: ['applicant'], municipalities: ['005'] }))
        .token,
      reviewer: (await signIn(server, { sub: 'reviewer', roles: ['reviewer'] })).token,
    };
    // Alajärvi, never awarded, leads one submitted application: not public, and no public row may tell of it.
    const { call } = await createClosedCall(server.dataSource, { appropriation: '500000.00' });
    closedCallKey = call.key;
    const theme = Object.assign(new Theme(), {
      id: newId(),
      callId: call.id,
      code: 'e-services',
      title: LocalizedText.of({ fi: 'Sähköiset palvelut' }),
      examples: [],
      position: 0,
    });
    await server.dataSource.getRepository(Theme).insert(theme);
    const consortium = await createConsortium(server.dataSource, { lead: '005', members: ['009'] });
    await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      requestedAmount: '120000.00',
      status: ApplicationStatus.SUBMITTED,
      themeId: theme.id,
    });
  });
  after(() => server?.stop());

  async function rows(
    groupBy: string[],
    options: { filter?: Record<string, unknown>; role?: string | null; token?: string; fields?: string } = {},
  ): Promise<Row[]> {
    const response = await server.rawQuery(
      statisticsQuery(options.fields ?? FIGURES),
      { groupBy, role: options.role, filter: options.filter },
      { token: options.token },
    );
    return expectOk(response).fundingStatistics as Row[];
  }

  const sum = (amounts: string[]) =>
    fromCents(amounts.reduce((total, amount) => total + toCents(amount), 0n));

  it('answers every grouping in one SQL statement, whatever the combination or role', async () => {
    const groupings = [
      [],
      ['YEAR'],
      ['CALL'],
      ['REGION'],
      ['THEME'],
      ['MUNICIPALITY'],
      ['YEAR', 'REGION'],
      ['CALL', 'THEME'],
      ['YEAR', 'CALL', 'REGION', 'THEME', 'MUNICIPALITY'],
    ];
    for (const groupBy of groupings) {
      for (const role of ['LEAD', 'MEMBER']) {
        for (const token of [undefined, tokens.admin]) {
          const response = await server.rawQuery(
            statisticsQuery(FIGURES),
            { groupBy, role, filter: groupBy.length ? null : { year: 2020 } },
            // The administrator's token is read from the database once per request: one more statement.
            { token },
          );
          expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
          expect(response.statements, `${groupBy.join('+')} as ${role}`).to.equal(token ? 2 : 1);
        }
      }
    }
    // Rows' calls, regions and municipalities come through the loaders: one statement per type.
    const related = await server.rawQuery(
      statisticsQuery('call { key } region { code } municipality { code } theme { code } totalGranted'),
      { groupBy: ['CALL', 'REGION', 'THEME', 'MUNICIPALITY'] },
    );
    expect(related.errors).to.equal(undefined);
    expect(related.statements).to.equal(4);
  });

  it("adds up over regions to each call's statistics.totalAwarded and applicationsAwarded", async () => {
    const calls = expectOk(
      await server.rawQuery(
        '{ calls(first: 50) { nodes { key statistics { totalAwarded applicationsAwarded grantsDecided } } } }',
      ),
    ).calls.nodes as Row[];
    const byRegion = await rows(['CALL', 'REGION'], { fields: `call { key } region { code } ${FIGURES}` });
    expect(calls.length).to.be.greaterThan(3);
    for (const call of calls) {
      const regions = byRegion.filter((row) => row.call.key === call.key);
      expect(sum(regions.map((row) => row.totalGranted)), call.key).to.equal(call.statistics.totalAwarded);
      expect(
        regions.reduce((total, row) => total + row.applicationsAwarded, 0),
        call.key,
      ).to.equal(call.statistics.applicationsAwarded);
      expect(
        regions.reduce((total, row) => total + row.grantsDecided, 0),
        call.key,
      ).to.equal(call.statistics.grantsDecided);
    }
    const total2020 = byRegion.filter((row) => row.call.key === '2020');
    expect(sum(total2020.map((row) => row.totalGranted))).to.equal('9714600.00');
    // Each region row is its lead municipalities' region: no region is counted twice.
    expect(new Set(total2020.map((row) => row.region.code)).size).to.equal(total2020.length);
  });

  it('sets the published total beside the recorded one for whole calls and years, never for finer rows', async () => {
    const [call2020] = await rows(['CALL'], { filter: { callKey: '2020' } });
    expect(call2020).to.include({
      year: 2020,
      totalGranted: '9714600.00',
      publishedTotalGranted: '9690000.00',
      applicationsAwarded: 29,
      grantsDecided: 29,
    });
    const years = await rows(['YEAR']);
    expect(years.find((row) => row.year === 2020)).to.include({
      totalGranted: '9714600.00',
      publishedTotalGranted: '9690000.00',
    });
    // 2018: fourteen grants published without amounts, no application recorded, no total published.
    expect(years.find((row) => row.year === 2018)).to.include({
      applicationsAwarded: 0,
      grantsDecided: 14,
      grantsWithoutPublishedAmount: 14,
      totalGranted: '0.00',
      publishedTotalGranted: null,
    });
    for (const row of await rows(['REGION'], { filter: { year: 2020 } })) {
      expect(row.publishedTotalGranted).to.equal(null);
    }
  });

  it("uses the population of the row's year, or the nearest earlier year with figures, and says which", async () => {
    const populations = await server.dataSource.getRepository(MunicipalityPopulation).find();
    const population = (year: number, code?: string) =>
      populations
        .filter((row) => row.year === year && (code === undefined || row.municipalityCode === code))
        .reduce((total, row) => total + row.population, 0);
    const [alavus] = await rows(['MUNICIPALITY'], {
      filter: { year: 2020, municipalityCode: '010' },
      fields: `municipality { code } ${FIGURES}`,
    });
    expect(alavus).to.include({
      populationYear: 2020,
      population: population(2020, '010'),
      totalGranted: '68000.00',
    });
    const cents =
      (toCents('68000.00') * 2n + BigInt(population(2020, '010'))) / (2n * BigInt(population(2020, '010')));
    expect(alavus.grantedPerResident).to.equal(fromCents(cents));
    const years = await rows(['YEAR']);
    // 2018 is before the first figures (end of 2019); the closed test call of 2025 after the last (2021).
    expect(years.find((row) => row.year === 2018)).to.include({
      populationYear: 2019,
      population: population(2019),
    });
    expect(years.find((row) => row.year === 2025)).to.include({
      populationYear: 2021,
      population: population(2021),
    });
    const [everything] = await rows([]);
    expect(everything).to.include({ populationYear: 2021, population: population(2021) });
  });

  it('counts a municipality as lead or as member, as municipalityRole says (lead when null)', async () => {
    // Loppi (433) takes part in Hausjärvi's project of 2020 and leads none.
    const fields = `municipality { code } ${FIGURES}`;
    const asLead = await rows(['MUNICIPALITY'], { filter: { municipalityCode: '433' }, fields });
    expect(asLead).to.deep.equal([]);
    const byMunicipality = await rows(['MUNICIPALITY'], { role: 'MEMBER', fields });
    expect(byMunicipality.find((row) => row.municipality?.code === '433')).to.include({
      applicationsAwarded: 1,
      totalGranted: '134400.00',
    });
    expect(
      (await rows(['MUNICIPALITY'], { fields })).some((row) => row.municipality?.code === '433'),
    ).to.equal(false);
    expect(await rows(['MUNICIPALITY'], { fields, role: null })).to.deep.equal(
      await rows(['MUNICIPALITY'], { fields, role: 'LEAD' }),
    );
  });

  it('names the theme where the row is within one call, and its code across calls', async () => {
    const token = tokens.admin;
    const across = await rows(['THEME'], { fields: 'themeCode theme { code } applicationsSubmitted', token });
    expect(across).to.deep.include({ themeCode: 'e-services', theme: null, applicationsSubmitted: 1 });
    expect(across.every((row) => row.theme === null)).to.equal(true);
    const within = await rows(['CALL', 'THEME'], {
      fields: 'call { key } themeCode theme { code } applicationsSubmitted',
      token,
    });
    expect(within).to.deep.include({
      call: { key: closedCallKey },
      themeCode: 'e-services',
      theme: { code: 'e-services' },
      applicationsSubmitted: 1,
    });
    const filtered = await rows(['THEME'], {
      fields: 'theme { code }',
      token,
      filter: { callKey: closedCallKey },
    });
    expect(filtered).to.deep.equal([{ theme: { code: 'e-services' } }]);
  });

  describe('who sees which figures', () => {
    const fields = `municipality { code } ${FIGURES}`;

    it('shows applications not awarded only to administrators, finer than a call', async () => {
      for (const token of [undefined, tokens.applicant, tokens.reviewer]) {
        const byMunicipality = await rows(['MUNICIPALITY'], { fields, token });
        expect(byMunicipality.length).to.be.greaterThan(20);
        // No row tells that Alajärvi applied, and no row has figures of applications not awarded.
        expect(byMunicipality.some((row) => row.municipality?.code === '005')).to.equal(false);
        for (const row of byMunicipality) {
          expect([row.applicationsSubmitted, row.totalRequested, row.successRate]).to.deep.equal([
            null,
            null,
            null,
          ]);
        }
        for (const groupBy of [['REGION'], ['THEME'], ['YEAR', 'REGION']]) {
          for (const row of await rows(groupBy, { token })) expect(row.applicationsSubmitted).to.equal(null);
        }
        const [filtered] = await rows([], { filter: { municipalityCode: '005' }, token });
        expect(filtered).to.include({
          applicationsSubmitted: null,
          applicationsAwarded: 0,
          totalRequested: null,
        });
      }
      const [alajarvi] = await rows(['MUNICIPALITY'], {
        fields,
        token: tokens.admin,
        filter: { municipalityCode: '005' },
      });
      expect(alajarvi).to.include({
        applicationsSubmitted: 1,
        applicationsAwarded: 0,
        successRate: 0,
        totalRequested: '120000.00',
        totalGranted: '0.00',
      });
    });

    it('shows everyone the submitted counts of whole calls and years, as call statistics do', async () => {
      const statistics = expectOk(
        await server.rawQuery(
          'query ($key: String!) { call(key: $key) { statistics { applicationsSubmitted totalRequested } } }',
          {
            key: closedCallKey,
          },
        ),
      ).call.statistics;
      for (const token of [undefined, tokens.applicant, tokens.reviewer, tokens.admin]) {
        const [row] = await rows(['CALL'], { filter: { callKey: closedCallKey }, token });
        expect(row).to.include({ ...statistics, applicationsAwarded: 0, successRate: 0 });
        const year = (await rows(['YEAR'], { token })).find((candidate) => candidate.year === 2025);
        expect(year).to.include({ applicationsSubmitted: 1 });
      }
    });
  });

  it('refuses malformed filters with BAD_USER_INPUT on the field', async () => {
    const refused = async (filter: Record<string, unknown>, field: string) =>
      expectCode(
        await server.rawQuery(statisticsQuery('totalGranted'), { groupBy: ['YEAR'], filter }),
        'BAD_USER_INPUT',
        field,
      );
    await refused({ regionCode: 'x1' }, 'filter.regionCode');
    await refused({ municipalityCode: '91' }, 'filter.municipalityCode');
    await refused({ callId: 'not-an-id' }, 'filter.callId');
  });
});

describe('negative amounts', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('serve a remainder below zero where imported awards exceed the appropriation', async () => {
    // History as imported: 9 714 600 granted in 2020 against an appropriation set here to 9 000 000.
    await server.dataSource.query("UPDATE grant_call SET appropriation = 9000000 WHERE `key` = '2020'");
    const response = await server.rawQuery(
      '{ call(key: "2020") { appropriation statistics { totalAwarded remainingAppropriation } } }',
    );
    expect(response.status).to.equal(200);
    expect(expectOk(response).call).to.deep.equal({
      appropriation: '9000000.00',
      statistics: { totalAwarded: '9714600.00', remainingAppropriation: '-714600.00' },
    });
  });

  it('are refused where an amount is given (a grant), as a variable or in the document', async () => {
    const admin = await signIn(server, { sub: 'admin', roles: ['admin'] });
    const decided = await server.rawQuery(
      'mutation ($input: DecideAwardInput!) { decideAward(applicationId: "00000000-0000-4000-8000-000000000000", input: $input) { id } }',
      { input: { grantedAmount: '-5.00', decisionDate: '2026-01-15' } },
      { token: admin.token },
    );
    expectCode(decided, 'BAD_USER_INPUT');
    expect(decided.errors![0].message).to.contain('cannot be negative');
    const literal = await server.rawQuery(
      'mutation { decideAward(applicationId: "00000000-0000-4000-8000-000000000000", input: { grantedAmount: "-5.00", decisionDate: "2026-01-15" }) { id } }',
      undefined,
      { token: admin.token },
    );
    expectCode(literal, 'BAD_USER_INPUT');
    expect(literal.errors![0].message).to.contain('cannot be negative');
  });
});
