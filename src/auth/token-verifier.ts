import { createHash } from 'node:crypto';
import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type FlattenedJWSInput,
  type JWSHeaderParameters,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import { systemClock, type Clock } from '../common/clock';
import { AppError, codeMessages, type Messages, unauthenticated } from '../common/errors';
import { ConfigError, type JwtConfig } from '../config';
import { Role } from './viewer';

/** Longer Authorization headers are refused before any parsing. */
export const MAX_AUTHORIZATION_HEADER_LENGTH = 8 * 1024;

/** Leeway for exp and nbf, for clocks of issuer and server that disagree a little. */
const CLOCK_TOLERANCE_SECONDS = 30;

const symmetricAlgorithms = ['HS256'];
const asymmetricAlgorithms = ['RS256', 'ES256', 'PS256'];

const roleClaims: Record<string, Role> = {
  applicant: Role.APPLICANT,
  reviewer: Role.REVIEWER,
  admin: Role.ADMIN,
};
const strongestFirst = [Role.ADMIN, Role.REVIEWER, Role.APPLICANT];

const bearerPattern = /^Bearer +(\S+) *$/i;
const compactJwsPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const municipalityCodePattern = /^\d{3}$/;
const maxSubjectLength = 255;
const maxNameLength = 255;

/** What a verified token says about its bearer, checked and normalised. */
export interface VerifiedClaims {
  /** `iss`, or null when the token has none (only possible with the development secret). */
  issuer: string | null;
  /** `sub` as the issuer sent it. */
  sub: string;
  /** The key of the User row: see {@link userSubjectOf}. */
  userSubject: string;
  /** `name`, trimmed; null when absent or blank. */
  name: string | null;
  /** Known roles from `roles`, strongest first, no duplicates; unknown role names are dropped. */
  roles: Role[];
  /** `municipalities`, sorted, no duplicates. */
  municipalityCodes: string[];
  expiresAt: Date;
}

/**
 * Raised inside verification when the issuer's key set cannot be fetched or read. It never reaches the
 * client: the request gets UNAUTHENTICATED whose `cause` is this error, for the caller to log.
 */
export class KeySetUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The JSON Web Key Set could not be fetched', { cause });
    this.name = 'KeySetUnavailableError';
  }
}

/**
 * The stored subject of a person: `issuer|sub`, with `local` for a token without `iss`, so the same
 * `sub` from two issuers is two people. When that would not fit the 255-character column it becomes
 * `sha256:<hex>` of the same string — still one value per person, never a truncation that could merge two.
 */
export function userSubjectOf(issuer: string | null, sub: string): string {
  const plain = `${issuer ?? 'local'}|${sub}`;
  if (plain.length <= maxSubjectLength) return plain;
  return `sha256:${createHash('sha256').update(plain, 'utf8').digest('hex')}`;
}

const rejected = (messages: Messages, cause?: unknown): AppError => {
  const error = unauthenticated(messages);
  // Kept off the message and extensions (which the client sees); the caller may log it.
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, configurable: true });
  return error;
};

/** A claim of the token that is not what it must be, named in each language. */
const invalidClaim = (en: string, fi: string, sv: string): Messages => ({
  en: `The access token has an invalid ${en}`,
  fi: `Pääsytunnisteen ${fi} on virheellinen`,
  sv: `Åtkomsttokens ${sv} är ogiltig`,
});

/**
 * Checks `Authorization: Bearer <JWT>` headers: HS256 with the shared secret (development) and/or
 * RS256, ES256 or PS256 with the keys of an OIDC issuer's JWKS (production). Each key source accepts
 * only its own algorithms, so `alg: none` and an HS256 token keyed with a public key never verify.
 */
export class TokenVerifier {
  private readonly secretKey: Uint8Array | undefined;
  private readonly keySet: ReturnType<typeof createRemoteJWKSet> | undefined;
  private readonly options: Omit<JWTVerifyOptions, 'currentDate'>;

