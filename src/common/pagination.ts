import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

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

/** One column of a keyset order; the last key of every order must be unique (the id). */
export interface SortKey {
  /** The SQL expression, e.g. `award.grantedAmount`. */
  expression: string;
  direction: 'ASC' | 'DESC';
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return first;
}

type CursorValue = string | number | null | { d: string };

const encodeCursor = (values: unknown[]): string =>
  Buffer.from(
    JSON.stringify(
      values.map((v): CursorValue => (v instanceof Date ? { d: v.toISOString() } : (v as CursorValue))),
    ),
  ).toString('base64url');

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue[];
    if (!Array.isArray(values) || values.length !== length) throw new Error('shape');
    return values.map((v) => {
      if (v !== null && typeof v === 'object') {
        if (typeof v.d !== 'string') throw new Error('shape');
        return new Date(v.d);
      }
      if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw new Error('shape');
      return v;
    });
  } catch {
    throw badInput('This cursor is not valid for this list', 'after');
  }
}

/**
 * Keyset pagination: the cursor holds the sort values of the last row, and the next page starts strictly
 * after them, so inserts never shift a page the way OFFSET does. The count runs only when asked for.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: SortKey[],
  args: PageArgs,
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const countQuery = query.clone();
  const page = query.clone();
  // Parenthesised so that TypeORM takes it as an expression, not as a partial selection of the entity.
  order.forEach((key, i) => page.addSelect(`(${key.expression})`, `sort_${i}`));
  if (args.after) {
    const values = decodeCursor(args.after, order.length);
    const clauses = order.map((key, i) => {
      const equal = order.slice(0, i).map((previous, j) => `${previous.expression} = :after_${j}`);
      const beyond = `${key.expression} ${key.direction === 'ASC' ? '>' : '<'} :after_${i}`;
      return `(${[...equal, beyond].join(' AND ')})`;
    });
    page.andWhere(`(${clauses.join(' OR ')})`);
    values.forEach((value, i) => page.setParameter(`after_${i}`, value));
  }
  order.forEach((key, i) =>
    i === 0 ? page.orderBy(key.expression, key.direction) : page.addOrderBy(key.expression, key.direction),
  );
  page.limit(limit + 1);
  const { entities, raw } = await page.getRawAndEntities<Record<string, unknown>>();
  const hasNextPage = entities.length > limit;
  const nodes = entities.slice(0, limit);
  const cursors = raw.slice(0, limit).map((row) => encodeCursor(order.map((_, i) => row[`sort_${i}`])));
  let count: Promise<number> | undefined;
  return {
    nodes,
    cursors,
    pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
    totalCount: () => (count ??= countQuery.getCount()),
  };
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
