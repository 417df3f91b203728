import { unwrapResolverError } from '@apollo/server/errors';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  type ObjectFieldNode,
  parse,
  type Source,
  type ValueNode,
  visit,
} from 'graphql';
import { databaseFault } from './database-faults';
import {
  AppError,
  codeMessages,
  ErrorCode,
  foreignMessage,
  isContractCode,
  knownValidationMessage,
  type Messages,
  messageIn,
  serviceUnavailable,
} from './errors';
import type { Language } from './language';
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

/**
 * graphql-js refuses a few requests only when it executes them — an operation type the schema does not
 * have, such as a subscription — with a GraphQLError of its own: raised by no resolver (no path) and
 * wrapping no exception (no originalError). A failure of our code always has one or the other.
 */
const isRefusalOfTheRequest = (thrown: unknown): boolean =>
  thrown instanceof GraphQLError && thrown.path === undefined && thrown.originalError == null;

interface ArgumentPaths {
  /** The argument path of each value (and object field) in the document, by its offset. */
  byOffset: Map<number, string>;
  /** Where each variable is used, in document order. */
  variableUses: { name: string; path: string; offset: number }[];
  /** Where each operation is, to tell apart variables of the same name in two operations. */
  operations: { start: number; end: number }[];
}

/** Paths from the argument down, "input.answers.0.text", of every value in a document's arguments. */
function argumentPaths(document: DocumentNode): ArgumentPaths {
  const paths: ArgumentPaths = { byOffset: new Map(), variableUses: [], operations: [] };
  const record = (node: ValueNode | ObjectFieldNode, path: string) => {
    if (node.loc && !paths.byOffset.has(node.loc.start)) paths.byOffset.set(node.loc.start, path);
  };
  const walk = (node: ValueNode, path: string): void => {
    record(node, path);
    if (node.kind === Kind.VARIABLE) {
      paths.variableUses.push({ name: node.name.value, path, offset: node.loc?.start ?? -1 });
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((value, index) => walk(value, `${path}.${index}`));
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        record(field, `${path}.${field.name.value}`);
        walk(field.value, `${path}.${field.name.value}`);
      }
    }
  };
  visit(document, {
    OperationDefinition(node) {
      if (node.loc) paths.operations.push({ start: node.loc.start, end: node.loc.end });
    },
    Argument(node) {
      walk(node.value, node.name.value);
      return false;
    },
  });
  return paths;
}

/** One parse per request, however many of its values were refused (validation reports up to 100). */
const pathsOfSource = new WeakMap<Source, ArgumentPaths | null>();

function pathsOf(source: Source): ArgumentPaths | null {
  let paths = pathsOfSource.get(source);
  if (paths === undefined) {
    try {
      paths = argumentPaths(parse(source));
    } catch {
      paths = null;
    }
    pathsOfSource.set(source, paths);
  }
  return paths;
}

/** graphql-js prints the path inside a variable as "input.answers[0].text"; ours is dotted throughout. */
const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/**
 * The argument path of a value graphql-js refused before any resolver ran, so that such errors carry
 * `field` like every other input error. A literal is found by its position in the document. A variable
 * is found where its operation uses it, and the path inside it is read from the message, which graphql-js
 * writes as `Variable "$input" got invalid value … at "input.answers[0].text"; <reason>`: with the reason
 * cut off, the path is at the very end, where nothing from the client's value can imitate it.
 */
function argumentPathOf(error: GraphQLError): string | undefined {
  const start = error.nodes?.[0]?.loc?.start;
  const paths = error.source && start !== undefined ? pathsOf(error.source) : null;
  if (!paths || start === undefined) return undefined;
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(error.message);
  if (!variable) return paths.byOffset.get(start);
  const name = variable[1];
  const operation = paths.operations.find((op) => op.start <= start && start < op.end);
  const uses = paths.variableUses.filter((use) => use.name === name);
  const use =
    uses.find(
      (candidate) => operation && operation.start <= candidate.offset && candidate.offset < operation.end,
    ) ?? uses[0];
  if (!use) return undefined;
  const reason =
    error.originalError && error.originalError !== error ? error.originalError.message : undefined;
  if (!reason || !error.message.endsWith(`; ${reason}`)) return use.path;
  const prefix = error.message.slice(0, error.message.length - reason.length - 2);
  const inside = / at "([^"]*)"$/.exec(prefix)?.[1];
  if (!inside?.startsWith(name)) return use.path;
  const rest = dotted(inside.slice(name.length));
  return /^(\.[^.]+)+$/.test(rest) ? `${use.path}${rest}` : use.path;
}

