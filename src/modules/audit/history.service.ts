import type { EntityManager } from 'typeorm';
import { strongestRole, type Role } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import { newId } from '../../common/ids';
import { type Page, type PageArgs, paginateEach, sortValue } from '../../common/pagination';
import { AuditEvent } from './audit-event.entity';
import { FieldChange, type HistoryActor, HistoryEntry } from './history.types';
import { RecordSnapshot } from './record-snapshot.entity';

/**
 * How one stored field of a record's audit events shows in its history: under which API name, and
 * under which of the record's field permissions. A field the map does not name is left out.
 */
export type HistoryField<P extends string> = { name: string; permission: P };

/** What a caller may read of a record's history: the API name of each stored field shown, null if hidden. */
export type HistoryFields = (stored: string) => string | null;

/**
 * Builds `HistoryFields` from a module's map of stored fields (`prefixes` for keyed ones such as
 * `answer:<questionId>`) and the permissions the caller holds on this record.
 */
export function historyFields<P extends string>(
  fields: Record<string, HistoryField<P>>,
  prefixes: Record<string, HistoryField<P>>,
  granted: ReadonlySet<P>,
): HistoryFields {
  return (stored) => {
    const own = Object.prototype.hasOwnProperty.call(fields, stored) ? fields[stored] : undefined;
    if (own) return granted.has(own.permission) ? own.name : null;
    for (const [prefix, field] of Object.entries(prefixes)) {
      if (stored.startsWith(prefix) && granted.has(field.permission))
        return `${field.name}${stored.slice(prefix.length)}`;
    }
    return null;
  };
}

const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** An audit event's changes, `{ field: [before, after] }`, as the caller may read them. */
function changesOf(event: AuditEvent, show: HistoryFields): FieldChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.changes);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== 'object') return [];
  return Object.entries(parsed as Record<string, unknown>).flatMap(([stored, value]) => {
    const field = show(stored);
    if (field === null) return [];
    const [before, after]: unknown[] =
      Array.isArray(value) && value.length === 2 ? (value as unknown[]) : [null, value];
    return [Object.assign(new FieldChange(), { field, before: json(before), after: json(after) })];
  });
}

/** Options of one record type's history. */
export interface HistoryOptions {
  /** The audit log's name of the type, e.g. "Application". */
  entityType: string;
  /**
   * An SQL condition on the event (alias `event`) that this caller's history also keeps, e.g. only
   * events from a call's publication on; its text is part of the batch's key.
   */
  condition?: string;
}

/**
 * A record's changes over time, from the audit log: oldest first, paged with cursors, batched per request
 * (one statement for the pages of every record asked for, `paginateEach`), each field as the caller may
 * read it. Whether the caller may see the record at all is the parent's resolver's business: it is asked
 * only of a record the caller was given.
 */
export class HistoryService {
  constructor(private readonly ctx: RequestContext) {}

  async of(
    options: HistoryOptions,
    entityId: string,
    page: PageArgs,
    show: HistoryFields,
  ): Promise<Page<HistoryEntry>> {
    const events = await this.ctx.loaders
      .pagesOf<AuditEvent>(`${options.entityType}.history`, [page, options.condition ?? null], (ids) => {
        const query = this.ctx.manager
          .getRepository(AuditEvent)
          .createQueryBuilder('event')
          .where('event.entityType = :historyType', { historyType: options.entityType });
        if (options.condition) query.andWhere(options.condition);
        return paginateEach(
          query,
          { expression: 'event.entityId', keys: ids },
          [
            { expression: 'event.occurredAt', direction: 'ASC', type: sortValue.instant },
            { expression: 'event.id', direction: 'ASC', type: sortValue.id },
          ],
          page,
        );
      })
      .load(entityId);
    return {
      ...events,
      nodes: events.nodes.map((event) =>
        Object.assign(new HistoryEntry(), {
          eventId: event.id,
          actorId: event.actorId,
          at: event.occurredAt,
          action: event.action,
          changes: changesOf(event, show),
        }),
      ),
    };
  }
}

/** Who a user is in a history or on a record: the strongest role, and the name (the permissions map guards it). */
export async function actorOf(ctx: RequestContext, userId: string | null): Promise<HistoryActor> {
  const user = userId ? await ctx.loaders.user.load(userId) : null;
  return {
    role: user ? strongestRole(user.roles as Role[]) : null,
    name: user?.name ?? null,
  };
}

/**
 * Writes a snapshot of a record in the caller's transaction (see RecordSnapshot). Part of the mutation's
 * own audit event, which already tells the change: the snapshot keeps the whole.
 */
export async function recordSnapshot(
  manager: EntityManager,
  ctx: RequestContext,
  snapshot: Pick<RecordSnapshot, 'entityType' | 'entityId' | 'action'>,
  content: unknown,
): Promise<void> {
  await manager.insert(RecordSnapshot, {
    id: newId(),
    ...snapshot,
    takenAt: ctx.clock.now(),
    content: JSON.stringify(content),
  });
}
