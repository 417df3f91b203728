import { createHash } from 'node:crypto';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { EntityRows } from './entity-rows';
import { badInput } from './errors';
import { CURSOR_MAX_CHARS, MONEY_DECIMALS, MONEY_INTEGER_DIGITS, characterCount } from './limits';
import { canonicalMoney } from './money';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return: 1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/**
 * What the values of a sort key are. A cursor comes from the client, so each of its values is checked
 * against its column before it reaches SQL: a value of the wrong type would not fail there, it would page
 * from a wrong position.
 */
export interface SortValue {
  /** Part of the order's fingerprint: a key whose type changes no longer accepts old cursors. */
  readonly name: string;
  /** The row's value (as either engine returns it) in its canonical JSON form. */
  toCursor(raw: unknown): string | number;
  /** The SQL parameter for a cursor's value, or undefined when it is not a canonical value of this type. */
  fromCursor(value: unknown): unknown;
}

/** One column of a keyset order; the last key of every order must be unique (the id). */
export interface SortKey {
  /** The SQL expression, e.g. `award.grantedAmount`. */
  expression: string;
  direction: 'ASC' | 'DESC';
  /** Never nullable: a keyset comparison with NULL matches nothing, so a nullable column goes in COALESCE. */
  type: SortValue;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(
      {
        en: `first must be between 1 and ${MAX_PAGE_SIZE}`,
        fi: `first on oltava välillä 1–${MAX_PAGE_SIZE}`,
        sv: `first ska vara mellan 1 och ${MAX_PAGE_SIZE}`,
      },
      'first',
    );
  }
  return first;
}

/** A value the database returned that its sort key does not expect: a bug in the key, never the client's. */
const unexpected = (type: string, raw: unknown): never => {
  throw new TypeError(`A ${type} sort key read ${typeof raw} ${String(raw)}`);
};

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const moneyPattern = new RegExp(`^(0|[1-9]\\d{0,${MONEY_INTEGER_DIGITS - 1}})\\.\\d{${MONEY_DECIMALS}}$`);

/** The types of the sort keys of every list. */
export const sortValue = {
  integer: {
    name: 'integer',
    // MariaDB returns a BIGINT expression (a COALESCE) as a string, since bigNumberStrings is on.
    toCursor: (raw) =>
      typeof raw === 'number' && Number.isSafeInteger(raw)
        ? raw
        : typeof raw === 'string' && /^-?\d{1,15}$/.test(raw)
          ? Number(raw)
          : unexpected('integer', raw),
    fromCursor: (value) => (Number.isSafeInteger(value) ? value : undefined),
  },
  money: {
    name: 'money',
    // SQLite returns a DECIMAL as a number, MariaDB as an exact string.
    toCursor: (raw) => canonicalMoney(raw),
    fromCursor: (value) =>
      typeof value === 'string' && moneyPattern.test(value) && canonicalMoney(value) === value
        ? value
        : undefined,
  },
  instant: {
    name: 'instant',
    // SQLite returns a DATETIME as the UTC text TypeORM wrote ("2026-01-12 09:03:00.000"), MariaDB as a Date.
    toCursor: (raw) => {
      const instant =
        raw instanceof Date ? raw : typeof raw === 'string' ? new Date(`${raw.replace(' ', 'T')}Z`) : null;
      return instant && Number.isFinite(instant.getTime())
        ? instant.toISOString()
        : unexpected('instant', raw);
    },
    // A Date parameter is written in each engine's own DATETIME form, so that it compares as the column does.
    fromCursor: (value) => {
      if (typeof value !== 'string' || !instantPattern.test(value)) return undefined;
      const instant = new Date(value);
      return Number.isFinite(instant.getTime()) && instant.toISOString() === value ? instant : undefined;
    },
  },
  date: {
    name: 'date',
    // MariaDB returns a DATE as a Date at UTC midnight (the connection's time zone is Z).
    toCursor: (raw) =>
      raw instanceof Date && Number.isFinite(raw.getTime())
        ? raw.toISOString().slice(0, 10)
        : typeof raw === 'string' && datePattern.test(raw)
          ? raw
          : unexpected('date', raw),
    fromCursor: (value) =>
      typeof value === 'string' &&
      datePattern.test(value) &&
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
        ? value
        : undefined,
  },
  id: {
    name: 'id',
    toCursor: (raw) => (typeof raw === 'string' && idPattern.test(raw) ? raw : unexpected('id', raw)),
    fromCursor: (value) => (typeof value === 'string' && idPattern.test(value) ? value : undefined),
  },
  /** A VARCHAR of at most `maxChars` characters, of the column's own pattern if it has one. */
  text: (maxChars: number, pattern?: RegExp): SortValue => ({
    name: pattern ? `text(${maxChars},${pattern.source})` : `text(${maxChars})`,
    toCursor: (raw) => (typeof raw === 'string' ? raw : unexpected('text', raw)),
    fromCursor: (value) =>
      typeof value === 'string' && characterCount(value) <= maxChars && (!pattern || pattern.test(value))
        ? value
        : undefined,
  }),
} satisfies Record<string, SortValue | ((maxChars: number, pattern?: RegExp) => SortValue)>;

