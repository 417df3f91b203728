import type { EntityManager } from 'typeorm';
import { restrictToConsortiumOfficials } from '../../auth/visibility';
import { hasRole, Role } from '../../auth/viewer';
import { Award } from '../award/award.entity';
import { Document, DocumentKind } from './document.entity';
import { type DocumentOwner, registerDocumentOwner } from './document-owners';

export const AWARD_OWNER = 'AWARD';

/**
 * An award's documents — the agreement between the implementers and annexes — are the consortium's and
 * the ministry's: visible to the officials of any member municipality and to administrators; attached by
 * the officials of the lead municipality (the recipient, which makes the agreement) and administrators.
 */
const awardDocuments: DocumentOwner = {
  kinds: [DocumentKind.AGREEMENT, DocumentKind.ANNEX],
  record: { en: 'The award', fi: 'Avustusta', sv: 'Understödet' },
  async visibleIds(ctx, ids) {
    if (ids.length === 0 || !(hasRole(ctx.viewer, Role.ADMIN) || hasRole(ctx.viewer, Role.APPLICANT)))
      return new Set();
    const query = ctx.manager
      .getRepository(Award)
      .createQueryBuilder('award')
      .innerJoin('award.application', 'application')
      .select('award.id', 'id')
      .where('award.id IN (:...ids)', { ids });
    restrictToConsortiumOfficials(query, ctx.viewer, 'application.consortiumId');
    const rows = await query.getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  },
  async mayAttach(ctx, id) {
    const { viewer } = ctx;
    const query = ctx.manager
      .getRepository(Award)
      .createQueryBuilder('award')
      .where('award.id = :id', { id });
    if (!hasRole(viewer, Role.ADMIN)) {
      if (!hasRole(viewer, Role.APPLICANT) || viewer.municipalityCodes.length === 0) return false;
      query
        .innerJoin('award.application', 'application')
        .innerJoin('application.consortium', 'consortium')
        .andWhere('consortium.leadCode IN (:...leadCodes)', { leadCodes: viewer.municipalityCodes });
    }
    return (await query.getCount()) > 0;
  },
};

/** Documents can belong to awards (called once, at start, with the other owners' registrations). */
export const registerAwardDocuments = () => registerDocumentOwner(AWARD_OWNER, awardDocuments);

/**
 * Whether an agreement between the implementers is on record for the award: the payment module requires
 * one before the first payment (decree 893/2019 § 3). Read with the caller's manager (a transaction's).
 */
export async function hasAgreement(manager: EntityManager, awardId: string): Promise<boolean> {
  return manager.getRepository(Document).existsBy({
    ownerType: AWARD_OWNER,
    ownerId: awardId,
    kind: DocumentKind.AGREEMENT,
  });
}
