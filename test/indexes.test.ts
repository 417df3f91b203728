import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { LocalizedText } from '../src/common/localized-text';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Award } from '../src/modules/award/award.entity';
import { Call, CallStage, CallState, Theme } from '../src/modules/call/call.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../src/modules/consortium/consortium.entity';
import { Municipality, MunicipalityKind } from '../src/modules/municipality/municipality.entity';
import { testEngine } from './helpers/database';
import { signIn } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

// Raw documents (rawQuery) in this file: each list's document is built at run time for its order.

/**
 * An index behind every order and filter of the lists, as MariaDB's optimizer sees it: each list is asked
 * for through the API over a few thousand synthetic rows (enough that an index beats a scan), the page
 * statement it runs is captured and EXPLAINed, and the plan may neither scan a large table whole (type
 * ALL) nor, for an order, sort the rows itself (filesort). A filter whose index narrows the rows may
 * leave the order to a filesort over those few.
 *
 * Left out, on purpose: the municipalities' `search` (a "contains" search no index serves; the register
 * has at most 999 rows) and `validOn` (open-ended ranges on both sides).
 */

const APPLICATIONS = 4000;
const CALLS = 1500;
const EVENTS = 4000;

interface Plan {
  table: string;
  type: string;
  key: string | null;
  rows: number;
  Extra: string | null;
}

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  role?: 'admin';
  /** The table the list reads: its page statement is the one that selects from it with a LIMIT. */
  table: string;
  /** An order alone: no filesort. */
  ordered?: boolean;
  /**
   * Small tables: the municipality register has at most 999 rows (three-digit codes) and the ministry opens
   * a call or two a year. At that size MariaDB may sort the whole table in memory rather than read it through
   * an index, whatever the LIMIT, and which it picks varies between runs of the same data (seen for the 1 500
   * synthetic calls). For them the test checks that the named index serves the order when the optimizer is
   * told to use it (FORCE INDEX FOR ORDER BY): the index is there and fits the order.
   */
  smallTableIndex?: string;
}

const page = (field: string, type: string, args: string) =>
  `query ($f: ${type}) { ${field}(first: 20, filter: $f${args}) { nodes { __typename } } }`;

const applicationOrders = ['CREATED_AT', 'SUBMITTED_AT', 'REQUESTED_AMOUNT'];
const awardOrders = ['AMOUNT', 'DECISION_DATE', 'DECISION_LIST'];

