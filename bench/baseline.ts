/**
 * The hand-written baseline of `npm run bench`: Q2 (a page of awards with call, lead + region, members,
 * project name, request, theme) served by node:http + graphql-js + mysql2 alone, as someone would write it
 * for that one query. The root field reads every level itself with one batched `IN (…)` statement per
 * level (awards; their calls and applications; the applications' members and themes; the municipalities;
 * their regions); graphql-js only shapes the answer. Its `data` must be byte-identical to the service's,
 * cursor included (the benchmark checks and fails otherwise), so it applies the same public visibility
 * (awarded applications, calls that are not drafts) and writes the same cursor.
 *
 *   DATABASE_URL=mysql://…  PORT=…  node dist/bench/baseline.js
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import {
  buildSchema,
  type DocumentNode,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import mysql, { type Pool, type RowDataPacket } from 'mysql2/promise';

const schemaText = `
  type Query { awards(first: Int, after: String): AwardConnection! }
  type AwardConnection { pageInfo: PageInfo! nodes: [Award!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Award {
    id: ID!
    grantedAmount: String!
    decisionDate: String!
    call: Call!
    leadMunicipality: Municipality!
    municipalities: [Municipality!]!
    application: Application!
  }
  type Call { key: String! year: Int! }
  type Municipality { code: String! name: Text! region: Region! }
  type Region { code: String! name: Text! }
  type Text { fi: String sv: String en: String }
  type Application { projectName: Text! requestedAmount: String! theme: Theme }
  type Theme { code: String! }
`;

type Row = RowDataPacket & Record<string, unknown>;

/** The pool, counting the statements of one request (reported as x-sql-statements, as the service does). */
interface Counted {
  statements: number;
  query: Pool['query'];
}

const counted = (pool: Pool): Counted => {
  const request: Counted = {
    statements: 0,
    query: ((...args: Parameters<Pool['query']>) => {
      request.statements += 1;
      return pool.query(...args);
    }) as Pool['query'],
  };
  return request;
};

/** The service's award order (DECISION_LIST, DESC) and cursor layout, written out rather than imported. */
const orderFingerprint = createHash('sha256')
  .update(
    JSON.stringify([
      2,
      ['award.decisionDate', 'DESC', 'date'],
      ['award.listSortPosition', 'ASC', 'integer'],
      ['award.id', 'ASC', 'id'],
    ]),
  )
  .digest('base64url')
  .slice(0, 12);
const cursorOf = (row: Row) =>
  Buffer.from(
    JSON.stringify({ o: orderFingerprint, k: [row.decisionDate, Number(row.position), row.id] }),
  ).toString('base64url');

const text = (row: Row, prefix: string) => ({
  fi: row[`${prefix}Fi`] ?? null,
  sv: row[`${prefix}Sv`] ?? null,
  en: row[`${prefix}En`] ?? null,
});

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** One statement: the rows whose `column` is one of `keys`, by that column. */
async function byKey(
  pool: Counted,
  sql: string,
  keys: unknown[],
  column: string,
): Promise<Map<unknown, Row>> {
  if (keys.length === 0) return new Map();
  const [rows] = await pool.query<Row[]>(sql, [keys]);
  return new Map(rows.map((row) => [row[column], row]));
}

