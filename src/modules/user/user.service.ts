import type { EntityManager } from 'typeorm';
import type { VerifiedClaims } from '../../auth/token-verifier';
import { strongestRole, type Viewer } from '../../auth/viewer';
import { isUniqueViolation } from '../../common/database-faults';
import { unauthenticated } from '../../common/errors';
import { newId } from '../../common/ids';
import { User } from './user.entity';

/**
 * How stale `lastSeenAt` may get before a request refreshes it on its own. Without a limit every
 * authenticated request would write to app_user.
 */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

/** Keeps app_user in step with the tokens people arrive with. */
export class UserService {
  /**
   * Finds the person a verified token speaks for, creating them on first use and bringing name, roles
   * and municipalities up to date when the token says otherwise. Two first requests of the same new
   * person may race: the loser's insert hits the unique subject and it reads the winner's row instead.
   *
   * @param manager where to read and write; inside a transaction or not.
   * @param now the request's time, for createdAt and lastSeenAt.
   */
  async upsertFromClaims(manager: EntityManager, claims: VerifiedClaims, now: Date): Promise<User> {
    const existing = await findBySubject(manager, claims.userSubject, false);
    if (existing) return refresh(manager, existing, claims, now);

    const user = manager.create(User, {
      id: newId(),
      subject: claims.userSubject,
      // A display name is required; the subject is the one thing every token has.
      name: claims.name ?? claims.sub,
      roles: [...claims.roles],
      municipalityCodes: [...claims.municipalityCodes],
      createdAt: now,
      lastSeenAt: now,
    });
    try {
      await manager.insert(User, user);
      return user;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await findBySubject(manager, claims.userSubject, true);
      if (!winner) throw error;
      return refresh(manager, winner, claims, now);
    }
  }

  /** The viewer of a request: the stored person with the roles and municipalities of this token. */
  toViewer(user: User, claims: VerifiedClaims): Viewer {
    return {
      role: strongestRole(claims.roles),
      roles: [...claims.roles],
      userId: user.id,
      subject: user.subject,
      name: user.name,
      municipalityCodes: [...claims.municipalityCodes],
    };
  }
}

async function findBySubject(
  manager: EntityManager,
  subject: string,
  afterConflict: boolean,
): Promise<User | null> {
  const query = manager
    .getRepository(User)
    .createQueryBuilder('user')
    .where('user.subject = :subject', { subject });
  const type = manager.connection.options.type;
  // Inside a MySQL/MariaDB transaction a plain read sees the snapshot taken before the rival insert
  // committed; a locking read sees the committed row. (SQLite has one writer and no such snapshot.)
  if (afterConflict && (type === 'mysql' || type === 'mariadb') && manager.queryRunner?.isTransactionActive) {
    query.setLock('pessimistic_read');
  }
  const user = await query.getOne();
  if (user && user.subject !== subject) {
    // The MariaDB collation compares case- and trailing-space-insensitively, but subjects are exact:
    // never let one person's token sign in as another whose subject differs only in case.
    throw unauthenticated({
      en: 'This account cannot be signed in; please contact the administrator',
      fi: 'Tällä tilillä ei voi kirjautua; ota yhteyttä pääkäyttäjään',
      sv: 'Det går inte att logga in med det här kontot; kontakta administratören',
    });
  }
  return user;
}

async function refresh(manager: EntityManager, user: User, claims: VerifiedClaims, now: Date): Promise<User> {
  const changes: Partial<Pick<User, 'name' | 'roles' | 'municipalityCodes' | 'lastSeenAt'>> = {};
  if (claims.name !== null && claims.name !== user.name) changes.name = claims.name;
  if (!sameList(user.roles, claims.roles)) changes.roles = [...claims.roles];
  if (!sameList(user.municipalityCodes, claims.municipalityCodes)) {
    changes.municipalityCodes = [...claims.municipalityCodes];
  }
  const sinceSeen = now.getTime() - user.lastSeenAt.getTime();
  if (sinceSeen > 0 && (Object.keys(changes).length > 0 || sinceSeen >= LAST_SEEN_RESOLUTION_MS)) {
    changes.lastSeenAt = now;
  }
  if (Object.keys(changes).length === 0) return user;
  await manager.update(User, { id: user.id }, changes);
  return Object.assign(user, changes);
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);
