import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import { AdoptionStatus } from '../modules/adoption/adoption.entity';
import { ApplicationStatus } from '../modules/application/application-status';
import { CallState } from '../modules/call/call.entity';
import { EvaluationStatus } from '../modules/evaluation/evaluation.entity';
import { hasRole, Role, type Viewer } from './viewer';

/**
 * Row visibility, in SQL, in one place: every path to an application or consortium narrows its query
 * with these, so that a list, a count, a lookup by id and a federation reference agree on what a caller
 * may see. The CONTRACT's "Who sees what" table, as WHERE clauses:
 *   public — awarded applications only;
 *   applicant — also every application of a consortium one of their municipalities belongs to;
 *   reviewer — also applications assigned to them, once submitted;
 *   administrator — everything.
 */
export function restrictApplications(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  if (hasRole(viewer, Role.ADMIN)) return;
  query.andWhere(
    new Brackets((visible) => {
      visible.where(`${alias}.status = :visibleStatus`, { visibleStatus: ApplicationStatus.AWARDED });
      if (hasRole(viewer, Role.APPLICANT) && viewer.municipalityCodes.length > 0) {
        visible.orWhere(
          `EXISTS (SELECT 1 FROM consortium_member vm WHERE vm.consortiumId = ${alias}.consortiumId AND vm.municipalityCode IN (:...viewerCodes))`,
          { viewerCodes: viewer.municipalityCodes },
        );
      }
      if (hasRole(viewer, Role.REVIEWER) && viewer.userId) {
        visible.orWhere(
          `(${alias}.status <> :draftStatus AND EXISTS (SELECT 1 FROM review_assignment va WHERE va.applicationId = ${alias}.id AND va.reviewerId = :viewerId AND va.endedAt IS NULL))`,
          { draftStatus: ApplicationStatus.DRAFT, viewerId: viewer.userId },
        );
      }
    }),
  );
}

/** Draft calls are the administrators' alone. */
export function restrictCalls(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  if (!hasRole(viewer, Role.ADMIN)) {
    query.andWhere(`${alias}.state <> :hiddenDraft`, { hiddenDraft: CallState.DRAFT });
  }
}

/** A consortium is visible to its own officials, and to whoever may see one of its applications. */
export function restrictConsortia(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  if (hasRole(viewer, Role.ADMIN)) return;
  query.andWhere(
    new Brackets((visible) => {
      visible.where(
        `EXISTS (SELECT 1 FROM application vca WHERE vca.consortiumId = ${alias}.id AND vca.status = :visibleStatus)`,
        { visibleStatus: ApplicationStatus.AWARDED },
      );
      if (hasRole(viewer, Role.APPLICANT) && viewer.municipalityCodes.length > 0) {
        visible.orWhere(
          `EXISTS (SELECT 1 FROM consortium_member vcm WHERE vcm.consortiumId = ${alias}.id AND vcm.municipalityCode IN (:...viewerCodes))`,
          { viewerCodes: viewer.municipalityCodes },
        );
      }
      if (hasRole(viewer, Role.REVIEWER) && viewer.userId) {
        visible.orWhere(
          `EXISTS (SELECT 1 FROM application vra JOIN review_assignment vrr ON vrr.applicationId = vra.id WHERE vra.consortiumId = ${alias}.id AND vra.status <> :draftStatus AND vrr.reviewerId = :viewerId AND vrr.endedAt IS NULL)`,
          { draftStatus: ApplicationStatus.DRAFT, viewerId: viewer.userId },
        );
      }
    }),
  );
}

/**
 * Independent scoring, in SQL: a reviewer sees their own evaluation, and the others' of an application
 * only once their own of it is submitted; administrators see all; applicants and the public none.
 */
export function restrictEvaluations(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  if (hasRole(viewer, Role.ADMIN)) return;
  if (!hasRole(viewer, Role.REVIEWER) || !viewer.userId) {
    query.andWhere('1 = 0');
    return;
  }
  query.andWhere(
    new Brackets((visible) => {
      visible.where(`${alias}.reviewerId = :evaluationViewerId`, { evaluationViewerId: viewer.userId });
      visible.orWhere(
        `EXISTS (SELECT 1 FROM evaluation veo WHERE veo.applicationId = ${alias}.applicationId AND veo.reviewerId = :evaluationViewerId AND veo.status = :ownSubmitted)`,
        { ownSubmitted: EvaluationStatus.SUBMITTED },
      );
    }),
  );
}

