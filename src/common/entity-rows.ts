import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Puts one converted value onto an entity being built. */
type Setter = (entity: ObjectLiteral, value: unknown) => void;

interface ColumnReader {
  /** The raw row's key: the column's name (one table, so no two are alike). */
  key: string;
  column: ColumnMetadata;
  set: Setter;
}

/**
 * Where a column's value goes: its property, or its property inside an embedded object (LocalizedName)
 * created on first use, as TypeORM does; deeper embeddings are left to TypeORM's own setter.
 */
function setterOf(column: ColumnMetadata): Setter {
  const embedded = column.embeddedMetadata;
  const property = column.propertyName;
  if (!embedded) return (entity, value) => (entity[property] = value);
  if (embedded.parentEmbeddedMetadata) return (entity, value) => column.setEntityValue(entity, value);
  const holder = embedded.propertyName;
  return (entity, value) => {
    const object = (entity[holder] ??= embedded.create({ fromDeserializer: true })) as ObjectLiteral;
    object[property] = value;
  };
}

/**
 * An entity read from raw rows, without TypeORM's hydration. TypeORM's `getMany` builds, for every row,
 * a map of the selected aliases, groups the rows by primary key (for joins) and sets each column through
 * generic metadata walks: most of the CPU of reading a page of entities. Here the reading plan is made
 * once per entity: the columns TypeORM would select for it, each converted by the driver's own
 * `prepareHydratedValue` (the column type's conversion and the column's transformer: money stays an exact
 * decimal string, DATE a `YYYY-MM-DD` string, DATETIME a Date, as the entity declares them), onto an
 * instance of the entity class made as TypeORM makes it (field resolvers and type-graphql's root
 * conversion expect one). For reads of one entity without joins, eager relations or load listeners
 * (none of ours has either), the result is what `getMany` returns.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly readers: ColumnReader[];

  private constructor(private readonly metadata: EntityMetadata) {
    this.readers = metadata.columns
      .filter((column) => column.isSelect && !column.isVirtual && !column.isVirtualProperty)
      .map((column) => ({ key: column.databaseName, column, set: setterOf(column) }));
  }

  private static readonly plans = new WeakMap<EntityMetadata, EntityRows<ObjectLiteral>>();

  /** The reading plan of an entity of a data source (its driver converts the values). */
  static of<T extends ObjectLiteral>(metadata: EntityMetadata): EntityRows<T> {
    let plan = EntityRows.plans.get(metadata);
    if (!plan) {
      plan = new EntityRows(metadata);
      EntityRows.plans.set(metadata, plan);
    }
    return plan as unknown as EntityRows<T>;
  }

  /** The reading plan of `entity` on the manager's data source. */
  static on<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>): EntityRows<T> {
    return EntityRows.of(manager.connection.getMetadata(entity));
  }

  /** The entity's columns under `alias`, selected by their plain names (the keys `entity` reads). */
  columns(alias: string): string[] {
    const { driver } = this.metadata.connection;
    const table = driver.escape(alias);
    return this.readers.map(({ key }) => `${table}.${driver.escape(key)}`);
  }

  /** A query of the entity under `alias`, selecting its columns. */
  query(manager: EntityManager, alias: string): SelectQueryBuilder<T> {
    return manager.createQueryBuilder().select(this.columns(alias)).from<T>(this.metadata.target, alias);
  }

  /** The entity of a raw row that has the columns of `columns`. */
  entity(row: Record<string, unknown>): T {
    const { driver } = this.metadata.connection;
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { key, column, set } of this.readers) {
      const value = row[key];
      if (value !== undefined) set(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }

  /** Runs a query that selects `columns` (narrowed as the caller needs) and builds its entities. */
  async read(query: SelectQueryBuilder<T>): Promise<T[]> {
    const rows = await query.getRawMany<Record<string, unknown>>();
    return rows.map((row) => this.entity(row));
  }
}
