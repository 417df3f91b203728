import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from 'chai';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type { DataSource } from 'typeorm';
import {
  KeySetUnavailableError,
  MAX_AUTHORIZATION_HEADER_LENGTH,
  TokenVerifier,
  userSubjectOf,
  type VerifiedClaims,
} from '../src/auth/token-verifier';
import { actsFor, hasRole, publicViewer, Role, strongestRole } from '../src/auth/viewer';
import { FixedClock } from '../src/common/clock';
import { AppError, ErrorCode } from '../src/common/errors';
import { ConfigError, type JwtConfig } from '../src/config';
import { User } from '../src/modules/user/user.entity';
import { LAST_SEEN_RESOLUTION_MS, UserService } from '../src/modules/user/user.service';
import { createMigratedDataSource, testEngine } from './helpers/database';

const secret = 'a-development-secret-for-tests-only-0123456789';
const devIssuer = 'https://dev.digikannustin.test';
const idpIssuer = 'https://idp.example.test';
const audience = 'digikannustin';
const start = new Date('2026-03-01T10:00:00.000Z');
const epoch = (date: Date) => Math.floor(date.getTime() / 1000);
const encoder = new TextEncoder();
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface TokenOptions {
  alg?: string;
  kid?: string;
  key?: CryptoKey | Uint8Array;
  issuer?: string | null;
  audience?: string | null;
  sub?: string | null;
  iat?: number;
  exp?: number | null;
  nbf?: number;
}

/** A real JWT made by jose: HS256 with the test secret unless told otherwise, valid for an hour from `start`. */
async function makeToken(claims: JWTPayload = {}, options: TokenOptions = {}): Promise<string> {
  const alg = options.alg ?? 'HS256';
  const jwt = new SignJWT({ ...claims })
    .setProtectedHeader(options.kid ? { alg, kid: options.kid } : { alg })
    .setIssuedAt(options.iat ?? epoch(start));
  const sub = options.sub === undefined ? 'alice' : options.sub;
  if (sub !== null) jwt.setSubject(sub);
  const issuer = options.issuer === undefined ? devIssuer : options.issuer;
  if (issuer !== null) jwt.setIssuer(issuer);
  const aud = options.audience === undefined ? audience : options.audience;
  if (aud !== null) jwt.setAudience(aud);
  const exp = options.exp === undefined ? epoch(start) + 3600 : options.exp;
  if (exp !== null) jwt.setExpirationTime(exp);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(options.key ?? encoder.encode(secret));
}

async function expectUnauthenticated(promise: Promise<unknown>): Promise<AppError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected the token to be rejected').to.be.instanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).to.equal(ErrorCode.UNAUTHENTICATED);
  expect(error.extensions.code).to.equal('UNAUTHENTICATED');
  return error;
}

describe('viewer', () => {
  it('orders roles ADMIN > REVIEWER > APPLICANT > PUBLIC', () => {
    expect(strongestRole([])).to.equal(Role.PUBLIC);
    expect(strongestRole([Role.APPLICANT, Role.REVIEWER])).to.equal(Role.REVIEWER);
    expect(strongestRole([Role.APPLICANT, Role.ADMIN, Role.REVIEWER])).to.equal(Role.ADMIN);
  });

  it('knows what the public viewer may claim', () => {
    expect(publicViewer.role).to.equal(Role.PUBLIC);
    expect(hasRole(publicViewer, Role.PUBLIC)).to.equal(true);
    expect(hasRole(publicViewer, Role.APPLICANT)).to.equal(false);
    expect(actsFor(publicViewer, '091')).to.equal(false);
    expect(() => publicViewer.roles.push(Role.ADMIN)).to.throw(TypeError);
  });
});

