import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { formatEuros } from '../src/common/money';
import { finnishUnpricedDecision } from '../src/modules/award/decision-list';
import { MunicipalityKind } from '../src/modules/municipality/municipality.entity';
import { loadSeedData } from '../src/seed/seed-data';
import type { Criterion } from '../src/modules/call/call.entity';
import {
  createApplication,
  createClosedCall,
  createConsortium,
  type Person,
  signIn,
} from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const DECIDE = graphql(`
  mutation AwardDecideAward($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
      grantedAmount
      decisionDate
      decisionNumber
      conditions
      projectDeadline
      application {
        id
        status
      }
      leadMunicipality {
        code
      }
      municipalities {
        code
      }
    }
  }
`);
const REJECT = graphql(`
  mutation AwardRejectApplication($a: ID!, $reason: String!) {
    rejectApplication(applicationId: $a, reason: $reason) {
      id
      status
      rejectionReason
    }
  }
`);
const CALL_STATE = graphql(`
  query AwardCall($id: ID!) {
    call(id: $id) {
      status
      decisionDate
      statistics {
        totalAwarded
        remainingAppropriation
      }
    }
  }
`);

const decision = (grantedAmount: string) => ({
  grantedAmount,
  decisionDate: '2025-12-11',
  decisionNumber: 'VN/1234/2025',
  conditions: 'The results are shared with other municipalities.',
});

const awards2020 = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'seed', 'data', 'awards-2020.json'), 'utf8'),
) as { awards: { no: number; amountEur: string }[] };

