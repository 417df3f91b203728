import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ErrorCode } from '../src/common/errors';
import { ApplicationStatus } from '../src/modules/application/application-status';
import {
  as,
  callInput,
  createApplication,
  createCall,
  createConsortium,
  eligibleFields,
  people,
  submit,
  update,
  withdraw,
  expectOk,
} from './helpers/applying';
import * as fixtures from './helpers/factories';
import { type GraphQLResponse, type RawData, startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

/**
 * The `extensions` keys of each code, as README's "Errors" table documents them: `required` are always
 * there, `optional` may be. Clients parse these, so an answer with any other key fails.
 */
const documented: Record<ErrorCode, { required: string[]; optional?: string[] }> = {
  UNAUTHENTICATED: { required: [] },
  FORBIDDEN: { required: [] },
  NOT_FOUND: { required: [] },
  BAD_USER_INPUT: { required: [], optional: ['field', 'reason'] },
  CALL_NOT_OPEN: { required: ['callKey', 'status'] },
  NOT_ELIGIBLE: { required: ['issues'] },
  VERSION_CONFLICT: { required: ['current', 'expected'] },
  INVALID_STATE_TRANSITION: { required: ['entity', 'from', 'to'] },
  APPROPRIATION_EXCEEDED: { required: ['field', 'amount', 'remaining'] },
  AMOUNT_EXCEEDS_REQUEST: { required: ['field', 'amount', 'requested'] },
  CONFLICT_OF_INTEREST: { required: ['declared', 'municipalities'] },
  NOT_ASSIGNED: { required: [] },
  QUERY_TOO_COMPLEX: {
    required: ['limit'],
    // Exactly one of these, checked below.
    optional: ['tokens', 'depth', 'aliases', 'rootFields', 'repeatedFields', 'selections', 'cost'],
  },
  RATE_LIMITED: { required: ['retryAfter', 'cost'] },
  SERVICE_UNAVAILABLE: { required: ['retryAfter'] },
  INTERNAL_SERVER_ERROR: { required: [] },
  UNSUPPORTED_MEDIA_TYPE: { required: ['field', 'detected', 'accepted'] },
};

/** Every code some test below has seen, with the label of each path that answered it. */
const seen = new Map<ErrorCode, string[]>();

/** Every code answered above in all three languages, with its messages (see inEveryLanguage). */
const spoken = new Map<ErrorCode, Set<string>>();

/** The last request this file sent (expectShape asks it again in each language). */
let lastRequest: { input: Parameters<typeof fetch>[0]; init?: RequestInit } | undefined;
const directFetch = globalThis.fetch;
const recordingFetch: typeof fetch = (input, init) => {
  lastRequest = { input, init };
  return directFetch(input, init);
};

/** Extensions that change from one asking to the next (a budget, the seconds to wait). */
const steady = (extensions: Record<string, any>) => {
  const { retryAfter, cost, ...rest } = extensions;
  return rest;
};

/**
 * The request that got `answer`, asked again with Accept-Language fi, sv and en: the same status and
 * extensions, the message in each language — three different messages, the English one as without the
 * header (a refusal changes nothing, so asking again is refused again in the same way).
 */
async function inEveryLanguage(
  label: string,
  answer: { status: number; errors?: { message?: string; extensions?: Record<string, any> }[] },
  code: ErrorCode,
): Promise<void> {
  const request = lastRequest!;
  const messages: Record<string, string> = {};
  for (const language of ['fi', 'sv', 'en']) {
    const headers = { ...(request.init?.headers as Record<string, string>), 'accept-language': language };
    const response = await directFetch(request.input, { ...request.init, headers });
    const body = (await response.json()) as {
      errors?: { message: string; extensions: Record<string, any> }[];
    };
    const error = body.errors?.[0];
    expect(response.status, `${label} in ${language}`).to.equal(answer.status);
    expect(error?.extensions.code, `${label} in ${language}: ${JSON.stringify(body)}`).to.equal(code);
    expect(steady(error!.extensions), `${label} in ${language}`).to.deep.equal(
      steady(answer.errors![0].extensions!),
    );
    messages[language] = error!.message;
  }
  const { fi, sv, en } = messages;
  // A refusal by the budget and one by the count of requests say different things; either will do.
  if (code !== ErrorCode.RATE_LIMITED) expect(en, label).to.equal(answer.errors![0].message);
  expect(new Set([fi, sv, en]).size, `${label}: ${JSON.stringify(messages)}`).to.equal(3);
  for (const message of [fi, sv, en]) expect(message, label).to.match(/\S/);
  const said = spoken.get(code) ?? new Set<string>();
  for (const language of Object.keys(messages)) said.add(language);
  spoken.set(code, said);
}

/**
 * The one error of an answer has `code`, the HTTP status, and exactly the documented keys, in every
 * language; its extensions.
 */
async function expectShape(
  label: string,
  answer: { status: number; errors?: { message?: string; extensions?: Record<string, any> }[] },
  code: ErrorCode,
  status: number,
): Promise<Record<string, any>> {
  expect(answer.errors, `${label}: ${JSON.stringify(answer)}`)
    .to.be.an('array')
    .with.length(1);
  const extensions = answer.errors![0].extensions!;
  expect(extensions.code, `${label}: ${JSON.stringify(extensions)}`).to.equal(code);
  expect(answer.status, label).to.equal(status);
  const { required, optional = [] } = documented[code];
  const keys = Object.keys(extensions).filter((key) => key !== 'code');
  expect(keys, `${label}: ${JSON.stringify(extensions)}`).to.include.members(required);
  expect(
    keys.filter((key) => !required.includes(key) && !optional.includes(key)),
    `${label}: undocumented keys in ${JSON.stringify(extensions)}`,
  ).to.deep.equal([]);
  seen.set(code, [...(seen.get(code) ?? []), label]);
  await inEveryLanguage(label, answer, code);
  return extensions;
}

/** A plain HTTP answer (not /graphql) in the same shape. */
async function plain(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  const body = (await response.json()) as { errors?: { extensions?: Record<string, any> }[] };
  return { status: response.status, errors: body.errors, headers: response.headers };
}

const DECIDE = graphql(`
  mutation ErrorShapesDecideAward($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
    }
  }
`);
const ASSIGN = graphql(`
  mutation ErrorShapesAssignReviewer($a: ID!, $r: ID!) {
    assignReviewer(applicationId: $a, reviewerId: $r) {
      id
    }
  }
`);
const decision = (grantedAmount: string) => ({
  grantedAmount,
  decisionDate: '2025-12-11',
  decisionNumber: 'VN/1/2025',
});

describe('error shapes: each code answers with one documented extensions shape on every path', function () {
  let server: TestServer;
  let admin: fixtures.Person;

  before(async () => {
    globalThis.fetch = recordingFetch;
    server = await startTestServer();
    admin = await fixtures.signIn(server, { sub: 'shape-admin', roles: ['admin'] });
  });
  after(async () => {
    globalThis.fetch = directFetch;
    await server?.stop();
  });
  beforeEach(() => server.clock.set('2026-01-15T10:00:00Z'));

  it('UNAUTHENTICATED, FORBIDDEN and NOT_FOUND carry the code alone, in GraphQL and on plain routes', async () => {
    const badToken = await server.query(
      graphql(`
        query ErrorShapesViewer {
          viewer {
            role
          }
        }
      `),
      {},
      { token: 'not-a-jwt' },
    );
    await expectShape('a token that does not verify', badToken, ErrorCode.UNAUTHENTICATED, 401);

    const reviewer = await fixtures.signIn(server, { sub: 'shape-reviewer', roles: ['reviewer'] });
    const { call } = await fixtures.createClosedCall(server.dataSource);
    const notAdmin = await server.query(
      graphql(`
        mutation ErrorShapesStartReview($c: ID!) {
          startReview(callId: $c) {
            id
          }
        }
      `),
      { c: call.id },
      { token: reviewer.token },
    );
    await expectShape('a reviewer starting a review', notAdmin, ErrorCode.FORBIDDEN, 403);

    const unknownKey = await server.query(
      graphql(`
        query ErrorShapesAwards {
          awards(filter: { callKey: "1999" }) {
            totalCount
          }
        }
      `),
    );
    await expectShape('an unknown call key as a filter', unknownKey, ErrorCode.NOT_FOUND, 200);
    await expectShape(
      'an unknown route',
      await plain(`${server.origin}/no-such-route`),
      ErrorCode.NOT_FOUND,
      404,
    );
  });

  it('BAD_USER_INPUT has `field` for a refused value and `reason` for a malformed request, and nothing else', async () => {
    const zero = await server.query(
      DECIDE,
      { a: '00000000-0000-4000-8000-000000000000', input: decision('0') },
      { token: admin.token },
    );
    expect(await expectShape('a grant of zero', zero, ErrorCode.BAD_USER_INPUT, 400)).to.deep.equal({
      code: 'BAD_USER_INPUT',
      field: 'input.grantedAmount',
    });
    // Raw: invalid on purpose.
    const unparsable = await server.rawQuery('{ calls { ');
    expect(
      await expectShape('an unparsable document', unparsable, ErrorCode.BAD_USER_INPUT, 400),
    ).to.deep.equal({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
    const malformed = await plain(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    await expectShape('malformed JSON', malformed, ErrorCode.BAD_USER_INPUT, 400);
  });

  describe('an applicant', () => {
    let call: Awaited<ReturnType<typeof createCall>>;
    let consortium: { id: string };

    before(async () => {
      call = await createCall(server, callInput('2026-shapes'));
      consortium = await createConsortium(server, people.helsinki, {
        name: 'Helsinki ja Espoo (muodot)',
        leadCode: '091',
        memberCodes: ['049'],
      });
    });

    const draft = () =>
      createApplication(server, people.helsinki, {
        callId: call.id,
        consortiumId: consortium.id,
        ...eligibleFields(call),
      });

    it('NOT_ELIGIBLE lists the issues', async () => {
      const empty = await createApplication(server, people.helsinki, {
        callId: call.id,
        consortiumId: consortium.id,
      });
      const refused = await submit(server, people.helsinki, empty.id);
      const extensions = await expectShape('submitting an empty draft', refused, ErrorCode.NOT_ELIGIBLE, 200);
      expect(extensions.issues).to.deep.equal(empty.eligibilityIssues);
    });

    it('VERSION_CONFLICT names the version on record and the one expected, for applications and consortia', async () => {
      const application = await draft();
      const stale = await update(server, people.helsinki, application.id, 7, { summary: 'Uusi' });
      expect(
        await expectShape('a stale application version', stale, ErrorCode.VERSION_CONFLICT, 200),
      ).to.deep.equal({ code: 'VERSION_CONFLICT', current: 1, expected: 7 });
      const staleConsortium = await as(
        server,
        people.helsinki,
        graphql(`
          mutation ErrorShapesUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {
            updateConsortium(id: $id, expectedVersion: $v, input: $input) {
              id
            }
          }
        `),
        { id: consortium.id, v: 9, input: { name: 'Toinen nimi' } },
      );
      expect(
        await expectShape('a stale consortium version', staleConsortium, ErrorCode.VERSION_CONFLICT, 200),
      ).to.deep.equal({ code: 'VERSION_CONFLICT', current: 1, expected: 9 });
    });

    it('INVALID_STATE_TRANSITION is { entity, from, to } whichever rule refuses', async () => {
      const application = await draft();
      expectOk(await submit(server, people.helsinki, application.id));
      const edit = await update(server, people.helsinki, application.id, 2, { summary: 'Myöhässä' });
      expect(
        await expectShape('editing a submitted application', edit, ErrorCode.INVALID_STATE_TRANSITION, 200),
      ).to.deep.include({ entity: 'Application', from: 'SUBMITTED', to: 'SUBMITTED' });

      const members = await as(
        server,
        people.helsinki,
        graphql(`
          mutation ErrorShapesUpdateConsortium2($id: ID!, $input: UpdateConsortiumInput!) {
            updateConsortium(id: $id, input: $input) {
              id
            }
          }
        `),
        { id: consortium.id, input: { memberCodes: ['049', '092'] } },
      );
      expect(
        await expectShape(
          'changing the members of a consortium that has applied',
          members,
          ErrorCode.INVALID_STATE_TRANSITION,
          200,
        ),
      ).to.deep.include({ entity: 'Consortium', from: null, to: null });

      const rules = await as(
        server,
        people.admin,
        graphql(`
          mutation ErrorShapesUpdateCall($id: ID!, $input: UpdateCallInput!) {
            updateCall(id: $id, input: $input) {
              id
            }
          }
        `),
        { id: call.id, input: { minMunicipalities: 3 } },
      );
      expect(
        await expectShape(
          'changing the rules of a call with submissions',
          rules,
          ErrorCode.INVALID_STATE_TRANSITION,
          200,
        ),
      ).to.deep.include({ entity: 'Call', from: 'OPEN', to: null });

      expectOk(await withdraw(server, people.helsinki, application.id));
      const again = await withdraw(server, people.helsinki, application.id);
      expect(
        await expectShape('withdrawing twice', again, ErrorCode.INVALID_STATE_TRANSITION, 200),
      ).to.deep.include({ entity: 'Application', from: 'WITHDRAWN', to: 'WITHDRAWN' });

      const publishAgain = await as(
        server,
        people.admin,
        graphql(`
          mutation ErrorShapesPublishCall($id: ID!) {
            publishCall(id: $id) {
              id
            }
          }
        `),
        {
          id: call.id,
        },
      );
      expect(
        await expectShape('publishing twice', publishAgain, ErrorCode.INVALID_STATE_TRANSITION, 200),
      ).to.deep.include({ entity: 'Call', from: 'PUBLISHED', to: 'PUBLISHED' });

      const early = await server.query(
        graphql(`
          mutation ErrorShapesStartReview2($c: ID!) {
            startReview(callId: $c) {
              id
            }
          }
        `),
        { c: call.id },
        { token: admin.token },
      );
      expect(
        await expectShape(
          'starting the review of an open call',
          early,
          ErrorCode.INVALID_STATE_TRANSITION,
          200,
        ),
      ).to.deep.include({ entity: 'Call', from: 'OPEN', to: null });
    });

    it('CALL_NOT_OPEN names the call and its status', async () => {
      const application = await draft();
      server.clock.set('2026-11-01T10:00:00Z');
      const late = await submit(server, people.helsinki, application.id);
      expect(
        await expectShape('submitting after the close', late, ErrorCode.CALL_NOT_OPEN, 200),
      ).to.deep.equal({
        code: 'CALL_NOT_OPEN',
        callKey: '2026-shapes',
        status: 'CLOSED',
      });
    });
  });

  describe('an administrator and reviewers', () => {
    let call: Awaited<ReturnType<typeof fixtures.createClosedCall>>['call'];
    let application: { id: string };
    let reviewer: fixtures.Person;

    before(async () => {
      ({ call } = await fixtures.createClosedCall(server.dataSource, { appropriation: '150000.00' }));
      const consortium = await fixtures.createConsortium(server.dataSource, {
        lead: '092',
        members: ['091'],
      });
      application = await fixtures.createApplication(server.dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        requestedAmount: '200000.00',
        status: ApplicationStatus.UNDER_REVIEW,
      });
      reviewer = await fixtures.signIn(server, { sub: 'shape-bob', roles: ['reviewer'] });
    });

    it('AMOUNT_EXCEEDS_REQUEST and APPROPRIATION_EXCEEDED name the field, the amount and the bound', async () => {
      const aboveRequest = await server.query(
        DECIDE,
        { a: application.id, input: decision('200000.01') },
        { token: admin.token },
      );
      expect(
        await expectShape('a grant above the request', aboveRequest, ErrorCode.AMOUNT_EXCEEDS_REQUEST, 200),
      ).to.deep.equal({
        code: 'AMOUNT_EXCEEDS_REQUEST',
        field: 'input.grantedAmount',
        amount: '200000.01',
        requested: '200000.00',
      });
      const aboveAppropriation = await server.query(
        DECIDE,
        { a: application.id, input: decision('150000.01') },
        { token: admin.token },
      );
      expect(
        await expectShape(
          'a grant above what is left',
          aboveAppropriation,
          ErrorCode.APPROPRIATION_EXCEEDED,
          200,
        ),
      ).to.deep.equal({
        code: 'APPROPRIATION_EXCEEDED',
        field: 'input.grantedAmount',
        amount: '150000.01',
        remaining: '150000.00',
      });

      expectOk(await server.query(ASSIGN, { a: application.id, r: reviewer.userId }, { token: admin.token }));
      const recommended = await server.query(
        graphql(`
          mutation ErrorShapesSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
            saveEvaluation(applicationId: $a, input: $input) {
              id
            }
          }
        `),
        { a: application.id, input: { scores: [], recommendedAmount: '250000' } },
        { token: reviewer.token },
      );
      expect(
        await expectShape(
          'a recommendation above the request',
          recommended,
          ErrorCode.AMOUNT_EXCEEDS_REQUEST,
          200,
        ),
      ).to.deep.equal({
        code: 'AMOUNT_EXCEEDS_REQUEST',
        field: 'input.recommendedAmount',
        amount: '250000.00',
        requested: '200000.00',
      });
    });

    it('CONFLICT_OF_INTEREST says whether it was declared and which municipalities are shared', async () => {
      const helsinkiReviewer = await fixtures.signIn(server, {
        sub: 'shape-hki',
        roles: ['reviewer'],
        municipalities: ['091'],
      });
      const shared = await server.query(
        ASSIGN,
        { a: application.id, r: helsinkiReviewer.userId },
        { token: admin.token },
      );
      expect(
        await expectShape('assigning a reviewer of a member', shared, ErrorCode.CONFLICT_OF_INTEREST, 200),
      ).to.deep.equal({ code: 'CONFLICT_OF_INTEREST', declared: false, municipalities: ['091'] });

      const recused = await fixtures.signIn(server, { sub: 'shape-recused', roles: ['reviewer'] });
      expectOk(await server.query(ASSIGN, { a: application.id, r: recused.userId }, { token: admin.token }));
      expectOk(
        await server.query(
          graphql(`
            mutation ErrorShapesDeclareConflictOfInterest($a: ID!, $reason: String!) {
              declareConflictOfInterest(applicationId: $a, reason: $reason) {
                id
              }
            }
          `),
          { a: application.id, reason: 'My spouse wrote it' },
          { token: recused.token },
        ),
      );
      const declared = await server.query(
        ASSIGN,
        { a: application.id, r: recused.userId },
        { token: admin.token },
      );
      expect(
        await expectShape(
          'assigning a reviewer who declared a conflict',
          declared,
          ErrorCode.CONFLICT_OF_INTEREST,
          200,
        ),
      ).to.deep.equal({ code: 'CONFLICT_OF_INTEREST', declared: true, municipalities: [] });
    });

    it('NOT_ASSIGNED carries the code alone', async () => {
      const carol = await fixtures.signIn(server, { sub: 'shape-carol', roles: ['reviewer'] });
      expectOk(await server.query(ASSIGN, { a: application.id, r: carol.userId }, { token: admin.token }));
      const saved = expectOk(
        await server.query(
          graphql(`
            mutation ErrorShapesSaveEvaluation2($a: ID!, $input: SaveEvaluationInput!) {
              saveEvaluation(applicationId: $a, input: $input) {
                id
              }
            }
          `),
          { a: application.id, input: { scores: [] } },
          { token: carol.token },
        ),
      ).saveEvaluation;
      expectOk(
        await server.query(
          graphql(`
            mutation ErrorShapesUnassignReviewer($a: ID!, $r: ID!) {
              unassignReviewer(applicationId: $a, reviewerId: $r) {
                id
              }
            }
          `),
          { a: application.id, r: carol.userId },
          { token: admin.token },
        ),
      );
      const submitted = await server.query(
        graphql(`
          mutation ErrorShapesSubmitEvaluation($id: ID!) {
            submitEvaluation(id: $id) {
              id
            }
          }
        `),
        { id: saved.id },
        { token: carol.token },
      );
      await expectShape('submitting after being unassigned', submitted, ErrorCode.NOT_ASSIGNED, 200);
    });

    it('INVALID_STATE_TRANSITION from the evaluation rules has the same shape', async () => {
      const { call: open } = await fixtures.createClosedCall(server.dataSource);
      const consortium = await fixtures.createConsortium(server.dataSource, {
        lead: '837',
        members: ['049'],
      });
      const submittedOnly = await fixtures.createApplication(server.dataSource, {
        callId: open.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.SUBMITTED,
      });
      const reviewerOfIt = await fixtures.signIn(server, { sub: 'shape-dave', roles: ['reviewer'] });
      const notUnderReview = await server.query(
        ASSIGN,
        { a: submittedOnly.id, r: reviewerOfIt.userId },
        { token: admin.token },
      );
      expect(
        await expectShape(
          'assigning to an application not under review',
          notUnderReview,
          ErrorCode.INVALID_STATE_TRANSITION,
          200,
        ),
      ).to.deep.include({ entity: 'Application', from: 'SUBMITTED', to: null });
    });
  });

  it('UNSUPPORTED_MEDIA_TYPE names the field, the type the content has and the accepted ones', async () => {
    const { call } = await fixtures.createClosedCall(server.dataSource);
    const consortium = await fixtures.createConsortium(server.dataSource, { lead: '091', members: ['049'] });
    const award = await fixtures.createAward(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
    });
    const official = await fixtures.signIn(server, {
      sub: 'shape-official',
      roles: ['applicant'],
      municipalities: ['091'],
    });
    const send = (bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('kind', 'ANNEX');
      form.append('file', new Blob([bytes]), name);
      return plain(`${server.origin}/awards/${award.id}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${official.token}` },
        body: form,
      });
    };
    const executable = await send(Buffer.from('MZ\x90\x00 not a PDF', 'latin1'), 'sopimus.pdf');
    const extensions = await expectShape(
      'an executable named .pdf',
      executable,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      415,
    );
    expect(extensions).to.deep.include({ field: 'file', detected: null });
    expect(extensions.accepted).to.include('application/pdf');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const misnamed = await expectShape(
      'a PNG named .pdf',
      await send(png, 'kuva.pdf'),
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      415,
    );
    expect(misnamed.detected).to.equal('image/png');
  });

  it('QUERY_TOO_COMPLEX has one measure beside the limit', async () => {
    const aliases = `{ viewer { ${Array.from({ length: 31 }, (_, i) => `a${i}: role`).join(' ')} } }`;
    const extensions = await expectShape(
      '31 aliases',
      // Raw: built here, and over the limits on purpose.
      await server.rawQuery(aliases),
      ErrorCode.QUERY_TOO_COMPLEX,
      400,
    );
    const measures = Object.keys(extensions).filter((key) =>
      documented.QUERY_TOO_COMPLEX.optional!.includes(key),
    );
    expect(measures, JSON.stringify(extensions)).to.have.length(1);
  });

  describe('when the database fails', () => {
    let original: TestServer['dataSource']['createQueryRunner'];
    before(() => {
      original = server.dataSource.createQueryRunner.bind(server.dataSource);
    });
    afterEach(() => {
      server.dataSource.createQueryRunner = original;
    });
    const failWith = (error: Error) => {
      server.dataSource.createQueryRunner = () => {
        throw error;
      };
    };

    it('SERVICE_UNAVAILABLE has retryAfter, in GraphQL and on plain routes', async () => {
      failWith(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' }));
      const response = await server.query(
        graphql(`
          query ErrorShapesCalls {
            calls {
              nodes {
                key
              }
            }
          }
        `),
      );
      expect(await expectShape('a query', response, ErrorCode.SERVICE_UNAVAILABLE, 503)).to.deep.equal({
        code: 'SERVICE_UNAVAILABLE',
        retryAfter: 5,
      });
      expect(response.headers.get('retry-after')).to.equal('5');
      const form = await plain(`${server.origin}/calls/2020/form.md?lang=fi`);
      expect(await expectShape('a call form', form, ErrorCode.SERVICE_UNAVAILABLE, 503)).to.deep.equal({
        code: 'SERVICE_UNAVAILABLE',
        retryAfter: 5,
      });
    });

    it('INTERNAL_SERVER_ERROR carries the code alone, in GraphQL and on plain routes', async () => {
      failWith(new Error('something nobody expected'));
      await expectShape(
        'a query',
        await server.query(
          graphql(`
            query ErrorShapesCalls2 {
              calls {
                nodes {
                  key
                }
              }
            }
          `),
        ),
        ErrorCode.INTERNAL_SERVER_ERROR,
        200,
      );
      await expectShape(
        'a call form',
        await plain(`${server.origin}/calls/2020/form.md?lang=fi`),
        ErrorCode.INTERNAL_SERVER_ERROR,
        500,
      );
    });
  });

  describe('rate limits', () => {
    let limited: TestServer;
    before(async () => {
      limited = await startTestServer({
        seed: false,
        env: { RATE_LIMIT_POINTS_PER_MINUTE: '2', RATE_LIMIT_REQUESTS_PER_MINUTE: '4' },
      });
    });
    after(() => limited?.stop());

    it('RATE_LIMITED has retryAfter and cost: the points spent, or null for the count of requests', async () => {
      const answers: GraphQLResponse<RawData>[] = [];
      for (let i = 0; i < 6; i++)
        answers.push(
          await limited.query(
            graphql(`
              query ErrorShapes__typename {
                __typename
              }
            `),
          ),
        );
      const refused = answers.filter((answer) => answer.status === 429);
      const byPoints = refused.find((answer) => answer.errors?.[0].extensions?.cost !== null);
      const byCount = refused.find((answer) => answer.errors?.[0].extensions?.cost === null);
      expect(byPoints, JSON.stringify(answers.map((a) => a.errors))).not.to.equal(undefined);
      expect(byCount, JSON.stringify(answers.map((a) => a.errors))).not.to.equal(undefined);
      for (const [label, answer] of [
        ['over the budget of points', byPoints!],
        ['over the count of requests', byCount!],
      ] as const) {
        const extensions = await expectShape(label, answer, ErrorCode.RATE_LIMITED, 429);
        expect(extensions.retryAfter, label).to.be.within(1, 60);
        expect(String(extensions.retryAfter), label).to.equal(answer.headers.get('retry-after'));
      }
      expect(Object.keys(byPoints!.errors![0].extensions!.cost).sort()).to.deep.equal([
        'remaining',
        'requested',
        'resetAt',
      ]);
    });
  });
});

// Mocha runs a suite's own tests before its nested suites: this one comes after all of them.
describe('error shapes: coverage', () => {
  it('every code of the contract was answered above', () => {
    expect([...seen.keys()].sort()).to.deep.equal(Object.values(ErrorCode).sort());
  });

  it('every code was answered in Finnish, Swedish and English', () => {
    for (const code of Object.values(ErrorCode)) {
      expect([...(spoken.get(code) ?? [])].sort(), code).to.deep.equal(['en', 'fi', 'sv']);
    }
  });
});

describe('error shapes: only src/common/errors.ts makes an AppError', () => {
  it('no other file under src/ has `new AppError(`', () => {
    const root = join(__dirname, '..', '..', 'src');
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(root, file));
    expect(files.length).to.be.above(20);
    const offenders = files
      .filter((file) => readFileSync(file, 'utf8').includes('new AppError('))
      .map((file) => relative(root, file));
    expect(offenders).to.deep.equal([join('common', 'errors.ts')]);
  });
});
