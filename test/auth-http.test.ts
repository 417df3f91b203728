import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { FixedClock } from '../src/common/clock';
import { loadConfig } from '../src/config';
import { User } from '../src/modules/user/user.entity';
import { startServer } from '../src/server';
import { createMigratedDataSource } from './helpers/database';
import { capturedLogger } from './helpers/log';
import { startTestServer, TEST_JWT_SECRET, type GraphQLResponse, type TestServer } from './helpers/server';
import { graphql } from './gql';

const issuer = 'https://dev.digikannustin.test';
const audience = 'digikannustin';
const now = new Date('2026-01-15T10:00:00.000Z');
const epoch = (date: Date) => Math.floor(date.getTime() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const secretKey = new TextEncoder().encode(TEST_JWT_SECRET);

interface SignOptions {
  alg?: string;
  kid?: string;
  key?: CryptoKey | Uint8Array;
  iss?: string;
  aud?: string;
  exp?: number;
  nbf?: number;
}

/** A real JWT: HS256 with the server's secret, for the configured issuer and audience, valid for an hour. */
function sign(claims: JWTPayload, options: SignOptions = {}): Promise<string> {
  const alg = options.alg ?? 'HS256';
  const jwt = new SignJWT({ roles: [], municipalities: [], ...claims })
    .setProtectedHeader(options.kid ? { alg, kid: options.kid } : { alg })
    .setSubject(typeof claims.sub === 'string' ? claims.sub : 'alice')
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? audience)
    .setIssuedAt(epoch(now))
    .setExpirationTime(options.exp ?? epoch(now) + 3600);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(options.key ?? secretKey);
}

/** Asks for the viewer and for public data: a rejected token must get neither. */
const probe = graphql(`
  query AuthHttpViewer {
    viewer {
      role
      userId
    }
    awards(first: 1) {
      totalCount
    }
  }
`);

function expectRejected(response: GraphQLResponse<unknown>, label: string): void {
  expect(response.status, label).to.equal(401);
  expect(response.data ?? null, label).to.equal(null);
  expect(response.errors, label).to.have.length(1);
  expect(response.errors![0].extensions, label).to.deep.equal({ code: 'UNAUTHENTICATED' });
  expect(response.errors![0].message, label).to.not.match(/JWS|JWT|JOSE|jose|Context creation|stack/);
}

