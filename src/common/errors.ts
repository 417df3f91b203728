import { type ASTNode, GraphQLError } from 'graphql';
import { Language } from './language';

/** The stable error codes of the API contract; clients switch on these, so never rename one. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CALL_NOT_OPEN = 'CALL_NOT_OPEN',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  INVALID_STATE_TRANSITION = 'INVALID_STATE_TRANSITION',
  APPROPRIATION_EXCEEDED = 'APPROPRIATION_EXCEEDED',
  AMOUNT_EXCEEDS_REQUEST = 'AMOUNT_EXCEEDS_REQUEST',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
}

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 200,
  BAD_USER_INPUT: 400,
  CALL_NOT_OPEN: 200,
  NOT_ELIGIBLE: 200,
  VERSION_CONFLICT: 200,
  INVALID_STATE_TRANSITION: 200,
  APPROPRIATION_EXCEEDED: 200,
  AMOUNT_EXCEEDS_REQUEST: 200,
  CONFLICT_OF_INTEREST: 200,
  NOT_ASSIGNED: 200,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/**
 * An error message in each language the API answers in: the reader's `Accept-Language` picks one
 * (English without one), while `extensions` stay the same in every language. Finnish and Swedish in the
 * ministry's register: the call is "haku" / "utlysning", the application "hakemus" / "ansökan".
 */
export interface Messages {
  en: string;
  fi: string;
  sv: string;
}

/** Each code's own message, for a refusal with nothing more specific to say. */
export const codeMessages: Record<ErrorCode, Messages> = {
  UNAUTHENTICATED: {
    en: 'The access token is not valid',
    fi: 'Pääsytunniste ei kelpaa',
    sv: 'Åtkomsttoken är inte giltig',
  },
  FORBIDDEN: {
    en: 'You are not allowed to do this',
    fi: 'Sinulla ei ole oikeutta tähän toimintoon',
    sv: 'Du har inte behörighet till den här åtgärden',
  },
  NOT_FOUND: { en: 'Not found', fi: 'Ei löytynyt', sv: 'Hittades inte' },
  BAD_USER_INPUT: {
    en: 'The request is not valid',
    fi: 'Pyyntö ei kelpaa',
    sv: 'Begäran är inte giltig',
  },
  CALL_NOT_OPEN: {
    en: 'The call is not open',
    fi: 'Haku ei ole avoinna',
    sv: 'Utlysningen är inte öppen',
  },
  NOT_ELIGIBLE: {
    en: 'The application does not meet the conditions of the call',
    fi: 'Hakemus ei täytä haun ehtoja',
    sv: 'Ansökan uppfyller inte utlysningens villkor',
  },
  VERSION_CONFLICT: {
    en: 'Someone else has changed this in the meantime',
    fi: 'Joku muu on muuttanut tätä sillä välin',
    sv: 'Någon annan har ändrat detta under tiden',
  },
  INVALID_STATE_TRANSITION: {
    en: 'This is not possible in the current state',
    fi: 'Tämä ei ole mahdollista nykyisessä tilassa',
    sv: 'Detta är inte möjligt i nuvarande läge',
  },
  APPROPRIATION_EXCEEDED: {
    en: "The amount exceeds what is left of the call's appropriation",
    fi: 'Summa ylittää haun määrärahasta jäljellä olevan osuuden',
    sv: 'Beloppet överskrider det som återstår av utlysningens anslag',
  },
  AMOUNT_EXCEEDS_REQUEST: {
    en: 'The amount exceeds what the application requested',
    fi: 'Summa ylittää hakemuksessa haetun määrän',
    sv: 'Beloppet överskrider det belopp som söktes i ansökan',
  },
  CONFLICT_OF_INTEREST: {
    en: 'The reviewer is disqualified from this application',
    fi: 'Arvioija on esteellinen arvioimaan tätä hakemusta',
    sv: 'Bedömaren är jävig att bedöma denna ansökan',
  },
  NOT_ASSIGNED: {
    en: 'You are not assigned to evaluate this application',
    fi: 'Sinua ei ole määrätty arvioimaan tätä hakemusta',
    sv: 'Du har inte utsetts att bedöma denna ansökan',
  },
  QUERY_TOO_COMPLEX: {
    en: 'The query is too complex',
    fi: 'Kysely on liian monimutkainen',
    sv: 'Frågan är för komplex',
  },
  RATE_LIMITED: {
    en: 'Too many requests; try again later',
    fi: 'Liikaa pyyntöjä; yritä myöhemmin uudelleen',
    sv: 'För många förfrågningar; försök igen senare',
  },
  SERVICE_UNAVAILABLE: {
    en: 'The service cannot reach its database right now; try again in a moment',
    fi: 'Palvelu ei juuri nyt saa yhteyttä tietokantaansa; yritä hetken kuluttua uudelleen',
    sv: 'Tjänsten når inte sin databas just nu; försök igen om en stund',
  },
  INTERNAL_SERVER_ERROR: {
    en: 'Internal server error',
    fi: 'Palvelussa tapahtui sisäinen virhe',
    sv: 'Ett internt fel uppstod i tjänsten',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'The file is not of a type this service accepts',
    fi: 'Tiedosto ei ole palvelun hyväksymää tyyppiä',
    sv: 'Filen är inte av en typ som tjänsten tar emot',
  },
};

