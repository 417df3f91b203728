import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from './errors';
import { canonicalMoney, parseMoney } from './money';

/**
 * Reads a literal with `parse`, putting the literal's node on a refusal: graphql-js reports a
 * GraphQLError from parseLiteral as it is, and the node is what lets formatError name the argument path.
 */
function fromLiteral<T>(ast: ValueNode, scalar: string, parse: (value: string) => T): T {
  try {
    if (ast.kind !== Kind.STRING) throw badInput(`${scalar} must be given as a string`);
    return parse(ast.value);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { nodes: ast, originalError: error, extensions: error.extensions });
  }
}

/** Euros as an exact decimal string with two decimals. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact euro amount as a string with two decimals, e.g. "68000.00". Never a float. An amount given is never negative; a computed difference can be (remainingAppropriation "-714600.00" where awards exceed the appropriation).',
  serialize: (value) => canonicalMoney(value),
  parseValue: (value) => parseMoney(value),
  parseLiteral: (ast) => fromLiteral(ast, 'Decimal', parseMoney),
});

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a calendar date written YYYY-MM-DD (no time, no zone). */
export function parseDate(value: unknown, field?: string): string {
  const match = typeof value === 'string' ? datePattern.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return value as string;
    }
  }
  throw badInput('A date is written YYYY-MM-DD, e.g. "2020-12-11"', field);
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => fromLiteral(ast, 'Date', parseDate),
});

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Accepts an ISO 8601 instant with an explicit offset; a wall-clock time without a zone is ambiguous. */
function parseDateTime(value: unknown, field?: string): Date {
  if (typeof value === 'string' && instantPattern.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && parseDate(value.slice(0, 10), field)) return date;
  }
  throw badInput('A date-time is ISO 8601 with an offset, e.g. "2020-10-05T16:15:00+03:00"', field);
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'An instant, ISO 8601. Returned in UTC ("2020-10-05T13:15:00.000Z"); accepted with any offset.',
  serialize: (value) => {
    const date = value instanceof Date ? value : parseDateTime(value);
    return date.toISOString();
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => fromLiteral(ast, 'DateTime', parseDateTime),
});
