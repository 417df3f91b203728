import type { RequestContext } from '../context';
import type { Application } from '../modules/application/application.entity';
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

/** Overlaps with other applications: the application's assigned reviewers and administrators. */
export async function maySeeOverlaps(ctx: RequestContext, application: Application): Promise<boolean> {
  return hasRole(ctx.viewer, Role.ADMIN) || (await isAssignedReviewer(ctx, application.id));
}