/** The reader's message: the first of their languages (Accept-Language, best first), else English. */
export function messageIn(messages: Messages, languages: readonly Language[]): string {
  for (const language of languages) {
    if (language === Language.FI) return messages.fi;
    if (language === Language.SV) return messages.sv;
    if (language === Language.EN) return messages.en;
  }
  return messages.en;
}

/** The refusal of a `?lang=` query parameter that names none of the languages we have. */
export const languageParameterMessages: Messages = {
  en: 'lang is one of fi, sv, en',
  fi: 'lang on yksi seuraavista: fi, sv, en',
  sv: 'lang är en av följande: fi, sv, en',
};

/**
 * A message a library wrote (graphql-js, Fastify), in English only: in Finnish and Swedish the code's own
 * message leads, with the library's words after it.
 */
export const foreignMessage = (code: ErrorCode, detail: string): Messages => ({
  en: detail,
  fi: `${codeMessages[code].fi}: ${detail}`,
  sv: `${codeMessages[code].sv}: ${detail}`,
});

/**
 * Messages of class-validator's decorators (`message:` takes a string): each is registered by its
 * English text, which the decorator is given, so that formatError can answer in the reader's language.
 */
const validationMessages = new Map<string, Messages>();

export function validationMessage(messages: Messages): string {
  validationMessages.set(messages.en, messages);
  return messages.en;
}

/** A class-validator message's translations, when it is one of ours. */
export const knownValidationMessage = (en: string): Messages | undefined => validationMessages.get(en);

/** Seconds a client is asked to wait before trying again when the database is not available. */
export const RETRY_AFTER_SECONDS = 5;

export interface IssueDetail {
  code: string;
  message: string;
}

/** What a query limit measures; the refusal's `extensions` carry it beside the `limit`. */
export type QueryMeasure =
  'tokens' | 'depth' | 'aliases' | 'rootFields' | 'repeatedFields' | 'selections' | 'cost';

/** The records whose status a refusal can name, by their GraphQL type names. */
export type StatefulEntity =
  | 'Application'
  | 'Call'
  | 'Evaluation'
  | 'Consortium'
  | 'PaymentRequest'
  | 'Report'
  | 'Award'
  | 'ChangeRequest'
  | 'Adoption'
  | 'WorkshopInvitation'
  | 'PartnerOffer';

/** What an operation cost against the caller's budget of points (also the answer's `extensions.cost`). */
export interface CostReport {
  requested: number;
  remaining: number;
  resetAt: string;
}

type NoDetails = Record<string, never>;

/**
 * The `extensions` of each code, besides `code` itself: the contract clients parse, and the one place
 * it is written down (README "Errors" follows it; test/error-shapes.test.ts holds every code to it).
 * Amounts are Decimal strings like everywhere in the API.
 */
