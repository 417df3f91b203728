/**
 * Prints a development access token signed HS256 with JWT_SECRET, and nothing else on stdout, so that
 * `TOKEN=$(npm run --silent token -- --role applicant --municipality 091 --sub alice)` works.
 *
 *   node dist/src/cli/token.js --role applicant --municipality 091 [--municipality 092] --sub alice
 *     [--role reviewer] [--name "Alice A"] [--expires 8h] [--issuer X] [--audience Y]
 *
 * Issuer and audience default to JWT_ISSUER and JWT_AUDIENCE, so the token suits the configured server.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { loadConfig } from '../config';

const usage = `Usage: npm run token -- --sub <subject> [--role applicant|reviewer|admin]... [--municipality 091]...
                        [--name "Full Name"] [--expires 8h] [--issuer <iss>] [--audience <aud>]`;

const knownRoles = ['applicant', 'reviewer', 'admin'];

class UsageError extends Error {}

/** Builds the token for the given command-line arguments and environment. */
async function createDevelopmentToken(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        sub: { type: 'string' },
        role: { type: 'string', multiple: true, default: [] },
        municipality: { type: 'string', multiple: true, default: [] },
        name: { type: 'string' },
        expires: { type: 'string', default: '8h' },
        issuer: { type: 'string' },
        audience: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const jwt = loadConfig(env).jwt;
  if (!jwt.secret)
    throw new UsageError('JWT_SECRET is not set: there is no key to sign development tokens with');
  if (!values.sub) throw new UsageError('--sub is required');
  const roles = values.role.map((role) => role.toLowerCase());
  const unknown = roles.filter((role) => !knownRoles.includes(role));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown role ${unknown.join(', ')}; roles are ${knownRoles.join(', ')}`);
  }
  const badCode = values.municipality.find((code) => !/^\d{3}$/.test(code));
  if (badCode !== undefined)
    throw new UsageError(`A municipality code is three digits, e.g. 091 (got ${badCode})`);

  const claims: Record<string, unknown> = {
    roles: [...new Set(roles)],
    municipalities: [...new Set(values.municipality)],
  };
  if (values.name) claims.name = values.name;
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(values.sub)
    .setIssuedAt();
  const issuer = values.issuer ?? jwt.issuer;
  const audience = values.audience ?? jwt.audience;
  if (issuer) token.setIssuer(issuer);
  if (audience) token.setAudience(audience);
  try {
    token.setExpirationTime(values.expires);
  } catch {
    throw new UsageError(`--expires is not a duration such as 30m, 8h or 7d (got ${values.expires})`);
  }
  return token.sign(new TextEncoder().encode(jwt.secret));
}

async function main(): Promise<void> {
  try {
    process.stdout.write(`${await createDevelopmentToken(process.argv.slice(2), process.env)}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n${error instanceof UsageError ? usage + '\n' : ''}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
