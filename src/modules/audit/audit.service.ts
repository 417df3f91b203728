import type { EntityManager, EntityTarget } from 'typeorm';
import type { RequestContext } from '../../context';
import { newId, parseId } from '../../common/ids';
import { paginate, type Page, type PageArgs, sortValue } from '../../common/pagination';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './audit.inputs';

export type FieldChanges = Record<string, [unknown, unknown]>;

const comparable = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

/** The fields whose values differ between two versions of a record, as `{ field: [before, after] }`. */
export function changedFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const previous = comparable(before?.[field] ?? null);
    const next = comparable(after[field] ?? null);
    if (JSON.stringify(previous) !== JSON.stringify(next)) changes[field] = [previous, next];
  }
  return changes;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChanges | Record<string, unknown>;
}

/**
 * Writes an audit event with the manager of the mutation's own transaction, so that the change and its
 * record commit together or not at all. Not exported: a mutation writes its row and its event together
 * through insertAudited, updateAudited or deleteAudited, so that no write goes unrecorded.
 */
async function recordAudit(manager: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await manager.getRepository(AuditEvent).insert({
    id: newId(),
    occurredAt: ctx.clock.now(),
    actorId: ctx.viewer.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: JSON.stringify(entry.changes),
  });
}

/** Changes of other rows that belong to a row's event: an application's answers, a call's lists. */
export type ExtraChanges = Record<string, unknown>;

export interface AuditOptions<T> {
  /**
   * The fields the event reports, in this order, when they differ. Without it: every field written
   * (on an update) or every field but the id and the timestamps (on an insert).
   */
  fields?: (keyof T & string)[];
  /**
   * Added to the event after the row's own fields. A function runs once the row is written and before
   * the event, for dependent rows that need the row to exist first (foreign keys).
   */
  extraChanges?: ExtraChanges | ((row: T) => Promise<ExtraChanges>);
}

const extraChangesOf = async <T>(row: T, options: AuditOptions<T>): Promise<ExtraChanges> =>
  typeof options.extraChanges === 'function' ? options.extraChanges(row) : (options.extraChanges ?? {});

const entityTypeOf = <T extends object>(manager: EntityManager, entity: EntityTarget<T>): string =>
  manager.getRepository(entity).metadata.name;

const unauditedOnInsert = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * The one way a mutation adds a row: write it, and record an audit event of its fields (before: null)
 * with any extra changes, in the caller's transaction.
 */
export async function insertAudited<T extends { id: string }>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  row: T,
  action: string,
  options: AuditOptions<T> = {},
): Promise<T> {
  await manager.insert(entity, row as never);
  const fields =
    options.fields ??
    (Object.keys(row).filter((field) => !unauditedOnInsert.has(field)) as (keyof T & string)[]);
  const extra = await extraChangesOf(row, options);
  await recordAudit(manager, ctx, {
    action,
    entityType: entityTypeOf(manager, entity),
    entityId: row.id,
    changes: { ...changedFields(null, row, fields), ...extra },
  });
  return row;
}

/**
 * The one way a mutation changes a loaded row: apply `changes` to it, write them, and record an audit
 * event of the fields that really changed (the timestamp aside) with any extra changes, in the caller's
 * transaction.
 */
export async function updateAudited<T extends { id: string }>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  row: T,
  changes: Partial<T>,
  action: string,
  options: AuditOptions<T> = {},
): Promise<T> {
  const before = { ...row };
  Object.assign(row, changes);
  await manager.update(entity, row.id, changes as never);
  const fields =
    options.fields ?? (Object.keys(changes).filter((field) => field !== 'updatedAt') as (keyof T & string)[]);
  const extra = await extraChangesOf(row, options);
  await recordAudit(manager, ctx, {
    action,
    entityType: entityTypeOf(manager, entity),
    entityId: row.id,
    changes: { ...changedFields(before, row, fields), ...extra },
  });
  return row;
}

/**
 * The one way a mutation removes a row: delete it, and record an audit event of the given fields
 * going to null, in the caller's transaction. Dependent rows are the caller's to remove first.
 */
export async function deleteAudited<T extends { id: string }>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  row: T,
  action: string,
  options: AuditOptions<T> & { fields: (keyof T & string)[] },
): Promise<void> {
  await manager.delete(entity, row.id);
  const extra = await extraChangesOf(row, options);
  await recordAudit(manager, ctx, {
    action,
    entityType: entityTypeOf(manager, entity),
    entityId: row.id,
    changes: { ...changedFields(row, {}, options.fields), ...extra },
  });
}

/**
 * Reads the audit log. Only administrators reach it: the permissions map guards `auditEvents` and the
 * AuditEvent type, so no row filter by viewer is needed here.
 */
export class AuditService {
  constructor(private readonly ctx: RequestContext) {}

  /** Events matching every given condition, newest first (ties by id, so cursors stay stable). */
  list(filter: AuditEventFilter | null | undefined, page: PageArgs): Promise<Page<AuditEvent>> {
    const query = this.ctx.manager.getRepository(AuditEvent).createQueryBuilder('event');
    if (filter?.entityType)
      query.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    if (filter?.actorId) {
      query.andWhere('event.actorId = :actorId', { actorId: parseId(filter.actorId, 'filter.actorId') });
    }
    return paginate(
      query,
      [
        { expression: 'event.occurredAt', direction: 'DESC', type: sortValue.instant },
        { expression: 'event.id', direction: 'DESC', type: sortValue.id },
      ],
      page,
    );
  }
}