export interface ErrorExtensions {
  UNAUTHENTICATED: NoDetails;
  FORBIDDEN: NoDetails;
  NOT_FOUND: NoDetails;
  /**
   * `field`: the argument path of the refused value, when one value is to blame. `reason`: Apollo's or
   * graphql-js's code when the request itself is malformed (GRAPHQL_PARSE_FAILED, …), set by formatError.
   */
  BAD_USER_INPUT: { field?: string; reason?: string };
  /** The call the operation needed open, and its status at that instant. */
  CALL_NOT_OPEN: { callKey: string; status: string };
  NOT_ELIGIBLE: { issues: IssueDetail[] };
  /** The version on record and the one the client expected. */
  VERSION_CONFLICT: { current: number; expected: number };
  /**
   * The record whose status stands in the way, its status (`from`) and the status the operation would
   * have moved it to (`to`). `to` is null when the operation moves no status of that record (saving an
   * evaluation needs its application UNDER_REVIEW; inviting a proposal leaves the proposal as it is);
   * editing a draft is a move from DRAFT to DRAFT. `from` is null only for a record without a status
   * (a consortium, whose members are fixed once it has a submitted application).
   */
  INVALID_STATE_TRANSITION: { entity: StatefulEntity; from: string | null; to: string | null };
  /** `amount` is the value at `field`; `remaining` what is left of the call's appropriation. */
  APPROPRIATION_EXCEEDED: { field: string; amount: string; remaining: string };
  /** `amount` is the value at `field`; `requested` what the application asked for. */
  AMOUNT_EXCEEDS_REQUEST: { field: string; amount: string; requested: string };
  /**
   * `declared`: the reviewer declared the conflict earlier; else `municipalities` are the consortium's
   * members the reviewer acts for (empty when declared).
   */
  CONFLICT_OF_INTEREST: { declared: boolean; municipalities: string[] };
  NOT_ASSIGNED: NoDetails;
  /** Exactly one measure, with its value, beside the limit it exceeds. */
  QUERY_TOO_COMPLEX: Partial<Record<QueryMeasure, number>> & { limit: number };
  /**
   * `retryAfter` in seconds, as the Retry-After header says. `cost` when the budget of points refused
   * the operation; null when the address sent too many requests of any kind.
   */
  RATE_LIMITED: { retryAfter: number; cost: CostReport | null };
  /** Seconds to wait, as the Retry-After header says. */
  SERVICE_UNAVAILABLE: { retryAfter: number };
  INTERNAL_SERVER_ERROR: NoDetails;
  /**
   * An uploaded file whose content (its first bytes, not its name or declared type) is none of the
   * accepted types, or does not match its name's extension: `detected` is the type the content has when
   * it is one we know (else null), `accepted` the media types the service takes.
   */
  UNSUPPORTED_MEDIA_TYPE: { field: string; detected: string | null; accepted: string[] };
}

/** A GraphQL error the client is meant to see: a contract code, a plain message, that code's details. */
export class AppError extends GraphQLError {
  /** Use the factories below: each gives its code the one shape of `ErrorExtensions`. */
  constructor(
    readonly code: ErrorCode,
    readonly messages: Messages,
    details: ErrorExtensions[ErrorCode],
    nodes?: ASTNode | readonly ASTNode[],
  ) {
    // Apollo Server applies `http` to the response when the error comes before execution (in the context
    // or a plugin); a code that asks the client to wait says for how long in the header too.
    const retryAfter = (details as { retryAfter?: unknown }).retryAfter;
    const http =
      typeof retryAfter === 'number'
        ? { status: httpStatus[code], headers: new Map([['retry-after', String(retryAfter)]]) }
        : { status: httpStatus[code] };
    super(messages.en, { nodes, extensions: { ...details, code, http } });
    this.name = 'AppError';
  }

  /** The message in the reader's language (see messageIn). */
  messageIn(languages: readonly Language[]): string {
    return messageIn(this.messages, languages);
  }

  /** The HTTP status a plain route answers with (GraphQL answers business refusals with 200). */
  get httpStatus(): number {
    return httpStatus[this.code];
  }

  /** The `extensions` as a client receives them: the code and its details, without `http`. */
  get clientExtensions(): Record<string, unknown> {
    const { http, ...shown } = this.extensions;
    return shown;
  }
}

const none: NoDetails = {};

/** The one way the factories make an error: the details checked against their code's shape. */
const appError = <C extends ErrorCode>(
  code: C,
  messages: Messages,
  details: ErrorExtensions[C],
  nodes?: ASTNode | readonly ASTNode[],
) => new AppError(code, messages, details, nodes);

export const unauthenticated = (messages = codeMessages.UNAUTHENTICATED) =>
  appError(ErrorCode.UNAUTHENTICATED, messages, none);

export const forbidden = (messages = codeMessages.FORBIDDEN) => appError(ErrorCode.FORBIDDEN, messages, none);

/** The records a refusal names most often, as a sentence about them starts (see notFound). */
export const records = {
  call: { en: 'The call', fi: 'Hakua', sv: 'Utlysningen' },
  consortium: { en: 'The consortium', fi: 'Konsortiota', sv: 'Konsortiet' },
  application: { en: 'The application', fi: 'Hakemusta', sv: 'Ansökan' },
  evaluation: { en: 'The evaluation', fi: 'Arviointia', sv: 'Bedömningen' },
  changeRequest: { en: 'The change request', fi: 'Muutoshakemusta', sv: 'Ändringsansökan' },
  award: { en: 'The award', fi: 'Avustuspäätöstä', sv: 'Beslutet om statsunderstöd' },
  paymentRequest: { en: 'The payment request', fi: 'Maksatushakemusta', sv: 'Utbetalningsansökan' },
  report: { en: 'The report', fi: 'Raporttia', sv: 'Rapporten' },
} satisfies Record<string, Messages>;

