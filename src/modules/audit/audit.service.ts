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
 * record commit together or not at all.
 */
export async function recordAudit(
  manager: EntityManager,
  ctx: RequestContext,
  entry: AuditEntry,
): Promise<void> {
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

/**
 * The one way a mutation changes a loaded row: apply `changes` to it, write them, and record an audit
 * event of the fields that really changed (the timestamp aside), in the caller's transaction.
 */
export async function updateAudited<T extends { id: string }>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  row: T,
  changes: Partial<T>,
  action: string,
): Promise<T> {
  const before = { ...row };
  Object.assign(row, changes);
  await manager.update(entity, row.id, changes as never);
  const audited = Object.keys(changes).filter((field) => field !== 'updatedAt') as (keyof T & string)[];
  await recordAudit(manager, ctx, {
    action,
    entityType: manager.getRepository(entity).metadata.name,
    entityId: row.id,
    changes: changedFields(before, row, audited),
  });
  return row;
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
