import { Invite } from '../auth/invite.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { Session } from '../auth/session.entity';
import { Chapter } from '../modules/documents/chapter.entity';
import { ChapterSnapshot } from '../modules/collab/chapter-snapshot.entity';
import { ChapterUpdate } from '../modules/collab/chapter-update.entity';
import { Document } from '../modules/documents/document.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Membership } from '../modules/projects/membership.entity';
import { Project } from '../modules/projects/project.entity';
import { User } from '../modules/users/user.entity';

export const entities = [
  Organization,
  User,
  Session,
  Invite,
  LoginFailure,
  Project,
  Membership,
  Document,
  Chapter,
  ChapterUpdate,
  ChapterSnapshot,
];