describe('deciding: awards within the request and the appropriation, rejections, and the decision list', () => {
  let server: TestServer;
  let admin: Person;
  let reviewer: Person;

  before(async () => {
    server = await startTestServer();
    admin = await signIn(server, { sub: 'admin', roles: ['admin'] });
    reviewer = await signIn(server, { sub: 'reviewer', roles: ['reviewer'] });
  });
  after(() => server?.stop());

  /** A closed call with applications of the given requests, all moved to review. */
  async function callUnderReview(appropriation: string | null, requests: string[]) {
    const { call, criteria } = await createClosedCall(server.dataSource, { appropriation });
    const consortium = await createConsortium(server.dataSource, { lead: '010', members: ['005'] });
    const applications = [];
    for (const requestedAmount of requests) {
      applications.push(
        await createApplication(server.dataSource, {
          callId: call.id,
          consortiumId: consortium.id,
          requestedAmount,
          status: ApplicationStatus.SUBMITTED,
        }),
      );
    }
    const started = await server.query(
      graphql(`
        mutation AwardStartReview($c: ID!) {
          startReview(callId: $c) {
            id
          }
        }
      `),
      { c: call.id },
      { token: admin.token },
    );
    expect(started.errors).to.equal(undefined);
    return { call, criteria, applications };
  }

  it('grants at most the request and the remaining appropriation, to the cent', async () => {
    const { call, applications } = await callUnderReview('300000.00', [
      '200000.00',
      '150000.00',
      '100000.00',
    ]);
    const [first, second, third] = applications;

    const tooMuch = await server.query(
      DECIDE,
      { a: first.id, input: decision('200000.01') },
      { token: admin.token },
    );
    expect(tooMuch.errors![0].extensions).to.include({
      code: 'AMOUNT_EXCEEDS_REQUEST',
      field: 'input.grantedAmount',
    });

    const granted = await server.query(
      DECIDE,
      { a: first.id, input: decision('200000') },
      { token: admin.token },
    );
    expect(granted.errors).to.equal(undefined);
    expect(granted.data!.decideAward).to.deep.include({
      grantedAmount: '200000.00',
      decisionDate: '2025-12-11',
      decisionNumber: 'VN/1234/2025',
      projectDeadline: '2027-10-31',
      application: { id: first.id, status: 'AWARDED' },
      leadMunicipality: { code: '010' },
      municipalities: [{ code: '010' }, { code: '005' }],
    });

    // 100 000.00 is left: one cent more is refused, the exact rest is granted.
    const beyond = await server.query(
      DECIDE,
      { a: second.id, input: decision('100000.01') },
      { token: admin.token },
    );
    expect(beyond.errors![0].extensions!.code).to.equal('APPROPRIATION_EXCEEDED');
    expect(beyond.errors![0].message).to.contain('100000.00');
    const rest = await server.query(
      DECIDE,
      { a: second.id, input: decision('100000.00') },
      { token: admin.token },
    );
    expect(rest.errors).to.equal(undefined);
    const nothingLeft = await server.query(
      DECIDE,
      { a: third.id, input: decision('0.01') },
      { token: admin.token },
    );
    expect(nothingLeft.errors![0].extensions!.code).to.equal('APPROPRIATION_EXCEEDED');

    const twice = await server.query(
      DECIDE,
      { a: first.id, input: decision('1.00') },
      { token: admin.token },
    );
    expect(twice.errors![0].extensions!.code).to.equal('INVALID_STATE_TRANSITION');

    const state = await server.query(CALL_STATE, { id: call.id });
    expect(state.data!.call!.statistics).to.deep.equal({
      totalAwarded: '300000.00',
      remainingAppropriation: '0.00',
    });
    const audit = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'decideAward', actorId: admin.userId });
    const awardEvent = audit.find(
      (event) => event.entityType === 'Award' && event.entityId === granted.data!.decideAward.id,
    );
    expect(JSON.parse(awardEvent!.changes)).to.deep.include({ grantedAmount: [null, '200000.00'] });
    expect(
      audit.filter((event) => event.entityType === 'Application' && event.entityId === first.id),
    ).to.have.length(1);
  });

  it('refuses decisions from non-administrators and on applications not under review', async () => {
    const { call } = await createClosedCall(server.dataSource);
    const consortium = await createConsortium(server.dataSource, { lead: '010', members: ['005'] });
    const submitted = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.SUBMITTED,
    });
    const asReviewer = await server.query(
      DECIDE,
      { a: submitted.id, input: decision('1') },
      { token: reviewer.token },
    );
    expect(asReviewer.errors![0].extensions!.code).to.equal('FORBIDDEN');
    const anonymous = await server.query(REJECT, { a: submitted.id, reason: 'No' });
    expect(anonymous.errors![0].extensions!.code).to.equal('FORBIDDEN');
    const notReviewed = await server.query(
      DECIDE,
      { a: submitted.id, input: decision('1') },
      { token: admin.token },
    );
    expect(notReviewed.errors![0].extensions!.code).to.equal('INVALID_STATE_TRANSITION');
    const blank = await server.query(REJECT, { a: submitted.id, reason: '  ' }, { token: admin.token });
    expect(blank.errors![0].extensions).to.include({ code: 'BAD_USER_INPUT', field: 'reason' });
    const bad = await server.query(
      DECIDE,
      { a: submitted.id, input: decision('1e5') },
      { token: admin.token },
    );
    expect(bad.errors![0].extensions!.code).to.equal('BAD_USER_INPUT');
  });

  it('rejects with a reason and marks the call DECIDED once every application is decided', async () => {
    const { call, applications } = await callUnderReview('500000.00', ['100000.00', '100000.00']);
    const [awarded, rejected] = applications;
    const withdrawn = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: (await createConsortium(server.dataSource, { lead: '009', members: ['016'] })).id,
      status: ApplicationStatus.WITHDRAWN,
    });
    expect(withdrawn.status).to.equal('WITHDRAWN');

    await server.query(DECIDE, { a: awarded.id, input: decision('90000') }, { token: admin.token });
    let state = await server.query(CALL_STATE, { id: call.id });
    expect(state.data!.call).to.deep.include({ status: 'CLOSED', decisionDate: null });

    const { data, errors } = await server.query(
      REJECT,
      { a: rejected.id, reason: 'Does not renew ways of working' },
      { token: admin.token },
    );
    expect(errors).to.equal(undefined);
    expect(data!.rejectApplication).to.deep.equal({
      id: rejected.id,
      status: 'REJECTED',
      rejectionReason: 'Does not renew ways of working',
    });
    state = await server.query(CALL_STATE, { id: call.id });
    expect(state.data!.call).to.deep.include({ status: 'DECIDED', decisionDate: '2025-12-11' });

    const [event] = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'rejectApplication', entityId: rejected.id });
    expect(JSON.parse(event.changes)).to.deep.include({
      status: ['UNDER_REVIEW', 'REJECTED'],
      rejectionReason: [null, 'Does not renew ways of working'],
    });
    const callEvents = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'decideCall', entityId: call.id });
    expect(callEvents).to.have.length(1);
  });

  it('words the seeded 2020 decisions as the press release does, 29 grants in its order', async () => {
    const { data, errors } = await server.query(
      graphql(`
        query AwardCall2 {
          call(key: "2020") {
            sv: decisionList {
              language
              items
              text
            }
            fi: decisionList(lang: FI) {
              language
              items
            }
          }
        }
      `),
    );
    expect(errors).to.equal(undefined);
    const { sv, fi } = data!.call as {
      sv: { language: string; items: string[]; text: string };
      fi: { language: string; items: string[] };
    };
    expect(sv.language).to.equal('SV');
    expect(sv.items).to.have.length(29);
    expect(sv.items[0]).to.equal(
      'Alavo stad och de övriga kommuner som nämns i ansökan beviljas högst 68 000 euro för projektet Kunta kuuluu kaikille (kommunen hör till alla).',
    );
    expect(sv.items[2]).to.equal(
      'Helsingfors stad och de övriga kommuner som nämns i ansökan beviljas högst 850 000 euro för projektet Lämpiö.',
    );
    expect(sv.items[13]).to.equal(
      'Lahtis stad och andra kommuner som nämns i ansökan beviljas högst 200 000 euro för automatisering av elektroniska beslutsberedningsrutiner.'.replace(
        'och andra',
        'och de övriga',
      ),
    );
    expect(sv.items[22]).to.contain(
      'Riihimäki stad och de övriga kommuner som nämns i ansökan beviljas högst 1 090 100 euro',
    );
    expect(sv.items[28]).to.equal(
      'Vanda stad och de övriga kommuner som nämns i ansökan beviljas högst 442 400 euro.',
    );
    const amounts = sv.items.map((item) => /högst ([\d ]+) euro/.exec(item)![1].replace(/ /g, ''));
    expect(amounts).to.deep.equal(awards2020.awards.map((award) => award.amountEur));
    expect(sv.text).to.match(/^# Understödda projekt: /);
    expect(sv.text).to.contain('\nBeslut 11.12.2020\n');
    expect(sv.text).to.contain('\n1. Alavo stad och de övriga kommuner');
    expect(sv.text).to.contain('\n29. Vanda stad');

    expect(fi.language).to.equal('FI');
    expect(fi.items[0]).to.equal(
      'Alavuden kaupunki ja muut hakemuksessa mainitut kunnat saavat enintään 68 000 euroa hankkeeseen Kunta kuuluu kaikille.',
    );
    expect(fi.items[2]).to.equal(
      'Helsingin kaupunki ja muut hakemuksessa mainitut kunnat saavat enintään 850 000 euroa hankkeeseen Lämpiö.',
    );
    expect(fi.items.map((item) => item.split(' ja muut')[0])).to.include.members([
      'Hausjärven kunta',
      'Iin kunta',
      'Järvenpään kaupunki',
      'Kauhajoen kaupunki',
      'Lahden kaupunki',
      'Limingan kunta',
      'Uudenkaarlepyyn kaupunki',
      'Oulun kaupunki',
      'Pielaveden kunta',
      'Riihimäen kaupunki',
      'Rovaniemen kaupunki',
      'Tampereen kaupunki',
      'Vantaan kaupunki',
    ]);
  });

  it('serves the decision list as a Markdown download, public, Swedish by default', async () => {
    const sv = await fetch(`${server.origin}/calls/2020/decisions.md`);
    expect(sv.status).to.equal(200);
    expect(sv.headers.get('content-type')).to.equal('text/markdown; charset=utf-8');
    expect(sv.headers.get('content-disposition')).to.equal('attachment; filename="decisions-2020-sv.md"');
    const text = await sv.text();
    expect(text.split('\n').filter((line) => /^\d+\. /.test(line))).to.have.length(29);

    const fi = await fetch(`${server.origin}/calls/2020/decisions.md?lang=fi`);
    expect(await fi.text()).to.contain('1. Alavuden kaupunki ja muut hakemuksessa mainitut kunnat');
    expect((await fetch(`${server.origin}/calls/2020/decisions.md?lang=de`)).status).to.equal(400);
    expect((await fetch(`${server.origin}/calls/1999/decisions.md`)).status).to.equal(404);
  });

  it('formats euros, and takes Finnish genitives from the data, leaving a name without one uninflected', async () => {
    expect(formatEuros('68000.00')).to.equal('68 000');
    expect(formatEuros('1090100.00')).to.equal('1 090 100');
    expect(formatEuros('999.50')).to.equal('999,50');
    const data = await loadSeedData();
    const genitive = new Map(data.municipalities.map((m) => [m.nameFi, m.genitiveFi]));
    expect(genitive.get('Alavus')).to.equal('Alavuden');
    expect(genitive.get('Kokkola')).to.equal('Kokkolan');
    expect(genitive.get('Ylöjärvi')).to.equal('Ylöjärven');
    expect(genitive.get('Kaustinen')).to.equal('Kaustisen');
    expect(genitive.get('Hattula')).to.equal('Hattulan');
    expect(genitive.get('Parikkala')).to.equal('Parikkalan');
    expect(genitive.get('Kitee')).to.equal('Kiteen');
    expect(genitive.get('Lahti')).to.equal('Lahden');
    expect(genitive.get('Ikaalinen')).to.equal('Ikaalisen');
    expect(genitive.get('Puumala')).to.equal('Puumalan');
    expect(genitive.get('Kemijärvi')).to.equal('Kemijärven');
    expect(genitive.get('Sotkamo')).to.equal('Sotkamon');
    expect(genitive.get('Raahe')).to.equal('Raahen');
    expect(genitive.get('Kempele')).to.equal('Kempeleen');
    expect(genitive.get('Akaa')).to.equal('Akaan');
    expect(genitive.get('Sipoo')).to.equal('Sipoon');
    expect(genitive.get('Hanko')).to.equal('Hangon');
    expect(genitive.get('Sulkava')).to.equal('Sulkavan');
    expect(genitive.get('Kuhmoinen')).to.equal('Kuhmoisen');
    expect(genitive.get('Kaarina')).to.equal('Kaarinan');
    // Gradation that a suffix rule would miss (Juukan, Lieton).
    expect(genitive.get('Juuka')).to.equal('Juuan');
    expect(genitive.get('Lieto')).to.equal('Liedon');
    // Not known: the list writes these uninflected rather than guessing.
    expect(genitive.get('Loppi')).to.equal(null);
    expect(genitive.get('Vihti')).to.equal(null);
    expect(genitive.get('Pälkäne')).to.equal(null);

    // Every municipality a seeded grant names as lead or recipient has its genitive.
    const named = new Set([
      ...data.awardLists.flatMap((list) => list.awards.map((award) => award.leadCode)),
      ...data.decisionLists.flatMap((list) => list.decisions.flatMap((decision) => decision.recipientCodes)),
    ]);
    const missing = data.municipalities
      .filter((m) => named.has(m.code) && !m.genitiveFi)
      .map((m) => m.nameFi);
    expect(missing).to.deep.equal([]);

    const vihti = { fi: 'Vihti', sv: 'Vichtis', en: null };
    expect(
      finnishUnpricedDecision({
        recipients: [{ name: vihti, genitiveFi: null, kind: MunicipalityKind.MUNICIPALITY }],
      }),
    ).to.equal('Kunta Vihti saa avustusta; määrää ei ole julkaistu.');
  });

  it('runs a whole round over HTTP: review, assign, score, rank, decide and publish', async () => {
    const { call, criteria } = await createClosedCall(server.dataSource, { appropriation: '250000.00' });
    const strong = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: (await createConsortium(server.dataSource, { lead: '297', members: ['595'] })).id,
      requestedAmount: '180000.00',
      projectName: { fi: 'Yhteinen asiointi', sv: 'Gemensamma e-tjänster' },
      status: ApplicationStatus.SUBMITTED,
    });
    const weak = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: (await createConsortium(server.dataSource, { lead: '564', members: ['425'] })).id,
      requestedAmount: '120000.00',
      projectName: { fi: 'Etäkokous' },
      status: ApplicationStatus.SUBMITTED,
    });
    const reviewers = [
      await signIn(server, { sub: 'round-1', roles: ['reviewer'], municipalities: ['091'] }),
      await signIn(server, { sub: 'round-2', roles: ['reviewer'] }),
    ];
    const started = await server.query(
      graphql(`
        mutation AwardStartReview2($c: ID!) {
          startReview(callId: $c) {
            id
            status
          }
        }
      `),
      { c: call.id },
      { token: admin.token },
    );
    expect(started.data!.startReview).to.have.length(2);

    const score = async (who: Person, applicationId: string, values: number[]) => {
      const assigned = await server.query(
        graphql(`
          mutation AwardAssignReviewer($a: ID!, $r: ID!) {
            assignReviewer(applicationId: $a, reviewerId: $r) {
              id
            }
          }
        `),
        { a: applicationId, r: who.userId },
        { token: admin.token },
      );
      expect(assigned.errors).to.equal(undefined);
      const saved = await server.query(
        graphql(`
          mutation AwardSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
            saveEvaluation(applicationId: $a, input: $input) {
              id
            }
          }
        `),
        {
          a: applicationId,
          input: {
            scores: criteria.map((criterion: Criterion, i) => ({
              criterionId: criterion.id,
              score: values[i],
            })),
            recommendation: 'FUND',
            recommendedAmount: '100000',
          },
        },
        { token: who.token },
      );
      expect(saved.errors).to.equal(undefined);
      const submitted = await server.query(
        graphql(`
          mutation AwardSubmitEvaluation($id: ID!) {
            submitEvaluation(id: $id) {
              status
            }
          }
        `),
        { id: saved.data!.saveEvaluation.id },
        { token: who.token },
      );
      expect(submitted.data!.submitEvaluation.status).to.equal('SUBMITTED');
    };
    await score(reviewers[0], strong.id, [5, 4]);
    await score(reviewers[1], strong.id, [4, 4]);
    await score(reviewers[0], weak.id, [2, 3]);

    const rankingQuery = graphql(`
      query AwardCall3($id: ID!) {
        call(id: $id) {
          ranking {
            rank
            weightedScore
            evaluationCount
            application {
              id
            }
          }
        }
      }
    `);
    const ranking = await server.query(rankingQuery, { id: call.id }, { token: admin.token });
    expect(ranking.errors).to.equal(undefined);
    // strong: (5·2+4)/3 = 4.667 and (4·2+4)/3 = 4, mean 4.333; weak: (2·2+3)/3 = 2.333.
    expect(ranking.data!.call!.ranking).to.deep.equal([
      { rank: 1, weightedScore: 4.333, evaluationCount: 2, application: { id: strong.id } },
      { rank: 2, weightedScore: 2.333, evaluationCount: 1, application: { id: weak.id } },
    ]);
    const notForReviewers = await server.query(rankingQuery, { id: call.id }, { token: reviewers[0].token });
    expect(notForReviewers.errors![0].extensions!.code).to.equal('FORBIDDEN');

    expect(
      (await server.query(DECIDE, { a: strong.id, input: decision('170000') }, { token: admin.token }))
        .errors,
    ).to.equal(undefined);
    const overCap = await server.query(
      DECIDE,
      { a: weak.id, input: decision('80000.01') },
      { token: admin.token },
    );
    expect(overCap.errors![0].extensions!.code).to.equal('APPROPRIATION_EXCEEDED');
    expect(
      (await server.query(DECIDE, { a: weak.id, input: decision('80000') }, { token: admin.token })).errors,
    ).to.equal(undefined);

    const published = await server.query(
      graphql(`
        query AwardCall4($id: ID!) {
          call(id: $id) {
            status
            decisionList {
              items
            }
          }
        }
      `),
      { id: call.id },
    );
    expect(published.data!.call!.status).to.equal('DECIDED');
    expect(published.data!.call!.decisionList.items).to.deep.equal([
      'Kuopio stad och de övriga kommuner som nämns i ansökan beviljas högst 170 000 euro för projektet Yhteinen asiointi (Gemensamma e-tjänster).',
      'Uleåborg stad och de övriga kommuner som nämns i ansökan beviljas högst 80 000 euro för projektet Etäkokous.',
    ]);
    const download = await fetch(`${server.origin}/calls/${call.key}/decisions.md?lang=fi`);
    expect(await download.text()).to.contain(
      '2. Oulun kaupunki ja muut hakemuksessa mainitut kunnat saavat enintään 80 000 euroa hankkeeseen Etäkokous.',
    );
    const actions = await server.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .select('event.action', 'action')
      .addSelect('COUNT(*)', 'n')
      .where('event.entityId IN (:...ids)', { ids: [strong.id, weak.id, call.id] })
      .groupBy('event.action')
      .getRawMany<{ action: string; n: unknown }>();
    expect(Object.fromEntries(actions.map((row) => [row.action, Number(row.n)]))).to.deep.equal({
      startReview: 2,
      decideAward: 2,
      decideCall: 1,
    });
  });
});
