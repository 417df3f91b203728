import { expect } from 'chai';
import { Adoption, AdoptionStatus, AdoptionTally } from '../src/modules/adoption/adoption.entity';
import { adoptionContributions } from '../src/modules/adoption/adoption-tallies';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { graphql } from './gql';
import { as, expectCode, expectOk, people } from './helpers/applying';
import { testEngine } from './helpers/database';
import {
  createAdoption,
  createApplication,
  createAward,
  createClosedCall,
  createConsortium,
} from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const tampere = { sub: 'tampere-1', roles: ['applicant'], municipalities: ['837'] };
const turku = { sub: 'turku-1', roles: ['applicant'], municipalities: ['853'] };

const RECORD = graphql(`
  mutation AdoptionsRecord($input: RecordAdoptionInput!) {
    recordAdoption(input: $input) {
      id
      status
      kind
      adoptedOn
      description
      decidedAt
      municipality {
        code
      }
      award {
        id
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation AdoptionsConfirm($id: ID!) {
    confirmAdoption(id: $id) {
      id
      status
      decidedAt
    }
  }
`);
const DECLINE = graphql(`
  mutation AdoptionsDecline($id: ID!) {
    declineAdoption(id: $id) {
      id
      status
    }
  }
`);
const READ = graphql(`
  query AdoptionsRead($id: ID!) {
    adoption(id: $id) {
      id
      status
    }
  }
`);
const LISTS = graphql(`
  query AdoptionsLists($callId: ID!, $code: String!) {
    awards(filter: { callId: $callId }) {
      nodes {
        adoptions {
          totalCount
          nodes {
            id
            status
            municipality {
              code
            }
          }
        }
      }
    }
    municipality(code: $code) {
      adoptedResults {
        totalCount
        nodes {
          id
        }
      }
    }
  }
`);
const STATISTICS = graphql(`
  query AdoptionsStatistics($callId: ID!) {
    fundingStatistics(groupBy: [CALL], filter: { callId: $callId }) {
      totalGranted
      adoptions
      adoptingResidents
      residentsReachedPerEuro
    }
  }
`);
const BY_REGION = graphql(`
  query AdoptionsByRegion {
    adoptionsByRegion {
      region {
        code
      }
      adoptions
      adoptionsFromOtherRegions
      adoptingMunicipalities
      residents
    }
  }
`);
const NESTED = graphql(`
  query AdoptionsNested($callId: ID!, $first: Int!) {
    awards(first: $first, filter: { callId: $callId }) {
      nodes {
        adoptions(first: 3) {
          totalCount
          nodes {
            municipality {
              code
              adoptedResults(first: 2) {
                totalCount
              }
            }
          }
        }
      }
    }
  }
`);