/**
 * What was not found, as each language starts the sentence: `{ en: 'The consortium', fi: 'Konsortiota',
 * sv: 'Konsortiet' }` → "The consortium was not found", "Konsortiota ei löytynyt", "Konsortiet hittades inte".
 */
export const notFound = (what: Messages) =>
  appError(
    ErrorCode.NOT_FOUND,
    { en: `${what.en} was not found`, fi: `${what.fi} ei löytynyt`, sv: `${what.sv} hittades inte` },
    none,
  );

export const badInput = (messages: Messages, field?: string) =>
  appError(ErrorCode.BAD_USER_INPUT, messages, field ? { field } : {});

export const callNotOpen = (messages: Messages, call: { callKey: string; status: string }) =>
  appError(ErrorCode.CALL_NOT_OPEN, messages, { callKey: call.callKey, status: call.status });

export const notEligible = (issues: IssueDetail[]) =>
  appError(
    ErrorCode.NOT_ELIGIBLE,
    {
      en: `The application breaks ${issues.length} rule(s) of the call`,
      fi: `Hakemus ei täytä haun ehtoja: puutteita on ${issues.length}`,
      sv: `Ansökan uppfyller inte utlysningens villkor: ${issues.length} brister`,
    },
    { issues },
  );

export const versionConflict = (messages: Messages, versions: { current: number; expected: number }) =>
  appError(ErrorCode.VERSION_CONFLICT, messages, {
    current: versions.current,
    expected: versions.expected,
  });

export const invalidTransition = (
  messages: Messages,
  move: { entity: StatefulEntity; from: string | null; to: string | null },
) =>
  appError(ErrorCode.INVALID_STATE_TRANSITION, messages, {
    entity: move.entity,
    from: move.from,
    to: move.to,
  });

export const appropriationExceeded = (
  messages: Messages,
  details: { field: string; amount: string; remaining: string },
) =>
  appError(ErrorCode.APPROPRIATION_EXCEEDED, messages, {
    field: details.field,
    amount: details.amount,
    remaining: details.remaining,
  });

export const amountExceedsRequest = (
  messages: Messages,
  details: { field: string; amount: string; requested: string },
) =>
  appError(ErrorCode.AMOUNT_EXCEEDS_REQUEST, messages, {
    field: details.field,
    amount: details.amount,
    requested: details.requested,
  });

/** Municipalities the reviewer shares with the consortium, or none when the reviewer declared it. */
export const conflictOfInterest = (messages: Messages, municipalities: string[] = []) =>
  appError(ErrorCode.CONFLICT_OF_INTEREST, messages, {
    declared: municipalities.length === 0,
    municipalities,
  });

export const notAssigned = () => appError(ErrorCode.NOT_ASSIGNED, codeMessages.NOT_ASSIGNED, none);

/** An operation over one of the query limits: `extensions: { <measure>: value, limit }`, HTTP 400. */
export const queryTooComplex = (
  messages: Messages,
  measure: QueryMeasure,
  value: number,
  limit: number,
  nodes?: ASTNode | readonly ASTNode[],
) => appError(ErrorCode.QUERY_TOO_COMPLEX, messages, { [measure]: value, limit }, nodes);

/** HTTP 429 with Retry-After; `cost` when the budget of points refused, null for the request count. */
export const rateLimited = (messages: Messages, retryAfter: number, cost: CostReport | null) =>
  appError(ErrorCode.RATE_LIMITED, messages, { retryAfter, cost });

export const serviceUnavailable = (messages = codeMessages.SERVICE_UNAVAILABLE) =>
  appError(ErrorCode.SERVICE_UNAVAILABLE, messages, { retryAfter: RETRY_AFTER_SECONDS });

/** Only for answers outside GraphQL (a route's own failure); formatError masks the GraphQL ones itself. */
export const internalError = () =>
  appError(ErrorCode.INTERNAL_SERVER_ERROR, codeMessages.INTERNAL_SERVER_ERROR, none);

/** HTTP 415 for an uploaded file of a type the service does not take (see ErrorExtensions). */
export const unsupportedMediaType = (
  messages: Messages,
  details: { field: string; detected: string | null; accepted: string[] },
) =>
  appError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, messages, {
    field: details.field,
    detected: details.detected,
    accepted: details.accepted,
  });

export const isContractCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(httpStatus, code);
