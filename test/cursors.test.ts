import { expect } from 'chai';
import { Application } from '../src/modules/application/application.entity';
import { assignReviewer, createAuditEvent, signIn, type Person } from './helpers/factories';
import { startTestServer, type GraphQLResponse, type RawData, type TestServer } from './helpers/server';

/** A paginated list of the schema, with every order it can be asked for (null: the list's own order). */
interface List {
  name: string;
  orderType?: string;
  orders: ({ field: string; direction: 'ASC' | 'DESC' } | null)[];
  key: 'id' | 'code';
  caller: 'public' | 'admin' | 'reviewer';
}

const both = (fields: string[]) =>
  fields.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })));

const lists: List[] = [
  {
    name: 'awards',
    orderType: 'AwardOrder',
    orders: both(['AMOUNT', 'DECISION_DATE', 'DECISION_LIST']),
    key: 'id',
    caller: 'public',
  },
  {
    name: 'applications',
    orderType: 'ApplicationOrder',
    orders: both(['CREATED_AT', 'SUBMITTED_AT', 'REQUESTED_AMOUNT']),
    key: 'id',
    caller: 'admin',
  },
  {
    name: 'municipalities',
    orderType: 'MunicipalityOrder',
    orders: both(['NAME', 'CODE', 'POPULATION']),
    key: 'code',
    caller: 'public',
  },
  { name: 'calls', orders: [null], key: 'id', caller: 'admin' },
  { name: 'auditEvents', orders: [null], key: 'id', caller: 'admin' },
  { name: 'reviewAssignments', orders: [null], key: 'id', caller: 'reviewer' },
];

const describeOrder = (order: List['orders'][number]) =>
  order ? `${order.field} ${order.direction}` : 'its own order';

const decode = (cursor: string): { o: string; k: unknown[] } =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: string; k: unknown[] };
const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Values that a key holding `value` must refuse; a free text (a name) takes any short enough string. */
function wrongValues(value: unknown): unknown[] {
  const anyKey = [null, true, {}, [], { d: '2026-01-01T00:00:00.000Z' }];
  if (typeof value === 'number') return [...anyKey, String(value), value + 0.5, 2 ** 53, -1e300];
  if (typeof value !== 'string') throw new Error(`a cursor value of an unexpected type: ${String(value)}`);
  const specific: [RegExp, unknown[]][] = [
    [/^[0-9a-f]{8}-[0-9a-f-]{27}$/, [value.toUpperCase(), value.slice(1)]],
    [/^\d{4}-\d{2}-\d{2}$/, ['2020-02-30', '2020-2-3', '2020-01-01T00:00:00.000Z']],
    [/^\d{4}-\d{2}-\d{2}T/, ['2026-01-12T09:03:00Z', '2026-01-12 09:03:00.000', '2026-02-30T09:03:00.000Z']],
    [/^\d+\.\d{2}$/, ['1e3', '12.5', '-1.00', '0012.50', 12.5]],
    [/^\d{3}$/, ['91', '0091']],
    // Call keys: letters, digits and dashes.
    [/^\d{4}(-\d+)?$/, ['-2019', '2019_1']],
  ];
  const match = specific.find(([pattern]) => pattern.test(value));
  return [...anyKey, 7, 'x'.repeat(300), ...(match ? [`${value} x`, ...match[1]] : [])];
}

