/**
 * What a caller may be. PUBLIC is nobody in particular; the other three come from a token's `roles`
 * claim. (Registered as a GraphQL enum elsewhere, so this file stays free of type-graphql.)
 */
export enum Role {
  PUBLIC = 'PUBLIC',
  APPLICANT = 'APPLICANT',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}

/** Who is asking: built once per request from a verified token, or {@link publicViewer} without one. */
export interface Viewer {
  /** The strongest of {@link Viewer.roles}, or PUBLIC when there are none. */
  role: Role;
  /** The roles the token grants; never contains PUBLIC. */
  roles: Role[];
  /** The User row's id; null for the public. */
  userId: string | null;
  /** The stored subject (`issuer|sub`); null for the public. */
  subject: string | null;
  name: string | null;
  /** Municipalities the person acts for or is employed by (three-digit codes, sorted, no duplicates). */
  municipalityCodes: string[];
}

/** The caller without an Authorization header. Frozen so that no request can alter it for the next. */
export const publicViewer: Viewer = Object.freeze({
  role: Role.PUBLIC,
  roles: Object.freeze([]) as unknown as Role[],
  userId: null,
  subject: null,
  name: null,
  municipalityCodes: Object.freeze([]) as unknown as string[],
});

const strength: Record<Role, number> = {
  [Role.PUBLIC]: 0,
  [Role.APPLICANT]: 1,
  [Role.REVIEWER]: 2,
  [Role.ADMIN]: 3,
};

/**
 * Whether the viewer (or a stored user) holds exactly this role. Everyone holds PUBLIC; otherwise roles
 * do not imply one another (an administrator is not an assigned reviewer), so callers that let an admin
 * through say so.
 */
export function hasRole(holder: { readonly roles: readonly string[] }, role: Role): boolean {
  return role === Role.PUBLIC || holder.roles.includes(role);
}

/** ADMIN > REVIEWER > APPLICANT > PUBLIC; PUBLIC for no roles at all. */
export function strongestRole(roles: readonly Role[]): Role {
  let best = Role.PUBLIC;
  for (const role of roles) if (strength[role] > strength[best]) best = role;
  return best;
}

/** Whether the viewer acts for (or is employed by) the municipality with this code. */
export function actsFor(viewer: Viewer, municipalityCode: string): boolean {
  return viewer.municipalityCodes.includes(municipalityCode);
}
