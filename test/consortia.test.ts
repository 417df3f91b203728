import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Consortium } from '../src/modules/consortium/consortium.entity';
import { Municipality, MunicipalityKind } from '../src/modules/municipality/municipality.entity';
import {
  as,
  callInput,
  createCall,
  createApplication,
  createConsortium,
  eligibleFields,
  people,
  expectCode,
  expectOk,
  submit,
  withdraw,
} from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const create = graphql(`
  mutation ConsortiaCreateConsortium($input: CreateConsortiumInput!) {
    createConsortium(input: $input) {
      id
    }
  }
`);
const update = graphql(`
  mutation ConsortiaUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {
    updateConsortium(id: $id, expectedVersion: $v, input: $input) {
      id
      name
      version
      partners
      members {
        role
        municipality {
          code
        }
      }
    }
  }
`);
const read = graphql(`
  query ConsortiaConsortium($id: ID!) {
    consortium(id: $id) {
      name
      lead {
        code
      }
      members {
        role
        municipality {
          code
        }
      }
    }
  }
`);

describe('consortia', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('an applicant forms one led by their municipality; officials of every member read it, others do not', async () => {
    const consortium = await createConsortium(server, people.helsinki, {
      name: 'Pääkaupunkiseutu',
      leadCode: '091',
      memberCodes: ['049', '092'],
      partners: ['Helsingin Kaupunkiliikenne Oy'],
    });
    expect(consortium).to.deep.include({ name: 'Pääkaupunkiseutu', version: 1, lead: { code: '091' } });
    expect(consortium.members).to.deep.equal([
      { role: 'LEAD', municipality: { code: '091' } },
      { role: 'MEMBER', municipality: { code: '049' } },
      { role: 'MEMBER', municipality: { code: '092' } },
    ]);
    for (const who of [people.helsinki, people.espoo, people.vantaa, people.admin]) {
      expect(expectOk(await as(server, who, read, { id: consortium.id })).consortium!.name).to.equal(
        'Pääkaupunkiseutu',
      );
    }
    const turku = { sub: 'turku-1', roles: ['applicant'], municipalities: ['853'] };
    for (const who of [null, turku]) {
      expect(expectOk(await as(server, who, read, { id: consortium.id })).consortium).to.equal(null);
    }
    const [event] = await server.dataSource.getRepository(AuditEvent).findBy({ entityId: consortium.id });
    expect(event.action).to.equal('createConsortium');
    expect(JSON.parse(event.changes).memberCodes).to.deep.equal([null, ['049', '092']]);
  });

  it('only officials of the lead change it; a member official is FORBIDDEN, an outsider gets NOT_FOUND', async () => {
    const consortium = await createConsortium(server, people.helsinki, {
      name: 'Kaksi',
      leadCode: '091',
      memberCodes: ['049'],
    });
    const changed = expectOk(
      await as(server, people.helsinki, update, {
        id: consortium.id,
        v: 1,
        input: { name: 'Kolme', memberCodes: ['049', '092'] },
      }),
    ).updateConsortium;
    expect(changed).to.deep.include({ name: 'Kolme', version: 2 });
    expect(changed.members.map((m: { municipality: { code: string } }) => m.municipality.code)).to.deep.equal(
      ['091', '049', '092'],
    );
    expectCode(
      await as(server, people.espoo, update, { id: consortium.id, input: { name: 'Espoon' } }),
      'FORBIDDEN',
    );
    const turku = { sub: 'turku-1', roles: ['applicant'], municipalities: ['853'] };
    const outsider = expectCode(
      await as(server, turku, update, { id: consortium.id, input: { name: 'x' } }),
      'NOT_FOUND',
    );
    const missing = expectCode(
      await as(server, turku, update, {
        id: '00000000-0000-4000-8000-000000000000',
        input: { name: 'x' },
      }),
      'NOT_FOUND',
    );
    expect(outsider).to.deep.equal(missing);
    expectCode(
      await as(server, people.helsinki, update, { id: consortium.id, v: 1, input: { name: 'Vanha' } }),
      'VERSION_CONFLICT',
    );
    const stored = await server.dataSource.getRepository(Consortium).findOneByOrFail({ id: consortium.id });
    expect(stored).to.deep.include({ name: 'Kolme', version: 2 });
  });

  it('refuses a lead the caller does not act for, duplicates, unknown codes and municipalities not valid on the call dates', async () => {
    expectCode(
      await as(server, people.espoo, create, {
        input: { name: 'x', leadCode: '091', memberCodes: ['049'] },
      }),
      'FORBIDDEN',
    );
    expectCode(await as(server, null, create, { input: { name: 'x', leadCode: '091' } }), 'FORBIDDEN');
    const bad: [Record<string, unknown>, string][] = [
      [{ memberCodes: ['049', '049'] }, 'memberCodes.1'],
      [{ memberCodes: ['091'] }, 'memberCodes.0'],
      [{ memberCodes: ['998'] }, 'memberCodes.0'],
      [{ memberCodes: ['49'] }, 'memberCodes'],
      [{ memberCodes: ['099'] }, 'memberCodes.0'], // Honkajoki merged into Kankaanpää on 1.1.2021
    ];
    for (const [input, field] of bad) {
      expectCode(
        await as(server, people.helsinki, create, { input: { name: 'x', leadCode: '091', ...input } }),
        'BAD_USER_INPUT',
        field,
      );
    }
    const call2020 = expectOk(
      await as(
        server,
        null,
        graphql(`
          query ConsortiaCall {
            call(key: "2020") {
              id
            }
          }
        `),
      ),
    ).call;
    const withHonkajoki = await createConsortium(server, people.helsinki, {
      name: 'Satakunta ja Helsinki',
      leadCode: '091',
      memberCodes: ['099'],
      callId: call2020!.id,
    });
    expect(withHonkajoki.members).to.have.length(2);
    const call2026 = await createCall(server, callInput('2026-c1'));
    expectCode(
      await as(server, people.helsinki, create, {
        input: { name: 'x', leadCode: '091', memberCodes: ['099'], callId: call2026.id },
      }),
      'BAD_USER_INPUT',
      'memberCodes.0',
    );
    expect(await server.dataSource.getRepository(Consortium).countBy({ name: 'x' })).to.equal(0);
  });

  it('takes a joint municipal authority as a member', async () => {
    await server.dataSource.getRepository(Municipality).insert({
      code: '990',
      name: { fi: 'Testin kuntayhtymä', sv: 'Testets samkommun', en: null },
      searchText: 'testin kuntayhtyma testets samkommun',
      kind: MunicipalityKind.JOINT_AUTHORITY,
      regionCode: '01',
      population: null,
      populationYear: null,
      validFrom: null,
      validTo: null,
    });
    const consortium = await createConsortium(server, people.helsinki, {
      name: 'Kuntayhtymän kanssa',
      leadCode: '091',
      memberCodes: ['990'],
    });
    expect(consortium.members[1]).to.deep.equal({ role: 'MEMBER', municipality: { code: '990' } });
  });

  it('fixes the members from the first submission on, also after that application is withdrawn', async () => {
    const call = await createCall(server, callInput('2026-members'));
    const consortium = await createConsortium(server, people.helsinki, {
      name: 'Helsinki ja Espoo jäsenet',
      leadCode: '091',
      memberCodes: ['049'],
    });
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: consortium.id,
      ...eligibleFields(call),
    });
    // A draft fixes nothing.
    expectOk(
      await as(server, people.helsinki, update, {
        id: consortium.id,
        input: { memberCodes: ['049', '092'] },
      }),
    );
    expectOk(
      await as(server, people.helsinki, update, { id: consortium.id, input: { memberCodes: ['049'] } }),
    );
    expectOk(await submit(server, people.helsinki, draft.id));
    expectOk(await withdraw(server, people.helsinki, draft.id));
    const refused = expectCode(
      await as(server, people.helsinki, update, {
        id: consortium.id,
        input: { memberCodes: ['049', '092'] },
      }),
      'INVALID_STATE_TRANSITION',
    );
    expect(refused).to.deep.include({ entity: 'Consortium', from: null, to: null });
    // Its name is no member list: it can still be corrected.
    expectOk(
      await as(server, people.helsinki, update, { id: consortium.id, input: { name: 'Helsinki ja Espoo' } }),
    );
  });
});
