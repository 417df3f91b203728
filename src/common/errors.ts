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

export interface AppErrorExtensions {
  field?: string;
  issues?: IssueDetail[];
  [key: string]: unknown;
}

/** A GraphQL error the client is meant to see: a contract code, a plain message, optional details. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: AppErrorExtensions = {},
    nodes?: ASTNode | readonly ASTNode[],
  ) {
    // Apollo Server applies `http` to the response when the error comes before execution (in the context).
    const http =
      code === ErrorCode.SERVICE_UNAVAILABLE
        ? { status: httpStatus[code], headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) }
        : { status: httpStatus[code] };
    super(message, { nodes, extensions: { ...extensions, code, http } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} was not found`);

export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'The access token is not valid') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

/** What a query limit measures; the refusal's `extensions` carry it beside the `limit`. */
export type QueryMeasure =
  'tokens' | 'depth' | 'aliases' | 'rootFields' | 'repeatedFields' | 'selections' | 'cost';

/** An operation over one of the query limits: `extensions: { <measure>: value, limit }`, HTTP 400. */
export const queryTooComplex = (
  message: string,
  measure: QueryMeasure,
  value: number,
  limit: number,
  nodes?: ASTNode | readonly ASTNode[],
) => new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { [measure]: value, limit }, nodes);

export const serviceUnavailable = (
  message = 'The service cannot reach its database right now; try again in a moment',
) => new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfter: RETRY_AFTER_SECONDS });

export const isContractCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(httpStatus, code);
