import type { EntityTarget } from 'typeorm';
import { isLeadOfficial } from '../../auth/access';
import { restrictGrantRecords } from '../../auth/visibility';
import { hasRole, Role } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import type { Messages } from '../../common/errors';
import type { DocumentKind } from '../document/document.entity';
import type { DocumentOwner } from '../document/document-owners';

/**
 * Attachments of a grant's records (payment requests, reports), as the document module asks of their
 * owners: seen by whoever sees the record (restrictGrantRecords); attached by administrators, and by the
 * lead's officials while the record is not yet approved.
 */
export function grantRecordDocuments<T extends { id: string; awardId: string; status: string }>(
  entity: EntityTarget<T>,
  kinds: DocumentKind[],
  record: Messages,
  approved: string,
): DocumentOwner {
  return {
    kinds,
    record,
    async visibleIds(ctx: RequestContext, ids: string[]) {
      if (ids.length === 0) return new Set<string>();
      const query = ctx.manager
        .getRepository(entity)
        .createQueryBuilder('row')
        .select('row.id', 'id')
        .where('row.id IN (:...ids)', { ids });
      restrictGrantRecords(query, ctx.viewer, 'row');
      return new Set((await query.getRawMany<{ id: string }>()).map((row) => row.id));
    },
    async mayAttach(ctx: RequestContext, id: string) {
      // The record as the caller sees it, its status and award with it: one statement.
      const query = ctx.manager
        .getRepository(entity)
        .createQueryBuilder('row')
        .select('row.status', 'status')
        .addSelect('row.awardId', 'awardId')
        .where('row.id = :id', { id });
      restrictGrantRecords(query, ctx.viewer, 'row');
      const row = await query.getRawOne<{ status: string; awardId: string }>();
      if (!row) return false;
      if (hasRole(ctx.viewer, Role.ADMIN)) return true;
      if (row.status === approved) return false;
      const award = await ctx.loaders.award.load(row.awardId);
      return award !== null && (await isLeadOfficial(ctx, award));
    },
  };
}
