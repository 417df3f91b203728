import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseFault } from './database-faults';
import { AppError, ErrorCode, isContractCode, serviceUnavailable } from './errors';
import { tokenLimitRefusal } from './query-limits';

/** Apollo's own codes for a request that is malformed before any resolver runs. */
const requestShapeCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ValidationErrorLike {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** The first failing property of a class-validator error tree, as a dotted path, with its message. */
function firstViolation(
  errors: ValidationErrorLike[],
  prefix = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : String(error.property);
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { field, message };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

const pick = (
  formatted: GraphQLFormattedError,
  extensions: Record<string, unknown>,
): GraphQLFormattedError => ({
  message: formatted.message,
  ...(formatted.locations ? { locations: formatted.locations } : {}),
  ...(formatted.path ? { path: formatted.path } : {}),
  extensions,
});

/**
 * graphql-js's "Did you mean …?" ending, which lists names of the schema near what the client typed (in
 * validation messages and in variable coercion). The explorer and introspection serve developers; in
 * production a probing client gets no help.
 */
const suggestion = / ?Did you mean .+\?$/;

/**
 * Everything a client sees of an error passes here. Contract errors keep their code and details;
 * errors in the request's shape become BAD_USER_INPUT; anything else is an internal error whose
 * message, stack, SQL or driver text never leaves the server (the caller logs it).
 */
export interface FormatErrorOptions {
  production: boolean;
  onInternalError: (error: unknown) => void;
  onDatabaseFault?: (error: unknown) => void;
}

export function formatError(
  formatted: GraphQLFormattedError,
  thrown: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const shown = shownError(formatted, thrown, options);
  return options.production ? { ...shown, message: shown.message.replace(suggestion, '') } : shown;
}

function shownError(
  formatted: GraphQLFormattedError,
  thrown: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const tooManyTokens = tokenLimitRefusal(thrown);
  if (tooManyTokens) {
    const { http, ...details } = tooManyTokens.extensions;
    return { ...pick(formatted, details), message: tooManyTokens.message };
  }
  // Apollo wraps an error of a validation rule in its own (GRAPHQL_VALIDATION_FAILED); ours is inside.
  const original =
    thrown instanceof GraphQLError && thrown.originalError instanceof AppError
      ? thrown.originalError
      : unwrapResolverError(thrown);
  const code = formatted.extensions?.code;
  const extensions = (original as { extensions?: Record<string, unknown> } | undefined)?.extensions ?? {};

  // A scalar's parseLiteral throws our BAD_USER_INPUT; graphql-js reports it as a validation error.
  // type-graphql's argument validation also says BAD_USER_INPUT, with class-validator's tree beside it.
  const originalCode = extensions.code;
  const violation = Array.isArray(extensions.validationErrors)
    ? firstViolation(extensions.validationErrors as ValidationErrorLike[])
    : null;
  if (violation && (code === 'BAD_USER_INPUT' || originalCode === ErrorCode.BAD_USER_INPUT)) {
    return {
      ...pick(formatted, { code: ErrorCode.BAD_USER_INPUT, field: violation.field }),
      message: violation.message,
    };
  }
  if (isContractCode(originalCode) && originalCode !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // Our own errors carry only details we chose to show (field, issues, amounts, states); `http` and
    // anything a library added (a stack trace) stay behind.
    const { http, stacktrace, exception, ...details } = extensions;
    return pick(formatted, { ...details, code: originalCode });
  }
  if (code === 'BAD_USER_INPUT') return pick(formatted, { code });
  if (typeof code === 'string' && requestShapeCodes.has(code)) {
    return pick(formatted, { code: ErrorCode.BAD_USER_INPUT, reason: code });
  }
  if (databaseFault(original)) {
    options.onDatabaseFault?.(original);
    const unavailable = serviceUnavailable();
    const { http, ...details } = unavailable.extensions;
    return { ...pick(formatted, details), message: unavailable.message };
  }
  options.onInternalError(original);
  return {
    message: options.production ? 'Internal server error' : `Internal server error: ${formatted.message}`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