describe(`results reused: adoptions recorded, confirmed and counted (${testEngine})`, () => {
  let server: TestServer;
  let callId: string;
  let awardId: string;

  before(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    // Exact figures for the ratio: Tampere 100 001 residents, Turku 200 000, Oulu 150 000.
    for (const [code, population] of [
      ['837', 100_001],
      ['853', 200_000],
      ['564', 150_000],
    ] as const)
      await ds.getRepository(Municipality).update({ code }, { population });
    // Espoo leads, Vantaa takes part; 300 000 euros granted on 2025-12-01.
    const { call } = await createClosedCall(ds);
    callId = call.id;
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const application = await createApplication(ds, {
      callId,
      consortiumId: consortium.id,
      status: ApplicationStatus.AWARDED,
    });
    awardId = (await createAward(ds, { applicationId: application.id, grantedAmount: '300000.00' })).id;
  });
  after(() => server?.stop());

  const record = (who: typeof tampere, input: Partial<Parameters<typeof recordInput>[0]> = {}) =>
    as(server, who, RECORD, { input: recordInput({ municipalityCode: who.municipalities[0], ...input }) });
  const recordInput = (input: {
    municipalityCode: string;
    awardId?: string;
    adoptedOn?: string;
    kind?: 'ADOPTED_AS_IS' | 'ADAPTED' | 'PLANNED';
    description?: string;
  }) => ({
    awardId: input.awardId ?? awardId,
    municipalityCode: input.municipalityCode,
    adoptedOn: input.adoptedOn ?? '2026-01-10',
    kind: (input.kind ?? 'ADAPTED') as never,
    description: input.description ?? 'Otettu käyttöön omaan neuvontaan',
  });

  async function expectTalliesRecounted() {
    const stored = (await server.dataSource.getRepository(AdoptionTally).find())
      .filter((row) => row.adoptions !== 0)
      .map(
        (row) =>
          `${row.callId}|${row.municipalityCode}|${row.role}|${row.themeId} ${row.adoptions} ${row.adoptingResidents}`,
      )
      .sort();
    const recounted = (await adoptionContributions(server.dataSource.manager, null))
      .map(
        (row) =>
          `${row.callId}|${row.municipalityCode}|${row.role}|${row.themeId} ${row.adoptions} ${row.adoptingResidents}`,
      )
      .sort();
    expect(stored).to.deep.equal(recounted);
  }

  let tampereId: string;

  it('records a pending adoption that only its adopter, the project lead and administrators see', async () => {
    const recorded = expectOk(await record(tampere)).recordAdoption;
    tampereId = recorded.id;
    expect(recorded).to.deep.include({
      status: 'PENDING',
      kind: 'ADAPTED',
      adoptedOn: '2026-01-10',
      description: 'Otettu käyttöön omaan neuvontaan',
      decidedAt: null,
      municipality: { code: '837' },
      award: { id: awardId },
    });
    for (const [who, sees] of [
      [null, false],
      [people.vantaa, false],
      [turku, false],
      [tampere, true],
      [people.espoo, true],
      [people.admin, true],
    ] as const) {
      const label = who?.sub ?? 'public';
      expect(expectOk(await as(server, who, READ, { id: tampereId })).adoption !== null, label).to.equal(
        sees,
      );
      const lists = expectOk(await as(server, who, LISTS, { callId, code: '837' }));
      expect(lists.awards.nodes[0].adoptions.totalCount, label).to.equal(sees ? 1 : 0);
      expect(lists.awards.nodes[0].adoptions.nodes.length, label).to.equal(sees ? 1 : 0);
      expect(lists.municipality!.adoptedResults.totalCount, label).to.equal(sees ? 1 : 0);
    }
    const statistics = expectOk(await server.query(STATISTICS, { callId })).fundingStatistics;
    expect(statistics).to.deep.equal([
      { totalGranted: '300000.00', adoptions: 0, adoptingResidents: 0, residentsReachedPerEuro: '0.000000' },
    ]);
    expect(expectOk(await server.query(BY_REGION)).adoptionsByRegion).to.deep.equal([]);
  });

  it("is confirmed by the lead's officials only, once; the state table refuses any other move", async () => {
    expectCode(await as(server, people.vantaa, CONFIRM, { id: tampereId }), 'NOT_FOUND');
    expectCode(await as(server, tampere, CONFIRM, { id: tampereId }), 'FORBIDDEN');
    expectCode(await as(server, people.admin, CONFIRM, { id: tampereId }), 'FORBIDDEN');
    const confirmed = expectOk(await as(server, people.espoo, CONFIRM, { id: tampereId })).confirmAdoption;
    expect(confirmed.status).to.equal('CONFIRMED');
    expect(confirmed.decidedAt).to.equal(server.clock.now().toISOString());
    expect(
      expectCode(await as(server, people.espoo, CONFIRM, { id: tampereId }), 'INVALID_STATE_TRANSITION'),
    ).to.deep.equal({
      code: 'INVALID_STATE_TRANSITION',
      entity: 'Adoption',
      from: 'CONFIRMED',
      to: 'CONFIRMED',
    });
    expectCode(await as(server, people.espoo, DECLINE, { id: tampereId }), 'INVALID_STATE_TRANSITION');
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .find({ where: { entityId: tampereId }, order: { occurredAt: 'ASC', action: 'DESC' } });
    expect(events.map((event) => [event.entityType, event.action])).to.deep.equal([
      ['Adoption', 'recordAdoption'],
      ['Adoption', 'confirmAdoption'],
    ]);
    expect(JSON.parse(events[1].changes)).to.deep.include({ status: ['PENDING', 'CONFIRMED'] });
    await expectTalliesRecounted();
  });

  it('once confirmed is public, and counted in funding statistics and by region', async () => {
    expect(expectOk(await server.query(READ, { id: tampereId })).adoption).to.deep.equal({
      id: tampereId,
      status: 'CONFIRMED',
    });
    const lists = expectOk(await server.query(LISTS, { callId, code: '837' }));
    expect(lists.awards.nodes[0].adoptions.nodes).to.deep.equal([
      { id: tampereId, status: 'CONFIRMED', municipality: { code: '837' } },
    ]);
    expect(lists.municipality!.adoptedResults.totalCount).to.equal(1);
    // 100 001 residents / 300 000.00 euros = 0.33333666…, half up to six places.
    expect(expectOk(await server.query(STATISTICS, { callId })).fundingStatistics).to.deep.equal([
      {
        totalGranted: '300000.00',
        adoptions: 1,
        adoptingResidents: 100_001,
        residentsReachedPerEuro: '0.333337',
      },
    ]);
    // Tampere is in Pirkanmaa (06); the project is led from Uusimaa (01).
    expect(expectOk(await server.query(BY_REGION)).adoptionsByRegion).to.deep.equal([
      {
        region: { code: '06' },
        adoptions: 1,
        adoptionsFromOtherRegions: 1,
        adoptingMunicipalities: 1,
        residents: 100_001,
      },
    ]);
  });

  it('declined stays hidden from the public and out of the figures', async () => {
    const turkuId = expectOk(await record(turku, { kind: 'ADOPTED_AS_IS' })).recordAdoption.id;
    expect(
      expectOk(await as(server, people.espoo, DECLINE, { id: turkuId })).declineAdoption.status,
    ).to.equal('DECLINED');
    expectCode(await as(server, people.espoo, CONFIRM, { id: turkuId }), 'INVALID_STATE_TRANSITION');
    expect(expectOk(await server.query(READ, { id: turkuId })).adoption).to.equal(null);
    expect(expectOk(await as(server, turku, READ, { id: turkuId })).adoption?.status).to.equal('DECLINED');
    const lists = expectOk(await server.query(LISTS, { callId, code: '853' }));
    expect(lists.awards.nodes[0].adoptions.totalCount).to.equal(1);
    expect(lists.municipality!.adoptedResults.totalCount).to.equal(0);
    const [row] = expectOk(await server.query(STATISTICS, { callId })).fundingStatistics;
    expect(row.adoptions).to.equal(1);
    expect(row.adoptingResidents).to.equal(100_001);
    await expectTalliesRecounted();
  });

  it('resolves adoptions as federation entities with the same visibility, in one statement', async () => {
    // Raw document: _entities is federation's, not in the SDL test/gql is generated from.
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Adoption { id status } } }';
    const declined = (
      await server.dataSource.getRepository(AuditEvent).findOneByOrFail({
        action: 'declineAdoption',
      })
    ).entityId;
    const representations = [tampereId, declined].map((id) => ({ __typename: 'Adoption', id }));
    const anonymous = await server.rawQuery(query, { r: representations });
    expect(anonymous.errors).to.equal(undefined);
    expect(anonymous.data!._entities).to.deep.equal([{ id: tampereId, status: 'CONFIRMED' }, null]);
    expect(anonymous.statements).to.equal(1);
    const lead = await server.rawQuery(
      query,
      { r: representations },
      { token: await server.token(people.espoo) },
    );
    expect(lead.data!._entities).to.deep.equal([
      { id: tampereId, status: 'CONFIRMED' },
      { id: declined, status: 'DECLINED' },
    ]);
  });

  it('refuses what is no adoption, with the field, writing nothing', async () => {
    const before = await server.dataSource.getRepository(AuditEvent).count();
    expectCode(await record(people.vantaa), 'BAD_USER_INPUT', 'input.municipalityCode');
    expectCode(await record(tampere), 'BAD_USER_INPUT', 'input.awardId');
    const oulu = { sub: 'oulu-1', roles: ['applicant'], municipalities: ['564'] };
    expectCode(await record(oulu, { adoptedOn: '2025-11-30' }), 'BAD_USER_INPUT', 'input.adoptedOn');
    expectCode(await record(oulu, { adoptedOn: '2026-02-01' }), 'BAD_USER_INPUT', 'input.adoptedOn');
    expectCode(await record(oulu, { description: '   ' }), 'BAD_USER_INPUT', 'input.description');
    expectCode(await record(oulu, { municipalityCode: '837' }), 'FORBIDDEN');
    expectCode(await record(oulu, { awardId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expect(await server.dataSource.getRepository(AuditEvent).count()).to.equal(before);
    // A planned adoption may lie ahead.
    const planned = expectOk(await record(oulu, { adoptedOn: '2026-09-01', kind: 'PLANNED' })).recordAdoption;
    expect(planned).to.deep.include({ status: 'PENDING', kind: 'PLANNED', adoptedOn: '2026-09-01' });
  });

  it('keeps the tallies equal to a recount across awards, and lists them in statements that do not grow', async () => {
    const ds = server.dataSource;
    const consortium = await createConsortium(ds, { lead: '092', members: ['091', '049'] });
    for (let i = 0; i < 4; i++) {
      const application = await createApplication(ds, {
        callId,
        consortiumId: consortium.id,
        status: ApplicationStatus.AWARDED,
      });
      const award = await createAward(ds, { applicationId: application.id, grantedAmount: '1000.00' });
      for (const code of ['837', '853', '564'])
        await createAdoption(ds, {
          awardId: award.id,
          municipalityCode: code,
          status: AdoptionStatus.CONFIRMED,
        });
    }
    await expectTalliesRecounted();
    const [row] = expectOk(await server.query(STATISTICS, { callId })).fundingStatistics;
    expect(row.adoptions).to.equal(1 + 12);
    expect(row.totalGranted).to.equal('304000.00');
    const small = await server.query(NESTED, { callId, first: 1 });
    const large = await server.query(NESTED, { callId, first: 5 });
    expect(expectOk(large).awards.nodes).to.have.length(5);
    expect(small.statements).to.be.greaterThan(0);
    expect(large.statements).to.equal(small.statements);
  });

  it('answers simultaneous records of the same adoption with one row and BAD_USER_INPUT for the rest', async () => {
    const ds = server.dataSource;
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const application = await createApplication(ds, {
      callId,
      consortiumId: consortium.id,
      status: ApplicationStatus.AWARDED,
    });
    const award = await createAward(ds, { applicationId: application.id, grantedAmount: '1000.00' });
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => record(tampere, { awardId: award.id })),
    );
    const written = responses.filter((response) => !response.errors);
    expect(written, JSON.stringify(responses)).to.have.length(1);
    for (const refused of responses.filter((response) => response.errors))
      expectCode(refused, 'BAD_USER_INPUT', 'input.awardId');
    expect(
      await ds
        .getRepository(AuditEvent)
        .countBy({ action: 'recordAdoption', entityId: written[0].data!.recordAdoption.id }),
    ).to.equal(1);
    expect(await ds.getRepository(Adoption).countBy({ awardId: award.id })).to.equal(1);
  });
});