  /**
   * @param config JWT settings from {@link loadConfig}; a JWKS URL needs an issuer and an audience.
   * @param clock the time against which exp and nbf are checked.
   * @throws ConfigError when the JWKS URL is unusable or issuer or audience is missing beside it.
   */
  constructor(
    config: JwtConfig,
    private readonly clock: Clock = systemClock,
  ) {
    this.secretKey = config.secret ? new TextEncoder().encode(config.secret) : undefined;
    if (config.jwksUrl) {
      if (!config.issuer || !config.audience) {
        throw new ConfigError('JWT_JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE');
      }
      let url: URL;
      try {
        url = new URL(config.jwksUrl);
      } catch {
        throw new ConfigError('JWT_JWKS_URL is not a URL');
      }
      this.keySet = createRemoteJWKSet(url);
    }
    const algorithms = [
      ...(this.secretKey ? symmetricAlgorithms : []),
      ...(this.keySet ? asymmetricAlgorithms : []),
    ];
    this.options = {
      algorithms,
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'sub'],
    };
  }

  /** Whether any token can verify at all (a secret or a JWKS URL is configured). */
  get acceptsTokens(): boolean {
    return this.secretKey !== undefined || this.keySet !== undefined;
  }

  /**
   * Verifies an Authorization header.
   *
   * @returns null when there is no header (the public role), else the token's claims.
   * @throws AppError UNAUTHENTICATED for any header that is present but not a valid token; the message
   *   is short and safe to show, and `cause` holds the underlying error, if any, for the log.
   */
  async verify(authorizationHeader: string | undefined): Promise<VerifiedClaims | null> {
    if (authorizationHeader === undefined) return null;
    if (authorizationHeader.length > MAX_AUTHORIZATION_HEADER_LENGTH) {
      throw rejected({
        en: 'The Authorization header is too large',
        fi: 'Authorization-otsake on liian suuri',
        sv: 'Authorization-huvudet är för stort',
      });
    }
    const token = bearerPattern.exec(authorizationHeader)?.[1];
    if (!token)
      throw rejected({
        en: 'The Authorization header must be "Bearer <token>"',
        fi: 'Authorization-otsakkeen muoto on "Bearer <tunniste>"',
        sv: 'Authorization-huvudet ska ha formen "Bearer <token>"',
      });
    if (!this.acceptsTokens)
      throw rejected({
        en: 'This server is not configured to accept access tokens',
        fi: 'Tätä palvelinta ei ole määritetty hyväksymään pääsytunnisteita',
        sv: 'Den här servern är inte konfigurerad att godta åtkomsttoken',
      });
    if (!compactJwsPattern.test(token)) throw rejected(codeMessages.UNAUTHENTICATED);

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, (header, jws) => this.keyFor(header, jws), {
        ...this.options,
        currentDate: this.clock.now(),
      }));
    } catch (error) {
      throw toUnauthenticated(error);
    }
    return readClaims(payload);
  }

  private async keyFor(header: JWSHeaderParameters, jws: FlattenedJWSInput) {
    // The algorithm allow-list has already matched `alg` to a configured source; this only picks it.
    if (header.alg && symmetricAlgorithms.includes(header.alg) && this.secretKey) return this.secretKey;
    if (header.alg && asymmetricAlgorithms.includes(header.alg) && this.keySet) {
      try {
        return await this.keySet(header, jws);
      } catch (error) {
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
          throw error;
        }
        throw new KeySetUnavailableError(error);
      }
    }
    throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  }
}

