import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Call, CallState } from '../src/modules/call/call.entity';
import { callByKey, createApplication, createConsortium, type Person, signIn } from './helpers/factories';
import { processesSharingRedis } from './helpers/processes';
import { parseExposition } from './helpers/prometheus';
import { signTestToken, startTestServer, type TestServer } from './helpers/server';

// Raw documents in this file: the same text goes to in-process servers and to server processes, with and without a token and in several languages, and what is asserted is the HTTP answer (Cache-Control, Age, Vary, x-sql-statements); _entities is federation's, not in the SDL test/gql is generated from.

/** The same document for everyone: what each caller gets differs by what each may see. */
const APPLICATIONS = `query Applications {
  applications(first: 100) { totalCount nodes { id status } }
  calls(first: 3) { nodes { key title { text } } }
}`;
const ENTITIES = `query Entities($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Application { id status } ... on Municipality { code name { fi } } }
}`;
const CALL_TITLE = `query CallTitle { call(key: "2020") { title { text fi } } }`;
const UPDATE_TITLE = `mutation ($id: ID!, $input: UpdateCallInput!) { updateCall(id: $id, input: $input) { id } }`;

interface Answer {
  status: number;
  body: { data?: any; errors?: { extensions?: { code?: string } }[]; extensions?: { cost?: any } };
  statements: number;
  cacheControl: string | null;
  vary: string | null;
  age: string | null;
}

async function post(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; language?: string } = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    statements: Number(response.headers.get('x-sql-statements')),
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
    age: response.headers.get('age'),
  };
}

const expectHit = (answer: Answer) => {
  expect(answer.status).to.equal(200);
  expect(answer.statements, 'an answer from the cache runs no SQL').to.equal(0);
  expect(answer.age, 'an answer from the cache says its age').to.match(/^\d+$/);
};
const expectMiss = (answer: Answer) => {
  expect(answer.status).to.equal(200);
  expect(answer.statements, 'an answer not from the cache runs SQL').to.be.above(0);
  expect(answer.age).to.equal(null);
};

