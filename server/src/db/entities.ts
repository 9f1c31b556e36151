import { AssessmentCase } from '../modules/assessment/assessment-case.entity';
import { Assessment } from '../modules/assessment/assessment.entity';
import { EvaluationNote } from '../modules/assessment/evaluation-note.entity';
import { Placement } from '../modules/assessment/placement.entity';
import { ApprovingOrganization } from '../modules/approvals/approving-organization.entity';
import { ChapterApproval } from '../modules/approvals/chapter-approval.entity';
import { AuditEvent } from '../core/audit-event.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Comment } from '../modules/review/comment.entity';
import { ReviewRound } from '../modules/review/review-round.entity';
import { ConsultationNotatRecord } from '../modules/notat/consultation-notat.entity';
import { RegisteredResponse } from '../modules/notat/registered-response.entity';
import { ReviewRoundReminder } from '../modules/review/review-round-reminder.entity';
import { ChapterVersion } from '../modules/versions/chapter-version.entity';
import { Edition, EditionChapter } from '../modules/editions/edition.entity';
import { Invite } from '../modules/users/invite.entity';
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
import { LevelCriterionVersion } from '../modules/catalogue/level-criterion-version.entity';
import { Offer } from '../modules/catalogue/offer.entity';
import { Provider } from '../modules/catalogue/provider.entity';
import { Specialist } from '../modules/catalogue/specialist.entity';
import { TargetGroup } from '../modules/catalogue/target-group.entity';

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
  ApprovingOrganization,
  ChapterApproval,
  AuditEvent,
  Notification,
  ChapterVersion,
  Edition,
  EditionChapter,
  ReviewRound,
  Comment,
  ReviewRoundReminder,
  ConsultationNotatRecord,
  RegisteredResponse,
  TargetGroup,
  Specialist,
  LevelCriterionVersion,
  Provider,
  Offer,
  AssessmentCase,
  Assessment,
  Placement,
  EvaluationNote,
];
