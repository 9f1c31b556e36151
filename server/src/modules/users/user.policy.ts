import type { User } from './user.entity';

/**
 * A person's account rights (system admin, starting projects) are theirs and the system admins' business;
 * a coordinator who adds them to a project sees their name, email and organisation only.
 */
export function mayReadAccountRights(viewer: User | null, subject: User): boolean {
  return viewer !== null && (viewer.id === subject.id || viewer.isSystemAdmin);
}

/** Starting a project is a right a system admin grants per user (it also keeps accounts from being enumerated). */
export function mayStartProject(user: User): boolean {
  return user.canStartProjects;
}