async function awardsPage(pool: Counted, first: number) {
  const [awards] = await pool.query<Row[]>(
    'SELECT id, applicationId, callId, grantedAmount, decisionDate, listSortPosition AS position ' +
      'FROM award ORDER BY decisionDate DESC, listSortPosition ASC, id ASC LIMIT ?',
    [first + 1],
  );
  const page = awards.slice(0, first);
  const [calls, applications] = await Promise.all([
    byKey(
      pool,
      "SELECT id, `key`, year FROM grant_call WHERE id IN (?) AND state <> 'DRAFT'",
      unique(page.map((a) => a.callId)),
      'id',
    ),
    byKey(
      pool,
      'SELECT id, consortiumId, themeId, projectNameFi, projectNameSv, projectNameEn, requestedAmount ' +
        "FROM application WHERE id IN (?) AND status = 'AWARDED'",
      unique(page.map((a) => a.applicationId)),
      'id',
    ),
  ]);
  const consortiumIds = unique([...applications.values()].map((a) => a.consortiumId));
  const themeIds = unique([...applications.values()].map((a) => a.themeId).filter((id) => id !== null));
  const [memberRows, themes] = await Promise.all([
    consortiumIds.length
      ? pool
          .query<Row[]>(
            'SELECT consortiumId, municipalityCode, role FROM consortium_member WHERE consortiumId IN (?) ' +
              'ORDER BY position ASC',
            [consortiumIds],
          )
          .then(([rows]) => rows)
      : [],
    byKey(pool, 'SELECT id, code FROM call_theme WHERE id IN (?)', themeIds, 'id'),
  ]);
  const municipalities = await byKey(
    pool,
    'SELECT code, nameFi, nameSv, nameEn, regionCode FROM municipality WHERE code IN (?)',
    unique(memberRows.map((m) => m.municipalityCode)),
    'code',
  );
  const regions = await byKey(
    pool,
    'SELECT code, nameFi, nameSv, nameEn FROM region WHERE code IN (?)',
    unique([...municipalities.values()].map((m) => m.regionCode)),
    'code',
  );
  const municipality = (code: unknown) => {
    const row = municipalities.get(code)!;
    const region = regions.get(row.regionCode)!;
    return { code, name: text(row, 'name'), region: { code: region.code, name: text(region, 'name') } };
  };
  const members = new Map<unknown, Row[]>();
  for (const member of memberRows) {
    members.set(member.consortiumId, [...(members.get(member.consortiumId) ?? []), member]);
  }
  return {
    pageInfo: {
      hasNextPage: awards.length > first,
      endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
    },
    nodes: page.map((award) => {
      const application = applications.get(award.applicationId)!;
      const consortium = members.get(application.consortiumId) ?? [];
      const lead = consortium.find((member) => member.role === 'LEAD')!;
      return {
        id: award.id,
        grantedAmount: award.grantedAmount,
        decisionDate: award.decisionDate,
        call: calls.get(award.callId),
        leadMunicipality: municipality(lead.municipalityCode),
        municipalities: consortium.map((member) => municipality(member.municipalityCode)),
        application: {
          projectName: text(application, 'projectName'),
          requestedAmount: application.requestedAmount,
          theme: application.themeId === null ? null : themes.get(application.themeId),
        },
      };
    }),
  };
}

function serve(schema: GraphQLSchema, pool: Pool, port: number): http.Server {
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const root = {
    awards: (args: { first?: number | null; after?: string | null }, request: Counted) => {
      if (args.after) throw new Error('the baseline serves first pages only');
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 1 || first > 100) throw new Error('first must be 1–100');
      return awardsPage(request, first);
    },
  };
  const answer = (response: http.ServerResponse, status: number, body: unknown, statements = 0) => {
    const json = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
      'x-sql-statements': statements,
    });
    response.end(json);
  };
  return http
    .createServer((request, response) => {
      if (request.method === 'GET' && request.url === '/health/ready') return answer(response, 200, {});
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void (async () => {
          const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            query: string;
            variables?: Record<string, unknown>;
          };
          let document = documents.get(query);
          if (!document) {
            const parsed = parse(query);
            const errors = validate(schema, parsed);
            document = errors.length ? errors : parsed;
            documents.set(query, document);
          }
          if (Array.isArray(document)) return answer(response, 400, { errors: document });
          const request = counted(pool);
          const result = await execute({
            schema,
            document: document as DocumentNode,
            rootValue: root,
            contextValue: request,
            variableValues: variables,
          });
          answer(response, 200, result, request.statements);
        })().catch((error: unknown) => answer(response, 500, { errors: [{ message: String(error) }] }));
      });
    })
    .listen(port, '127.0.0.1');
}

function main(): void {
  const url = process.env.DATABASE_URL?.replace(/^mariadb:/, 'mysql:');
  if (!url?.startsWith('mysql://')) throw new Error('DATABASE_URL must name a MariaDB/MySQL database');
  const pool = mysql.createPool({
    uri: url,
    connectionLimit: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    dateStrings: true,
    decimalNumbers: false,
  });
  const server = serve(buildSchema(schemaText), pool, Number(process.env.PORT ?? 4100));
  process.once('SIGTERM', () => {
    server.close(() => void pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}

main();