describe('TokenVerifier with the development secret (HS256)', () => {
  const clock = new FixedClock(start);
  const verifier = new TokenVerifier({ secret, issuer: devIssuer, audience }, clock);
  const bearer = (token: string) => `Bearer ${token}`;

  beforeEach(() => clock.set(start));

  it('returns null without an Authorization header', async () => {
    expect(await verifier.verify(undefined)).to.equal(null);
  });

  it('accepts a valid token and maps its claims', async () => {
    const token = await makeToken({
      name: '  Alice Applicant ',
      roles: ['applicant', 'superuser', 'reviewer', 'applicant'],
      municipalities: ['092', '091', '092'],
    });
    const claims = await verifier.verify(bearer(token));
    expect(claims).to.deep.equal({
      issuer: devIssuer,
      sub: 'alice',
      userSubject: `${devIssuer}|alice`,
      name: 'Alice Applicant',
      roles: [Role.REVIEWER, Role.APPLICANT],
      municipalityCodes: ['091', '092'],
      expiresAt: new Date(start.getTime() + 3600_000),
    });
  });

  it('takes the scheme name in any case and defaults roles, municipalities and name', async () => {
    const claims = await verifier.verify(`bearer ${await makeToken()}`);
    expect(claims).to.include({ name: null, sub: 'alice' });
    expect(claims?.roles).to.deep.equal([]);
    expect(claims?.municipalityCodes).to.deep.equal([]);
  });

  it('allows 30 seconds of clock skew on exp and nbf', async () => {
    const token = await makeToken({}, { exp: epoch(start) - 20, nbf: epoch(start) + 20 });
    expect(await verifier.verify(bearer(token))).to.not.equal(null);
  });

  it('rejects an expired token', async () => {
    const token = await makeToken();
    clock.set(new Date(start.getTime() + 3600_000 + 31_000));
    const error = await expectUnauthenticated(verifier.verify(bearer(token)));
    expect(error.message).to.equal('The access token has expired');
  });

  it('rejects a token that is not yet valid', async () => {
    const token = await makeToken({}, { nbf: epoch(start) + 120 });
    const error = await expectUnauthenticated(verifier.verify(bearer(token)));
    expect(error.message).to.equal('The access token is not yet valid');
  });

  it('rejects a token without exp', async () => {
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { exp: null }))));
  });

  it('rejects a wrong or missing issuer', async () => {
    await expectUnauthenticated(
      verifier.verify(bearer(await makeToken({}, { issuer: 'https://evil.test' }))),
    );
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { issuer: null }))));
  });

  it('rejects a wrong or missing audience', async () => {
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { audience: 'another-api' }))));
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { audience: null }))));
  });

  it('rejects a bad signature', async () => {
    const otherKey = await makeToken({}, { key: encoder.encode('some-other-secret-of-the-same-kind-0123') });
    const error = await expectUnauthenticated(verifier.verify(bearer(otherKey)));
    expect(error.message).to.equal('The access token signature is not valid');

    const [header, , signature] = (await makeToken({ roles: ['applicant'] })).split('.');
    const forgedPayload = base64url({
      sub: 'alice',
      iss: devIssuer,
      aud: audience,
      exp: epoch(start) + 3600,
      roles: ['admin'],
    });
    await expectUnauthenticated(verifier.verify(bearer(`${header}.${forgedPayload}.${signature}`)));
  });

  it('rejects alg none', async () => {
    const payload = {
      sub: 'mallory',
      iss: devIssuer,
      aud: audience,
      exp: epoch(start) + 3600,
      roles: ['admin'],
    };
    for (const alg of ['none', 'None', 'NONE']) {
      const unsigned = `${base64url({ alg, typ: 'JWT' })}.${base64url(payload)}.`;
      await expectUnauthenticated(verifier.verify(bearer(unsigned)));
    }
  });

  it('rejects garbage and malformed headers', async () => {
    const valid = await makeToken();
    for (const header of [
      '',
      'Bearer',
      'Bearer ',
      'garbage',
      'Bearer garbage',
      'Bearer a.b.c',
      'Bearer ....',
      `Basic ${Buffer.from('alice:secret').toString('base64')}`,
      `Token ${valid}`,
      `Bearer ${valid} ${valid}`,
      `Bearer ${valid.split('.').slice(0, 2).join('.')}`,
      `Bearer ${base64url({ alg: 'HS256' })}.${Buffer.from('not json').toString('base64url')}.c2ln`,
      'Bearer \u0000\u0001\u0002',
    ]) {
      await expectUnauthenticated(verifier.verify(header));
    }
  });

  it('rejects an oversized header before parsing it', async () => {
    const huge = `Bearer ${'a'.repeat(9 * 1024)}`;
    expect(huge.length).to.be.greaterThan(MAX_AUTHORIZATION_HEADER_LENGTH);
    const error = await expectUnauthenticated(verifier.verify(huge));
    expect(error.message).to.equal('The Authorization header is too large');
  });

  it('rejects a missing, empty or oversized sub', async () => {
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { sub: null }))));
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { sub: '' }))));
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({}, { sub: 'x'.repeat(256) }))));
    expect(await verifier.verify(bearer(await makeToken({}, { sub: 'x'.repeat(255) })))).to.not.equal(null);
  });

  it('rejects bad municipality codes', async () => {
    for (const municipalities of [['91'], ['0910'], ['abc'], [91], '091', ['091', null]]) {
      const token = await makeToken({ municipalities });
      const error = await expectUnauthenticated(verifier.verify(bearer(token)));
      expect(error.message).to.equal('The access token has invalid municipality codes');
    }
  });

  it('rejects roles and names of the wrong shape', async () => {
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({ roles: 'admin' }))));
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({ roles: [1] }))));
    await expectUnauthenticated(verifier.verify(bearer(await makeToken({ name: 42 }))));
  });

  it('does not put the secret, the token or library details in the message', async () => {
    const token = await makeToken({}, { key: encoder.encode('some-other-secret-of-the-same-kind-0123') });
    const error = await expectUnauthenticated(verifier.verify(bearer(token)));
    expect(error.message).to.not.include(secret);
    expect(error.message).to.not.include(token);
    expect(JSON.stringify(error.toJSON())).to.not.match(/JWS|JOSE|cause/i);
  });

  it('keeps the same sub from two issuers apart', async () => {
    const open = new TokenVerifier({ secret }, clock);
    const a = await open.verify(bearer(await makeToken({}, { issuer: 'https://a.test', audience: null })));
    const b = await open.verify(bearer(await makeToken({}, { issuer: 'https://b.test', audience: null })));
    const none = await open.verify(bearer(await makeToken({}, { issuer: null, audience: null })));
    expect(a?.userSubject).to.equal('https://a.test|alice');
    expect(b?.userSubject).to.equal('https://b.test|alice');
    expect(none?.userSubject).to.equal('local|alice');
    expect(none?.issuer).to.equal(null);
  });

  it('hashes a subject that would not fit the column instead of truncating it', () => {
    const long = userSubjectOf('https://issuer.test', 'y'.repeat(255));
    expect(long).to.match(/^sha256:[0-9a-f]{64}$/);
    expect(userSubjectOf('https://issuer.test', 'y'.repeat(254) + 'z')).to.not.equal(long);
  });

  it('rejects every token when neither a secret nor a JWKS is configured', async () => {
    const closed = new TokenVerifier({}, clock);
    expect(closed.acceptsTokens).to.equal(false);
    expect(await closed.verify(undefined)).to.equal(null);
    await expectUnauthenticated(closed.verify(bearer(await makeToken())));
  });
});

