import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import type { DataSource } from 'typeorm';
import { migrations } from '../migrations';
import { stableId } from '../src/common/ids';
import { moneyFromCentsSum, moneySumSql } from '../src/common/money';
import { Award } from '../src/modules/award/award.entity';
import { AwardSource } from '../src/modules/award/award-source.entity';
import { PublishedDecision } from '../src/modules/award/published-decision.entity';
import { Call } from '../src/modules/call/call.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../src/modules/consortium/consortium.entity';
import {
  Municipality,
  MunicipalityKind,
  MunicipalityPopulation,
} from '../src/modules/municipality/municipality.entity';
import { Region } from '../src/modules/region/region.entity';
import { Source } from '../src/modules/source/source.entity';
import { isDatabaseEmpty, seedDatabase, type SeedSummary } from '../src/seed/seed';
import { loadSeedData, parseCsv, seedDataDirectory } from '../src/seed/seed-data';
import { createMigratedDataSource, createTestDatabase, type TestDatabase } from './helpers/database';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF line ends', () => {
    const text = '\uFEFFcode,note\r\n091,"Helsinki, ""Stadi"""\r\n\r\n092,"two\nlines"\r\n093,""\n';
    expect(parseCsv(text)).to.deep.equal([
      ['code', 'note'],
      ['091', 'Helsinki, "Stadi"'],
      ['092', 'two\nlines'],
      ['093', ''],
    ]);
  });

  it('rejects a quoted field that is never closed', () => {
    expect(() => parseCsv('a,"b\n')).to.throw(/not closed/);
  });
});

describe('loadSeedData', () => {
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-data-'));
    fs.cpSync(seedDataDirectory, directory, { recursive: true });
    for (const entry of fs.readdirSync(directory, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      fs.chmodSync(file, entry.isDirectory() ? 0o755 : 0o644);
    }
  });

  afterEach(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const editFile = (name: string, edit: (text: string) => string) => {
    const file = path.join(directory, name);
    const text = fs.readFileSync(file, 'utf8');
    expect(edit(text), `the edit changes ${name}`).to.not.equal(text);
    fs.writeFileSync(file, edit(text));
  };
  const editAwards = (edit: (text: string) => string) => editFile('awards-2020.json', edit);

  it('rejects a grant whose municipality code is not listed', async () => {
    editAwards((text) => text.replace('"leadCode": "694"', '"leadCode": "999"'));
    await expectRejection(loadSeedData(directory), /award 23 names municipality 999, which is not listed/);
  });

  it('rejects a member code that names another municipality than the file says', async () => {
    editAwards((text) => text.replace('"433"', '"434"'));
    await expectRejection(
      loadSeedData(directory),
      /award 2 calls municipality 434 Loppi; it is listed as Loviisa/,
    );
  });

  it('rejects a 2018 grantee whose code names another municipality than the file says', async () => {
    editFile('decisions-2018.json', (text) => text.replace('"code": "604"', '"code": "605"'));
    await expectRejection(loadSeedData(directory), /decision 3 (names|calls) municipality 605/);
  });

  it('rejects a call that cites a source which is not listed', async () => {
    editFile('calls.json', (text) => text.replace('"vm-call-page-2022"', '"vm-call-page-2023"'));
    await expectRejection(
      loadSeedData(directory),
      /Call 2022 cites source vm-call-page-2023, which is not in sources.json/,
    );
  });

  it('rejects a grant list that names no source', async () => {
    editFile('decisions-2018.json', (text) => text.replace(/"sources": \[[^\]]*\]/, '"sources": []'));
    await expectRejection(
      loadSeedData(directory),
      /decisions-2018.json.sources: expected the key of at least one source/,
    );
  });

  it('rejects published figures that name no source', async () => {
    editFile('calls.json', (text) =>
      text.replace(/("publishedStatistics": \{\s*"sources": \[)[^\]]*\]/, '$1]'),
    );
    await expectRejection(
      loadSeedData(directory),
      /call 2018.publishedStatistics.sources: expected the key of at least one source/,
    );
  });

  it('rejects a source whose copy is missing', async () => {
    fs.rmSync(path.join(directory, 'sources', 'vm-call-page-2019.txt'));
    await expectRejection(
      loadSeedData(directory),
      /Source vm-call-page-2019: its copy sources\/vm-call-page-2019.txt is missing/,
    );
  });
});

