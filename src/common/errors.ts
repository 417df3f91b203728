import { type ASTNode, GraphQLError } from 'graphql';

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
};

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
export type StatefulEntity = 'Application' | 'Call' | 'Evaluation' | 'Consortium';

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
}

/** A GraphQL error the client is meant to see: a contract code, a plain message, that code's details. */
export class AppError extends GraphQLError {
  /** Use the factories below: each gives its code the one shape of `ErrorExtensions`. */
  constructor(
    readonly code: ErrorCode,
    message: string,
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
    super(message, { nodes, extensions: { ...details, code, http } });
    this.name = 'AppError';
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
  message: string,
  details: ErrorExtensions[C],
  nodes?: ASTNode | readonly ASTNode[],
) => new AppError(code, message, details, nodes);

export const unauthenticated = (message = 'The access token is not valid') =>
  appError(ErrorCode.UNAUTHENTICATED, message, none);

export const forbidden = (message = 'You are not allowed to do this') =>
  appError(ErrorCode.FORBIDDEN, message, none);

/** `what` starts the message: "The consortium" → "The consortium was not found". */
export const notFound = (what: string) => appError(ErrorCode.NOT_FOUND, `${what} was not found`, none);

export const badInput = (message: string, field?: string) =>
  appError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const callNotOpen = (message: string, call: { callKey: string; status: string }) =>
  appError(ErrorCode.CALL_NOT_OPEN, message, { callKey: call.callKey, status: call.status });

export const notEligible = (issues: IssueDetail[]) =>
  appError(ErrorCode.NOT_ELIGIBLE, `The application breaks ${issues.length} rule(s) of the call`, {
    issues,
  });

export const versionConflict = (message: string, versions: { current: number; expected: number }) =>
  appError(ErrorCode.VERSION_CONFLICT, message, {
    current: versions.current,
    expected: versions.expected,
  });

export const invalidTransition = (
  message: string,
  move: { entity: StatefulEntity; from: string | null; to: string | null },
) =>
  appError(ErrorCode.INVALID_STATE_TRANSITION, message, {
    entity: move.entity,
    from: move.from,
    to: move.to,
  });

export const appropriationExceeded = (
  message: string,
  details: { field: string; amount: string; remaining: string },
) =>
  appError(ErrorCode.APPROPRIATION_EXCEEDED, message, {
    field: details.field,
    amount: details.amount,
    remaining: details.remaining,
  });

export const amountExceedsRequest = (
  message: string,
  details: { field: string; amount: string; requested: string },
) =>
  appError(ErrorCode.AMOUNT_EXCEEDS_REQUEST, message, {
    field: details.field,
    amount: details.amount,
    requested: details.requested,
  });

/** Municipalities the reviewer shares with the consortium, or none when the reviewer declared it. */
export const conflictOfInterest = (message: string, municipalities: string[] = []) =>
  appError(ErrorCode.CONFLICT_OF_INTEREST, message, {
    declared: municipalities.length === 0,
    municipalities,
  });

export const notAssigned = () =>
  appError(ErrorCode.NOT_ASSIGNED, 'You are not assigned to evaluate this application', none);

/** An operation over one of the query limits: `extensions: { <measure>: value, limit }`, HTTP 400. */
export const queryTooComplex = (
  message: string,
  measure: QueryMeasure,
  value: number,
  limit: number,
  nodes?: ASTNode | readonly ASTNode[],
) => appError(ErrorCode.QUERY_TOO_COMPLEX, message, { [measure]: value, limit }, nodes);

/** HTTP 429 with Retry-After; `cost` when the budget of points refused, null for the request count. */
export const rateLimited = (message: string, retryAfter: number, cost: CostReport | null) =>
  appError(ErrorCode.RATE_LIMITED, message, { retryAfter, cost });

export const serviceUnavailable = (
  message = 'The service cannot reach its database right now; try again in a moment',
) => appError(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfter: RETRY_AFTER_SECONDS });

/** Only for answers outside GraphQL (a route's own failure); formatError masks the GraphQL ones itself. */
export const internalError = () => appError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', none);

export const isContractCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(httpStatus, code);