(testEngine === 'mariadb' ? describe : describe.skip)(
  'indexes behind every order and filter (EXPLAIN, MariaDB)',
  () => {
    let server: TestServer;
    let admin: string;
    let captured: { query: string; parameters: unknown[] }[] = [];
    const ids: Record<string, string> = {};

    before(async function () {
      this.timeout(240_000);
      server = await startTestServer();
      admin = (await signIn(server, { sub: 'admin', roles: ['admin'] })).token;
      await addSyntheticRows(server, ids);
      for (const table of [
        'application',
        'award',
        'grant_call',
        'municipality',
        'audit_event',
        'consortium_member',
      ])
        await server.dataSource.query(`ANALYZE TABLE ${table}`);
      const logger = server.dataSource.logger;
      const logQuery = logger.logQuery.bind(logger);
      logger.logQuery = (query, parameters, queryRunner) => {
        captured.push({ query, parameters: (parameters ?? []) as unknown[] });
        logQuery(query, parameters, queryRunner);
      };
    });
    after(() => server?.stop());

    const cases = (): Case[] => {
      const list: Case[] = [];
      for (const field of applicationOrders) {
        for (const direction of ['ASC', 'DESC']) {
          for (const role of ['admin', undefined] as const) {
            list.push({
              name: `applications by ${field} ${direction} (${role ?? 'public'})`,
              query: page(
                'applications',
                'ApplicationFilter',
                `, orderBy: { field: ${field}, direction: ${direction} }`,
              ),
              role,
              table: 'application',
              ordered: true,
            });
          }
        }
      }
      // Ordering by weighted score is the administrators' alone (the public may not infer scores).
      for (const direction of ['ASC', 'DESC']) {
        list.push({
          name: `applications by WEIGHTED_SCORE ${direction} (admin)`,
          query: page(
            'applications',
            'ApplicationFilter',
            `, orderBy: { field: WEIGHTED_SCORE, direction: ${direction} }`,
          ),
          role: 'admin',
          table: 'application',
          ordered: true,
        });
      }
      const applicationFilters: Record<string, Record<string, unknown>> = {
        callId: { callId: ids.call },
        year: { year: 2031 },
        regionCode: { regionCode: '19' },
        municipalityCode: { municipalityCode: '005' },
        municipalityAsLead: { municipalityCode: '005', municipalityRole: 'LEAD' },
        themeId: { themeId: ids.theme },
        themeCode: { themeCode: 'synthetic-theme' },
        consortiumId: { consortiumId: ids.consortium },
        status: { status: ['WITHDRAWN'] },
        amount: { minAmount: '400000', maxAmount: '410000' },
        decided: { decidedFrom: '2031-03-01', decidedTo: '2031-03-02' },
        search: { search: 'harvinainen' },
      };
      for (const [name, filter] of Object.entries(applicationFilters)) {
        list.push({
          name: `applications filtered by ${name}`,
          query: page('applications', 'ApplicationFilter', ''),
          variables: { f: filter },
          role: 'admin',
          table: 'application',
        });
        if (name === 'status' || name === 'consortiumId') continue;
        list.push({
          name: `awards filtered by ${name}`,
          query: page('awards', 'AwardFilter', ''),
          variables: { f: filter },
          table: 'award',
        });
      }
      for (const field of awardOrders) {
        for (const direction of ['ASC', 'DESC']) {
          list.push({
            name: `awards by ${field} ${direction}`,
            query: page('awards', 'AwardFilter', `, orderBy: { field: ${field}, direction: ${direction} }`),
            table: 'award',
            ordered: true,
          });
        }
      }
      list.push(
        {
          name: 'calls',
          query: page('calls', 'CallFilter', ''),
          table: 'grant_call',
          ordered: true,
          role: 'admin',
          smallTableIndex: 'IDX_call_year_key',
        },
        ...[{ year: 2031 }, { stage: 'PROPOSAL' }, { status: 'OPEN' }].map((filter) => ({
          name: `calls filtered by ${Object.keys(filter)[0]}`,
          query: page('calls', 'CallFilter', ''),
          variables: { f: filter },
          role: 'admin' as const,
          table: 'grant_call',
        })),
      );
      for (const [field, index] of [
        ['NAME', 'IDX_municipality_name'],
        ['CODE', 'PRIMARY'],
        ['POPULATION', 'IDX_municipality_population'],
      ]) {
        list.push({
          name: `municipalities by ${field}`,
          query: page('municipalities', 'MunicipalityFilter', `, orderBy: { field: ${field} }`),
          table: 'municipality',
          ordered: true,
          smallTableIndex: index,
        });
      }
      list.push(
        ...[{ regionCode: '19' }, { kind: 'JOINT_AUTHORITY' }].map((filter) => ({
          name: `municipalities filtered by ${Object.keys(filter)[0]}`,
          query: page('municipalities', 'MunicipalityFilter', ''),
          variables: { f: filter },
          table: 'municipality',
        })),
        {
          name: 'audit events',
          query: page('auditEvents', 'AuditEventFilter', ''),
          role: 'admin',
          table: 'audit_event',
          ordered: true,
        },
        ...[{ entityType: 'Application', entityId: ids.auditEntity }, { actorId: ids.actor }].map(
          (filter) => ({
            name: `audit events filtered by ${Object.keys(filter).join(' and ')}`,
            query: page('auditEvents', 'AuditEventFilter', ''),
            variables: { f: filter },
            role: 'admin' as const,
            table: 'audit_event',
            ordered: true,
          }),
        ),
      );
      return list;
    };

    it('reads every list page through an index, never a whole large table, and orders without a filesort', async () => {
      const failures: string[] = [];
      for (const testCase of cases()) {
        captured = [];
        const response = await server.rawQuery(testCase.query, testCase.variables, {
          token: testCase.role === 'admin' ? admin : undefined,
        });
        expect(response.errors, `${testCase.name}: ${JSON.stringify(response.errors)}`).to.equal(undefined);
        const statement = captured.find(
          (s) => new RegExp(`FROM \`${testCase.table}\``).test(s.query) && /LIMIT/.test(s.query),
        );
        expect(statement, `${testCase.name}: no page statement`).not.to.equal(undefined);
        const sql = testCase.smallTableIndex
          ? statement!.query.replace(
              new RegExp(`FROM \`${testCase.table}\` \`(\\w+)\``),
              (from) => `${from} FORCE INDEX FOR ORDER BY (${testCase.smallTableIndex})`,
            )
          : statement!.query;
        if (testCase.smallTableIndex)
          expect(sql, `${testCase.name}: the index hint`).to.include('FORCE INDEX');
        const plan = await server.dataSource.query<Plan[]>(`EXPLAIN ${sql}`, statement!.parameters);
        const shown = plan
          .map((row) => `${row.table}:${row.type}:${row.key}:${row.rows}:${row.Extra ?? ''}`)
          .join(' | ');
        // A materialised subquery (<subquery2>) is the result of an index lookup, not a table.
        const scans = plan.filter(
          (row) => row.type === 'ALL' && Number(row.rows) > 100 && !row.table.startsWith('<'),
        );
        const sorts = plan.filter((row) => /filesort/.test(row.Extra ?? ''));
        if (scans.length > 0) failures.push(`${testCase.name}: full scan — ${shown}`);
        else if (testCase.ordered && sorts.length > 0) failures.push(`${testCase.name}: filesort — ${shown}`);
      }
      expect(failures).to.deep.equal([]);
    });
  },
);

