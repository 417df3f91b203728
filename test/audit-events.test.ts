import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { createAuditEvent, signIn, type Person } from './helpers/factories';
import { startTestServer, type GraphQLResponse, type RawData, type TestServer } from './helpers/server';
import { graphql } from './gql';

const list = graphql(`
  query AuditEventsAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorId
        action
        entityType
        entityId
        changes
      }
    }
  }
`);

describe('auditEvents: the audit log, for administrators only', () => {
  let server: TestServer;
  let admin: Person;
  let other: Person;
  const applicationId = randomUUID();
  const ids: string[] = [];

  before(async () => {
    server = await startTestServer({ seed: false });
    admin = await signIn(server, { sub: 'admin', roles: ['admin'] });
    other = await signIn(server, { sub: 'admin-2', roles: ['admin'] });
    // Five events a minute apart, two of them at the same instant (the id breaks the tie).
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 12, 9, minute));
    for (const [minute, actor, entityId] of [
      [0, admin, applicationId],
      [1, other, applicationId],
      [2, admin, randomUUID()],
      [2, admin, applicationId],
      [3, other, randomUUID()],
    ] as const) {
      ids.push(
        (
          await createAuditEvent(server.dataSource, {
            occurredAt: at(minute),
            actorId: actor.userId,
            entityId,
          })
        ).id,
      );
    }
  });
  after(() => server?.stop());

  it('lists events newest first, the same instant ordered by id, in keyset pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const response: GraphQLResponse<RawData> = await server.query(
        list,
        { first: 2, after },
        { token: admin.token },
      );
      expect(response.errors).to.equal(undefined);
      const connection = response.data!.auditEvents as {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      expect(connection.totalCount).to.equal(5);
      seen.push(...connection.nodes.map((node) => node.id));
      after = connection.pageInfo.endCursor;
      expect(connection.pageInfo.hasNextPage).to.equal(page < 2);
    }
    const tied = [ids[2], ids[3]].sort().reverse();
    expect(seen).to.deep.equal([ids[4], ...tied, ids[1], ids[0]]);
  });

  it('returns the recorded fields, the instant in UTC', async () => {
    const { data } = await server.query(list, { first: 1 }, { token: admin.token });
    expect(data!.auditEvents.nodes[0]).to.deep.include({
      occurredAt: '2026-01-12T09:03:00.000Z',
      actorId: other.userId,
      action: 'updateApplication',
      entityType: 'Application',
      changes: '{"summary":["before","after"]}',
    });
  });

  it('filters by entity and by actor, all conditions together', async () => {
    const count = async (filter: Record<string, string>): Promise<number> =>
      (await server.query(list, { filter }, { token: admin.token })).data!.auditEvents.totalCount;
    expect(await count({ entityType: 'Application', entityId: applicationId })).to.equal(3);
    expect(await count({ actorId: other.userId })).to.equal(2);
    expect(await count({ entityId: applicationId, actorId: admin.userId })).to.equal(2);
    expect(await count({ entityType: 'Call' })).to.equal(0);
  });

  it('rejects a malformed actor id and an over-long entity type as BAD_USER_INPUT', async () => {
    const badActor = await server.query(list, { filter: { actorId: 'admin' } }, { token: admin.token });
    expect(badActor.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'filter.actorId' });
    const longType = await server.query(
      list,
      { filter: { entityType: 'x'.repeat(65) } },
      { token: admin.token },
    );
    expect(longType.errors![0].extensions).to.deep.include({ code: 'BAD_USER_INPUT' });
  });

  it('is FORBIDDEN, with no data, for everyone else', async () => {
    const callers = {
      public: undefined,
      applicant: (await signIn(server, { sub: 'applicant', roles: ['applicant'], municipalities: ['091'] }))
        .token,
      reviewer: (await signIn(server, { sub: 'reviewer', roles: ['reviewer'] })).token,
    };
    for (const [caller, token] of Object.entries(callers)) {
      const response = await server.query(list, {}, { token });
      expect(response.status, caller).to.equal(403);
      expect(response.data ?? null, caller).to.equal(null);
      expect(
        response.errors!.map((error) => String(error.extensions?.code)),
        caller,
      ).to.deep.equal(['FORBIDDEN']);
    }
  });
});