interface Connection {
  nodes: Record<string, string>[];
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('cursors: bound to the list and the order they were made for', () => {
  let server: TestServer;
  const tokens: Record<List['caller'], string | undefined> = {
    public: undefined,
    admin: undefined,
    reviewer: undefined,
  };

  before(async () => {
    server = await startTestServer();
    const admin: Person = await signIn(server, { sub: 'admin', roles: ['admin'] });
    const reviewer: Person = await signIn(server, { sub: 'reviewer', roles: ['reviewer'] });
    tokens.admin = admin.token;
    tokens.reviewer = reviewer.token;
    // Assignments all made at one instant and events in pairs at one instant: only the id breaks those ties.
    const applications = await server.dataSource.getRepository(Application).find({ take: 12 });
    for (const application of applications) {
      await assignReviewer(server.dataSource, { applicationId: application.id, reviewerId: reviewer.userId });
    }
    for (let i = 0; i < 14; i += 1) {
      await createAuditEvent(server.dataSource, {
        occurredAt: new Date(Date.UTC(2026, 0, 12, 9, Math.floor(i / 2))),
        actorId: admin.userId,
      });
    }
  });
  after(() => server?.stop());

  function read(
    list: List,
    order: List['orders'][number],
    page: { first?: number; after?: string | null },
  ): Promise<GraphQLResponse<RawData>> {
    // Raw: one document per list, built from the table above.
    const variables = list.orderType ? '$orderBy: ' + list.orderType + ', ' : '';
    const orderArgument = list.orderType ? 'orderBy: $orderBy, ' : '';
    return server.rawQuery(
      `query (${variables}$first: Int, $after: String) {
        ${list.name}(${orderArgument}first: $first, after: $after) {
          nodes { ${list.key} } edges { cursor } pageInfo { hasNextPage endCursor }
        }
      }`,
      { ...(list.orderType ? { orderBy: order } : {}), ...page },
      { token: tokens[list.caller] },
    );
  }

  async function connection(
    list: List,
    order: List['orders'][number],
    page: { first?: number; after?: string | null },
  ) {
    const response = await read(list, order, page);
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    return response.data![list.name] as Connection;
  }

  function expectRefused(response: GraphQLResponse<unknown>, message?: RegExp) {
    expect(response.data ?? null, JSON.stringify(response)).to.equal(null);
    expect(response.errors, JSON.stringify(response)).to.have.length(1);
    const [error] = response.errors!;
    expect(error.extensions?.code, JSON.stringify(error)).to.equal('BAD_USER_INPUT');
    expect(error.extensions?.field, JSON.stringify(error)).to.equal('after');
    expect(error.message).to.match(message ?? /start again without `after`/);
  }

  /** A cursor from the middle of the list in this order. */
  async function cursorOf(list: List, order: List['orders'][number]): Promise<string> {
    const page = await connection(list, order, { first: 3 });
    expect(page.pageInfo.hasNextPage, `${list.name} needs more than 3 items for this test`).to.equal(true);
    return page.pageInfo.endCursor!;
  }

  for (const list of lists) {
    describe(list.name, () => {
      for (const order of list.orders) {
        it(`pages in ${describeOrder(order)} exactly as one larger page does, from every edge's cursor`, async () => {
          const whole = await connection(list, order, { first: 40 });
          const keys = whole.nodes.map((node) => node[list.key]);
          expect(keys.length).to.be.greaterThan(3);
          // Pages small enough that even the shortest list (the seeded calls) takes several.
          const size = keys.length >= 20 ? 7 : 2;
          const walked: string[] = [];
          let after: string | null = null;
          while (walked.length < keys.length) {
            const page: Connection = await connection(list, order, { first: size, after });
            walked.push(...page.nodes.map((node) => node[list.key]));
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor;
          }
          expect(walked.slice(0, keys.length)).to.deep.equal(keys);
          // Every edge's cursor, not only the last, starts the next page right after its own node.
          for (const i of [0, 2, 8].filter((index) => index < keys.length - 1)) {
            const rest = await connection(list, order, { first: 5, after: whole.edges[i].cursor });
            expect(rest.nodes.map((node) => node[list.key])).to.deep.equal(keys.slice(i + 1, i + 6));
          }
        });
      }

      if (list.orders.length > 1) {
        it('refuses a cursor made for any other order of the list', async () => {
          const cursors = await Promise.all(list.orders.map((order) => cursorOf(list, order)));
          expect(new Set(cursors.map((cursor) => decode(cursor).o)).size).to.equal(list.orders.length);
          for (const [a, made] of list.orders.entries()) {
            for (const [b, used] of list.orders.entries()) {
              if (a === b) continue;
              const response = await read(list, used, { first: 2, after: cursors[a] });
              expect(response.errors, `${describeOrder(made)} → ${describeOrder(used)}`).to.not.equal(
                undefined,
              );
              expectRefused(response, /another order.*start again without `after`/);
            }
          }
        });

        it('takes a cursor of the default order when that order is asked for by name', async () => {
          const defaults: Record<string, { field: string; direction: 'ASC' | 'DESC' }> = {
            awards: { field: 'DECISION_LIST', direction: 'DESC' },
            applications: { field: 'CREATED_AT', direction: 'ASC' },
            municipalities: { field: 'NAME', direction: 'ASC' },
          };
          const unnamed = await connection(list, null, { first: 3 });
          const named = await connection(list, defaults[list.name], {
            first: 3,
            after: unnamed.edges[0].cursor,
          });
          expect(named.nodes.map((node) => node[list.key])).to.deep.equal(
            (await connection(list, null, { first: 4 })).nodes.slice(1).map((node) => node[list.key]),
          );
        });
      }

      it("refuses another list's cursor", async () => {
        const other = lists[(lists.indexOf(list) + 1) % lists.length];
        const cursor = await cursorOf(other, other.orders[0]);
        expectRefused(
          await read(list, list.orders[0], { after: cursor }),
          /another order.*start again without `after`/,
        );
      });

      it('refuses forged cursors: garbage, other shapes, wrong types, wrong counts, other spellings, over-long', async () => {
        const order = list.orders[0];
        const real = await cursorOf(list, order);
        const { o, k } = decode(real);
        const wrongTypes = k.flatMap((value, i) =>
          wrongValues(value)
            .filter((wrong) => JSON.stringify(wrong) !== JSON.stringify(value))
            .map((wrong) => k.map((original, j) => (j === i ? wrong : original))),
        );
        const forged: string[] = [
          'not-a-cursor!',
          'Zm9v',
          '%%%%',
          real.slice(0, -2),
          `${real}=`,
          `${real} `,
          encode({ d: 'x' }),
          encode(null),
          encode('x'),
          encode(42),
          encode([]),
          encode(k),
          encode({ k }),
          encode({ o }),
          encode({ o, k: null }),
          encode({ o, k: {} }),
          encode({ o, k: [] }),
          encode({ o, k: k.slice(0, -1) }),
          encode({ o, k: [...k, k.at(-1)] }),
          encode({ o, k, x: 1 }),
          encode({ k, o }),
          Buffer.from(JSON.stringify({ o, k }, null, 1)).toString('base64url'),
          Buffer.from(JSON.stringify({ o, k })).toString('base64'),
          ...wrongTypes.map((values) => encode({ o, k: values })),
        ].filter((cursor) => cursor !== real);
        for (const cursor of forged) {
          const response = await read(list, order, { first: 2, after: cursor });
          expect(response.errors, `${cursor} (${Buffer.from(cursor, 'base64url').toString()})`).to.not.equal(
            undefined,
          );
          expectRefused(response);
        }
        // Longer than any cursor could be: the argument limits refuse it before it is decoded.
        const overLong = await read(list, order, { first: 2, after: `${real}${'A'.repeat(5000)}` });
        expect(overLong.errors?.[0].extensions).to.deep.include({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(overLong.data ?? null).to.equal(null);
        // The real one still works, so the refusals above are the forgeries' doing.
        expect((await read(list, order, { first: 2, after: real })).errors).to.equal(undefined);
      });
    });
  }
});
