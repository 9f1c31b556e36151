import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { callerClass, KNOWN_CALLER_CLASS, type CallerClass } from '../core/caller-class';
import type { Context } from '../core/context';
import { oncePerEvent } from '../core/per-event';
import { renewScope } from '../core/per-request';

interface Execution {
  result: ExecutionResult;
  /** Whether resolving read who is asking: then the result is that receiver's alone. */
  readViewer: boolean;
}

/**
 * Resolves one event for one receiver, sharing the work with every other receiver in this process of the
 * same operation (`operationKey`: document, operation name and variables) and the same caller class
 * (logged in or admin: all @Authorized asks). Who may receive the event was
 * decided per receiver before (in memory, see `authorizedStream`); what remains is executing the selection.
 * The first receiver executes it with a context that notes any read of the viewer (user, session, client).
 * If there was none, the result depends on the event and the operation only, and every receiver gets it;
 * a selection that does read the viewer (viewerCan, an @Authorized field, …) is executed per receiver.
 * The check is per execution, so a resolver that reads the viewer only for some events is still caught.
 */
export async function executeForReceiver(
  args: ExecutionArgs,
  operationKey: string,
  event: object,
): Promise<ExecutionResult> {
  const context = args.contextValue as Context;
  let first = false;
  const caller = callerClass(context);
  const shared = oncePerEvent(event, `execute:${caller}:${operationKey}`, () => {
    first = true;
    return executeWatched(args, context, caller, event);
  });
  const { result, readViewer } = await shared;
  if (first || !readViewer) return result;
  renewScope(context.perRequest);
  return execute({ ...args, rootValue: event });
}

async function executeWatched(
  args: ExecutionArgs,
  context: Context,
  caller: CallerClass,
  event: object,
): Promise<Execution> {
  let readViewer = false;
  const read = <T>(value: T): T => {
    readViewer = true;
    return value;
  };
  // A subscription keeps one context for its lifetime: its loaders must not serve the previous event's rows.
  renewScope(context.perRequest);
  const watched: Context & { [KNOWN_CALLER_CLASS]: CallerClass } = {
    [KNOWN_CALLER_CLASS]: caller,
    get user() {
      return read(context.user);
    },
    get sessionTokenHash() {
      return read(context.sessionTokenHash);
    },
    get client() {
      return read(context.client);
    },
    get cookies() {
      return read(context.cookies);
    },
    container: context.container,
    perRequest: context.perRequest,
  };
  const result = await execute({ ...args, contextValue: watched, rootValue: event });
  return { result, readViewer };
}
