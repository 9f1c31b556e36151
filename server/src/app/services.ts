import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { AuthService } from '../auth/auth.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SessionService } from '../auth/session.service';
import { ChapterContentService } from '../modules/collab/chapter-content.service';
import { ChapterStoreService } from '../modules/collab/chapter-store.service';
import { PresenceService } from '../modules/collab/presence.service';
import { ChapterService } from '../modules/documents/chapter.service';
import { DocumentService } from '../modules/documents/document.service';
import { OrganizationService } from '../modules/organizations/organization.service';
import { MembershipService } from '../modules/projects/membership.service';
import { ProjectService } from '../modules/projects/project.service';
import { UserService } from '../modules/users/user.service';
import type { AppPubSub } from '../realtime/pubsub';

/** The composition root of the domain services; one set per process. */
export function createServices(db: DataSource, config: Config, pubSub: AppPubSub) {
  const sessions = new SessionService(db, config.sessionTtlHours);
  const users = new UserService(db, config.publicUrl);
  const memberships = new MembershipService(db, users, pubSub);
  const chapterStore = new ChapterStoreService(db);
  return {
    db,
    pubSub,
    sessions,
    auth: new AuthService(db, sessions, new LoginThrottleService(db)),
    organizations: new OrganizationService(db),
    users,
    memberships,
    projects: new ProjectService(db, memberships),
    documents: new DocumentService(db, memberships),
    chapters: new ChapterService(db, memberships),
    chapterStore,
    chapterContent: new ChapterContentService(chapterStore),
    presence: new PresenceService(pubSub),
  };
}

export type Services = ReturnType<typeof createServices>;