/** A few thousand rows in bulk: consortia, applications in every status, awards, calls, municipalities, events. */
async function addSyntheticRows(server: TestServer, ids: Record<string, string>): Promise<void> {
  const manager = server.dataSource.manager;
  const at = (i: number) => new Date(Date.UTC(2031, 0, 1) + i * 60_000);
  const calls = Array.from({ length: CALLS }, (_, i) =>
    Call.draft({
      key: `s-${i}`,
      year: 2030 + (i % 40),
      stage: i % 3 === 0 ? CallStage.PROPOSAL : CallStage.APPLICATION,
      state: i % 2 ? CallState.PUBLISHED : CallState.DECIDED,
      closesAt: at(i * 100),
      createdAt: at(i),
    }),
  );
  for (let i = 0; i < calls.length; i += 500) await manager.insert(Call, calls.slice(i, i + 500));
  ids.call = calls[1].id;
  const themes = calls.map((call, i) =>
    Object.assign(new Theme(), {
      id: randomUUID(),
      callId: call.id,
      code: i % 50 === 0 ? 'synthetic-theme' : `t-${i}`,
      title: LocalizedText.of({ fi: 'Teema' }),
      examples: [],
      position: 0,
    }),
  );
  for (let i = 0; i < themes.length; i += 500) await manager.insert(Theme, themes.slice(i, i + 500));
  ids.theme = themes[1].id;

  const used = new Set((await manager.find(Municipality, { select: { code: true } })).map((m) => m.code));
  const extra = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))
    .filter((code) => !used.has(code))
    .map((code, i) =>
      Object.assign(new Municipality(), {
        code,
        name: { fi: `Synteettinen ${code}`, sv: null, en: null },
        genitiveFi: null,
        searchText: `synteettinen ${code}`,
        kind: i % 10 === 0 ? MunicipalityKind.JOINT_AUTHORITY : MunicipalityKind.MUNICIPALITY,
        regionCode: i % 20 === 0 ? '19' : '02',
        population: i % 7 === 0 ? null : i * 13,
        populationYear: null,
        validFrom: null,
        validTo: null,
      }),
    );
  await manager.insert(Municipality, extra);
  const codes = [...used, ...extra.map((m) => m.code)];

  const statuses = Object.values(ApplicationStatus);
  const consortia: Consortium[] = [];
  const members: ConsortiumMember[] = [];
  const applications: Application[] = [];
  const awards: Award[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const lead = codes[i % codes.length];
    const partner = codes[(i * 7 + 3) % codes.length];
    const consortium = Object.assign(new Consortium(), {
      id: randomUUID(),
      name: `Synthetic ${i}`,
      leadCode: lead,
      partners: [],
      createdById: null,
      version: 1,
      createdAt: at(i),
      updatedAt: at(i),
    });
    consortia.push(consortium);
    for (const [position, code] of [lead, partner].entries()) {
      if (position === 1 && code === lead) continue;
      members.push(
        Object.assign(new ConsortiumMember(), {
          id: randomUUID(),
          consortiumId: consortium.id,
          municipalityCode: code,
          role: position === 0 ? ConsortiumRole.LEAD : ConsortiumRole.MEMBER,
          position,
        }),
      );
    }
    const call = calls[i % calls.length];
    const status = i % 4 === 0 ? ApplicationStatus.AWARDED : statuses[i % statuses.length];
    const application = Application.draft({
      callId: call.id,
      consortiumId: consortium.id,
      createdById: null,
      createdAt: at(i),
      themeId: themes[i % themes.length].id,
      status,
      submittedAt: i % 5 === 0 ? null : at(i + 30),
      requestedAmount: `${10000 + ((i * 37) % 500) * 1000}.00`,
      projectName: LocalizedText.of({
        fi: i % 400 === 0 ? `Harvinainen hanke ${i}` : `Hanke ${i}`,
        sv: `Projekt ${i}`,
      }),
    });
    applications.push(application);
    if (status === ApplicationStatus.AWARDED) {
      awards.push(
        Object.assign(new Award(), {
          id: randomUUID(),
          applicationId: application.id,
          callId: call.id,
          grantedAmount: application.requestedAmount,
          decisionDate: new Date(at(i * 60).getTime()).toISOString().slice(0, 10),
          decisionNumber: null,
          conditions: null,
          projectDeadline: null,
          listPosition: i % 3 === 0 ? null : i,
          createdAt: at(i),
          createdById: null,
        }),
      );
    }
  }
  ids.consortium = consortia[1].id;
  for (let i = 0; i < consortia.length; i += 500) {
    await manager.insert(Consortium, consortia.slice(i, i + 500));
    await manager.insert(Application, applications.slice(i, i + 500));
  }
  for (let i = 0; i < members.length; i += 500)
    await manager.insert(ConsortiumMember, members.slice(i, i + 500));
  for (let i = 0; i < awards.length; i += 500) await manager.insert(Award, awards.slice(i, i + 500));

  const actor = (await signIn(server, { sub: 'synthetic-actor', roles: ['admin'] })).userId;
  ids.actor = actor;
  ids.auditEntity = applications[1].id;
  const events = Array.from({ length: EVENTS }, (_, i) =>
    Object.assign(new AuditEvent(), {
      id: randomUUID(),
      occurredAt: at(i),
      actorId: i % 50 === 0 ? actor : null,
      action: 'updateApplication',
      entityType: i % 2 ? 'Application' : 'Call',
      entityId: applications[i % applications.length].id,
      changes: '{}',
    }),
  );
  for (let i = 0; i < events.length; i += 500) await manager.insert(AuditEvent, events.slice(i, i + 500));
}