/**
 * A consortium's private records after the decision (its grant's documents, payment requests, reports):
 * the officials of its member municipalities and administrators; nobody else, the public included.
 * `consortiumId` is the SQL expression of the record's consortium.
 */
export function restrictToConsortiumOfficials(
  query: WhereExpressionBuilder,
  viewer: Viewer,
  consortiumId: string,
): void {
  if (hasRole(viewer, Role.ADMIN)) return;
  if (!hasRole(viewer, Role.APPLICANT) || viewer.municipalityCodes.length === 0) {
    query.andWhere('1 = 0');
    return;
  }
  query.andWhere(
    `EXISTS (SELECT 1 FROM consortium_member vom WHERE vom.consortiumId = ${consortiumId} AND vom.municipalityCode IN (:...officialCodes))`,
    { officialCodes: viewer.municipalityCodes },
  );
}

/** A grant's payment requests, reports and change requests (rows with an `awardId`): as restrictToConsortiumOfficials. */
export function restrictGrantRecords(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  restrictToConsortiumOfficials(
    query,
    viewer,
    `(SELECT vga.consortiumId FROM award vgw JOIN application vga ON vga.id = vgw.applicationId WHERE vgw.id = ${alias}.awardId)`,
  );
}

/**
 * Adoptions of funded projects' results: confirmed ones are public; pending and declined ones are the
 * adopting municipality's officials', the officials' of the project's lead municipality (who confirm
 * them) and administrators'.
 */
export function restrictAdoptions(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  if (hasRole(viewer, Role.ADMIN)) return;
  query.andWhere(
    new Brackets((visible) => {
      visible.where(`${alias}.status = :publicAdoption`, { publicAdoption: AdoptionStatus.CONFIRMED });
      if (hasRole(viewer, Role.APPLICANT) && viewer.municipalityCodes.length > 0) {
        visible.orWhere(`${alias}.municipalityCode IN (:...adopterCodes)`, {
          adopterCodes: viewer.municipalityCodes,
        });
        visible.orWhere(
          `EXISTS (SELECT 1 FROM award vaw JOIN application vap ON vap.id = vaw.applicationId JOIN consortium vac ON vac.id = vap.consortiumId WHERE vaw.id = ${alias}.awardId AND vac.leadCode IN (:...adopterCodes))`,
        );
      }
    }),
  );
}

/**
 * Workshop invitations and the participants registered with them (personal data): the officials of the
 * invited proposal's consortium and administrators; nobody else, the public included.
 */
export function restrictWorkshopInvitations(
  query: WhereExpressionBuilder,
  viewer: Viewer,
  alias: string,
): void {
  restrictToConsortiumOfficials(
    query,
    viewer,
    `(SELECT vwa.consortiumId FROM application vwa WHERE vwa.id = ${alias}.applicationId)`,
  );
}

/**
 * Offers to join a proposal: the offering municipality's officials, the officials of the proposal's
 * consortium (whose lead decides) and administrators.
 */
export function restrictPartnerOffers(query: WhereExpressionBuilder, viewer: Viewer, alias: string): void {
  if (hasRole(viewer, Role.ADMIN)) return;
  if (!hasRole(viewer, Role.APPLICANT) || viewer.municipalityCodes.length === 0) {
    query.andWhere('1 = 0');
    return;
  }
  query.andWhere(
    new Brackets((visible) => {
      visible.where(`${alias}.municipalityCode IN (:...offerCodes)`, {
        offerCodes: viewer.municipalityCodes,
      });
      visible.orWhere(
        `EXISTS (SELECT 1 FROM application vpa JOIN consortium_member vpm ON vpm.consortiumId = vpa.consortiumId WHERE vpa.id = ${alias}.applicationId AND vpm.municipalityCode IN (:...offerCodes))`,
      );
    }),
  );
}