describe('TokenVerifier with an OIDC issuer (JWKS)', () => {
  const clock = new FixedClock(start);
  let server: http.Server;
  let jwksUrl: string;
  let jwksRequests = 0;
  let privateKey: CryptoKey;
  let publicKeyPem: string;
  let verifier: TokenVerifier;
  const config = (): JwtConfig => ({ jwksUrl, issuer: idpIssuer, audience });

  before(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    publicKeyPem = await exportSPKI(pair.publicKey);
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = http.createServer((request, response) => {
      jwksRequests += 1;
      if (request.url !== '/.well-known/jwks.json') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    verifier = new TokenVerifier(config(), clock);
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const rsToken = (claims: JWTPayload = {}, options: TokenOptions = {}) =>
    makeToken(claims, { alg: 'RS256', kid: 'key-1', key: privateKey, issuer: idpIssuer, ...options });

  it('accepts an RS256 token signed by a key of the set', async () => {
    const before = jwksRequests;
    const claims = await verifier.verify(`Bearer ${await rsToken({ roles: ['admin'] })}`);
    expect(claims).to.include({ issuer: idpIssuer, sub: 'alice', userSubject: `${idpIssuer}|alice` });
    expect(claims?.roles).to.deep.equal([Role.ADMIN]);
    expect(jwksRequests).to.be.greaterThan(before);
  });

  it('requires issuer and audience beside a JWKS URL', () => {
    expect(() => new TokenVerifier({ jwksUrl, audience })).to.throw(ConfigError);
    expect(() => new TokenVerifier({ jwksUrl, issuer: idpIssuer })).to.throw(ConfigError);
  });

  it('rejects an HS256 token keyed with the public key', async () => {
    const token = await makeToken(
      { roles: ['admin'] },
      { issuer: idpIssuer, key: encoder.encode(publicKeyPem) },
    );
    const error = await expectUnauthenticated(verifier.verify(`Bearer ${token}`));
    expect(error.message).to.equal('The access token algorithm is not accepted');
    // Also with a kid pointing at the real key, and when the server also knows a development secret.
    const withKid = await makeToken(
      {},
      { issuer: idpIssuer, kid: 'key-1', key: encoder.encode(publicKeyPem) },
    );
    await expectUnauthenticated(verifier.verify(`Bearer ${withKid}`));
    const both = new TokenVerifier({ ...config(), secret }, clock);
    await expectUnauthenticated(both.verify(`Bearer ${withKid}`));
  });

  it('rejects alg none', async () => {
    const payload = { sub: 'mallory', iss: idpIssuer, aud: audience, exp: epoch(start) + 3600 };
    await expectUnauthenticated(
      verifier.verify(`Bearer ${base64url({ alg: 'none' })}.${base64url(payload)}.`),
    );
  });

  it('rejects a token signed by a key outside the set', async () => {
    const stranger = await generateKeyPair('RS256');
    const error = await expectUnauthenticated(
      verifier.verify(`Bearer ${await rsToken({}, { key: stranger.privateKey })}`),
    );
    expect(error.message).to.equal('The access token signature is not valid');
    const unknownKid = await rsToken({}, { key: stranger.privateKey, kid: 'key-2' });
    await expectUnauthenticated(verifier.verify(`Bearer ${unknownKid}`));
  });

  it('rejects wrong issuer, wrong audience and expiry', async () => {
    await expectUnauthenticated(verifier.verify(`Bearer ${await rsToken({}, { issuer: devIssuer })}`));
    await expectUnauthenticated(verifier.verify(`Bearer ${await rsToken({}, { audience: 'another-api' })}`));
    await expectUnauthenticated(verifier.verify(`Bearer ${await rsToken({}, { exp: epoch(start) - 60 })}`));
  });

  it('turns an unreachable key set into UNAUTHENTICATED with the cause kept for the log', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = new TokenVerifier(
      { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, issuer: idpIssuer, audience },
      clock,
    );
    const error = await expectUnauthenticated(unreachable.verify(`Bearer ${await rsToken()}`));
    expect(error.message).to.equal('The access token could not be verified right now');
    expect((error as Error & { cause?: unknown }).cause).to.be.instanceOf(KeySetUnavailableError);
  });

  it('turns a key set URL that answers 404 into UNAUTHENTICATED', async () => {
    const broken = new TokenVerifier(
      { jwksUrl: jwksUrl.replace('jwks.json', 'missing'), issuer: idpIssuer, audience },
      clock,
    );
    const error = await expectUnauthenticated(broken.verify(`Bearer ${await rsToken()}`));
    expect((error as Error & { cause?: unknown }).cause).to.be.instanceOf(KeySetUnavailableError);
  });
});

describe('npm run token (src/cli/token.ts)', () => {
  const cli = path.join(__dirname, '..', 'src', 'cli', 'token.js');
  const run = (args: string[], extraEnv: Record<string, string>) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('JWT_')));
    return spawnSync(process.execPath, [cli, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8' });
  };

  it('prints only a token that the verifier accepts', async () => {
    const result = run(
      [
        '--role',
        'applicant',
        '--municipality',
        '091',
        '--municipality',
        '092',
        '--sub',
        'alice',
        '--name',
        'Alice A',
      ],
      { JWT_SECRET: secret, JWT_ISSUER: devIssuer, JWT_AUDIENCE: audience },
    );
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stderr).to.equal('');
    expect(result.stdout).to.match(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const verifier = new TokenVerifier({ secret, issuer: devIssuer, audience });
    const claims = await verifier.verify(`Bearer ${result.stdout.trim()}`);
    expect(claims).to.include({ sub: 'alice', name: 'Alice A', issuer: devIssuer });
    expect(claims?.roles).to.deep.equal([Role.APPLICANT]);
    expect(claims?.municipalityCodes).to.deep.equal(['091', '092']);
    const hours = (claims!.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hours).to.be.within(7.9, 8.01);
  });

  it('honours --expires, --issuer and --audience', async () => {
    const result = run(
      ['--role', 'admin', '--sub', 'root', '--expires', '15m', '--issuer', 'X', '--audience', 'Y'],
      {
        JWT_SECRET: secret,
      },
    );
    expect(result.status, result.stderr).to.equal(0);
    const claims = await new TokenVerifier({ secret, issuer: 'X', audience: 'Y' }).verify(
      `Bearer ${result.stdout.trim()}`,
    );
    expect(claims?.roles).to.deep.equal([Role.ADMIN]);
    expect((claims!.expiresAt.getTime() - Date.now()) / 60_000).to.be.within(14, 15.01);
  });

  it('exits 1 with a message when JWT_SECRET is unset', () => {
    const result = run(['--role', 'applicant', '--sub', 'alice'], {});
    expect(result.status).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include('JWT_SECRET is not set');
  });

  it('exits 1 with a message for an unknown role or a bad municipality code', () => {
    const role = run(['--role', 'superuser', '--sub', 'alice'], { JWT_SECRET: secret });
    expect(role.status).to.equal(1);
    expect(role.stdout).to.equal('');
    expect(role.stderr).to.include('Unknown role superuser');
    const code = run(['--role', 'applicant', '--municipality', '91', '--sub', 'alice'], {
      JWT_SECRET: secret,
    });
    expect(code.status).to.equal(1);
    expect(code.stderr).to.include('three digits');
  });
});

describe(`UserService.upsertFromClaims (${testEngine})`, () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  const users = new UserService();

  before(async () => {
    ({ dataSource, drop } = await createMigratedDataSource());
  });

  after(async () => {
    await drop?.();
  });

  const claimsFor = (sub: string, fields: Partial<VerifiedClaims> = {}): VerifiedClaims => {
    const issuer = fields.issuer === undefined ? devIssuer : fields.issuer;
    return {
      issuer,
      sub,
      userSubject: userSubjectOf(issuer, sub),
      name: 'Alice Applicant',
      roles: [Role.APPLICANT],
      municipalityCodes: ['091'],
      expiresAt: new Date(start.getTime() + 3600_000),
      ...fields,
    };
  };
  const stored = (id: string) => dataSource.getRepository(User).findOneByOrFail({ id });

  it('creates the user on first use and updates roles and municipalities later, on the same row', async () => {
    const first = await users.upsertFromClaims(dataSource.manager, claimsFor('alice'), start);
    expect(first.subject).to.equal(`${devIssuer}|alice`);
    const created = await stored(first.id);
    expect(created).to.include({ name: 'Alice Applicant', subject: `${devIssuer}|alice` });
    expect(created.roles).to.deep.equal([Role.APPLICANT]);
    expect(created.municipalityCodes).to.deep.equal(['091']);
    expect(created.createdAt.getTime()).to.equal(start.getTime());
    expect(created.lastSeenAt.getTime()).to.equal(start.getTime());

    const later = new Date(start.getTime() + 60_000);
    const changed = claimsFor('alice', {
      roles: [Role.REVIEWER, Role.APPLICANT],
      municipalityCodes: ['091', '092'],
    });
    const second = await users.upsertFromClaims(dataSource.manager, changed, later);
    expect(second.id).to.equal(first.id);
    const updated = await stored(first.id);
    expect(updated.roles).to.deep.equal([Role.REVIEWER, Role.APPLICANT]);
    expect(updated.municipalityCodes).to.deep.equal(['091', '092']);
    expect(updated.createdAt.getTime()).to.equal(start.getTime());
    expect(updated.lastSeenAt.getTime()).to.equal(later.getTime());
    expect(await dataSource.getRepository(User).countBy({ subject: `${devIssuer}|alice` })).to.equal(1);

    const none = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('alice', { roles: [], municipalityCodes: [] }),
      later,
    );
    expect(none.id).to.equal(first.id);
    const emptied = await stored(first.id);
    expect(emptied.roles).to.deep.equal([]);
    expect(emptied.municipalityCodes).to.deep.equal([]);
  });

  it('keeps the stored name when the token has none, and uses sub when there never was one', async () => {
    const named = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('bob', { name: 'Bob B' }),
      start,
    );
    await users.upsertFromClaims(dataSource.manager, claimsFor('bob', { name: null }), start);
    expect((await stored(named.id)).name).to.equal('Bob B');
    const anonymous = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('carol', { name: null }),
      start,
    );
    expect((await stored(anonymous.id)).name).to.equal('carol');
  });

  it('refreshes lastSeenAt only once it is older than the resolution', async () => {
    const user = await users.upsertFromClaims(dataSource.manager, claimsFor('dave'), start);
    const soon = new Date(start.getTime() + LAST_SEEN_RESOLUTION_MS - 1000);
    await users.upsertFromClaims(dataSource.manager, claimsFor('dave'), soon);
    expect((await stored(user.id)).lastSeenAt.getTime()).to.equal(start.getTime());
    const late = new Date(start.getTime() + LAST_SEEN_RESOLUTION_MS + 1000);
    await users.upsertFromClaims(dataSource.manager, claimsFor('dave'), late);
    expect((await stored(user.id)).lastSeenAt.getTime()).to.equal(late.getTime());
  });

  it('gives two racing first requests of a new user one row', async () => {
    const racers = await Promise.all([
      users.upsertFromClaims(dataSource.manager, claimsFor('erin'), start),
      users.upsertFromClaims(dataSource.manager, claimsFor('erin', { roles: [Role.REVIEWER] }), start),
      users.upsertFromClaims(dataSource.manager, claimsFor('erin'), start),
    ]);
    expect(new Set(racers.map((user) => user.id)).size).to.equal(1);
    expect(await dataSource.getRepository(User).countBy({ subject: `${devIssuer}|erin` })).to.equal(1);
  });

  it('gives two racing first requests in transactions one row', async function () {
    // TypeORM's better-sqlite3 driver has one connection and cannot run two transactions at once.
    if (testEngine !== 'mariadb') this.skip();
    const racers = await Promise.all(
      [0, 1].map(() =>
        dataSource.transaction((manager) => users.upsertFromClaims(manager, claimsFor('frank'), start)),
      ),
    );
    expect(racers[0].id).to.equal(racers[1].id);
    expect(await dataSource.getRepository(User).countBy({ subject: `${devIssuer}|frank` })).to.equal(1);
  });

  it('keeps the same sub from two issuers as two people', async () => {
    const a = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('gina', { issuer: 'https://a.test' }),
      start,
    );
    const b = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('gina', { issuer: 'https://b.test' }),
      start,
    );
    const local = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('gina', { issuer: null }),
      start,
    );
    expect(new Set([a.id, b.id, local.id]).size).to.equal(3);
    expect(local.subject).to.equal('local|gina');
  });

  it('keeps two people whose subjects differ only in case apart, on every engine', async () => {
    const lower = await users.upsertFromClaims(dataSource.manager, claimsFor('harry'), start);
    const upper = await users.upsertFromClaims(
      dataSource.manager,
      claimsFor('Harry', { roles: [Role.ADMIN] }),
      start,
    );
    expect(upper.id).to.not.equal(lower.id);
    expect((await stored(lower.id)).roles).to.deep.equal([Role.APPLICANT]);
    expect((await stored(upper.id)).roles).to.deep.equal([Role.ADMIN]);
    const again = await users.upsertFromClaims(dataSource.manager, claimsFor('harry'), start);
    expect(again.id).to.equal(lower.id);
  });

  it('builds the viewer from the stored user and the token', async () => {
    const claims = claimsFor('ivy', {
      roles: [Role.REVIEWER, Role.APPLICANT],
      municipalityCodes: ['049', '091'],
    });
    const user = await users.upsertFromClaims(dataSource.manager, claims, start);
    const viewer = users.toViewer(user, claims);
    expect(viewer).to.deep.equal({
      role: Role.REVIEWER,
      roles: [Role.REVIEWER, Role.APPLICANT],
      userId: user.id,
      subject: `${devIssuer}|ivy`,
      name: 'Alice Applicant',
      municipalityCodes: ['049', '091'],
    });
    expect(hasRole(viewer, Role.APPLICANT)).to.equal(true);
    expect(hasRole(viewer, Role.ADMIN)).to.equal(false);
    expect(actsFor(viewer, '049')).to.equal(true);
    expect(actsFor(viewer, '092')).to.equal(false);
  });
});
