import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver';
import {
  ChapterApprovalResolver,
  DocumentApprovalResolver,
  ApprovingOrganizationChoiceResolver,
  OrganizationApprovalResolver,
} from '../modules/approvals/approval.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { DocumentEditionResolver, EditionResolver } from '../modules/editions/edition.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { CommentResolver } from '../modules/review/comment.resolver';
import { ChapterCommentingResolver } from '../modules/review/chapter-commenting.resolver';
import { CommentMentionResolver } from '../modules/review/comment-mention.resolver';
import { ReviewRoundResolver } from '../modules/review/review-round.resolver';
import { NotatResolver } from '../modules/notat/notat.resolver';
import { SuggestionResolver } from '../modules/review/suggestion.resolver';
import {
  ChapterReviewOverviewResolver,
  DocumentReviewOverviewResolver,
} from '../modules/review/review-overview.resolver';
import { VersionResolver } from '../modules/versions/version.resolver';
import { WorkflowResolver, WorkflowSubscriptionResolver } from '../modules/workflow/workflow.resolver';
import { ChapterContentResolver } from '../modules/collab/chapter-content.resolver';
import { PresenceResolver } from '../modules/collab/presence.resolver';
import { ChapterResolver } from '../modules/documents/chapter.resolver';
import { DocumentResolver, ProjectDocumentsResolver } from '../modules/documents/document.resolver';
import { OrganizationResolver } from '../modules/organizations/organization.resolver';
import { MembershipResolver } from '../modules/projects/membership.resolver';
import { ProjectResolver } from '../modules/projects/project.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { OfferResolver, ProviderResolver } from '../modules/catalogue/provider.resolver';
import { SpecialisationEventResolver } from '../modules/catalogue/specialisation-events.resolver';
import {
  ChapterPermissionResolver,
  DocumentTargetGroupResolver,
  LevelCriterionResolver,
  LevelCriterionVersionResolver,
  MembershipSpecialistResolver,
  ProjectTargetGroupResolver,
  TargetGroupResolver,
} from '../modules/catalogue/target-group.resolver';
import {
  AssessmentCaseResolver,
  AssessmentResolver,
  OfferAssessmentResolver,
  PlacementResolver,
} from '../modules/assessment/assessment.resolver';
import {
  ProjectAssessmentPermissionResolver,
  TargetGroupAssessmentPermissionResolver,
} from '../modules/assessment/assessment-permission.resolver';
import { EvaluationResolver } from '../modules/assessment/evaluation.resolver';
import { OfferRemovalResolver } from '../modules/assessment/offer-removal.resolver';
import { PlacementOverviewResolver } from '../modules/assessment/placement-overview.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import type { AppPubSub } from '../core/pubsub';
import { authChecker } from '../core/auth-checker';
import type { ServiceContainer } from '../core/container';

export const resolvers = [
  SuggestionResolver,
  NotatResolver,
  AuthResolver,
  UserResolver,
  OrganizationResolver,
  ProjectResolver,
  MembershipResolver,
  DocumentResolver,
  ProjectDocumentsResolver,
  ChapterResolver,
  ChapterContentResolver,
  PresenceResolver,
  WorkflowResolver,
  WorkflowSubscriptionResolver,
  ChapterApprovalResolver,
  DocumentApprovalResolver,
  ApprovingOrganizationChoiceResolver,
  OrganizationApprovalResolver,
  AuditResolver,
  NotificationResolver,
  VersionResolver,
  EditionResolver,
  DocumentEditionResolver,
  CommentResolver,
  ChapterCommentingResolver,
  CommentMentionResolver,
  ReviewRoundResolver,
  ChapterReviewOverviewResolver,
  DocumentReviewOverviewResolver,
  TargetGroupResolver,
  LevelCriterionResolver,
  LevelCriterionVersionResolver,
  MembershipSpecialistResolver,
  ProjectTargetGroupResolver,
  DocumentTargetGroupResolver,
  ChapterPermissionResolver,
  ProjectAssessmentPermissionResolver,
  TargetGroupAssessmentPermissionResolver,
  OfferRemovalResolver,
  ProviderResolver,
  OfferResolver,
  SpecialisationEventResolver,
  AssessmentCaseResolver,
  AssessmentResolver,
  PlacementResolver,
  OfferAssessmentResolver,
  PlacementOverviewResolver,
  EvaluationResolver,
  SearchResolver,
] as const;

export function createSchema(
  pubSub: AppPubSub,
  container: ServiceContainer | undefined,
  emitSchemaFile?: string,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    container,
    authChecker,
    // A caller who is not allowed gets UNAUTHENTICATED or FORBIDDEN from type-graphql itself.
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    pubSub,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
}
