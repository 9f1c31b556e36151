import type { AuthChecker } from 'type-graphql';
import { callerClass } from './caller-class';
import type { Context } from './context';
import { unauthenticated } from './errors';

/** @Authorized() means logged in; @Authorized('ADMIN') means system admin. Object rules live in policies. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const caller = callerClass(context);
  // Anonymous callers are asked to log in, also for admin-only operations (not told FORBIDDEN).
  if (caller === 'ANONYMOUS') throw unauthenticated();
  if (roles.includes('ADMIN')) return caller === 'ADMIN';
  return true;
};
