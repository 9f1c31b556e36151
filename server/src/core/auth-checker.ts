import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { unauthenticated } from './errors';

/** @Authorized() means logged in; @Authorized('ADMIN') means system admin. Object rules live in policies. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  // Anonymous callers are asked to log in, also for admin-only operations (not told FORBIDDEN).
  if (!context.user) throw unauthenticated();
  if (roles.includes('ADMIN')) return context.user.isSystemAdmin;
  return true;
};