/**
 * Texts compared as words: bullets and line breaks are layout, and a word the copy breaks across lines
 * ("digitalisaa-tion" in the 2020 call page) is one word.
 */
const words = (text: string) =>
  text
    .replace(/•/g, ' ')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the seed data against its sources', () => {
  let data: Awaited<ReturnType<typeof loadSeedData>>;
  let copies: Map<string, string>;
  before(async () => {
    data = await loadSeedData();
    copies = new Map(
      data.sources.map((source) => [
        source.key,
        words(fs.readFileSync(path.join(seedDataDirectory, source.file), 'utf8')),
      ]),
    );
  });

  /** Each line of a text in the language it was published in must stand in one of the cited sources. */
  const expectQuoted = (text: string | null | undefined, sources: string[], what: string) => {
    expect(text, what).to.be.a('string');
    for (const line of text!.split('\n').filter((line) => line.trim() !== '')) {
      expect(
        sources.some((key) => copies.get(key)!.includes(words(line))),
        `${what}: "${line}" is not in ${sources.join(', ')}`,
      ).to.equal(true);
    }
  };

  it("quotes each call's description and notes word for word from its sources, in their language", () => {
    for (const call of data.calls) {
      const language = data.sources.find((source) => source.key === call.sources[0])!.language;
      const published = language.toLowerCase() as 'fi' | 'sv';
      expectQuoted(call.description[published], call.sources, `call ${call.key} description`);
      expectQuoted(call.notes[published], call.sources, `call ${call.key} notes`);
      for (const official of ['fi', 'sv'] as const) {
        if (official !== published) {
          expect(call.description[official], `call ${call.key} description.${official}`).to.equal(undefined);
          expect(call.notes[official], `call ${call.key} notes.${official}`).to.equal(undefined);
        }
      }
      for (const condition of call.conditions) {
        expectQuoted(condition.fi ?? condition.sv, call.sources, `call ${call.key} condition`);
      }
    }
  });

  it('finds each published count in the sources its figures cite', () => {
    for (const call of data.calls) {
      const counts = [
        call.publishedApplicationsReceived,
        call.publishedProposalsReceived,
        call.publishedGrantsAwarded,
      ].filter((count) => count !== null);
      for (const count of counts) {
        const pattern = new RegExp(`(^|\\D)${count}(\\D|$)`);
        expect(
          call.statisticsSources.some((key) => pattern.test(copies.get(key)!)),
          `call ${call.key}: ${count}`,
        ).to.equal(true);
      }
    }
  });

  it('finds every grantee as printed, and the 2018 condition, in the release each list cites', () => {
    for (const list of data.decisionLists) {
      for (const decision of list.decisions)
        expectQuoted(decision.asPrinted, list.sources, `decision ${decision.no}`);
      for (const condition of list.conditions) expectQuoted(condition.sv, list.sources, 'condition');
    }
    for (const list of data.awardLists) {
      for (const award of list.awards) expectQuoted(award.leadAsPrinted, list.sources, `award ${award.no}`);
    }
  });

  it('gives each source a title that stands in its copy', () => {
    for (const source of data.sources) {
      expect(copies.get(source.key), source.key).to.include(words(source.title));
    }
  });
});

async function expectRejection(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).to.be.instanceOf(Error).with.property('name', 'SeedDataError');
  expect((error as Error).message).to.match(message);
}