describe('authentication over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      now: now.toISOString(),
      env: { JWT_ISSUER: issuer, JWT_AUDIENCE: audience },
    });
  });
  after(() => server?.stop());

  const withHeader = (authorization: string) => server.query(probe, {}, { headers: { authorization } });

  it('treats a request without an Authorization header as the public', async () => {
    const { status, data, errors } = await server.query(
      graphql(`
        query AuthHttpPublicViewer {
          viewer {
            role
            userId
          }
          viewer2: viewer {
            roles
            name
            municipalities {
              code
            }
          }
          awards(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(status).to.equal(200);
    expect(errors).to.equal(undefined);
    expect(data!.viewer).to.deep.equal({ role: 'PUBLIC', userId: null });
    expect(data!.viewer2).to.deep.equal({ roles: [], name: null, municipalities: [] });
    expect(data!.awards.totalCount).to.equal(29);
  });

  it('reports the strongest role, the user id and the municipalities of a valid token', async () => {
    const token = await sign({
      sub: 'viivi',
      name: 'Viivi Virkailija',
      roles: ['applicant', 'admin', 'reviewer'],
      municipalities: ['092', '091'],
    });
    const query = graphql(`
      query AuthHttpViewer2 {
        viewer {
          role
          roles
          userId
          name
          municipalities {
            code
            name {
              fi
            }
          }
        }
      }
    `);
    const first = await server.query(query, {}, { token });
    expect(first.errors).to.equal(undefined);
    expect(first.data!.viewer).to.deep.include({
      role: 'ADMIN',
      roles: ['ADMIN', 'REVIEWER', 'APPLICANT'],
      name: 'Viivi Virkailija',
      municipalities: [
        { code: '091', name: { fi: 'Helsinki' } },
        { code: '092', name: { fi: 'Vantaa' } },
      ],
    });
    expect(first.data!.viewer.userId).to.match(/^[0-9a-f-]{36}$/);

    // The same person keeps their id; a second token of theirs with other roles updates them.
    const applicantToken = await sign({ sub: 'viivi', roles: ['applicant'], municipalities: ['092'] });
    const second = await server.query(
      graphql(`
        query AuthHttpViewer3 {
          viewer {
            role
            userId
            municipalities {
              code
            }
          }
        }
      `),
      {},
      { token: applicantToken },
    );
    expect(second.data!.viewer).to.deep.equal({
      role: 'APPLICANT',
      userId: first.data!.viewer.userId,
      municipalities: [{ code: '092' }],
    });

    const stored = await server.dataSource
      .getRepository(User)
      .findOneByOrFail({ id: first.data!.viewer.userId! });
    expect(stored).to.deep.include({ subject: `${issuer}|viivi`, name: 'Viivi Virkailija' });
    expect(stored.roles).to.deep.equal(['APPLICANT']);
    expect(stored.municipalityCodes).to.deep.equal(['092']);

    const reviewer = await server.query(
      graphql(`
        query AuthHttpViewer4 {
          viewer {
            role
          }
        }
      `),
      {},
      { token: await sign({ sub: 'rami', roles: ['reviewer', 'applicant'] }) },
    );
    expect(reviewer.data!.viewer.role).to.equal('REVIEWER');
    const none = await server.query(
      graphql(`
        query AuthHttpViewer5 {
          viewer {
            role
            roles
            userId
          }
        }
      `),
      {},
      { token: await sign({ sub: 'nemo' }) },
    );
    expect(none.data!.viewer.role).to.equal('PUBLIC');
    expect(none.data!.viewer.roles).to.deep.equal([]);
    expect(none.data!.viewer.userId).to.match(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 UNAUTHENTICATED, never public data, for every kind of bad token', async () => {
    const admin = { sub: 'mallory', roles: ['admin'] };
    const valid = await sign(admin);
    const [header, payload, signature] = valid.split('.');
    const forgedPayload = base64url({
      ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
      sub: 'root',
    });
    const unsigned = (alg: string) =>
      `${base64url({ alg, typ: 'JWT' })}.${base64url({ ...admin, iss: issuer, aud: audience, exp: epoch(now) + 3600 })}.`;
    const cases: Record<string, string> = {
      expired: `Bearer ${await sign(admin, { exp: epoch(now) - 120 })}`,
      'not yet valid': `Bearer ${await sign(admin, { nbf: epoch(now) + 120 })}`,
      'wrong issuer': `Bearer ${await sign(admin, { iss: 'https://evil.test' })}`,
      'wrong audience': `Bearer ${await sign(admin, { aud: 'another-api' })}`,
      'bad signature': `Bearer ${await sign(admin, { key: new TextEncoder().encode('another-secret-of-the-same-length-0123456789') })}`,
      'forged payload': `Bearer ${header}.${forgedPayload}.${signature}`,
      'alg none': `Bearer ${unsigned('none')}`,
      'alg None': `Bearer ${unsigned('None')}`,
      garbage: 'Bearer garbage',
      'three garbage parts': 'Bearer a.b.c',
      'not JSON inside': `Bearer ${base64url({ alg: 'HS256' })}.${Buffer.from('{oops').toString('base64url')}.c2ln`,
      'empty bearer': 'Bearer ',
      'another scheme': `Basic ${Buffer.from('admin:admin').toString('base64')}`,
      'two tokens': `Bearer ${valid} ${valid}`,
      oversized: `Bearer ${valid}${'A'.repeat(9000)}`,
      'non-ASCII bytes': 'Bearer \u00ff\u00e4.\u00f6',
    };
    for (const [label, authorization] of Object.entries(cases)) {
      expectRejected(await withHeader(authorization), label);
    }
    // The valid token itself does get in, so the cases above fail for the reason they name.
    const accepted = await withHeader(`Bearer ${valid}`);
    expect(accepted.status).to.equal(200);
    expect(accepted.data!.viewer.role).to.equal('ADMIN');
  });

  it('says why in a short message, without library details', async () => {
    const expired = await withHeader(`Bearer ${await sign({}, { exp: epoch(now) - 120 })}`);
    expect(expired.errors![0].message).to.equal('The access token has expired');
    const audienceError = await withHeader(`Bearer ${await sign({}, { aud: 'x' })}`);
    expect(audienceError.errors![0].message).to.equal('The access token is meant for another audience');
  });

  it('rejects a bad token also on a GET request', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { authorization: 'Bearer garbage', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).to.equal(401);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data ?? null).to.equal(null);
    expect(body.errors[0].extensions.code).to.equal('UNAUTHENTICATED');
  });
});

describe('authentication with an OIDC issuer (JWKS) over HTTP', () => {
  const idp = 'https://idp.example.test';
  let jwks: http.Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let publicKeyPem: string;

  before(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    publicKeyPem = await exportSPKI(pair.publicKey);
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
  });
  after(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

  /** A server of our own with a logger whose lines the test reads. */
  async function startLogged(env: Record<string, string>) {
    const { lines, logger } = capturedLogger();
    const { dataSource, drop } = await createMigratedDataSource();
    // The server is handed its data source; the configured database is not used.
    const config = loadConfig({ LOG_LEVEL: 'info', ...env });
    const running = await startServer(
      { config, dataSource, clock: new FixedClock(now), logger },
      0,
      '127.0.0.1',
    );
    return {
      lines,
      query: async (authorization: string) => {
        const response = await fetch(running.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({
            query: graphql(`
              query AuthHttpViewer6 {
                viewer {
                  role
                }
              }
            `),
          }),
        });
        return { status: response.status, text: await response.text() };
      },
      stop: async () => {
        await running.stop();
        await drop();
      },
    };
  }

  it('accepts an RS256 token from the key set and refuses an HS256 one keyed with its public key', async () => {
    const logged = await startLogged({
      JWT_JWKS_URL: jwksUrl,
      JWT_ISSUER: idp,
      JWT_AUDIENCE: audience,
      JWT_SECRET: TEST_JWT_SECRET,
    });
    try {
      const good = await sign(
        { roles: ['reviewer'] },
        { alg: 'RS256', kid: 'k1', key: privateKey, iss: idp },
      );
      const ok = await logged.query(`Bearer ${good}`);
      expect(ok.status).to.equal(200);
      const body = JSON.parse(ok.text) as Record<string, unknown>;
      // Beside the data, only what the operation cost (extensions.cost): no errors.
      expect(Object.keys(body).sort()).to.deep.equal(['data', 'extensions']);
      expect(body.data).to.deep.equal({ viewer: { role: 'REVIEWER' } });

      const confused = await sign(
        { roles: ['admin'] },
        { kid: 'k1', key: new TextEncoder().encode(publicKeyPem), iss: idp },
      );
      const refused = await logged.query(`Bearer ${confused}`);
      expect(refused.status).to.equal(401);
      expect(JSON.parse(refused.text).errors[0].extensions.code).to.equal('UNAUTHENTICATED');
    } finally {
      await logged.stop();
    }
  });

  it('logs why the key set could not be fetched, and tells the client only UNAUTHENTICATED', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/jwks.json`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const logged = await startLogged({ JWT_JWKS_URL: deadUrl, JWT_ISSUER: idp, JWT_AUDIENCE: audience });
    try {
      const token = await sign({ roles: ['admin'] }, { alg: 'RS256', kid: 'k1', key: privateKey, iss: idp });
      const response = await logged.query(`Bearer ${token}`);
      expect(response.status).to.equal(401);
      const body = JSON.parse(response.text);
      expect(body.data ?? null).to.equal(null);
      expect(body.errors).to.deep.equal([
        {
          message: 'The access token could not be verified right now',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
      expect(response.text).to.not.match(/ECONNREFUSED|fetch failed|127\.0\.0\.1|jwks/i);

      const logLine = logged.lines.find((line) => line.msg === 'the JSON Web Key Set could not be fetched');
      expect(logLine, JSON.stringify(logged.lines)).to.not.equal(undefined);
      expect(logLine!.level).to.equal(50);
      expect(logLine!.requestId).to.be.a('string');
      expect(JSON.stringify(logLine!.err)).to.match(/fetch failed|ECONNREFUSED/);
      expect(JSON.stringify(logged.lines)).to.not.include(token);
    } finally {
      await logged.stop();
    }
  });
});
