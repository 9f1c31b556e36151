import type { Context } from './context';

/** All the auth checker asks of the caller (@Authorized, @Authorized('ADMIN')). */
export type CallerClass = 'ANONYMOUS' | 'USER' | 'ADMIN';

/**
 * Set on a context whose caller may stand for others of the same class: a subscription event's result
 * shared between receivers is then only marked as the viewer's own when a resolver reads who they are.
 */
export const KNOWN_CALLER_CLASS = Symbol('callerClass');

export function callerClass(context: Context): CallerClass {
  const known = (context as { [KNOWN_CALLER_CLASS]?: CallerClass })[KNOWN_CALLER_CLASS];
  if (known) return known;
  if (!context.user) return 'ANONYMOUS';
  return context.user.isSystemAdmin ? 'ADMIN' : 'USER';
}