describe('seedDatabase', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  let summary: SeedSummary;
  const seededAt = new Date('2024-01-02T03:04:05.678Z');
  const call2020 = stableId('call', '2020');

  before(async () => {
    ({ dataSource, drop } = await createMigratedDataSource());
    expect(await isDatabaseEmpty(dataSource)).to.equal(true);
    summary = await seedDatabase(dataSource, seededAt);
  });

  after(async () => {
    await drop?.();
  });

  const tableCounts = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const metadata of dataSource.entityMetadatas) {
      counts[metadata.tableName] = await dataSource.getRepository(metadata.target).count();
    }
    return counts;
  };

  it('leaves the database no longer empty', async () => {
    expect(await isDatabaseEmpty(dataSource)).to.equal(false);
    expect(summary.regions).to.deep.equal({ rows: 19, inserted: 19, updated: 0 });
  });

  it('seeds the 19 regions and 310 municipalities', async () => {
    expect(await dataSource.getRepository(Region).count()).to.equal(19);
    expect(await dataSource.getRepository(Municipality).count()).to.equal(310);
  });

  it('knows which municipalities were valid on a day (310 in 2020, 309 in 2022)', async () => {
    const validOn = (date: string) =>
      dataSource
        .getRepository(Municipality)
        .createQueryBuilder('municipality')
        .where('(municipality.validFrom IS NULL OR municipality.validFrom <= :date)', { date })
        .andWhere('(municipality.validTo IS NULL OR municipality.validTo >= :date)', { date })
        .getCount();
    expect(await validOn('2020-01-01')).to.equal(310);
    expect(await validOn('2020-12-31')).to.equal(310);
    expect(await validOn('2021-01-01')).to.equal(309);
    expect(await validOn('2022-01-01')).to.equal(309);
  });

  it('counts 107 cities', async () => {
    expect(await dataSource.getRepository(Municipality).countBy({ kind: MunicipalityKind.CITY })).to.equal(
      107,
    );
  });

  it('names Helsinki in both official languages, in Uusimaa', async () => {
    const helsinki = await dataSource.getRepository(Municipality).findOneByOrFail({ code: '091' });
    expect(helsinki.name).to.include({ fi: 'Helsinki', sv: 'Helsingfors', en: null });
    expect(helsinki.regionCode).to.equal('01');
    expect(helsinki.searchText).to.equal('helsinki helsingfors');
    expect(helsinki).to.include({ kind: MunicipalityKind.CITY, population: 658457, populationYear: 2021 });
  });

  it('gives Akaa its Swedish name, Ackas', async () => {
    const akaa = await dataSource.getRepository(Municipality).findOneByOrFail({ name: { fi: 'Akaa' } });
    expect(akaa.name.sv).to.equal('Ackas');
  });

  it('keeps Honkajoki, merged into Kankaanpää, with its last classification and population', async () => {
    const honkajoki = await dataSource.getRepository(Municipality).findOneByOrFail({ code: '099' });
    expect(honkajoki).to.include({
      validTo: '2020-12-31',
      regionCode: '04',
      kind: MunicipalityKind.MUNICIPALITY,
      population: 1620,
      populationYear: 2019,
    });
  });

  it("records each year's population; 2021 adds up to Finland's 5 548 241", async () => {
    const populations = dataSource.getRepository(MunicipalityPopulation);
    expect(await populations.count()).to.equal(310 + 309 + 309);
    const total = await populations
      .createQueryBuilder('population')
      .select('SUM(population.population)', 'total')
      .where('population.year = :year', { year: 2021 })
      .getRawOne<{ total: unknown }>();
    expect(Number(total?.total)).to.equal(5548241);
  });

  it('seeds the five calls with their closing instants', async () => {
    const calls = dataSource.getRepository(Call);
    expect(await calls.count()).to.equal(5);
    const call2020Row = await calls.findOneByOrFail({ key: '2020' });
    expect(call2020Row.id).to.equal(call2020);
    expect(call2020Row.opensAt?.toISOString()).to.equal('2020-06-23T21:00:00.000Z');
    expect(call2020Row.closesAt?.toISOString()).to.equal('2020-10-05T13:15:00.000Z');
    expect(call2020Row).to.include({
      closingTimePublished: true,
      appropriation: '10000000.00',
      decisionDate: '2020-12-11',
      projectDeadline: '2022-10-31',
      maxGrantShare: 0.85,
      minMunicipalities: 2,
    });
    expect(call2020Row.excludedSectorList).to.deep.equal([
      'SOCIAL_AND_HEALTH_CARE',
      'BUILT_ENVIRONMENT',
      'ARCHIVING',
    ]);

    const point1 = await calls.findOneByOrFail({ key: '2019-1' });
    expect(point1.closesAt?.toISOString()).to.equal('2019-09-19T21:00:00.000Z');
    expect(point1.closingTimePublished).to.equal(false);
    expect(point1.proposalCallId).to.equal(null);
    expect(point1.requiresMaturityAssessment).to.equal(true);
  });

  it('records 29 awards of 2020 adding up to 9 714 600 €, beside the published 9.69 M€', async () => {
    const totals = await dataSource
      .getRepository(Award)
      .createQueryBuilder('award')
      .select(moneySumSql('award.grantedAmount'), 'total')
      .addSelect('COUNT(*)', 'count')
      .where('award.callId = :callId', { callId: call2020 })
      .getRawOne<{ total: unknown; count: unknown }>();
    expect(Number(totals?.count)).to.equal(29);
    expect(moneyFromCentsSum(totals?.total)).to.equal('9714600.00');
    const call = await dataSource.getRepository(Call).findOneByOrFail({ id: call2020 });
    expect(call.publishedTotalAwarded).to.equal('9690000.00');
  });

  it("records Riihimäki's grant of 1 090 100 €", async () => {
    const award = await dataSource
      .getRepository(Award)
      .createQueryBuilder('award')
      .innerJoin('award.application', 'application')
      .innerJoin('application.consortium', 'consortium')
      .where('consortium.leadCode = :code', { code: '694' })
      .getOneOrFail();
    expect(award).to.include({ grantedAmount: '1090100.00', decisionDate: '2020-12-11', listPosition: 23 });
  });

  it('puts Hausjärvi (lead) and Loppi in one consortium', async () => {
    const consortium = await dataSource.getRepository(Consortium).findOneByOrFail({ leadCode: '086' });
    const members = await dataSource
      .getRepository(ConsortiumMember)
      .find({ where: { consortiumId: consortium.id }, order: { position: 'ASC' } });
    expect(members.map((member) => [member.municipalityCode, member.role])).to.deep.equal([
      ['086', ConsortiumRole.LEAD],
      ['433', ConsortiumRole.MEMBER],
    ]);
  });

  it('seeds the five sources, the 14 grants of 2018 without amounts and the 29 of 2020 with theirs', async () => {
    expect(await dataSource.getRepository(Source).count()).to.equal(5);
    const decisions = dataSource.getRepository(PublishedDecision);
    const call2018 = stableId('call', '2018');
    expect(await decisions.countBy({ callId: call2018 })).to.equal(14);
    expect(
      await decisions
        .createQueryBuilder('decision')
        .where('decision.callId = :call2018', { call2018 })
        .andWhere('(decision.grantedAmount IS NOT NULL OR decision.awardId IS NOT NULL)')
        .getCount(),
    ).to.equal(0);
    expect(await decisions.countBy({ callId: call2020 })).to.equal(29);
    expect(
      await decisions
        .createQueryBuilder('decision')
        .innerJoin(Award, 'award', 'award.id = decision.awardId')
        .where('award.grantedAmount = decision.grantedAmount')
        .getCount(),
    ).to.equal(29);
    expect(await dataSource.getRepository(AwardSource).count()).to.equal(29);
  });

  it('changes nothing when run again', async () => {
    const before = await tableCounts();
    const again = await seedDatabase(dataSource, new Date('2025-06-01T00:00:00.000Z'));
    expect(await tableCounts()).to.deep.equal(before);
    for (const [table, counts] of Object.entries(again)) {
      expect(counts, table).to.include({ inserted: 0, updated: 0 });
    }
    const call = await dataSource.getRepository(Call).findOneByOrFail({ id: call2020 });
    expect(call.createdAt.toISOString()).to.equal(seededAt.toISOString());
    expect(call.updatedAt.toISOString()).to.equal(seededAt.toISOString());
  });

  it('restores a changed seeded value and keeps what the files do not say', async () => {
    const calls = dataSource.getRepository(Call);
    await calls.update(
      { id: call2020 },
      { title: { en: 'Renamed' }, description: { en: 'Added by an administrator' } },
    );
    const reseededAt = new Date('2025-06-02T00:00:00.000Z');
    const again = await seedDatabase(dataSource, reseededAt);
    expect(again.calls).to.deep.equal({ rows: 5, inserted: 0, updated: 1 });
    const call = await calls.findOneByOrFail({ id: call2020 });
    expect(call.title.en).to.equal('2020 grants for promoting municipal digitalisation');
    expect(call.description.en).to.equal('Added by an administrator');
    expect(call.createdAt.toISOString()).to.equal(seededAt.toISOString());
    expect(call.updatedAt.toISOString()).to.equal(reseededAt.toISOString());
  });

  it('restores the description in the language the files give, and keeps one they do not give', async () => {
    const calls = dataSource.getRepository(Call);
    const call2018 = stableId('call', '2018');
    const seeded = await calls.findOneByOrFail({ id: call2018 });
    await calls.update(
      { id: call2018 },
      { description: { sv: 'Ändrad', en: 'Grants for municipal services' } },
    );
    const again = await seedDatabase(dataSource, new Date('2025-06-03T00:00:00.000Z'));
    expect(again.calls).to.include({ inserted: 0, updated: 1 });
    const call = await calls.findOneByOrFail({ id: call2018 });
    expect(call.description).to.include({
      fi: null,
      sv: seeded.description.sv,
      en: 'Grants for municipal services',
    });
    expect(call.notes).to.deep.equal(seeded.notes);
    const third = await seedDatabase(dataSource, new Date('2025-06-04T00:00:00.000Z'));
    expect(third.calls).to.include({ inserted: 0, updated: 0 });
  });
});

