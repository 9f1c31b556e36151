import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { log } from '../../core/logger';
import { TRY_AGAIN_CLOSE } from '@samskriv/schema';
import type { SessionService } from '../../auth/session.service';
import type { DataSource } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import type { MembershipService } from '../projects/membership.service';
import { can } from '../projects/project.policy';
import { isDatabaseUnavailable } from '../../core/database-unavailable';
import type { CollabAccess } from './collab-access';
import { chapterIdOf, type CollabContext } from './collab.types';
import type { CollabRetryExtension } from './collab-retry.extension';

// Hocuspocus sends `reason` to the provider as the permission-denied reason.
const refuse = (reason: string) => Object.assign(new Error(reason), { reason });

/**
 * Who may open a chapter, decided by the session cookie of the upgrade request
 * (the provider's token is ignored: no credentials in URLs or messages) and by
 * the same project policy as the GraphQL API. REVIEWER and OBSERVER get a
 * read-only connection, which Hocuspocus never applies updates from; so does
 * a specialist on another target group's document (specialisation.policy.ts).
 * A reviewer in an open round that includes the chapter gets a suggest-only
 * connection instead: the suggestion guard checks each of their updates.
 */
export class CollabAuthExtension implements Extension {
  extensionName = 'samskriv-auth';
  priority = 1000;

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly memberships: MembershipService,
    private readonly access: CollabAccess,
    private readonly retry: CollabRetryExtension,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<CollabContext> {
    try {
      return await this.decide(data);
    } catch (error) {
      // Only a real answer refuses: a database that could not be asked closes the socket with "try again".
      if (!isDatabaseUnavailable(error)) throw error;
      this.retry.retrySocket(data.socketId, data.documentName, error, 'authenticate');
      throw refuse(TRY_AGAIN_CLOSE.reason);
    }
  }

  private async decide(data: onAuthenticatePayload): Promise<CollabContext> {
    const session = await this.sessions.forUpgrade(data.request);
    if (!session) {
      log.security('collab.unauthenticated', { documentName: data.documentName.slice(0, 60) });
      throw refuse('unauthenticated');
    }
    const chapterId = chapterIdOf(data.documentName);
    const chapter = chapterId ? await this.db.getRepository(Chapter).findOneBy({ id: chapterId }) : null;
    const membership = chapter ? await this.memberships.forUser(session.user.id, chapter.projectId) : null;
    if (!chapter || !can(membership, 'read')) {
      log.security('collab.denied', {
        userId: session.user.id,
        documentName: data.documentName.slice(0, 60),
      });
      throw refuse('not-found');
    }
    // Authors in a specialist group write only to their groups' documents (the edit scope).
    const { readOnly, suggestOnly } = await this.access.rights(membership, session.user, chapter);
    data.connectionConfig.readOnly = readOnly;
    return {
      userId: session.user.id,
      userName: session.user.name,
      organizationId: session.user.organizationId,
      chapterId: chapter.id,
      documentId: chapter.documentId,
      projectId: chapter.projectId,
      readOnly,
      suggestOnly,
    };
  }
}