/**
 * Bumped when the cursor's layout changes: it is part of every order's fingerprint, so that a cursor of an
 * older layout is refused rather than misread.
 */
const CURSOR_LAYOUT = 2;

/**
 * Names an order: its expressions (which carry the list's alias, so the lists differ too), directions and
 * types. A hash keeps the cursor opaque and short; 72 bits make an accidental match across orders moot.
 */
const orderFingerprint = (order: SortKey[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify([CURSOR_LAYOUT, ...order.map((key) => [key.expression, key.direction, key.type.name])]),
    )
    .digest('base64url')
    .slice(0, 12);

/** The JSON inside a cursor: the order it was made for and the sort values of the row it points after. */
interface CursorContent {
  o: string;
  k: (string | number)[];
}

const encodeCursor = (content: CursorContent): string =>
  Buffer.from(JSON.stringify({ o: content.o, k: content.k })).toString('base64url');

const invalidCursor = () =>
  badInput(
    {
      en: 'This cursor is not valid for this list; start again without `after`',
      fi: 'Kursori ei kelpaa tähän luetteloon; aloita alusta ilman `after`-argumenttia',
      sv: 'Markören är inte giltig för den här listan; börja om utan `after`',
    },
    'after',
  );

function parseCursor(cursor: string): CursorContent {
  if (cursor.length > CURSOR_MAX_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  let content: unknown;
  try {
    content = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    content === null ||
    typeof content !== 'object' ||
    typeof (content as CursorContent).o !== 'string' ||
    !Array.isArray((content as CursorContent).k)
  ) {
    throw invalidCursor();
  }
  return content as CursorContent;
}

/** The SQL parameters of a cursor for this order; anything but a cursor this order made is refused. */
function decodeCursor(cursor: string, order: SortKey[]): unknown[] {
  const content = parseCursor(cursor);
  if (content.o !== orderFingerprint(order)) {
    throw badInput(
      {
        en: 'This cursor was made for another order of this list, or for another list; start again without `after`',
        fi: 'Kursori on tehty luettelon toiselle järjestykselle tai toiselle luettelolle; aloita alusta ilman `after`-argumenttia',
        sv: 'Markören gjordes för en annan ordning av listan eller för en annan lista; börja om utan `after`',
      },
      'after',
    );
  }
  if (content.k.length !== order.length) throw invalidCursor();
  const values = order.map((key, i) => key.type.fromCursor(content.k[i]));
  // Each value was checked to be canonical, so only a cursor exactly as this service wrote it encodes back to
  // itself: no extra fields, no other spelling of the same JSON or base64.
  if (values.includes(undefined) || encodeCursor(content) !== cursor) throw invalidCursor();
  return values;
}

/** Narrows a page query to the rows after the cursor (none without one). */
function startAfter<T extends ObjectLiteral>(
  page: SelectQueryBuilder<T>,
  order: SortKey[],
  after: string | null | undefined,
): void {
  if (!after) return;
  const values = decodeCursor(after, order);
  const clauses = order.map((key, i) => {
    const equal = order.slice(0, i).map((previous, j) => `${previous.expression} = :after_${j}`);
    const beyond = `${key.expression} ${key.direction === 'ASC' ? '>' : '<'} :after_${i}`;
    return `(${[...equal, beyond].join(' AND ')})`;
  });
  page.andWhere(`(${clauses.join(' OR ')})`);
  values.forEach((value, i) => page.setParameter(`after_${i}`, value));
}

/** A page of `limit` out of the `limit + 1` rows read, with each row's cursor from its raw sort values. */
function pageOf<T>(
  nodes: T[],
  raw: Record<string, unknown>[],
  order: SortKey[],
  limit: number,
  sortColumn: (i: number) => string,
  totalCount: () => Promise<number>,
): Page<T> {
  const fingerprint = orderFingerprint(order);
  const cursors = raw
    .slice(0, limit)
    .map((row) =>
      encodeCursor({ o: fingerprint, k: order.map((key, i) => key.type.toCursor(row[sortColumn(i)])) }),
    );
  return {
    nodes: nodes.slice(0, limit),
    cursors,
    pageInfo: { hasNextPage: nodes.length > limit, endCursor: cursors.at(-1) ?? null },
    totalCount,
  };
}

/** A page's entities with its raw rows (their sort values): read by `rows` where given, else by TypeORM. */
async function entitiesAndRaw<T extends ObjectLiteral>(
  page: SelectQueryBuilder<T>,
  rows: EntityRows<T> | undefined,
): Promise<{ entities: T[]; raw: Record<string, unknown>[] }> {
  if (!rows) return page.getRawAndEntities<Record<string, unknown>>();
  const raw = await page.getRawMany<Record<string, unknown>>();
  return { entities: raw.map((row) => rows.entity(row)), raw };
}

/**
 * Keyset pagination: the cursor holds the sort values of the last row, and the next page starts strictly
 * after them, so inserts never shift a page the way OFFSET does. A cursor is bound to its order: the same
 * values mean another position in another order. The count runs only when asked for.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: SortKey[],
  args: PageArgs,
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const countQuery = query.clone();
  // A query of one entity whose joins only narrow it is read by EntityRows, its columns selected by their
  // plain names; one that selects joined entities too (the open-data export) is hydrated by TypeORM.
  const rows = query.expressionMap.joinAttributes.some((join) => join.isSelected)
    ? undefined
    : EntityRows.of<T>(query.expressionMap.mainAlias!.metadata);
  const page = rows ? query.clone().select(rows.columns(query.alias)) : query.clone();
  // Parenthesised so that TypeORM takes it as an expression, not as a partial selection of the entity.
  order.forEach((key, i) => page.addSelect(`(${key.expression})`, `sort_${i}`));
  startAfter(page, order, args.after);
  order.forEach((key, i) =>
    i === 0 ? page.orderBy(key.expression, key.direction) : page.addOrderBy(key.expression, key.direction),
  );
  page.limit(limit + 1);
  const { entities, raw } = await entitiesAndRaw(page, rows);
  let count: Promise<number> | undefined;
  return pageOf(
    entities,
    raw,
    order,
    limit,
    (i) => `sort_${i}`,
    () => (count ??= countQuery.getCount()),
  );
}

/**
 * The parents of a nested list: an SQL expression over the list's query (and the joins the caller added
 * to it) that names each row's parent, and the parents whose pages are wanted.
 */
export interface Partition {
  expression: string;
  keys: readonly string[];
}

/**
 * One keyset page per parent, all in one statement: each row is numbered within its parent in the list's
 * order (`ROW_NUMBER() OVER (PARTITION BY …)`, MariaDB ≥ 10.2, MySQL ≥ 8, SQLite ≥ 3.25) and the first
 * `first + 1` of each parent are read with their entities. The same `first` and `after` apply to every
 * parent, as they do when a client pages a nested list. `totalCount` of any page counts every parent's
 * list in one grouped statement, run only when asked for. A row may belong to several parents (an award
 * of a consortium of two municipalities asked for): it is read once per parent.
 */
export async function paginateEach<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  partition: Partition,
  order: SortKey[],
  args: PageArgs,
): Promise<Page<T>[]> {
  const limit = pageSize(args.first);
  const alias = query.alias;
  const target = query.expressionMap.mainAlias!.target;
  const listed = query.clone().andWhere(`${partition.expression} IN (:...partitionKeys)`, {
    partitionKeys: [...partition.keys],
  });
  const ranked = listed.clone();
  startAfter(ranked, order, args.after);
  const windowOrder = order.map((key) => `${key.expression} ${key.direction}`).join(', ');
  ranked
    .select(`${alias}.id`, 'ranked_id')
    .addSelect(partition.expression, 'ranked_parent')
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY ${partition.expression} ORDER BY ${windowOrder})`,
      'ranked_row',
    );
  order.forEach((key, i) => ranked.addSelect(`(${key.expression})`, `ranked_sort_${i}`));
  // A new builder on the same query runner (a transaction's, if any), over the entity's own table, whose
  // columns EntityRows reads by their plain names.
  const entityRows = EntityRows.of<T>(query.expressionMap.mainAlias!.metadata);
  const page = query
    .createQueryBuilder()
    .select(entityRows.columns(alias))
    .from(target, alias)
    .innerJoin(`(${ranked.getQuery()})`, 'ranked', `ranked.ranked_id = ${alias}.id`)
    .addSelect('ranked.ranked_parent', 'page_parent')
    .where('ranked.ranked_row <= :pageRows', { pageRows: limit + 1 })
    .orderBy('ranked.ranked_parent', 'ASC')
    .addOrderBy('ranked.ranked_row', 'ASC')
    .setParameters(ranked.getParameters());
  order.forEach((_, i) => page.addSelect(`ranked.ranked_sort_${i}`, `page_sort_${i}`));
  const raw = await page.getRawMany<Record<string, unknown>>();
  // A row per parent whose page it is on (one entity can be on several).
  const rows = new Map<string, { nodes: T[]; raw: Record<string, unknown>[] }>(
    partition.keys.map((key) => [key, { nodes: [], raw: [] }]),
  );
  for (const row of raw) {
    const group = rows.get(String(row.page_parent));
    if (group) {
      group.nodes.push(entityRows.entity(row));
      group.raw.push(row);
    }
  }
  let counts: Promise<Map<string, number>> | undefined;
  const countAll = async () => {
    const grouped = await listed
      .clone()
      .select(partition.expression, 'count_parent')
      .addSelect(`COUNT(DISTINCT ${alias}.id)`, 'count_rows')
      .groupBy(partition.expression)
      .getRawMany<{ count_parent: unknown; count_rows: unknown }>();
    return new Map(grouped.map((row) => [String(row.count_parent), Number(row.count_rows)]));
  };
  return partition.keys.map((key) => {
    const group = rows.get(key)!;
    return pageOf(
      group.nodes,
      group.raw,
      order,
      limit,
      (i) => `page_sort_${i}`,
      async () => (await (counts ??= countAll())).get(key) ?? 0,
    );
  });
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** A Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export function Connection<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    private count: () => Promise<number>;

    @Field(() => Int, { description: 'All items of the list the caller may see, across pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): ConnectionType {
      const connection = new ConnectionType();
      connection.nodes = page.nodes;
      connection.edges = page.nodes.map((item, i) =>
        Object.assign(new Edge(), { node: item, cursor: page.cursors[i] }),
      );
      connection.pageInfo = page.pageInfo;
      connection.count = page.totalCount;
      return connection;
    }
  }
  return ConnectionType;
}

/**
 * Every row of a query, one page (one statement of at most `size` rows) at a time, in keyset order: for an
 * export that streams a list without ever holding all of it.
 */
export async function* everyPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: SortKey[],
  size = MAX_PAGE_SIZE,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  do {
    const page: Page<T> = await paginate(query, order, { first: size, after });
    if (page.nodes.length > 0) yield page.nodes;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
}