describe('db CLI (src/cli/db.ts)', () => {
  const script = path.resolve(__dirname, '../src/cli/db.js');
  let database: TestDatabase;

  const run = async (...args: string[]) => {
    const env = { ...process.env, DATABASE_URL: database.url };
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failure = error as { code: number; stdout: string; stderr: string };
      return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
    }
  };

  before(async () => {
    database = await createTestDatabase();
  });

  after(async () => {
    await database?.drop();
  });

  it('seed migrates an empty database, then seeds it; a second seed inserts nothing', async () => {
    const first = await run('seed');
    expect(first.code).to.equal(0);
    expect(first.stdout).to.match(
      /^Ran \d+ migration\(s\): InitialSchema\d+, .*; seeded 19 regions, 310 municipalities, /,
    );
    const second = await run('seed');
    expect(second.stdout).to.match(/^No migrations were pending; seeded .*\(0 rows inserted, 0 updated\)\n$/);
  });

  it('revert undoes the last migration', async () => {
    const result = await run('revert');
    expect(result).to.include({
      code: 0,
      stdout: `Reverted migration ${migrations[migrations.length - 1].name}\n`,
    });
  });

  it('exits 1 with a short message for an unknown command', async () => {
    const result = await run('bogus');
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.equal(
      'db bogus: Unknown command bogus\nUsage: node dist/src/cli/db.js migrate|revert|seed\n',
    );
  });
});
