import {
  defaultFieldResolver,
  getNullableType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { badInput } from './errors';
import { declaredLimit, type InputClass, stringArgumentLimits, textProblem } from './limits';

/** Checks a coerced argument value; `path` names it for the client ("input.answers.2.text"). */
type Check = (value: unknown, path: string) => void;

/** The class behind each type-graphql input type, where its fields declare their limits (@MaxChars). */
function inputClasses(): Map<string, InputClass> {
  return new Map(getMetadataStorage().inputTypes.map((input) => [input.name, input.target as InputClass]));
}

class Planner {
  /** Where Strings are that no limit covers, from the argument down ("Mutation.createCall(input:).key"). */
  readonly missing = new Set<string>();
  private readonly classes = inputClasses();
  private readonly visiting = new Set<string>();

  /**
   * How to check a value of `type`: each String against its own field's limit, else the limit of the
   * field that holds it (so that the languages of a LocalizedTextInput take the limit of `projectName`
   * or `description`). Null when the type holds no String.
   */
  plan(type: GraphQLInputType, limit: number | undefined, coordinate: string): Check | null {
    if (isNonNullType(type)) return this.plan(type.ofType, limit, coordinate);
    if (isListType(type)) {
      const item = this.plan(type.ofType, limit, coordinate);
      if (!item) return null;
      return (value, path) => {
        if (Array.isArray(value)) value.forEach((element, index) => item(element, `${path}.${index}`));
        else item(value, path);
      };
    }
    if (isInputObjectType(type)) {
      if (this.visiting.has(type.name)) throw new Error(`Recursive input type ${type.name} is not supported`);
      this.visiting.add(type.name);
      const target = this.classes.get(type.name);
      const fields = Object.values(type.getFields()).flatMap((field) => {
        const own = target ? declaredLimit(target, field.name) : undefined;
        const check = this.plan(field.type, own ?? limit, `${coordinate}.${field.name}`);
        return check ? [[field.name, check] as const] : [];
      });
      this.visiting.delete(type.name);
      if (fields.length === 0) return null;
      return (value, path) => {
        if (value === null || typeof value !== 'object') return;
        const record = value as Record<string, unknown>;
        for (const [name, check] of fields) check(record[name], `${path}.${name}`);
      };
    }
    if (type !== GraphQLString) return null;
    if (limit === undefined) {
      this.missing.add(coordinate);
      return null;
    }
    const max = limit;
    return (value, path) => {
      if (typeof value !== 'string') return;
      const problem = textProblem(value, max);
      if (problem) throw badInput(problem, path);
    };
  }
}

/**
 * Checks every text argument against its limit before the field's resolver runs, so that an over-long
 * text is BAD_USER_INPUT with its path on every engine, and a mutation that gets one changes nothing.
 * Refuses to build a schema in which some String input has no limit: add @MaxChars to the input field,
 * or the argument to stringArgumentLimits.
 */
export function enforceTextLimits(schema: GraphQLSchema): GraphQLSchema {
  const planner = new Planner();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = field.args.flatMap((arg) => {
        const coordinate = `${type.name}.${field.name}(${arg.name}:)`;
        const plainString = getNullableType(arg.type) === GraphQLString;
        const limit = plainString
          ? (stringArgumentLimits[coordinate] ?? stringArgumentLimits[arg.name])
          : undefined;
        const check = planner.plan(arg.type, limit, coordinate);
        return check ? [[arg.name, check] as const] : [];
      });
      if (checks.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const [name, check] of checks) check(args[name], name);
        return resolve(source, args, context, info);
      };
    }
  }
  if (planner.missing.size) {
    throw new Error(
      `Text inputs without a limit (add @MaxChars to the input field, or the argument to stringArgumentLimits): ${[...planner.missing].sort().join(', ')}`,
    );
  }
  return schema;
}
