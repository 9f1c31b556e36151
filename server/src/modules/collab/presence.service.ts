import type { Connection } from '@hocuspocus/server';
import { Topic, type AppPubSub } from '../../core/pubsub';
import type { CollabConnections } from './collab-connections';

export interface PresenceEntry {
  chapterId: string;
  userId: string;
  /** A writable connection whose editor has the caret (awareness `cursor` set); otherwise viewing. */
  editing: boolean;
}

/** How long awareness changes are coalesced before presence is recomputed. */
const COALESCE_MS = 100;

/**
 * Who is viewing and who is editing which chapter right now, from this
 * instance's collab connections and their awareness states.
 */
export class PresenceService {
  private connections: CollabConnections | undefined;
  private readonly published = new Map<string, string>();
  private readonly scheduled = new Map<string, NodeJS.Timeout>();

  constructor(private readonly appPubSub: AppPubSub) {}

  attach(connections: CollabConnections): void {
    this.connections = connections;
  }

  list(projectId: string): PresenceEntry[] {
    const byKey = new Map<string, PresenceEntry>();
    for (const { connection, context } of this.connections?.inProject(projectId) ?? []) {
      const key = `${context.chapterId}\n${context.userId}`;
      const entry = byKey.get(key) ?? {
        chapterId: context.chapterId,
        userId: context.userId,
        editing: false,
      };
      if (!context.readOnly && !context.revoked && hasCaret(connection)) entry.editing = true;
      byKey.set(key, entry);
    }
    return [...byKey.values()].sort((a, b) =>
      a.chapterId === b.chapterId ? a.userId.localeCompare(b.userId) : a.chapterId.localeCompare(b.chapterId),
    );
  }

  /** Recomputes the project's presence soon and publishes if it changed. */
  changed(projectId: string): void {
    if (this.scheduled.has(projectId)) return;
    const timer = setTimeout(() => {
      this.scheduled.delete(projectId);
      const now = JSON.stringify(this.list(projectId));
      if (this.published.get(projectId) === now) return;
      if (now === '[]') this.published.delete(projectId);
      else this.published.set(projectId, now);
      this.appPubSub.publish(Topic.PresenceChanged, projectId, { projectId });
    }, COALESCE_MS);
    timer.unref();
    this.scheduled.set(projectId, timer);
  }

  stop(): void {
    for (const timer of this.scheduled.values()) clearTimeout(timer);
    this.scheduled.clear();
  }
}

function hasCaret(connection: Connection): boolean {
  const clients = connection.document.connections.get(connection.webSocket)?.clients;
  if (!clients) return false;
  const states = connection.document.awareness.getStates();
  for (const clientId of clients) {
    const state = states.get(clientId as number) as { cursor?: unknown } | undefined;
    if (state?.cursor) return true;
  }
  return false;
}
