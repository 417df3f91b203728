import { expect } from 'chai';
import { searchKey } from '../src/common/search';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Call, Theme } from '../src/modules/call/call.entity';
import { callByKey, createApplication, createConsortium, signIn } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';
import type { AwardFilter } from './gql/graphql';

/** A project as the filters see it, read straight from the tables to compare the API's answers with. */
interface Project {
  applicationId: string;
  awardId: string | null;
  status: string;
  year: number;
  callKey: string;
  themeCode: string | null;
  requested: number;
  granted: number | null;
  decided: string | null;
  names: string;
  members: { code: string; region: string; role: string }[];
}

const awardsQuery = graphql(`
  query FilteredAwards($f: AwardFilter) {
    awards(first: 100, filter: $f) {
      totalCount
      nodes {
        id
      }
    }
  }
`);
const applicationsQuery = graphql(`
  query FilteredApplications($f: ApplicationFilter) {
    applications(first: 100, filter: $f) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);

// The refused values (an unknown enum value, a date that does not exist) cannot be written in a typed
// variable: those cases send the same documents raw.
const raw = (document: { toString(): string }) => document.toString();

describe('analyst filters on applications and awards', () => {
  let server: TestServer;
  let projects: Project[];
  let admin: string;
  let applicant: string;
  let ownIds: string[];

  before(async () => {
    server = await startTestServer();
    const call = await callByKey(server.dataSource, '2022');
    const theme = await server.dataSource
      .getRepository(Theme)
      .findOneByOrFail({ callId: call.id, code: 'a' });
    // Unawarded applications, one with a theme and a Swedish name, of a consortium led by 092 with 091.
    const consortium = await createConsortium(server.dataSource, { lead: '092', members: ['091'] });
    const own = [
      await createApplication(server.dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.SUBMITTED,
        projectName: { fi: 'Sähköiset palvelut' },
      }),
      await createApplication(server.dataSource, { callId: call.id, consortiumId: consortium.id }),
    ];
    ownIds = own.map((application) => application.id);
    // The Swedish name comes by an update, so that the search index follows a changed name too.
    await server.dataSource.getRepository(Application).update(own[0].id, {
      themeId: theme.id,
      projectName: { fi: 'Sähköiset palvelut', sv: 'Elektroniska tjänster i Ödemark', en: null },
    });
    admin = (await signIn(server, { sub: 'admin', roles: ['admin'] })).token;
    applicant = (await signIn(server, { sub: 'applicant', roles: ['applicant'], municipalities: ['092'] }))
      .token;

    const rows = await server.dataSource.query(`
      SELECT a.id AS applicationId, w.id AS awardId, a.status, c.year, a.callId,
             t.code AS themeCode, a.requestedAmount AS requested, w.grantedAmount AS granted, w.decisionDate AS decided,
             a.projectNameFi AS nameFi, a.projectNameSv AS nameSv, m.municipalityCode AS code, mu.regionCode AS region, m.role
      FROM application a
      JOIN grant_call c ON c.id = a.callId
      LEFT JOIN call_theme t ON t.id = a.themeId
      LEFT JOIN award w ON w.applicationId = a.id
      JOIN consortium_member m ON m.consortiumId = a.consortiumId
      JOIN municipality mu ON mu.code = m.municipalityCode`);
    const callKeys = new Map(
      (await server.dataSource.getRepository(Call).find()).map((c) => [c.id, c.key] as const),
    );
    const byId = new Map<string, Project>();
    for (const row of rows) {
      const project = byId.get(row.applicationId) ?? {
        applicationId: row.applicationId,
        awardId: row.awardId,
        status: row.status,
        year: Number(row.year),
        callKey: callKeys.get(row.callId)!,
        themeCode: row.themeCode,
        requested: Number(row.requested),
        granted: row.granted === null ? null : Number(row.granted),
        decided:
          row.decided === null
            ? null
            : row.decided instanceof Date
              ? row.decided.toISOString().slice(0, 10)
              : String(row.decided),
        names: searchKey(`${row.nameFi ?? ''} ${row.nameSv ?? ''}`),
        members: [] as Project['members'],
      };
      project.members.push({ code: row.code, region: row.region, role: row.role });
      byId.set(row.applicationId, project);
    }
    projects = [...byId.values()];
  });
  after(() => server?.stop());

  /** Each filter, with what it keeps, computed from the tables. */
  const cases: [string, AwardFilter, (project: Project) => boolean][] = [
    ['year', { year: 2020 }, (p) => p.year === 2020],
    ['callKey', { callKey: '2022' }, (p) => p.callKey === '2022'],
    ['regionCode', { regionCode: '01' }, (p) => p.members.some((m) => m.region === '01')],
    [
      'regionCode as lead',
      { regionCode: '01', municipalityRole: 'LEAD' },
      (p) => p.members.some((m) => m.region === '01' && m.role === 'LEAD'),
    ],
    ['municipalityCode', { municipalityCode: '091' }, (p) => p.members.some((m) => m.code === '091')],
    [
      'municipalityCode as member',
      { municipalityCode: '091', municipalityRole: 'MEMBER' },
      (p) => p.members.some((m) => m.code === '091' && m.role === 'MEMBER'),
    ],
    ['themeCode', { themeCode: 'a' }, (p) => p.themeCode === 'a'],
    ['minAmount', { minAmount: '100000' }, (p) => (p.granted ?? p.requested) >= 100000],
    [
      'amount range',
      { minAmount: '50000', maxAmount: '80000.00' },
      (p) => (p.granted ?? p.requested) >= 50000 && (p.granted ?? p.requested) <= 80000,
    ],
    [
      'decision dates',
      { decidedFrom: '2020-12-11', decidedTo: '2021-01-01' },
      (p) => p.decided !== null && p.decided >= '2020-12-11' && p.decided <= '2021-01-01',
    ],
    [
      'search, Finnish, without accents and as prefixes',
      { search: 'sahkoi PALV' },
      (p) => /(^|[^\p{L}\p{N}])sahkoi/u.test(p.names) && /(^|[^\p{L}\p{N}])palv/u.test(p.names),
    ],
    ['search, Swedish', { search: 'tjänster' }, (p) => /(^|[^\p{L}\p{N}])tjanster/u.test(p.names)],
    ['search, a word of many', { search: 'digi' }, (p) => /(^|[^\p{L}\p{N}])digi/u.test(p.names)],
  ];

  for (const [name, filter, keeps] of cases) {
    it(`awards by ${name}: exactly the awards that match`, async () => {
      const { data, errors } = await server.query(awardsQuery, { f: filter });
      expect(errors, JSON.stringify(errors)).to.equal(undefined);
      const expected = projects.filter((p) => p.awardId !== null && keeps(p)).map((p) => p.awardId);
      expect(data!.awards.nodes.map((n: { id: string }) => n.id)).to.have.members(expected);
      expect(data!.awards.totalCount).to.equal(expected.length);
    });

    it(`applications by ${name}: what the caller may see of those that match`, async () => {
      // The public's applications are awarded ones; an administrator's all of them.
      for (const [token, visible] of [
        [undefined, (p: Project) => p.status === 'AWARDED'],
        [admin, () => true],
      ] as const) {
        const { data, errors } = await server.query(applicationsQuery, { f: filter }, { token });
        expect(errors, JSON.stringify(errors)).to.equal(undefined);
        const expected = projects.filter((p) => visible(p) && keeps(p)).map((p) => p.applicationId);
        // A case that keeps everything or nothing would prove nothing.
        if (token === admin) expect(expected.length, name).to.be.within(1, projects.length - 1);
        expect(data!.applications.nodes.map((n: { id: string }) => n.id)).to.have.members(expected);
        expect(data!.applications.totalCount).to.equal(expected.length);
      }
    });
  }

  it('finds unawarded applications by their words only for those who may see them', async () => {
    const filter = { search: 'odemark' };
    const publicly = await server.query(applicationsQuery, { f: filter });
    expect(publicly.data!.applications.totalCount).to.equal(0);
    const own = await server.query(applicationsQuery, { f: filter }, { token: applicant });
    expect(own.data!.applications.nodes.map((n: { id: string }) => n.id)).to.deep.equal([ownIds[0]]);
  });

  it('never widens what the caller may see with a status filter', async () => {
    const statuses = ['DRAFT', 'SUBMITTED', 'AWARDED'] as const;
    const publicly = await server.query(applicationsQuery, { f: { status: ['DRAFT', 'SUBMITTED'] } });
    expect(publicly.errors).to.equal(undefined);
    expect(publicly.data!.applications.totalCount).to.equal(0);
    const all = await server.query(applicationsQuery, { f: { status: [...statuses] } });
    expect(all.data!.applications.nodes.every((n: { status: string }) => n.status === 'AWARDED')).to.equal(
      true,
    );
    const own = await server.query(
      applicationsQuery,
      { f: { status: ['DRAFT', 'SUBMITTED'] } },
      { token: applicant },
    );
    expect(own.data!.applications.nodes.map((n: { id: string }) => n.id)).to.have.members(ownIds);
  });

  it('refuses bad values as BAD_USER_INPUT naming the field', async () => {
    const refused: [typeof awardsQuery | typeof applicationsQuery, Record<string, unknown>, string][] = [
      [awardsQuery, { minAmount: '2', maxAmount: '1' }, 'filter.minAmount'],
      [applicationsQuery, { minAmount: '2', maxAmount: '1' }, 'filter.minAmount'],
      [awardsQuery, { decidedFrom: '2021-01-02', decidedTo: '2021-01-01' }, 'filter.decidedFrom'],
      [awardsQuery, { decidedFrom: '2021-02-30' }, 'filter.decidedFrom'],
      [awardsQuery, { year: 20 }, 'filter.year'],
      [awardsQuery, { search: 'a b c' }, 'filter.search'],
      [awardsQuery, { municipalityRole: 'LEAD' }, 'filter.municipalityRole'],
      [awardsQuery, { municipalityRole: 'BOSS', municipalityCode: '091' }, 'filter.municipalityRole'],
      [applicationsQuery, { status: ['BOGUS'] }, 'filter.status.0'],
      [awardsQuery, { themeId: 'not-an-id' }, 'filter.themeId'],
    ];
    for (const [query, filter, field] of refused) {
      const { errors } = await server.rawQuery(raw(query), { f: filter }, { token: admin });
      expect(errors, JSON.stringify(filter)).to.have.length(1);
      expect(errors![0].extensions, JSON.stringify(filter)).to.deep.include({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});
