// Raw documents (server.rawQuery) in this file: the page's own operation, examples/Insights.graphql, read at run time.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { defaults } from '../src/config';
import { readExamples } from '../src/http/browser-pages';
import { AdoptionStatus } from '../src/modules/adoption/adoption.entity';
import { Award } from '../src/modules/award/award.entity';
import { launchChromium } from './helpers/chromium';
import { createAdoption } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

/** Where the browser tests leave their screenshots (git-ignored). */
const testOutput = path.resolve(__dirname, '../../test-output');

interface Row {
  [field: string]: unknown;
}

/** The page's table `id`: for each body row, each cell's data-value (the API's own value). */
const tableValues = (page: Page, id: string) =>
  page.$$eval(`#${id}-table tbody tr`, (rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.getAttribute('data-value'))),
  );

const shown = (value: unknown) => (value === null ? '' : JSON.stringify(value).replace(/^"|"$/g, ''));

describe('the insights page at /insights', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('speaks the language of ?lang=, else of Accept-Language, else Finnish; another ?lang= is refused', async () => {
    const language = async (query: string, acceptLanguage?: string) => {
      const response = await fetch(`${server.origin}/insights${query}`, {
        headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      });
      expect(response.status).to.equal(200);
      const html = await response.text();
      expect(html).to.match(/<script src="\/assets\/echarts\.min\.js"><\/script>/);
      return [response.headers.get('content-language'), /<html lang="(\w+)">/.exec(html)![1]];
    };
    expect(await language('?lang=sv', 'en')).to.deep.equal(['sv', 'sv']);
    expect(await language('', 'en-GB,en;q=0.9')).to.deep.equal(['en', 'en']);
    expect(await language('', 'de')).to.deep.equal(['fi', 'fi']);
    const refused = await fetch(`${server.origin}/insights?lang=de`);
    expect(refused.status).to.equal(400);
    expect(await refused.json()).to.deep.equal({
      errors: [
        { message: 'lang is one of fi, sv, en', extensions: { code: 'BAD_USER_INPUT', field: 'lang' } },
      ],
    });
  });

  it('lets a reader load the page in each language twice in a minute on the default public budget', async () => {
    const budgeted = await startTestServer({
      seed: false,
      env: { RATE_LIMIT_POINTS_PER_MINUTE: String(defaults.publicPointsPerMinute) },
    });
    try {
      const [insights] = (await readExamples()).filter((example) => example.name === 'Insights');
      for (const lang of ['fi', 'sv', 'en', 'fi', 'sv', 'en']) {
        const response = await fetch(`${budgeted.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': lang },
          body: JSON.stringify({ query: insights.document, operationName: 'Insights' }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown };
        expect(response.status, `${lang}: ${JSON.stringify(body.errors)}`).to.equal(200);
        expect(body.data).to.be.an('object');
      }
    } finally {
      await budgeted.stop();
    }
  });

  describe('in headless Chromium', () => {
    let browser: Browser | null;

    before(async function () {
      browser = await launchChromium();
      if (!browser) this.skip();
      // Three confirmed adoptions of seeded 2020 grants, two in one region, for the chart of reuse.
      const awards = await server.dataSource.getRepository(Award).find({ order: { id: 'ASC' }, take: 2 });
      for (const [award, code] of [
        [awards[0], '005'],
        [awards[1], '005'],
        [awards[0], '010'],
      ] as const)
        await createAdoption(server.dataSource, {
          awardId: award.id,
          municipalityCode: code,
          status: AdoptionStatus.CONFIRMED,
        });
    });
    after(() => browser?.close());

    for (const lang of ['fi', 'sv'] as const) {
      it(`draws every chart and shows the API's figures in its tables (${lang}), with a screenshot`, async () => {
        const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
        const failures: string[] = [];
        page.on('pageerror', (error) => failures.push(error.message));
        page.on('response', (response) => {
          const url = new URL(response.url());
          if (response.status() >= 400 && url.pathname !== '/favicon.ico')
            failures.push(`${response.status()} ${url.href}`);
        });
        await page.goto(`${server.origin}/insights?lang=${lang}`);
        await page.locator('#insights[data-state="ready"]').waitFor();
        fs.mkdirSync(testOutput, { recursive: true });
        await page.screenshot({ path: path.join(testOutput, `insights-${lang}.png`), fullPage: true });

        // Each chart is an SVG with bars in it.
        const charts = await page.$$eval('.chart', (nodes) =>
          nodes.map((node) => ({ id: node.id, shapes: node.querySelectorAll('svg path, svg rect').length })),
        );
        expect(charts.map((chart) => chart.id)).to.deep.equal([
          'per-year-chart',
          'per-region-chart',
          'per-resident-chart',
          'success-rate-chart',
          'reuse-chart',
        ]);
        for (const chart of charts) expect(chart.shapes, chart.id).to.be.greaterThan(5);
        expect(await page.locator('h1').textContent()).to.equal(
          lang === 'fi'
            ? 'Kuntien digitalisaation kannustinjärjestelmä lukuina'
            : 'Incitamentsystemet för digitalisering i kommunerna i siffror',
        );

        // The tables hold exactly what the API answers the page's own operation.
        const [insights] = (await readExamples()).filter((example) => example.name === 'Insights');
        const { data } = await server.rawQuery(
          insights.document,
          {},
          { headers: { 'accept-language': lang } },
        );
        const { years, calls } = data as { years: Row[]; calls: Row[] };
        const regions = (data!.regions as Row[]).filter((row) => row.region !== null) as (Row & {
          region: { code: string; name: { text: string } };
        })[];
        expect(regions).to.have.length.greaterThan(10);
        expect(await tableValues(page, 'per-year')).to.deep.equal(
          years.map((row) =>
            [
              row.year,
              row.grantsDecided,
              row.totalGranted,
              row.publishedTotalGranted,
              row.grantedPerResident,
            ].map(shown),
          ),
        );
        const byAmount = [...regions].sort((a, b) => Number(b.totalGranted) - Number(a.totalGranted));
        expect(await tableValues(page, 'per-region')).to.deep.equal(
          byAmount.map((row) => [row.region.code, row.applicationsAwarded, row.totalGranted].map(shown)),
        );
        const ranked = (await tableValues(page, 'per-resident')).map(
          ([rank, code, perResident, population]) => ({
            rank,
            row: regions.find((region) => region.region.code === code)!,
            perResident,
            population,
          }),
        );
        expect(ranked).to.have.length(regions.filter((row) => row.grantedPerResident !== null).length);
        ranked.forEach((entry, index) => {
          expect(entry.rank).to.equal(String(index + 1));
          expect([entry.perResident, entry.population]).to.deep.equal(
            [entry.row.grantedPerResident, entry.row.population].map(shown),
          );
          if (index > 0) {
            expect(Number(entry.perResident)).to.be.at.most(Number(ranked[index - 1].perResident));
          }
        });
        expect(await tableValues(page, 'success-rate')).to.deep.equal(
          calls.map((row) =>
            [
              (row.call as { key: string }).key,
              row.applicationsSubmitted,
              row.applicationsAwarded,
              row.successRate,
            ].map(shown),
          ),
        );
        const adoptions = (data!.adoptions as Row[]).sort(
          (a, b) => (b.adoptions as number) - (a.adoptions as number),
        );
        expect(adoptions.reduce((sum, row) => sum + (row.adoptions as number), 0)).to.equal(3);
        expect(await tableValues(page, 'reuse')).to.deep.equal(
          adoptions.map((row) =>
            [
              (row.region as { code: string }).code,
              row.adoptions,
              row.adoptionsFromOtherRegions,
              row.adoptingMunicipalities,
              row.residents,
            ].map(shown),
          ),
        );
        // Names in the page's language, as the API gives them for it.
        const firstRegion = await page.locator('#per-region-table tbody th').first().textContent();
        expect(firstRegion).to.equal(byAmount[0].region.name.text);
        expect(failures).to.deep.equal([]);
        await page.close();
      });
    }
  });
});
