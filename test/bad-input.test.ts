import { expect } from 'chai';
import { startTestServer, type TestServer } from './helpers/server';

// Raw documents (server.rawQuery) in this file: values wrong on purpose, as variables (some not of the declared type) and as literals built into the document.

const awardsByAmount = `query ($min: Decimal) { awards(filter: { minAmount: $min }) { totalCount } }`;

function expectError(
  response: { data?: unknown; errors?: { message: string; extensions?: Record<string, any> }[] },
  code: string,
  field?: string,
) {
  expect(response.errors, JSON.stringify(response)).to.be.an('array').that.is.not.empty;
  const [error] = response.errors!;
  expect(error.extensions?.code, JSON.stringify(error)).to.equal(code);
  if (field) expect(error.extensions?.field).to.equal(field);
  const text = JSON.stringify(response.errors);
  expect(text).not.to.match(/stacktrace|\bat .+\.js:\d+|SELECT |sqlite|mysql/i);
  expect(text).not.to.match(/\bER_[A-Z_]+|SQLITE_[A-Z]+/);
}

describe('bad input gets a typed error and no internals', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  after(() => server?.stop());

  for (const bad of ['12.345', '1e5', '-5', 'abc', '', ' 100', '100.', '0x10']) {
    it(`rejects the Decimal ${JSON.stringify(bad)} as a variable and as a literal`, async () => {
      expectError(await server.rawQuery(awardsByAmount, { min: bad }), 'BAD_USER_INPUT');
      expectError(
        await server.rawQuery(`{ awards(filter: { minAmount: ${JSON.stringify(bad)} }) { totalCount } }`),
        'BAD_USER_INPUT',
      );
    });
  }

  it('names the argument path of a value refused while coercing a variable or checking a literal', async () => {
    const createCall = `mutation ($i: CreateCallInput!) { createCall(input: $i) { id } }`;
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      [awardsByAmount, { min: '1e5' }, 'filter.minAmount'],
      [
        `query ($f: AwardFilter) { awards(filter: $f) { totalCount } }`,
        { f: { maxAmount: '-1' } },
        'filter.maxAmount',
      ],
      [`query ($f: AwardFilter!) { awards(filter: $f) { totalCount } }`, {}, 'filter'],
      [
        createCall,
        { i: { key: 'x', year: 2026, title: {}, questions: [{ code: 'q', text: {}, required: 'yes' }] } },
        'input.questions.0.required',
      ],
      [createCall, { i: { key: 'x', year: 'MMXXVI', title: {} } }, 'input.year'],
      [`{ awards(filter: { minAmount: "0.001" }) { totalCount } }`, undefined, 'filter.minAmount'],
      [`{ municipalities(filter: { validOn: "2020-02-30" }) { totalCount } }`, undefined, 'filter.validOn'],
      [`{ awards(filter: { nothing: 1 }) { totalCount } }`, undefined, 'filter.nothing'],
    ];
    for (const [query, variables, field] of cases)
      expectError(await server.rawQuery(query, variables), 'BAD_USER_INPUT', field);
  });

  it('is not misled by a value that imitates the path graphql-js prints', async () => {
    const query = `query ($f: AwardFilter) { awards(filter: $f) { totalCount } }`;
    const inString = await server.rawQuery(query, { f: { minAmount: 'x at "f.maxAmount"; y' } });
    expectError(inString, 'BAD_USER_INPUT', 'filter.minAmount');
    // graphql-js prints object keys unquoted: this one is refused as a field of the filter itself.
    const inKey = await server.rawQuery(query, { f: { 'k at "f.maxAmount"': 1 } });
    expectError(inKey, 'BAD_USER_INPUT', 'filter');
  });

  it('rejects a Decimal given as a number', async () => {
    expectError(await server.rawQuery(awardsByAmount, { min: 100 }), 'BAD_USER_INPUT');
  });

  it('accepts "68000" and "68000.5" as exact amounts', async () => {
    const whole = await server.rawQuery(awardsByAmount, { min: '1090100' });
    expect(whole.errors).to.equal(undefined);
    expect(whole.data!.awards.totalCount).to.equal(1);
    const half = await server.rawQuery(awardsByAmount, { min: '1090099.5' });
    expect(half.data!.awards.totalCount).to.equal(1);
  });

  for (const bad of ['2020-13-01', '2020-02-30', '20200101', '2020-01-01T00:00:00Z', 'today']) {
    it(`rejects the Date ${bad}`, async () => {
      expectError(
        await server.rawQuery(`query ($d: Date) { municipalities(filter: { validOn: $d }) { totalCount } }`, {
          d: bad,
        }),
        'BAD_USER_INPUT',
      );
    });
  }

  it('rejects a malformed ID with the field it came in', async () => {
    expectError(await server.rawQuery(`{ application(id: "1 OR 1=1") { id } }`), 'BAD_USER_INPUT', 'id');
    expectError(
      await server.rawQuery(`{ awards(filter: { callId: "nope" }) { totalCount } }`),
      'BAD_USER_INPUT',
      'filter.callId',
    );
  });

  it('rejects malformed municipality and region codes', async () => {
    expectError(await server.rawQuery(`{ municipality(code: "91") { code } }`), 'BAD_USER_INPUT', 'code');
    expectError(
      await server.rawQuery(`{ municipalities(filter: { regionCode: "1" }) { totalCount } }`),
      'BAD_USER_INPUT',
      'filter.regionCode',
    );
    expectError(
      await server.rawQuery(`{ awards(filter: { municipalityCode: "x91" }) { totalCount } }`),
      'BAD_USER_INPUT',
      'filter.municipalityCode',
    );
  });

  it('returns null for a well-formed code or id that does not exist', async () => {
    const response = await server.rawQuery(
      `{ municipality(code: "999") { code } application(id: "00000000-0000-4000-8000-000000000000") { id } call(key: "1999") { id } }`,
    );
    expect(response.errors).to.equal(undefined);
    expect(response.data).to.deep.equal({ municipality: null, application: null, call: null });
  });

  it('rejects first above 100 and below 1', async () => {
    expectError(
      await server.rawQuery(`{ municipalities(first: 1000) { totalCount } }`),
      'BAD_USER_INPUT',
      'first',
    );
    expectError(await server.rawQuery(`{ awards(first: 0) { totalCount } }`), 'BAD_USER_INPUT', 'first');
  });

  it('rejects a forged cursor', async () => {
    expectError(
      await server.rawQuery(`{ awards(after: "not-a-cursor") { totalCount } }`),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('answers an unknown call key in a filter with NOT_FOUND, and a malformed one with BAD_USER_INPUT', async () => {
    expectError(await server.rawQuery(`{ awards(filter: { callKey: "1999" }) { totalCount } }`), 'NOT_FOUND');
    expectError(
      await server.rawQuery(`{ awards(filter: { callKey: "20 20; DROP" }) { totalCount } }`),
      'BAD_USER_INPUT',
      'filter.callKey',
    );
    expectError(
      await server.rawQuery(`{ call(key: "2020", id: "00000000-0000-4000-8000-000000000000") { id } }`),
      'BAD_USER_INPUT',
    );
  });

  it('answers a syntax error and an unknown field with BAD_USER_INPUT', async () => {
    expectError(await server.rawQuery(`{ awards( { totalCount } }`), 'BAD_USER_INPUT');
    expectError(await server.rawQuery(`{ awards { secretColumn } }`), 'BAD_USER_INPUT');
  });

  it('answers a body that is not JSON with 400 and no internals', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).to.equal(400);
    expect(await response.text()).not.to.match(/SyntaxError|at .+\.js/);
  });

  it('masks an internal failure under NODE_ENV=production: no SQL, no stack, no driver text', async () => {
    const queryRunner = server.dataSource.createQueryRunner();
    await queryRunner.renameTable('call_theme', 'call_theme_moved');
    try {
      const response = await server.rawQuery(`{ call(key: "2020") { key themes { code } } }`);
      expectError(response, 'INTERNAL_SERVER_ERROR');
      expect(response.errors![0].message).to.equal('Internal server error');
      expect(response.headers.get('x-sql-statements')).to.equal(null);
    } finally {
      await queryRunner.renameTable('call_theme_moved', 'call_theme');
      await queryRunner.release();
    }
  });

  it('changes nothing when a request fails', async () => {
    const before = await server.dataSource.query('SELECT COUNT(*) AS n FROM award');
    await server.rawQuery(`{ awards(first: 1000) { totalCount } }`);
    const after = await server.dataSource.query('SELECT COUNT(*) AS n FROM award');
    expect(Number(after[0].n)).to.equal(Number(before[0].n));
  });
});