const fieldOf = (thrown: unknown): { field?: string } => {
  const field = thrown instanceof GraphQLError ? argumentPathOf(thrown) : undefined;
  return field ? { field } : {};
};

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

/**
 * A formatted error's message in every language, under a symbol (JSON leaves it out): formatError runs
 * without the request, so the request's plugin picks the reader's language afterwards (messageFor).
 */
const messagesOf = Symbol('messages');
type Localizable = GraphQLFormattedError & { [messagesOf]?: Messages };

/** The message in the reader's language, when formatError knew it in every language. */
export const messageFor = (error: GraphQLFormattedError, languages: readonly Language[]): string => {
  const messages = (error as Localizable)[messagesOf];
  return messages ? messageIn(messages, languages) : error.message;
};

/** The first of our errors in a chain of wrappers (a scalar's refusal inside graphql-js's coercion error). */
function appErrorIn(thrown: unknown): AppError | undefined {
  let error: unknown = thrown;
  for (let depth = 0; depth < 5 && error instanceof Error; depth += 1) {
    if (error instanceof AppError) return error;
    error = (error as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The shown message in English, as formatted, and in Finnish and Swedish: ours from the AppError behind
 * it, a library's (graphql-js, class-validator) after the code's own message in that language.
 */
function messagesFor(shown: Localizable, thrown: unknown): Messages {
  const given = shown[messagesOf];
  if (given) return given;
  const code = shown.extensions?.code as ErrorCode;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR)
    return { ...codeMessages.INTERNAL_SERVER_ERROR, en: shown.message };
  if (code === ErrorCode.SERVICE_UNAVAILABLE && !appErrorIn(thrown)) {
    return { ...codeMessages.SERVICE_UNAVAILABLE, en: shown.message };
  }
  const ours = appErrorIn(thrown);
  if (ours?.code === code) return { ...ours.messages, en: shown.message };
  const known = knownValidationMessage(shown.message);
  if (known) return known;
  return foreignMessage(isContractCode(code) ? code : ErrorCode.BAD_USER_INPUT, shown.message);
}

export function formatError(
  formatted: GraphQLFormattedError,
  thrown: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const shown = shownError(formatted, thrown, options);
  const messages = messagesFor(shown, thrown);
  const clean = (text: string) => (options.production ? text.replace(suggestion, '') : text);
  return Object.assign(
    { ...shown, message: clean(shown.message) },
    { [messagesOf]: { en: clean(messages.en), fi: clean(messages.fi), sv: clean(messages.sv) } },
  );
}

function shownError(
  formatted: GraphQLFormattedError,
  thrown: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const tooManyTokens = tokenLimitRefusal(thrown);
  if (tooManyTokens) {
    const { http, ...details } = tooManyTokens.extensions;
    const shown: Localizable = { ...pick(formatted, details), message: tooManyTokens.message };
    shown[messagesOf] = tooManyTokens.messages;
    return shown;
  }
  // Apollo wraps an error of a validation rule in its own (GRAPHQL_VALIDATION_FAILED); the query limits'
  // is inside. (A scalar's refusal is inside a coercion error too, but that one is read as it is.)
  const original =
    thrown instanceof GraphQLError &&
    thrown.originalError instanceof AppError &&
    thrown.originalError.code === ErrorCode.QUERY_TOO_COMPLEX
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
    // A variable graphql-js could not coerce (Apollo says BAD_USER_INPUT) names no field of its own.
    const coercion = original === thrown && originalCode === ErrorCode.BAD_USER_INPUT && !details.field;
    return pick(formatted, { ...details, code: originalCode, ...(coercion ? fieldOf(thrown) : {}) });
  }
  if (code === 'BAD_USER_INPUT') return pick(formatted, { code, ...fieldOf(thrown) });
  if (typeof code === 'string' && requestShapeCodes.has(code)) {
    return pick(formatted, { code: ErrorCode.BAD_USER_INPUT, reason: code, ...fieldOf(thrown) });
  }
  if (databaseFault(original)) {
    options.onDatabaseFault?.(original);
    const unavailable = serviceUnavailable();
    const { http, ...details } = unavailable.extensions;
    return { ...pick(formatted, details), message: unavailable.message };
  }
  if (isRefusalOfTheRequest(original)) {
    return pick(formatted, { code: ErrorCode.BAD_USER_INPUT, reason: 'GRAPHQL_VALIDATION_FAILED' });
  }
  options.onInternalError(original);
  return {
    message: options.production ? 'Internal server error' : `Internal server error: ${formatted.message}`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
