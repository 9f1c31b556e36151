import type { Connection } from '@hocuspocus/server';
import type { CollabContext } from './collab.types';

export interface OpenConnection {
  connection: Connection;
  context: CollabContext;
}

/** The collab connections open on this instance, by project (for presence and membership changes). */
export class CollabConnections {
  private readonly byKey = new Map<string, OpenConnection>();
  private readonly projects = new Map<string, Set<string>>();

  add(socketId: string, documentName: string, open: OpenConnection): void {
    const key = `${socketId}\n${documentName}`;
    this.byKey.set(key, open);
    const keys = this.projects.get(open.context.projectId) ?? new Set<string>();
    keys.add(key);
    this.projects.set(open.context.projectId, keys);
  }

  /** Removes a connection; returns it (or undefined if it was not registered). */
  remove(socketId: string, documentName: string): OpenConnection | undefined {
    const key = `${socketId}\n${documentName}`;
    const open = this.byKey.get(key);
    if (!open) return undefined;
    this.byKey.delete(key);
    const keys = this.projects.get(open.context.projectId);
    keys?.delete(key);
    if (keys?.size === 0) this.projects.delete(open.context.projectId);
    return open;
  }

  inProject(projectId: string): OpenConnection[] {
    return [...(this.projects.get(projectId) ?? [])].map((key) => this.byKey.get(key)!);
  }

  projectIds(): string[] {
    return [...this.projects.keys()];
  }

  hasProject(projectId: string): boolean {
    return this.projects.has(projectId);
  }

  all(): OpenConnection[] {
    return [...this.byKey.values()];
  }
}
