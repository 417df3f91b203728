import type { RequestContext } from '../context';
import type { Application } from '../modules/application/application.entity';
import type { Award } from '../modules/award/award.entity';
import type { WorkshopInvitation } from '../modules/workshop/workshop.entity';
import { ConsortiumRole } from '../modules/consortium/consortium.entity';
import { hasRole, Role } from './viewer';

/** Whether the caller is an official of a municipality in the consortium. */
export async function isConsortiumOfficial(ctx: RequestContext, consortiumId: string): Promise<boolean> {
  const { viewer } = ctx;
  if (!hasRole(viewer, Role.APPLICANT) || viewer.municipalityCodes.length === 0) return false;
  const members = await ctx.loaders.membersOfConsortium.load(consortiumId);
  return members.some((member) => viewer.municipalityCodes.includes(member.municipalityCode));
}

/** Whether the caller is a reviewer with an active assignment to the application. */
async function isAssignedReviewer(ctx: RequestContext, applicationId: string): Promise<boolean> {
  const { viewer } = ctx;
  if (!hasRole(viewer, Role.REVIEWER) || !viewer.userId) return false;
  const assignments = await ctx.loaders.activeAssignmentsOfApplication.load(applicationId);
  return assignments.some((assignment) => assignment.reviewerId === viewer.userId);
}

/** Answers and eligibility issues: the consortium's own officials, assigned reviewers, administrators. */
export async function maySeeApplicationContent(
  ctx: RequestContext,
  application: Application,
): Promise<boolean> {
  return (
    hasRole(ctx.viewer, Role.ADMIN) ||
    (await isConsortiumOfficial(ctx, application.consortiumId)) ||
    (await isAssignedReviewer(ctx, application.id))
  );
}

/** The contact person is personal data: the consortium's own officials and administrators only. */
export async function maySeeApplicationContact(
  ctx: RequestContext,
  application: Application,
): Promise<boolean> {
  return hasRole(ctx.viewer, Role.ADMIN) || (await isConsortiumOfficial(ctx, application.consortiumId));
}

/** A grant's private records (documents, payment requests, reports): own consortium and administrators. */
export async function maySeeGrantRecords(ctx: RequestContext, award: Award): Promise<boolean> {
  if (hasRole(ctx.viewer, Role.ADMIN)) return true;
  if (!hasRole(ctx.viewer, Role.APPLICANT)) return false;
  const application = await ctx.loaders.application.load(award.applicationId);
  return application !== null && (await isConsortiumOfficial(ctx, application.consortiumId));
}

/** Whether the caller acts for the lead municipality of the award's project (who requests payment). */
export async function isLeadOfficial(ctx: RequestContext, award: Award): Promise<boolean> {
  const { viewer } = ctx;
  if (!hasRole(viewer, Role.APPLICANT) || viewer.municipalityCodes.length === 0) return false;
  const application = await ctx.loaders.application.load(award.applicationId);
  if (!application) return false;
  const members = await ctx.loaders.membersOfConsortium.load(application.consortiumId);
  return members.some(
    (member) =>
      member.role === ConsortiumRole.LEAD && viewer.municipalityCodes.includes(member.municipalityCode),
  );
}

/** Overlaps with other applications: the application's assigned reviewers and administrators. */
export async function maySeeOverlaps(ctx: RequestContext, application: Application): Promise<boolean> {
  return hasRole(ctx.viewer, Role.ADMIN) || (await isAssignedReviewer(ctx, application.id));
}

/** The people registered for a workshop (personal data): the invited consortium's officials and administrators. */
export async function maySeeWorkshopParticipants(
  ctx: RequestContext,
  invitation: WorkshopInvitation,
): Promise<boolean> {
  if (hasRole(ctx.viewer, Role.ADMIN)) return true;
  const proposal = await ctx.loaders.application.load(invitation.applicationId);
  return proposal !== null && (await isConsortiumOfficial(ctx, proposal.consortiumId));
}
