import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import { LocalizedText } from '../src/common/localized-text';
import { parseCsv, seedDataDirectory, validBusinessId } from '../src/seed/seed-data';
import { callByKey, createConsortium } from './helpers/factories';
import { capturedLogger } from './helpers/log';
import { startTestServer, type TestServer } from './helpers/server';

const fixtures = path.resolve(__dirname, '../../test/fixtures/360giving');
/**
 * A schema file, its `$schema` written as Ajv names draft 2020-12: the files say http://, Ajv's
 * meta-schema is https://json-schema.org/draft/2020-12/schema, the same draft.
 */
const readJson = (file: string) => ({
  ...(JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8')) as object),
  $schema: 'https://json-schema.org/draft/2020-12/schema',
});

/** The package schema names the grant schema by its 1.4.2 URL; the 1.4.3 file answers for it. */
function packageValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({
    ...readJson('360-giving-schema.json'),
    $id: 'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json',
  });
  return ajv.compile(readJson('360-giving-package-schema.json'));
}

interface Grant {
  id: string;
  title: string;
  description: string;
  currency: string;
  amountAwarded: number;
  awardDate: string;
  plannedDates?: { startDate?: string; endDate?: string }[];
  recipientOrganization: { id: string; name: string; description: string }[];
  fundingOrganization: { id: string; name: string }[];
  grantProgramme: { code: string; title: string }[];
  classifications: { vocabulary: string; code: string; title: string }[];
}

interface GrantPackage {
  grants: Grant[];
  license: string;
  description: string;
  publisher: { identifier: string };
}

/** The rows of a CSV answer as objects, read with the seed's RFC 4180 parser. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

const cents = (amount: string) => BigInt(amount.replace('.', ''));

/** business-ids.csv as the product carries it: code → id and confidence. */
function businessIds(): Map<string, { id: string; confidence: string }> {
  const text = fs.readFileSync(path.join(seedDataDirectory, 'business-ids.csv'), 'utf8');
  return new Map(
    csvRecords(text).map((row) => [row.code, { id: row.business_id, confidence: row.confidence }]),
  );
}

const EXTRA_AWARDS = 250;
const awkwardName = 'Hanke "Ääkkönen", osa 1\nrivi 2';
const longName = `Pitkä hanke ${'digitalisaatio '.repeat(12)}`.trim();

