import type { DataSource } from 'typeorm';
import type { Config } from '../core/config';
import { AuthService } from '../auth/auth.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SessionService } from '../auth/session.service';
import { ApprovalStalenessWatcher } from '../modules/approvals/approval-staleness.watcher';
import { ApprovalService } from '../modules/approvals/approval.service';
import { ApprovingOrganizationService } from '../modules/approvals/approving-organization.service';
import { AuditService } from '../modules/audit/audit.service';
import { ChapterChangeEvents } from '../modules/collab/chapter-change-events';
import { CollabAccess } from '../modules/collab/collab-access';
import { EditionDeadlineService } from '../modules/editions/edition-deadlines';
import { EditionService } from '../modules/editions/edition.service';
import { NotificationService } from '../modules/notifications/notification.service';
import { VersionService } from '../modules/versions/version.service';
import { EditActivityPublisher } from '../modules/workflow/edit-activity.publisher';
import { ProgressService } from '../modules/workflow/progress.service';
import { WorkflowService } from '../modules/workflow/workflow.service';
import { ChapterContentService } from '../modules/collab/chapter-content.service';
import { ChapterStoreService } from '../modules/collab/chapter-store.service';
import { PresenceRegistry } from '../modules/collab/presence-registry';
import { PresenceService } from '../modules/collab/presence.service';
import { ChapterService } from '../modules/documents/chapter.service';
import { DocumentService } from '../modules/documents/document.service';
import { OrganizationService } from '../modules/organizations/organization.service';
import { MembershipService } from '../modules/projects/membership.service';
import { ProjectService } from '../modules/projects/project.service';
import { CommentService } from '../modules/review/comment.service';
import { ConsultationReportService } from '../modules/review/consultation-report';
import { ProposalService } from '../modules/review/proposal.service';
import { ReviewEvents } from '../modules/review/review-events';
import { ReviewRoundTimer } from '../modules/review/review-round-timer';
import { ReviewRoundWorkflow } from '../modules/review/review-round-workflow';
import { ReviewRoundService } from '../modules/review/review-round.service';
import { NotatContentBuilder } from '../modules/notat/notat-content';
import { NotatService } from '../modules/notat/notat.service';
import { RegisteredResponseService } from '../modules/notat/registered-response.service';
import { VersionKind } from '../modules/versions/chapter-version.entity';
import { Chapter } from '../modules/documents/chapter.entity';
import { In } from 'typeorm';
import { SuggestionThreads } from '../modules/review/suggestion-threads';
import { SuggestionService } from '../modules/review/suggestion.service';
import { EditScopeService } from '../modules/documents/edit-scope.service';
import { LevelCriterionService } from '../modules/catalogue/level-criterion.service';
import { ProviderImportService } from '../modules/catalogue/provider-import.service';
import { ProviderService } from '../modules/catalogue/provider.service';
import { CatalogueAccess } from '../modules/catalogue/catalogue-access';
import { SpecialisationEvents } from '../modules/catalogue/specialisation-events';
import { TargetGroupService } from '../modules/catalogue/target-group.service';
import { ChapterSearchIndexer } from '../modules/search/chapter-search-indexer';
import { SearchService } from '../modules/search/search.service';
import { UserService } from '../modules/users/user.service';
import { AssessmentService } from '../modules/assessment/assessment.service';
import { EvaluationService } from '../modules/assessment/evaluation.service';
import { OfferRemovalService } from '../modules/assessment/offer-removal.service';
import { PlacementOverviewService } from '../modules/assessment/placement-overview.service';
import { ServiceContainer } from '../core/container';
import { PUBSUB } from '../core/pubsub-token';
import type { AppPubSub } from '../core/pubsub';
import { DatabaseHealth } from '../core/database-health';

