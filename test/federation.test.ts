import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'graphql';
import { newId } from '../src/common/ids';
import { LocalizedText } from '../src/common/localized-text';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import { Call } from '../src/modules/call/call.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../src/modules/consortium/consortium.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { Region } from '../src/modules/region/region.entity';
import { composeSupergraph, startGateway, type TestGateway } from './helpers/gateway';
import { partnerTypeDefs, type PartnerSubgraph, startPartnerSubgraph } from './helpers/partner-subgraph';
import { startTestServer, type RawData, type TestServer } from './helpers/server';

// Raw documents (server.rawQuery) in this file: the gateway serves the composed supergraph, and _entities is federation's, neither in the SDL test/gql is generated from.

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Region { code }
    ... on Municipality { code }
    ... on Call { id }
    ... on Consortium { id }
    ... on Application { id status }
    ... on Award { id }
  }
}`;

const committedSdl = () => fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');

/** Unknown keys that fill a batch up to `size`: they must come back as null, in their place. */
const padded = (known: string[], size: number, unknown: () => string) => [
  ...known.slice(0, size),
  ...Array.from({ length: Math.max(0, size - known.length) }, unknown),
];

describe('federation: entity references, composition with a partner subgraph, a gateway in front', () => {
  let server: TestServer;
  let draftId: string;
  const owner = { sub: 'fed-owner', name: 'Olli Omistaja', roles: ['applicant'], municipalities: ['837'] };
  const stranger = { sub: 'fed-stranger', name: 'Vieras', roles: ['applicant'], municipalities: ['091'] };

  /** A draft of Tampere and Nokia, made through the data layer: only its consortium's officials see it. */
  async function createDraft(): Promise<string> {
    const manager = server.dataSource.manager;
    const now = server.clock.now();
    const call = await manager.getRepository(Call).findOneByOrFail({ key: '2022' });
    const consortiumId = newId();
    await manager.getRepository(Consortium).insert({
      id: consortiumId,
      name: 'Pirkanmaan tietopohja',
      leadCode: '837',
      partners: [],
      createdById: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await manager.getRepository(ConsortiumMember).insert(
      ['837', '536'].map((code, position) => ({
        id: newId(),
        consortiumId,
        municipalityCode: code,
        role: position === 0 ? ConsortiumRole.LEAD : ConsortiumRole.MEMBER,
        position,
      })),
    );
    const id = newId();
    await manager.getRepository(Application).insert({
      id,
      callId: call.id,
      consortiumId,
      projectName: LocalizedText.of({ fi: 'Tietopohjan laatu' }),
      requestedAmount: '120000.00',
      status: ApplicationStatus.DRAFT,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  }

  before(async () => {
    server = await startTestServer();
    draftId = await createDraft();
  });
  after(() => server?.stop());

  describe('_entities', () => {
    const batches: [string, string, () => Promise<string[]>, () => string][] = [
      [
        'Region',
        'code',
        async () => (await server.dataSource.getRepository(Region).find()).map((r) => r.code),
        () => newId().slice(0, 2),
      ],
      [
        'Municipality',
        'code',
        async () => (await server.dataSource.getRepository(Municipality).find()).map((m) => m.code),
        () => newId().slice(0, 3),
      ],
      [
        'Call',
        'id',
        async () => (await server.dataSource.getRepository(Call).find()).map((c) => c.id),
        newId,
      ],
      [
        'Consortium',
        'id',
        async () =>
          (
            await server.dataSource.getRepository(Application).findBy({ status: ApplicationStatus.AWARDED })
          ).map((a) => a.consortiumId),
        newId,
      ],
      [
        'Application',
        'id',
        async () =>
          (
            await server.dataSource.getRepository(Application).findBy({ status: ApplicationStatus.AWARDED })
          ).map((a) => a.id),
        newId,
      ],
      [
        'Award',
        'id',
        async () => (await server.dataSource.getRepository(Award).find()).map((a) => a.id),
        newId,
      ],
    ];

    for (const [typename, keyField, knownKeys, unknownKey] of batches) {
      it(`resolves 50 ${typename} representations in key order with one SQL statement`, async () => {
        const known = await knownKeys();
        expect(known.length, 'the seed has some to find').to.be.greaterThan(3);
        const keys = padded(known, 50, unknownKey);
        const { data, errors, statements } = await server.rawQuery(entitiesQuery, {
          representations: keys.map((key) => ({ __typename: typename, [keyField]: key })),
        });
        expect(errors, JSON.stringify(errors)).to.equal(undefined);
        const found = new Set(known);
        expect(data!._entities.map((entity: RawData | null) => entity?.[keyField] ?? null)).to.deep.equal(
          keys.map((key) => (found.has(key) ? key : null)),
        );
        expect(statements).to.equal(1);
      });
    }

    it('resolves a mixed batch of all six types with one SQL statement per type', async () => {
      const representations = (
        await Promise.all(
          batches.map(async ([typename, keyField, knownKeys, unknownKey]) =>
            padded(await knownKeys(), 50, unknownKey).map((key) => ({
              __typename: typename,
              [keyField]: key,
            })),
          ),
        )
      ).flat();
      const { data, errors, statements } = await server.rawQuery(entitiesQuery, {
        representations,
      });
      expect(errors, JSON.stringify(errors)).to.equal(undefined);
      expect(data!._entities).to.have.length(300);
      expect(statements).to.equal(batches.length);
    });

    it('returns null for a draft application to the public and to another municipality, the draft to its owner', async () => {
      const representations = [{ __typename: 'Application', id: draftId }];
      const anonymous = await server.rawQuery(entitiesQuery, { representations });
      expect(anonymous.errors).to.equal(undefined);
      expect(anonymous.data!._entities).to.deep.equal([null]);

      const other = await server.rawQuery(
        entitiesQuery,
        { representations },
        { token: await server.token(stranger) },
      );
      expect(other.errors).to.equal(undefined);
      expect(other.data!._entities).to.deep.equal([null]);

      const own = await server.rawQuery(
        entitiesQuery,
        { representations },
        { token: await server.token(owner) },
      );
      expect(own.errors).to.equal(undefined);
      expect(own.data!._entities).to.deep.equal([
        { __typename: 'Application', id: draftId, status: 'DRAFT' },
      ]);
    });

    it('returns null for the consortium of a draft to the public', async () => {
      const application = await server.dataSource.getRepository(Application).findOneByOrFail({ id: draftId });
      const { data, errors } = await server.rawQuery(entitiesQuery, {
        representations: [{ __typename: 'Consortium', id: application.consortiumId }],
      });
      expect(errors).to.equal(undefined);
      expect(data!._entities).to.deep.equal([null]);
    });
  });

  describe('composed with a partner subgraph behind @apollo/gateway', () => {
    let partner: PartnerSubgraph;
    let gateway: TestGateway;
    let helsinkiAwardId: string;

    before(async () => {
      const helsinki = await server.rawQuery(
        `{ awards(filter: { municipalityCode: "091" }) { nodes { id } } }`,
      );
      helsinkiAwardId = helsinki.data!.awards.nodes[0].id;
      partner = await startPartnerSubgraph({
        featured: [{ headline: 'Helsingin Lämpiö', awardId: helsinkiAwardId }],
        tracked: [{ note: 'Pirkanmaan hanke', applicationId: draftId }],
      });
      const supergraphSdl = composeSupergraph([
        { name: 'grants', url: server.url, typeDefs: parse(committedSdl()) },
        { name: 'portal', url: partner.url, typeDefs: partnerTypeDefs },
      ]);
      gateway = await startGateway(supergraphSdl);
    });
    after(async () => {
      await gateway?.stop();
      await partner?.stop();
    });

    it('the SDL served as _service.sdl (what introspecting routers read) composes like the committed file', async () => {
      const { data, errors } = await server.rawQuery('{ _service { sdl } }');
      expect(errors).to.equal(undefined);
      const compose = (sdl: string) =>
        composeSupergraph([
          { name: 'grants', url: server.url, typeDefs: parse(sdl) },
          { name: 'portal', url: partner.url, typeDefs: partnerTypeDefs },
        ]);
      expect(compose(data!._service.sdl)).to.equal(compose(committedSdl()));
    });

    it('composition fails loudly when the partner contradicts our key field', () => {
      const contradicting = parse(
        `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
         type Query { portalMunicipalities: [Municipality!]! }
         type Municipality @key(fields: "code") { code: Int! portalUrl: String }`,
      );
      expect(() =>
        composeSupergraph([
          { name: 'grants', url: server.url, typeDefs: parse(committedSdl()) },
          { name: 'portal', url: partner.url, typeDefs: contradicting },
        ]),
      ).to.throw(/composition failed/);
    });

    it('answers one query that crosses both subgraphs: partner → award → municipality → partner', async () => {
      const { data, errors } = await gateway.query(`{
        featuredProjects {
          headline
          award {
            id
            grantedAmount
            application { projectName { fi } }
            leadMunicipality { code name { fi sv } portalUrl }
          }
        }
        municipality(code: "837") { name { fi } portalUrl }
      }`);
      expect(errors, JSON.stringify(errors)).to.equal(undefined);
      expect(data).to.deep.equal({
        featuredProjects: [
          {
            headline: 'Helsingin Lämpiö',
            award: {
              id: helsinkiAwardId,
              grantedAmount: '850000.00',
              application: { projectName: { fi: 'Lämpiö' } },
              leadMunicipality: {
                code: '091',
                name: { fi: 'Helsinki', sv: 'Helsingfors' },
                portalUrl: 'https://kuntaportaali.example/kunta/091',
              },
            },
          },
        ],
        municipality: { name: { fi: 'Tampere' }, portalUrl: 'https://kuntaportaali.example/kunta/837' },
      });
    });

    it('keeps a draft from the public, as a root lookup and as a partner reference', async () => {
      const { data, errors } = await gateway.query(
        `query ($id: ID!) {
          application(id: $id) { id }
          trackedApplications { note application { id status projectName { fi } } }
        }`,
        { id: draftId },
      );
      expect(errors, JSON.stringify(errors)).to.equal(undefined);
      expect(data).to.deep.equal({
        application: null,
        trackedApplications: [{ note: 'Pirkanmaan hanke', application: null }],
      });
    });

    it('forwards Authorization to every subgraph: the owner sees the draft both ways', async () => {
      const token = await server.token(owner);
      partner.authorizations.length = 0;
      const { data, errors } = await gateway.query(
        `query ($id: ID!) {
          application(id: $id) { id status }
          trackedApplications { note application { id status projectName { fi } } }
        }`,
        { id: draftId },
        { token },
      );
      expect(errors, JSON.stringify(errors)).to.equal(undefined);
      expect(data).to.deep.equal({
        application: { id: draftId, status: 'DRAFT' },
        trackedApplications: [
          {
            note: 'Pirkanmaan hanke',
            application: { id: draftId, status: 'DRAFT', projectName: { fi: 'Tietopohjan laatu' } },
          },
        ],
      });
      expect(partner.authorizations).to.deep.equal([`Bearer ${token}`]);
    });

    it('passes a bad token on too: the subgraph answers UNAUTHENTICATED, never the public view', async () => {
      const { data, errors } = await gateway.query(
        `query ($id: ID!) { application(id: $id) { id } }`,
        { id: draftId },
        {
          token: 'not-a-jwt',
        },
      );
      expect(data?.application ?? null).to.equal(null);
      expect(errors?.map((error) => String(error.extensions?.code))).to.include('UNAUTHENTICATED');
    });
  });
});