describe('open data: /exports/awards.csv and /exports/360giving.json', () => {
  let server: TestServer;
  const log = capturedLogger();

  before(async () => {
    server = await startTestServer({ logger: log.logger });
    // Many more awards than a page holds, in the 2022 call, led by Sipoo (no business id in the data).
    const call = await callByKey(server.dataSource, '2022');
    const consortium = await createConsortium(server.dataSource, { lead: '753', members: ['091', '092'] });
    const applications = Array.from({ length: EXTRA_AWARDS }, (_, i) =>
      Application.draft({
        callId: call.id,
        consortiumId: consortium.id,
        createdById: null,
        createdAt: new Date('2022-06-01T09:00:00Z'),
        status: ApplicationStatus.AWARDED,
        requestedAmount: '1000.00',
        projectName: LocalizedText.of({ fi: i === 0 ? awkwardName : i === 1 ? longName : `Hanke ${i}` }),
      }),
    );
    const awards = applications.map((application, i) => ({
      id: randomUUID(),
      applicationId: application.id,
      callId: call.id,
      grantedAmount: `${1000 + i}.50`,
      decisionDate: '2022-12-01',
      decisionNumber: null,
      conditions: null,
      projectDeadline: null,
      listPosition: i + 1,
      createdAt: new Date('2022-12-01T09:00:00Z'),
    }));
    for (let i = 0; i < EXTRA_AWARDS; i += 50) {
      await server.dataSource.getRepository(Application).insert(applications.slice(i, i + 50));
      await server.dataSource.getRepository(Award).insert(awards.slice(i, i + 50));
    }
  });
  after(() => server.stop());

  const get = (pathAndQuery: string) => fetch(`${server.origin}${pathAndQuery}`);

  /** The request's log line, written once the server has sent the last byte (which may be just after). */
  async function requestLine(requestId: string | null) {
    for (;;) {
      const line = log.lines.find((entry) => entry.msg === 'request' && entry.requestId === requestId);
      if (line) return line;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  describe('awards.csv', () => {
    it('is RFC 4180 in UTF-8 with a BOM, one row per 2020 award, adding up to the published list', async () => {
      const response = await get('/exports/awards.csv?call=2020');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('text/csv; charset=utf-8; header=present');
      expect(response.headers.get('content-disposition')).to.equal(
        'attachment; filename="awards-2020-fi.csv"',
      );
      expect(response.headers.get('link')).to.equal(
        '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
      );
      expect(response.headers.get('x-attribution')).to.contain('Statistics Finland');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      // Every record ends in CRLF, and no line ends without CR.
      expect(text.endsWith('\r\n')).to.equal(true);
      expect(/[^\r]\n/.test(text)).to.equal(false);
      const rows = csvRecords(text);
      expect(rows).to.have.length(29);
      expect(Object.keys(rows[0])).to.deep.equal([
        'award_id',
        'call_key',
        'call_title',
        'lead_code',
        'lead_name',
        'lead_business_id',
        'lead_business_id_confidence',
        'member_codes',
        'member_names',
        'region_code',
        'region_name',
        'theme_code',
        'theme_title',
        'granted_amount_eur',
        'decision_date',
        'project_name_fi',
        'project_name_sv',
      ]);
      const total = rows.reduce((sum, row) => sum + cents(row.granted_amount_eur), 0n);
      expect(total).to.equal(971460000n);
      const hausjarvi = rows.find((row) => row.lead_code === '086')!;
      expect(hausjarvi).to.include({
        call_key: '2020',
        call_title: 'Vuoden 2020 avustus kuntien digitalisaation edistämiseen',
        lead_name: 'Hausjärvi',
        lead_business_id: '0145997-2',
        lead_business_id_confidence: 'medium',
        member_codes: '433',
        member_names: 'Loppi',
        region_code: '05',
        region_name: 'Kanta-Häme',
        granted_amount_eur: '134400.00',
        decision_date: '2020-12-11',
      });
      expect(rows.map((row) => row.decision_date)).to.satisfy((dates: string[]) =>
        dates.every((date) => date === '2020-12-11'),
      );
    });

    it('names call, municipalities and region in the language asked for', async () => {
      const rows = csvRecords(await (await get('/exports/awards.csv?call=2020&lang=sv')).text());
      const helsinki = rows.find((row) => row.lead_code === '091')!;
      expect(helsinki).to.include({
        call_title: '2020 års understöd för kommunernas digitaliseringsprojekt',
        lead_name: 'Helsingfors',
        region_name: 'Nyland',
      });
      const english = csvRecords(await (await get('/exports/awards.csv?call=2020&lang=en')).text());
      expect(english.find((row) => row.lead_code === '091')!.region_name).to.equal('Uusimaa');
    });

    it('quotes what needs quoting, so that a name with quotes, a comma and a line break reads back whole', async () => {
      const rows = csvRecords(await (await get('/exports/awards.csv?call=2022')).text());
      expect(rows).to.have.length(EXTRA_AWARDS);
      expect(rows[0].project_name_fi).to.equal(awkwardName);
      expect(rows[0]).to.include({
        lead_code: '753',
        lead_business_id: '',
        lead_business_id_confidence: 'none',
      });
      expect(rows[0]).to.include({ member_codes: '091;092', member_names: 'Helsinki;Vantaa' });
    });

    for (const [query, status, field] of [
      ['lang=de', 400, 'lang'],
      ['lang=', 400, 'lang'],
      ['lang=fi&lang=sv', 400, 'lang'],
      // A name every object has (Object.prototype's) is no language either.
      ['lang=constructor', 400, 'lang'],
      ['call=no%20such%20key', 400, 'call'],
      ['call=2020&call=2022', 400, 'call'],
      ['call=1999', 404, undefined],
    ] as const) {
      it(`answers ?${query} with ${status} and a JSON error`, async () => {
        for (const route of ['/exports/awards.csv', '/exports/360giving.json']) {
          const response = await get(`${route}?${query}`);
          expect(response.status, route).to.equal(status);
          expect(response.headers.get('content-type')).to.match(/^application\/json/);
          const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
          expect(body.errors[0].extensions).to.deep.equal(
            status === 404 ? { code: 'NOT_FOUND' } : { code: 'BAD_USER_INPUT', field },
          );
        }
      });
    }
  });

  describe('360giving.json', () => {
    const validate = packageValidator();

    it('is a 360Giving 1.4.3 package that validates, with formats asserted', async () => {
      const response = await get('/exports/360giving.json');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      const text = await response.text();
      const body = JSON.parse(text) as GrantPackage;
      expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).to.equal(true);
      expect(body.grants).to.have.length(29 + EXTRA_AWARDS);
      expect(new Set(body.grants.map((grant) => grant.id)).size).to.equal(body.grants.length);
      expect(body.license).to.equal('https://creativecommons.org/licenses/by/4.0/');
      expect(body.description).to.contain('Statistics Finland').and.to.contain('Ministry of Finance');
      // The amounts are written as stored: two decimals, no float rounding.
      expect(text).to.contain('"amountAwarded":134400.00');
      expect(text).to.contain('"amountAwarded":1000.50');
    });

    it('is refused by the same validator when a required field is missing or a date is malformed', async () => {
      const body = (await (await get('/exports/360giving.json?call=2020')).json()) as GrantPackage;
      expect(validate(body)).to.equal(true);
      const [first] = body.grants;
      expect(validate({ grants: [{ ...first, awardDate: '11.12.2020' }] })).to.equal(false);
      expect(validate({ grants: [{ ...first, fundingOrganization: undefined }] })).to.equal(false);
      expect(validate({ grants: [{ ...first, currency: 'EURO' }] })).to.equal(false);
    });

    it('states the prefix, the ministry as funder and each lead with its business id and confidence', async () => {
      const body = (await (await get('/exports/360giving.json?call=2020')).json()) as GrantPackage;
      const ids = businessIds();
      expect(body.publisher.identifier).to.equal('FI-PRO-0245439-9');
      expect(validBusinessId('0245439-9')).to.equal(true);
      for (const grant of body.grants) {
        expect(grant.id).to.match(/^360G-vm-digikannustin-[0-9a-f-]{36}$/);
        expect(grant.title.length).to.be.greaterThan(0).and.lessThan(140);
        expect(grant.currency).to.equal('EUR');
        expect(grant.awardDate).to.equal('2020-12-11');
        expect(grant.fundingOrganization).to.deep.equal([
          { id: 'FI-PRO-0245439-9', name: 'Valtiovarainministeriö' },
        ]);
        expect(grant.grantProgramme[0]).to.deep.equal({
          code: '2020',
          title: 'Vuoden 2020 avustus kuntien digitalisaation edistämiseen',
        });
        expect(grant.plannedDates).to.deep.equal([{ endDate: '2022-10-31' }]);
        const [recipient] = grant.recipientOrganization;
        const code = /Municipality (\d{3})/.exec(recipient.description)![1];
        const known = ids.get(code)!;
        // Kauhajoki (232) leads a 2020 grant and has no business id in the data.
        expect(recipient.id).to.equal(
          known.id ? `FI-PRO-${known.id}` : `360G-vm-digikannustin-municipality-${code}`,
        );
        expect(recipient.description).to.contain(`confidence ${known.confidence}`);
      }
      const hausjarvi = body.grants.find((grant) => grant.recipientOrganization[0].name === 'Hausjärvi')!;
      expect(hausjarvi.classifications).to.deep.include({
        vocabulary: 'Consortium member (Statistics Finland municipality code)',
        code: '433',
        title: 'Loppi',
        description:
          'Municipality 433 (Statistics Finland code); business id 0150919-1, confidence medium: one source bound to the name, check digit valid.',
      });
      expect(hausjarvi.amountAwarded).to.equal(134400);
    });

    it('falls back to a 360G- identifier for a lead without a business id, and shortens a long title', async () => {
      const body = (await (await get('/exports/360giving.json?call=2022&lang=sv')).json()) as GrantPackage;
      expect(validate(body)).to.equal(true);
      const [first, second] = body.grants;
      expect(first.recipientOrganization[0].id).to.equal('360G-vm-digikannustin-municipality-753');
      expect(first.recipientOrganization[0].name).to.equal('Sibbo');
      expect(first.recipientOrganization[0].description).to.contain('confidence none');
      expect(first.fundingOrganization[0].name).to.equal('Finansministeriet');
      expect(longName.length).to.be.greaterThan(140);
      expect(second.title).to.have.length(139);
      expect(second.title.endsWith('…')).to.equal(true);
    });

    it('answers a call without awards with 404: a package holds at least one grant', async () => {
      const response = await get('/exports/360giving.json?call=2019-1');
      expect(response.status).to.equal(404);
      const csv = csvRecords(await (await get('/exports/awards.csv?call=2019-1')).text());
      expect(csv).to.have.length(0);
    });
  });

  describe('streaming', () => {
    it('reads a page of 100 awards at a time, sending the first before reading the rest', async () => {
      const all = 29 + EXTRA_AWARDS;
      const pages = Math.ceil(all / 100);
      for (const route of ['/exports/awards.csv', '/exports/360giving.json']) {
        const response = await get(route);
        // The headers went out after the first page's two statements (awards, then their members) ...
        expect(response.headers.get('x-sql-statements'), route).to.equal('2');
        await response.arrayBuffer();
        const line = await requestLine(response.headers.get('x-request-id'));
        // ... and the whole answer took two per page: never one statement for all the rows.
        expect(line?.statements, route).to.equal(2 * pages);
        expect(line?.status).to.equal(200);
      }
    });
  });
});