/** The composition root of the domain services; one set per process. */
export function createServices(db: DataSource, config: Config, pubSub: AppPubSub) {
  const sessions = new SessionService(db, config.sessionTtlHours, pubSub);
  const users = new UserService(db, config.publicUrl);
  const memberships = new MembershipService(db, users, pubSub);
  const chapterStore = new ChapterStoreService(db);
  const editScope = new EditScopeService(db);
  const chapters = new ChapterService(db, memberships, editScope);
  const notifications = new NotificationService(db, pubSub);
  const chapterContent = new ChapterContentService(chapterStore);
  const versions = new VersionService(db, chapterStore, chapters, memberships, chapterContent);
  const approvals = new ApprovalService(db, chapterStore, memberships, versions, notifications, pubSub);
  // The collab persistence emits every stored edit; approvals of older text become stale.
  const chapterEvents = new ChapterChangeEvents();
  const approvalWatcher = new ApprovalStalenessWatcher(approvals);
  chapterEvents.onChapterChanged(approvalWatcher.chapterChanged);
  // Dashboards follow edits too (their last-edit column), throttled per chapter.
  const editActivity = new EditActivityPublisher(db, pubSub);
  chapterEvents.onChapterChanged(editActivity.chapterChanged);
  // The search index follows stored chapter text, debounced per chapter.
  const searchIndexer = new ChapterSearchIndexer(db, chapterStore);
  chapterEvents.onChapterChanged(searchIndexer.chapterChanged);
  chapterEvents.onChapterCompacted(searchIndexer.chapterCompacted);
  const deadlines = new EditionDeadlineService(db, notifications);
  const reviewEvents = new ReviewEvents(pubSub);
  const comments = new CommentService(db, memberships, chapterContent, reviewEvents, notifications);
  const roundWorkflow = new ReviewRoundWorkflow(db, pubSub, reviewEvents, notifications);
  const reviewRounds = new ReviewRoundService(
    db,
    memberships,
    comments,
    reviewEvents,
    notifications,
    roundWorkflow,
  );
  // A round's høringsnotat shows the changes from the text as the round opened.
  reviewRounds.onOpened(async (em, round) => {
    const chapters = await em.getRepository(Chapter).findBy({ id: In(round.chapterIds) });
    const name = `Høringsrunde åbnet: ${round.title}`;
    for (const chapter of chapters)
      await versions.snapshot(
        em,
        chapter,
        VersionKind.ROUND_START,
        name,
        round.openedById,
        undefined,
        round.id,
      );
  });
  // Each in-text suggestion gets its comment thread once its edit is stored.
  const suggestionThreads = new SuggestionThreads(db, chapterContent, comments);
  chapterEvents.onChapterChanged(suggestionThreads.chapterChanged);
  // A reviewer suggests in a chapter while a round they are on the hearing list of includes it.
  const collabAccess = new CollabAccess(
    editScope,
    async (_userId, organizationId, chapter) =>
      (await comments.openRoundFor(db.manager, chapter, organizationId, new Date())) !== null,
  );
  const projects = new ProjectService(db, memberships);
  const documents = new DocumentService(db, memberships);
  projects.onCreated((em, project) => documents.addFirstDocument(em, project));
  const catalogueAccess = new CatalogueAccess(db, memberships);
  const specialisationEvents = new SpecialisationEvents(pubSub);
  const providers = new ProviderService(db, catalogueAccess, specialisationEvents);
  const assessments = new AssessmentService(db, catalogueAccess, specialisationEvents);
  const approvingOrganizations = new ApprovingOrganizationService(db, memberships, approvals, notifications);
  // Who holds the approver flag decides the default approving organisations.
  memberships.onChange(approvingOrganizations.membershipChanged);
  const services = {
    db,
    databaseHealth: new DatabaseHealth(db),
    pubSub,
    sessions,
    auth: new AuthService(db, sessions, new LoginThrottleService(db)),
    organizations: new OrganizationService(db),
    users,
    memberships,
    projects,
    documents,
    chapters,
    chapterStore,
    chapterContent,
    editScope,
    collabAccess,
    comments,
    suggestionThreads,
    suggestions: new SuggestionService(
      db,
      memberships,
      editScope,
      chapterContent,
      comments,
      suggestionThreads,
    ),
    proposals: new ProposalService(db, memberships, comments, chapterContent, chapterEvents, editScope),
    reviewRounds,
    consultationReports: new ConsultationReportService(db, reviewRounds),
    notat: new NotatService(
      db,
      memberships,
      reviewRounds,
      versions,
      new NotatContentBuilder(chapterStore, config.publicUrl),
    ),
    registeredResponses: new RegisteredResponseService(db, memberships, reviewRounds, reviewEvents),
    roundWorkflow,
    reviewRoundTimer: new ReviewRoundTimer(reviewRounds, roundWorkflow, config.reviewSweepIntervalMs),
    presence: new PresenceService(
      pubSub,
      config.redisUrl ? new PresenceRegistry(config.redisUrl, config.presenceTtlMs) : undefined,
    ),
    chapterEvents,
    notifications,
    versions,
    approvals,
    approvalWatcher,
    editActivity,
    approvingOrganizations,
    workflow: new WorkflowService(
      db,
      chapterStore,
      memberships,
      approvals,
      versions,
      notifications,
      roundWorkflow,
    ),
    audit: new AuditService(db, memberships),
    progress: new ProgressService(db, memberships),
    editions: new EditionService(
      db,
      chapterStore,
      memberships,
      approvals,
      versions,
      notifications,
      deadlines,
    ),
    editionDeadlines: deadlines,
    catalogueAccess,
    specialisationEvents,
    targetGroups: new TargetGroupService(db, catalogueAccess, specialisationEvents, pubSub),
    levelCriteria: new LevelCriterionService(db, catalogueAccess, specialisationEvents),
    providers,
    providerImport: new ProviderImportService(db, catalogueAccess, providers, specialisationEvents),
    assessments,
    offerRemoval: new OfferRemovalService(db, catalogueAccess, specialisationEvents),
    placementOverview: new PlacementOverviewService(db, memberships, assessments),
    evaluation: new EvaluationService(db, memberships, assessments),
    search: new SearchService(db),
    searchIndexer,
  };
  // Resolvers receive these through their constructors, one instance of each class.
  const container = new ServiceContainer().register(PUBSUB, pubSub);
  for (const service of Object.values(services))
    if (service.constructor !== Object) container.register(service.constructor as never, service);
  return { ...services, container };
}

export type Services = ReturnType<typeof createServices>;