function toUnauthenticated(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof KeySetUnavailableError) {
    return rejected(
      {
        en: 'The access token could not be verified right now',
        fi: 'Pääsytunnistetta ei juuri nyt voitu tarkistaa',
        sv: 'Åtkomsttoken kunde inte kontrolleras just nu',
      },
      error,
    );
  }
  if (error instanceof errors.JWTExpired)
    return rejected(
      {
        en: 'The access token has expired',
        fi: 'Pääsytunniste on vanhentunut',
        sv: 'Åtkomsttoken har gått ut',
      },
      error,
    );
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'nbf':
        return rejected(
          {
            en: 'The access token is not yet valid',
            fi: 'Pääsytunniste ei ole vielä voimassa',
            sv: 'Åtkomsttoken är inte giltig ännu',
          },
          error,
        );
      case 'iss':
        return rejected(
          {
            en: 'The access token is from another issuer',
            fi: 'Pääsytunnisteen on myöntänyt toinen myöntäjä',
            sv: 'Åtkomsttoken har utfärdats av en annan utfärdare',
          },
          error,
        );
      case 'aud':
        return rejected(
          {
            en: 'The access token is meant for another audience',
            fi: 'Pääsytunniste on tarkoitettu toiselle palvelulle',
            sv: 'Åtkomsttoken är avsedd för en annan tjänst',
          },
          error,
        );
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return rejected(
      {
        en: 'The access token algorithm is not accepted',
        fi: 'Pääsytunnisteen algoritmia ei hyväksytä',
        sv: 'Åtkomsttokens algoritm godtas inte',
      },
      error,
    );
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return rejected(
      {
        en: 'The access token signature is not valid',
        fi: 'Pääsytunnisteen allekirjoitus ei kelpaa',
        sv: 'Åtkomsttokens signatur är inte giltig',
      },
      error,
    );
  }
  if (error instanceof errors.JWKSNoMatchingKey)
    return rejected(
      {
        en: 'The access token signing key is unknown',
        fi: 'Pääsytunnisteen allekirjoitusavain on tuntematon',
        sv: 'Åtkomsttokens signeringsnyckel är okänd',
      },
      error,
    );
  return rejected(codeMessages.UNAUTHENTICATED, error);
}

/** Turns a verified payload into {@link VerifiedClaims}, refusing claims of the wrong shape. */
function readClaims(payload: JWTPayload): VerifiedClaims {
  const { iss, sub, exp } = payload;
  if (iss !== undefined && (typeof iss !== 'string' || iss === '')) {
    throw rejected(invalidClaim('issuer', 'myöntäjä', 'utfärdare'));
  }
  if (typeof sub !== 'string' || sub === '' || sub.length > maxSubjectLength) {
    throw rejected(invalidClaim('subject', 'käyttäjätunniste', 'subjekt'));
  }
  const issuer = iss ?? null;
  return {
    issuer,
    sub,
    userSubject: userSubjectOf(issuer, sub),
    name: readName(payload.name),
    roles: readRoles(payload.roles),
    municipalityCodes: readMunicipalities(payload.municipalities),
    expiresAt: new Date((exp as number) * 1000),
  };
}

function readName(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw rejected(invalidClaim('name', 'nimi', 'namn'));
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // Counted in code points so that a cut never splits a surrogate pair.
  const codePoints = Array.from(trimmed);
  return codePoints.length <= maxNameLength ? trimmed : codePoints.slice(0, maxNameLength).join('');
}

function readRoles(value: unknown): Role[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((role) => typeof role === 'string')) {
    throw rejected({
      en: 'The access token has invalid roles',
      fi: 'Pääsytunnisteen roolit ovat virheelliset',
      sv: 'Åtkomsttokens roller är ogiltiga',
    });
  }
  const granted = new Set<Role>();
  for (const name of value) {
    if (Object.prototype.hasOwnProperty.call(roleClaims, name)) granted.add(roleClaims[name]);
  }
  return strongestFirst.filter((role) => granted.has(role));
}

function readMunicipalities(value: unknown): string[] {
  if (value === undefined) return [];
  if (
    !Array.isArray(value) ||
    !value.every((code) => typeof code === 'string' && municipalityCodePattern.test(code))
  ) {
    throw rejected({
      en: 'The access token has invalid municipality codes',
      fi: 'Pääsytunnisteen kuntakoodit ovat virheelliset',
      sv: 'Åtkomsttokens kommunkoder är ogiltiga',
    });
  }
  return [...new Set(value as string[])].sort();
}
