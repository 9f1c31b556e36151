import type { connectedPayload, Extension, onDisconnectPayload } from '@hocuspocus/server';
import { log } from '../../core/logger';
import { Topic, type AppPubSub } from '../../core/pubsub';
import type { MembershipService } from '../projects/membership.service';
import { can } from '../projects/project.policy';
import type { CollabAccess } from './collab-access';
import type { CollabConnections } from './collab-connections';
import { MEMBERSHIP_CHANGED_CLOSE, type CollabContext } from './collab.types';

/**
 * A connection's read-only flag is fixed when it authenticates, so when a
 * member is removed or their role changes, their open connections to the
 * project's chapters are closed at once (also when their specialist groups change,
 * which moves their edit scope); they reconnect with their new rights.
 * Listens on the shared pub/sub, so a change made on another instance counts.
 */
export class CollabMembershipExtension implements Extension {
  extensionName = 'samskriv-membership';

  private readonly watching = new Map<string, AsyncIterator<unknown>>();

  constructor(
    private readonly connections: CollabConnections,
    private readonly pubSub: AppPubSub,
    private readonly memberships: MembershipService,
    private readonly access: CollabAccess,
  ) {}

  async connected({ connection, context, socketId, documentName }: connectedPayload): Promise<void> {
    const ctx = context as CollabContext;
    this.connections.add(socketId, documentName, { connection, context: ctx });
    this.watch(ctx.projectId);
  }

  async onDisconnect({ socketId, documentName }: onDisconnectPayload): Promise<void> {
    const open = this.connections.remove(socketId, documentName);
    if (open && !this.connections.hasProject(open.context.projectId)) this.unwatch(open.context.projectId);
  }

  /** Closes the user's connections to the project whose rights no longer match their membership. */
  async recheck(projectId: string, userId: string): Promise<void> {
    const affected = this.connections.inProject(projectId).filter((o) => o.context.userId === userId);
    if (affected.length === 0) return;
    const membership = await this.memberships.forUser(userId, projectId);
    for (const { connection, context } of affected) {
      const rights = await this.access.rights(
        membership,
        { id: userId, organizationId: context.organizationId },
        { id: context.chapterId, documentId: context.documentId },
      );
      if (
        can(membership, 'read') &&
        rights.readOnly === context.readOnly &&
        Boolean(rights.suggestOnly) === Boolean(context.suggestOnly)
      )
        continue;
      context.revoked = true;
      log.security('collab.closed-on-membership-change', { userId, projectId, chapterId: context.chapterId });
      connection.close(MEMBERSHIP_CHANGED_CLOSE);
      // Closing the socket makes the provider reconnect and authenticate again.
      connection.webSocket.close(MEMBERSHIP_CHANGED_CLOSE.code, MEMBERSHIP_CHANGED_CLOSE.reason);
    }
  }

  async onDestroy(): Promise<void> {
    for (const projectId of [...this.watching.keys()]) this.unwatch(projectId);
  }

  stop(): void {
    for (const projectId of [...this.watching.keys()]) this.unwatch(projectId);
  }

  private watch(projectId: string): void {
    if (this.watching.has(projectId)) return;
    const iterator = this.pubSub.subscribe(Topic.MembershipChanged, projectId)[Symbol.asyncIterator]();
    this.watching.set(projectId, iterator);
    void (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const event = next.value;
        await this.recheck(event.projectId, event.userId).catch((error: unknown) =>
          log.error('collab.membership-recheck-failed', { projectId, error: String(error) }),
        );
      }
    })().catch((error: unknown) =>
      log.error('collab.membership-watch-failed', { projectId, error: String(error) }),
    );
  }

  private unwatch(projectId: string): void {
    const iterator = this.watching.get(projectId);
    this.watching.delete(projectId);
    void iterator?.return?.();
  }
}
