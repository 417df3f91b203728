import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { as, callInput, createCall, people, expectCode, expectOk } from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const create = graphql(`
  mutation CallsAdminCreateCall($input: CreateCallInput!) {
    createCall(input: $input) {
      ...CallFields
    }
  }
`);
const updateCall = graphql(`
  mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {
    updateCall(id: $id, input: $input) {
      ...CallFields
      description {
        en
      }
    }
  }
`);
const publish = graphql(`
  mutation CallsAdminPublishCall($id: ID!) {
    publishCall(id: $id) {
      id
      status
    }
  }
`);

describe('administrators run calls', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('creates a DRAFT call with its rules, visible to administrators only, and audits it', async () => {
    const call = expectOk(await as(server, people.admin, create, { input: callInput('2026-a') })).createCall;
    expect(call).to.deep.include({
      key: '2026-a',
      stage: 'APPLICATION',
      status: 'DRAFT',
      appropriation: '1000000.00',
      projectDeadline: '2027-12-31',
      minMunicipalities: 2,
      requiresMaturityAssessment: false,
    });
    expect(call.excludedSectors).to.deep.equal(['SOCIAL_AND_HEALTH_CARE', 'BUILT_ENVIRONMENT', 'ARCHIVING']);
    expect(call.conditions).to.deep.equal([{ fi: 'Tulokset ovat muiden kuntien käytettävissä' }]);
    expect(call.themes.map((t: { code: string }) => t.code)).to.deep.equal(['e-decisions', 'remote-work']);
    expect(call.criteria).to.deep.equal([
      { code: 'impact', weight: 2, minScore: 0, maxScore: 5 },
      { code: 'feasibility', weight: 1, minScore: 1, maxScore: 10 },
    ]);
    expect(call.questions.map((q: any) => [q.code, q.required, q.maxLength])).to.deep.equal([
      ['change-plan', true, 200],
      ['risks', false, null],
    ]);
    const lookup = graphql(`
      query CallsAdminCall($id: ID!) {
        call(id: $id) {
          key
        }
      }
    `);
    expect(expectOk(await as(server, null, lookup, { id: call.id })).call).to.equal(null);
    expect(expectOk(await as(server, people.helsinki, lookup, { id: call.id })).call).to.equal(null);
    expect(expectOk(await as(server, people.admin, lookup, { id: call.id })).call).to.deep.equal({
      key: '2026-a',
    });

    const events = await server.dataSource.getRepository(AuditEvent).findBy({ entityId: call.id });
    expect(events.map((event) => event.action)).to.deep.equal(['createCall']);
    const changes = JSON.parse(events[0].changes);
    expect(changes.closesAt).to.deep.equal([null, '2026-10-25T14:15:00.000Z']);
    expect(changes.themes[1]).to.deep.equal(['e-decisions', 'remote-work']);
    expect(events[0].actorId).to.be.a('string');
  });

  it('stores Helsinki wall-clock times as UTC instants on both sides of the summer-time changes', async () => {
    const cases: [string, string][] = [
      ['2026-03-28T16:15', '2026-03-28T14:15:00.000Z'], // Saturday before the spring change: EET, UTC+2
      ['2026-03-29T16:15', '2026-03-29T13:15:00.000Z'], // the last Sunday of March, after 03:00: EEST, UTC+3
      ['2026-10-24T16:15', '2026-10-24T13:15:00.000Z'], // Saturday before the autumn change: EEST
      ['2026-10-25T16:15', '2026-10-25T14:15:00.000Z'], // the last Sunday of October, after 04:00: EET
      ['2020-10-05T16:15', '2020-10-05T13:15:00.000Z'], // the 2020 call's closing minute
    ];
    for (const [index, [wallClock, instant]] of cases.entries()) {
      const input = callInput(`dst-${index}`, { opensAt: '2020-01-01T00:00', closesAt: wallClock });
      const call = expectOk(await as(server, people.admin, create, { input })).createCall;
      expect(call.closesAt, wallClock).to.equal(instant);
    }
  });

  it('publishes a DRAFT once: it is then OPEN by the clock and public; a second publish is INVALID_STATE_TRANSITION', async () => {
    const call = await createCall(server, callInput('2026-b'), false);
    expect(expectOk(await as(server, people.admin, publish, { id: call.id })).publishCall).to.deep.equal({
      id: call.id,
      status: 'OPEN',
    });
    expect(
      expectOk(
        await as(
          server,
          null,
          graphql(`
            query CallsAdminCall2($id: ID!) {
              call(id: $id) {
                status
              }
            }
          `),
          { id: call.id },
        ),
      ).call,
    ).to.deep.equal({
      status: 'OPEN',
    });
    const again = expectCode(
      await as(server, people.admin, publish, { id: call.id }),
      'INVALID_STATE_TRANSITION',
    );
    expect(again).to.deep.include({ from: 'PUBLISHED', to: 'PUBLISHED' });
    const published = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ entityId: call.id, action: 'publishCall' });
    expect(published).to.have.length(1);
  });

  it('does not publish a call without a closing time', async () => {
    const call = await createCall(server, callInput('2026-c', { closesAt: null }), false);
    expectCode(await as(server, people.admin, publish, { id: call.id }), 'BAD_USER_INPUT', 'closesAt');
  });

  it('rejects bad call input with the field that is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ closesAt: '2026-10-25 16:15' }, 'closesAt'],
      [{ closesAt: '2026-02-30T16:15' }, 'closesAt'],
      [{ closesAt: '2026-10-25T24:00' }, 'closesAt'],
      [{ opensAt: '2026-11-01T00:00' }, 'closesAt'],
      [{ key: 'no spaces' }, 'key'],
      [{ key: '2020' }, 'key'],
      [
        {
          themes: [
            { code: 'a', title: { en: 'A' } },
            { code: 'a', title: { en: 'B' } },
          ],
        },
        'themes.1.code',
      ],
      [
        { criteria: [{ code: 'x', title: { en: 'X' }, weight: 1, minScore: 5, maxScore: 5 }] },
        'criteria.0.maxScore',
      ],
      [{ criteria: [{ code: 'x', title: { en: 'X' }, weight: -1 }] }, 'criteria.0.weight'],
      [{ questions: [{ code: 'q', text: { en: 'Q' }, maxLength: 0 }] }, 'questions.0.maxLength'],
      [{ title: { fi: ' ' } }, 'title'],
      [{ proposalCallId: '00000000-0000-4000-8000-000000000000' }, 'proposalCallId'],
    ];
    for (const [overrides, field] of cases) {
      const response = await as(server, people.admin, create, {
        input: callInput('bad-input', overrides),
      });
      expectCode(response, 'BAD_USER_INPUT', field);
    }
    expect(
      await server.dataSource.getRepository(AuditEvent).countBy({ action: 'createCall', entityType: 'Call' }),
    ).to.be.greaterThan(0);
    expect(
      expectOk(
        await as(
          server,
          people.admin,
          graphql(`
            query CallsAdminCall3 {
              call(key: "bad-input") {
                id
              }
            }
          `),
        ),
      ).call,
    ).to.equal(null);
  });

  it('lets only administrators run calls', async () => {
    const call = await createCall(server, callInput('2026-d'), false);
    for (const who of [null, people.helsinki]) {
      expectCode(await as(server, who, create, { input: callInput('2026-e') }), 'FORBIDDEN');
      expectCode(
        await as(server, who, updateCall, { id: call.id, input: { minMunicipalities: 1 } }),
        'FORBIDDEN',
      );
      expectCode(await as(server, who, publish, { id: call.id }), 'FORBIDDEN');
    }
  });

  it('keeps the rules of the decided 2020 call, which has awarded applications, and corrects its texts', async () => {
    const { id } = expectOk(
      await as(
        server,
        null,
        graphql(`
          query CallsAdminCall4 {
            call(key: "2020") {
              id
            }
          }
        `),
      ),
    ).call!;
    expectCode(
      await as(server, people.admin, updateCall, { id, input: { minMunicipalities: 1 } }),
      'INVALID_STATE_TRANSITION',
    );
    const corrected = expectOk(
      await as(server, people.admin, updateCall, {
        id,
        input: { description: { en: 'The 2020 call, corrected' } },
      }),
    ).updateCall;
    expect(corrected).to.deep.include({
      minMunicipalities: 2,
      description: { en: 'The 2020 call, corrected' },
    });
  });

  it('corrects rules before the first submission, matching lists by code so that ids stay', async () => {
    const call = await createCall(server, callInput('2026-f'));
    const input = {
      minMunicipalities: 3,
      closesAt: '2026-10-24T16:15',
      themes: [
        { code: 'remote-work', title: { fi: 'Etätyö ja monipaikkaisuus' } },
        { code: 'services', title: { fi: 'Palvelut' } },
      ],
      description: { en: 'Corrected' },
    };
    const updated = expectOk(await as(server, people.admin, updateCall, { id: call.id, input })).updateCall;
    expect(updated.minMunicipalities).to.equal(3);
    expect(updated.closesAt).to.equal('2026-10-24T13:15:00.000Z');
    expect(updated.description).to.deep.equal({ en: 'Corrected' });
    expect(updated.themes.map((t: { code: string }) => t.code)).to.deep.equal(['remote-work', 'services']);
    expect(updated.themes[0].id).to.equal(call.themes[1].id);
    expect(updated.questions).to.deep.equal(call.questions);
    const [event] = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ entityId: call.id, action: 'updateCall' });
    expect(Object.keys(JSON.parse(event.changes)).sort()).to.deep.equal([
      'closesAt',
      'description',
      'minMunicipalities',
      'themes',
    ]);
  });
});
