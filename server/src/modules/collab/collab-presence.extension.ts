import type {
  connectedPayload,
  Extension,
  onAwarenessUpdatePayload,
  onDisconnectPayload,
} from '@hocuspocus/server';
import type { CollabContext } from './collab.types';
import type { PresenceService } from './presence.service';

/** Tells the presence service when a project's connections or awareness change. */
export class CollabPresenceExtension implements Extension {
  extensionName = 'samskriv-presence';
  // After the membership extension has registered the connection.
  priority = 50;

  constructor(private readonly presenceService: PresenceService) {}

  async connected({ context }: connectedPayload): Promise<void> {
    this.presenceService.changed((context as CollabContext).projectId);
  }

  async onDisconnect({ context }: onDisconnectPayload): Promise<void> {
    const ctx = context as CollabContext | undefined;
    if (ctx?.projectId) this.presenceService.changed(ctx.projectId);
  }

  async onAwarenessUpdate({ context }: onAwarenessUpdatePayload): Promise<void> {
    const ctx = context as CollabContext | undefined;
    if (ctx?.projectId) this.presenceService.changed(ctx.projectId);
  }
}
