import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';

/** @Authorized() means logged in; @Authorized('ADMIN') means system admin. Object rules live in policies. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) return false;
  if (roles.includes('ADMIN')) return context.user.isSystemAdmin;
  return true;
};