describe('the public response cache', () => {
  describe('in memory', () => {
    let server: TestServer;
    let admin: Person;
    let applicant: Person;
    let draftId: string;

    before(async () => {
      server = await startTestServer({ env: { RESPONSE_CACHE_MAX_AGE_S: '60' } });
      [admin, applicant] = await Promise.all([
        signIn(server, { sub: 'cache-admin', roles: ['admin'] }),
        signIn(server, { sub: 'cache-applicant', roles: ['applicant'], municipalities: ['049'] }),
      ]);
      const call = await callByKey(server.dataSource, '2022');
      const consortium = await createConsortium(server.dataSource, { lead: '049', members: ['092'] });
      draftId = (
        await createApplication(server.dataSource, {
          callId: call.id,
          consortiumId: consortium.id,
          status: ApplicationStatus.DRAFT,
        })
      ).id;
    });
    after(() => server.stop());

    it('never caches nor serves from the cache an answer to a signed-in caller; the public gets its own', async () => {
      const idsIn = (answer: Answer) =>
        (answer.body.data.applications.nodes as { id: string }[]).map((node) => node.id);
      // The signed-in callers ask first: had their answers been cached, the public would get them next.
      for (const person of [admin, applicant, admin, applicant]) {
        const answer = await post(server.url, APPLICATIONS, { token: person.token });
        expectMiss(answer);
        expect(idsIn(answer)).to.include(draftId);
        expect(answer.cacheControl).to.equal('private, no-store');
      }
      const first = await post(server.url, APPLICATIONS);
      expectMiss(first);
      expect(idsIn(first)).not.to.include(draftId);
      expect(first.cacheControl).to.equal('public, max-age=60');
      expect(first.vary).to.equal('accept-language, authorization, origin');
      const second = await post(server.url, APPLICATIONS);
      expectHit(second);
      expect(second.body.data).to.deep.equal(first.body.data);
      expect(second.cacheControl).to.match(/^public, max-age=\d+$/);
      // The public's cached answer does not reach a signed-in caller either.
      const again = await post(server.url, APPLICATIONS, { token: applicant.token });
      expectMiss(again);
      expect(idsIn(again)).to.include(draftId);
    });

    it('keeps _entities apart in the same way', async () => {
      const variables = {
        reps: [
          { __typename: 'Application', id: draftId },
          { __typename: 'Municipality', code: '049' },
        ],
      };
      const mine = await post(server.url, ENTITIES, { variables, token: applicant.token });
      expectMiss(mine);
      expect(mine.body.data._entities[0]).to.deep.equal({ id: draftId, status: 'DRAFT' });
      expect(mine.cacheControl).to.equal('private, no-store');
      const publicFirst = await post(server.url, ENTITIES, { variables });
      expectMiss(publicFirst);
      expect(publicFirst.body.data._entities[0]).to.equal(null);
      expect(publicFirst.body.data._entities[1].code).to.equal('049');
      const publicAgain = await post(server.url, ENTITIES, { variables });
      expectHit(publicAgain);
      expect(publicAgain.body.data).to.deep.equal(publicFirst.body.data);
      const mineAgain = await post(server.url, ENTITIES, { variables, token: applicant.token });
      expectMiss(mineAgain);
      expect(mineAgain.body.data._entities[0]).to.deep.equal({ id: draftId, status: 'DRAFT' });
    });

    it('keeps one answer per language', async () => {
      const query = 'query Titles { call(key: "2020") { title { text fi sv } } }';
      const fi = await post(server.url, query, { language: 'fi' });
      expectMiss(fi);
      const sv = await post(server.url, query, { language: 'sv-FI, fi;q=0.5' });
      expectMiss(sv);
      const { title } = sv.body.data.call;
      expect(title.text).to.equal(title.sv);
      expect(fi.body.data.call.title.text).to.equal(title.fi);
      expect(title.fi).not.to.equal(title.sv);
      expectHit(await post(server.url, query, { language: 'sv-FI, fi;q=0.5' }));
      expectHit(await post(server.url, query, { language: 'fi' }));
    });

    it('serves no answer cached before a committed mutation', async () => {
      expectMiss(await post(server.url, CALL_TITLE));
      expectHit(await post(server.url, CALL_TITLE));
      const call = await callByKey(server.dataSource, '2020');
      const updated = await post(server.url, UPDATE_TITLE, {
        token: admin.token,
        variables: { id: call.id, input: { title: { fi: 'Uusi nimi', sv: 'Nytt namn' } } },
      });
      expect(updated.body.errors).to.equal(undefined);
      expect(updated.cacheControl).to.equal('private, no-store');
      const after = await post(server.url, CALL_TITLE);
      expectMiss(after);
      expect(after.body.data.call.title.fi).to.equal('Uusi nimi');
      expectHit(await post(server.url, CALL_TITLE));
    });

    it('does not cache an answer with errors, nor a mutation', async () => {
      const refused = await post(server.url, '{ call(id: "not-an-id") { key } }');
      expect(refused.body.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT');
      expect(refused.cacheControl).to.equal('no-store');
      const again = await post(server.url, '{ call(id: "not-an-id") { key } }');
      expect(again.age).to.equal(null);
    });

    it("keeps a call's status no longer than until the call opens or closes", async () => {
      const now = server.clock.now().getTime();
      await server.dataSource.getRepository(Call).update(
        { key: '2022' },
        {
          state: CallState.PUBLISHED,
          opensAt: new Date(now - 86_400_000),
          closesAt: new Date(now + 30_000),
        },
      );
      const open = await post(server.url, 'query Status { call(key: "2022") { key status } }');
      expectMiss(open);
      expect(open.body.data.call.status).to.equal('OPEN');
      expect(open.cacheControl).to.equal('public, max-age=30');
      const titleOnly = await post(server.url, 'query Key { call(key: "2022") { key } }');
      expect(titleOnly.cacheControl).to.equal('public, max-age=60');
    });

    it('counts hits and misses in /metrics', async () => {
      const scrape = async () => parseExposition(await (await fetch(`${server.origin}/metrics`)).text());
      const start = await scrape();
      const query = 'query Counted { regions { code } }';
      await post(server.url, query);
      await post(server.url, query);
      await post(server.url, query);
      // A signed-in caller's query is no lookup at all.
      await post(server.url, query, { token: applicant.token });
      const end = await scrape();
      const grown = (result: string) =>
        (end.value('graphql_response_cache_lookups_total', { result }) ?? 0) -
        (start.value('graphql_response_cache_lookups_total', { result }) ?? 0);
      expect(grown('miss')).to.equal(1);
      expect(grown('hit')).to.equal(2);
    });
  });

  it('still spends the caller’s budget on a hit, and is refused when it is spent', async () => {
    const server = await startTestServer({
      seed: false,
      env: { RESPONSE_CACHE_MAX_AGE_S: '60', RATE_LIMIT_POINTS_PER_MINUTE: '5' },
    });
    try {
      const answers: Answer[] = [];
      for (let i = 0; i < 6; i++)
        answers.push(await post(server.url, 'query Cheap { call(key: "2020") { key } }'));
      const refused = answers.findIndex((answer) => answer.status === 429);
      expect(refused, 'a hit passes the rate limit too').to.be.above(1);
      expect(answers[refused].body.errors?.[0].extensions?.code).to.equal('RATE_LIMITED');
      expectHit(answers[1]);
      expect(answers[1].body.extensions?.cost.remaining).to.be.below(
        answers[0].body.extensions?.cost.remaining,
      );
    } finally {
      await server.stop();
    }
  });

  it('is off with RESPONSE_CACHE_MAX_AGE_S=0: public answers say no-store and always run their SQL', async () => {
    const server = await startTestServer({ env: { RESPONSE_CACHE_MAX_AGE_S: '0' } });
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await post(server.url, CALL_TITLE);
        expectMiss(answer);
        expect(answer.cacheControl).to.equal('no-store');
      }
    } finally {
      await server.stop();
    }
  });

  describe('in Redis, shared by two server processes', () => {
    const shared = processesSharingRedis({ RESPONSE_CACHE_MAX_AGE_S: '60' });

    it('answers one process from what the other cached, and a write through either evicts both', async () => {
      const [a, b] = shared.processes.map((process) => process.url);
      expectMiss(await post(a, CALL_TITLE));
      expectHit(await post(b, CALL_TITLE));
      expectHit(await post(a, CALL_TITLE));
      const token = await signTestToken({ sub: 'cache-redis-admin', roles: ['admin'] });
      const call = await callByKey(shared.database.dataSource, '2020');
      const updated = await post(b, UPDATE_TITLE, {
        token,
        variables: { id: call.id, input: { title: { fi: 'Jaettu nimi' } } },
      });
      expect(updated.body.errors).to.equal(undefined);
      const after = await post(a, CALL_TITLE);
      expectMiss(after);
      expect(after.body.data.call.title.fi).to.equal('Jaettu nimi');
      expectHit(await post(b, CALL_TITLE));
    });
  });
});
