import { type Change, ChangeType, CriticalityLevel, diff, type Rule } from '@graphql-inspector/core';
import {
  buildASTSchema,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
} from 'graphql';

/** The outcome of comparing the published SDL with a new one, by what each change means to clients. */
export interface SchemaEvolution {
  /** Changes that break a client or a partner supergraph: they fail the check. */
  breaking: Change[];
  /** Changes that may alter what a client gets (a removal after deprecation, a new enum value). */
  dangerous: Change[];
  safe: Change[];
}

/**
 * A subgraph SDL as a plain schema. The federation directives (`@link`, `@key`, …) are not defined in it,
 * so the SDL is not validated; they stay on the AST nodes, where the key comparison reads `@key`.
 */
function schemaOf(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

const isDeprecated = (element: { deprecationReason?: string | null } | undefined) =>
  element?.deprecationReason != null;

/** `Type.field` or `Type.field.argument` as the differ writes paths. */
const pathParts = (change: Change) => (change.path ?? '').split('.');

/** Every field, argument and input field of the schema that names `typeName` as its type. */
function referencesTo(schema: GraphQLSchema, typeName: string) {
  const references: { deprecationReason?: string | null }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) references.push(field);
        references.push(...field.args.filter((arg) => getNamedType(arg.type).name === typeName));
      }
    } else if (isInputObjectType(type)) {
      references.push(
        ...Object.values(type.getFields()).filter((field) => getNamedType(field.type).name === typeName),
      );
    }
  }
  return references;
}

/** The `fields` of each `@key` of the type, whitespace normalised; empty when the type is no entity. */
function keysOf(type: GraphQLNamedType): string[] {
  const keys = type.astNode?.directives?.filter((directive) => directive.name.value === 'key') ?? [];
  return keys.flatMap((key) => {
    const fields = key.arguments?.find((arg) => arg.name.value === 'fields')?.value;
    return fields?.kind === Kind.STRING ? [fields.value.trim().replace(/\s+/g, ' ')] : [];
  });
}

const keyFieldsOf = (type: GraphQLNamedType) =>
  new Set(keysOf(type).flatMap((key) => key.split(/[\s{}]+/).filter(Boolean)));

/**
 * Whether the baseline announced the removal: the element was `@deprecated`. A type has no deprecation
 * of its own, so it counts as announced when every field or argument leading to it was deprecated and,
 * for an entity that partners reach by its key alone, every field of its own was deprecated too.
 */
function wasDeprecated(change: Change, baseline: GraphQLSchema): boolean {
  const [typeName, member, argument] = pathParts(change);
  const type = baseline.getType(typeName);
  if (!type) return false;
  switch (change.type) {
    case ChangeType.FieldRemoved:
      return (isObjectType(type) || isInterfaceType(type)) && isDeprecated(type.getFields()[member]);
    case ChangeType.FieldArgumentRemoved:
      return (
        (isObjectType(type) || isInterfaceType(type)) &&
        isDeprecated(type.getFields()[member]?.args.find((arg) => arg.name === argument))
      );
    case ChangeType.InputFieldRemoved:
      return isInputObjectType(type) && isDeprecated(type.getFields()[member]);
    case ChangeType.EnumValueRemoved:
      return isEnumType(type) && isDeprecated(type.getValue(member) ?? undefined);
    case ChangeType.TypeRemoved: {
      if (!referencesTo(baseline, typeName).every(isDeprecated)) return false;
      const keyFields = keyFieldsOf(type);
      if (keyFields.size === 0 || !(isObjectType(type) || isInterfaceType(type))) return true;
      return Object.values(type.getFields()).every(
        (field) => keyFields.has(field.name) || isDeprecated(field),
      );
    }
    default:
      return false;
  }
}

/**
 * Deprecate first, remove later: a removal the baseline announced with `@deprecated(reason:)` is only
 * dangerous; every other breaking change stays breaking.
 */
const allowRemovalAfterDeprecation: Rule = ({ changes, oldSchema }) =>
  changes.map((change) =>
    change.criticality.level === CriticalityLevel.Breaking && oldSchema && wasDeprecated(change, oldSchema)
      ? { ...change, criticality: { ...change.criticality, level: CriticalityLevel.Dangerous } }
      : change,
  );

const isKeyUsageChange = (change: Change) => /^[^.]+\.@key(\.|$)/.test(change.path ?? '');

/**
 * Partners reach an entity by its keys alone, so a key is contract as much as a field: dropping or
 * changing one on a type that stays is breaking, adding one is safe. The differ's own reports of @key
 * usages (it reads a repeated directive as one) give way to this comparison.
 */
const entityKeysAreContract: Rule = ({ changes, oldSchema, newSchema }) => {
  const keyChanges: Change[] = [];
  for (const oldType of Object.values(oldSchema?.getTypeMap() ?? {})) {
    const newType = newSchema?.getType(oldType.name);
    if (!newType) continue;
    const [before, after] = [keysOf(oldType), keysOf(newType)];
    const change = (key: string, removed: boolean): Change => ({
      type: removed ? ChangeType.DirectiveUsageObjectRemoved : ChangeType.DirectiveUsageObjectAdded,
      path: `${oldType.name}.@key`,
      message: `Key @key(fields: "${key}") was ${removed ? 'removed from' : 'added to'} entity '${oldType.name}'`,
      meta: removed
        ? { objectName: oldType.name, removedDirectiveName: 'key', directiveRepeatedTimes: before.length }
        : {
            objectName: oldType.name,
            addedDirectiveName: 'key',
            addedToNewType: false,
            directiveRepeatedTimes: after.length,
          },
      criticality: { level: removed ? CriticalityLevel.Breaking : CriticalityLevel.NonBreaking },
    });
    keyChanges.push(...before.filter((key) => !after.includes(key)).map((key) => change(key, true)));
    keyChanges.push(...after.filter((key) => !before.includes(key)).map((key) => change(key, false)));
  }
  return [...changes.filter((change) => !isKeyUsageChange(change)), ...keyChanges];
};

/**
 * Compares a new subgraph SDL with the published baseline using GraphQL Inspector's differ: removed
 * fields or types, changed types, new required arguments and dropped entity keys are breaking, unless
 * the removal was announced by deprecation first.
 */
export async function compareSchemas(baselineSdl: string, currentSdl: string): Promise<SchemaEvolution> {
  const changes = await diff(schemaOf(baselineSdl), schemaOf(currentSdl), [
    entityKeysAreContract,
    allowRemovalAfterDeprecation,
  ]);
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  return {
    breaking: of(CriticalityLevel.Breaking),
    dangerous: of(CriticalityLevel.Dangerous),
    safe: of(CriticalityLevel.NonBreaking),
  };
}
