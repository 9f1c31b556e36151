import type { DataSource, EntityManager } from 'typeorm';
import { assertFound, badInput, conflict, notFound } from '../../core/errors';
import { log } from '../../core/logger';
import type { ClientInfo } from '../../core/client-info';
import type { ApprovalService } from '../approvals/approval.service';
import { recordAudit } from '../../core/audit';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import { Chapter, ChapterStatus } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import type { Notification } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { storedChapterState, type ChapterState } from '../versions/chapter-state';
import { VersionKind } from '../versions/chapter-version.entity';
import type { VersionService } from '../versions/version.service';
import { changeStatus, lockChapter } from '../documents/chapter-transitions';
import {
  addYears,
  FOLLOW_UP_AFTER_YEARS,
  isIsoDate,
  REVISION_AFTER_YEARS,
  todayInDenmark,
} from './edition-dates';
import type { EditionDeadlineService } from './edition-deadlines';
import { renderEditionDocx } from './edition-docx';
import { renderEditionHtml } from './edition-html';
import { renderEditionPdf, type EditionExport } from './edition-pdf';
import { Edition, EditionChapter } from './edition.entity';
import type { PublishEditionInput } from './edition.inputs';

/** Publishing a document as a numbered edition with frozen text, and starting its next revision. */
export class EditionService {
  constructor(
    private readonly db: DataSource,
    private readonly store: ChapterStoreService,
    private readonly memberships: MembershipService,
    private readonly approvals: ApprovalService,
    private readonly versions: VersionService,
    private readonly notifications: NotificationService,
    private readonly deadlines: EditionDeadlineService,
  ) {}

  /**
   * Coordinators only; every chapter must be APPROVED for its current stored
   * text (re-checked here, so an edit the debounced staleness check has not
   * seen yet cannot slip into the edition). All chapters become PUBLISHED.
   */
  async publish(user: User, input: PublishEditionInput, client: ClientInfo): Promise<Edition> {
    const publicationDate = input.publicationDate?.trim() || todayInDenmark();
    if (!isIsoDate(publicationDate))
      throw badInput('publicationDate', 'publicationDate must be a date (YYYY-MM-DD)');
    const { edition, chapters, notifications } = await this.db.transaction(async (em) => {
      const document = await this.lockDocument(user, input.documentId, em);
      const chapters = await this.lockChapters(document.id, em);
      if (chapters.length === 0) throw conflict('A document needs a chapter before it can be published');
      const by = { actorId: user.id, ip: client.ip };
      const states = new Map<string, ChapterState>();
      const notifications: Notification[] = [];
      for (const chapter of chapters) {
        const current = await storedChapterState(this.store, chapter.id);
        states.set(chapter.id, current);
        notifications.push(...(await this.approvals.settle(em, chapter, current, by)));
      }
      const unapproved = chapters.filter((c) => c.status !== ChapterStatus.APPROVED);
      if (unapproved.length > 0)
        throw conflict('Every chapter must be approved before the document is published', {
          chapterIds: unapproved.map((c) => c.id),
        });

      const [{ max }]: { max: number | null }[] = await em.query(
        'SELECT max(number) AS max FROM edition WHERE "documentId" = $1',
        [document.id],
      );
      const number = (max ?? 0) + 1;
      const repo = em.getRepository(Edition);
      const edition = await repo.save(
        repo.create({
          documentId: document.id,
          projectId: document.projectId,
          number,
          publicationDate,
          followUpDue: addYears(publicationDate, FOLLOW_UP_AFTER_YEARS),
          revisionDue: addYears(publicationDate, REVISION_AFTER_YEARS),
          note: input.note?.trim() ?? '',
          publishedById: user.id,
        }),
      );
      for (const chapter of chapters) {
        const version = await this.versions.snapshot(
          em,
          chapter,
          VersionKind.PUBLICATION,
          `Udgave ${number}`,
          user.id,
          states.get(chapter.id),
        );
        await em.getRepository(EditionChapter).insert({
          editionId: edition.id,
          chapterId: chapter.id,
          title: chapter.title,
          position: chapter.position,
          text: version.text,
          html: version.html,
          json: version.json as object,
          contentFingerprint: version.contentFingerprint,
        });
        await changeStatus(em, chapter, ChapterStatus.PUBLISHED, { ...by, reason: `EDITION_${number}` });
      }
      await recordAudit(em, {
        projectId: document.projectId,
        actorId: user.id,
        action: 'edition.published',
        subjectType: 'Document',
        subjectId: document.id,
        details: {
          editionId: edition.id,
          number,
          publicationDate,
          followUpDue: edition.followUpDue,
          revisionDue: edition.revisionDue,
        },
        ip: client.ip,
      });
      return { edition, chapters, notifications };
    });
    this.notifications.publish(notifications);
    this.approvals.publishChanged(chapters);
    // A publication dated in the past may already be due for follow-up.
    void this.deadlines.runOnce();
    return edition;
  }

  /** Coordinators only: the published chapters go back to REVISION, for the next edition. */
  async startRevision(user: User, documentId: string, client: ClientInfo): Promise<Edition> {
    const { edition, chapters } = await this.db.transaction(async (em) => {
      const document = await this.lockDocument(user, documentId, em);
      const edition = await em
        .getRepository(Edition)
        .findOne({ where: { documentId: document.id }, order: { number: 'DESC' } });
      if (!edition) throw conflict('The document has no published edition to revise');
      if (edition.revisionStartedAt) throw conflict('The revision of the latest edition has already started');
      edition.revisionStartedAt = new Date();
      await em.getRepository(Edition).save(edition);
      const chapters = (await this.lockChapters(document.id, em)).filter(
        (c) => c.status === ChapterStatus.PUBLISHED,
      );
      for (const chapter of chapters)
        await changeStatus(em, chapter, ChapterStatus.REVISION, {
          actorId: user.id,
          ip: client.ip,
          reason: 'REVISION_STARTED',
        });
      await recordAudit(em, {
        projectId: document.projectId,
        actorId: user.id,
        action: 'edition.revision_started',
        subjectType: 'Document',
        subjectId: document.id,
        details: { editionId: edition.id, number: edition.number },
        ip: client.ip,
      });
      return { edition, chapters };
    });
    this.approvals.publishChanged(chapters);
    return edition;
  }

  async list(user: User, documentId: string): Promise<Edition[]> {
    const document = assertFound(
      await this.db.getRepository(Document).findOneBy({ id: documentId }),
      'Document',
    );
    await this.memberships.require(user, document.projectId, 'read');
    return this.forDocument(document.id);
  }

  forDocument(documentId: string): Promise<Edition[]> {
    return this.db.getRepository(Edition).find({ where: { documentId }, order: { number: 'DESC' } });
  }

  async get(user: User, id: string): Promise<Edition> {
    const edition = assertFound(await this.db.getRepository(Edition).findOneBy({ id }), 'Edition');
    await this.memberships.require(user, edition.projectId, 'read');
    return edition;
  }

  chapters(editionId: string): Promise<EditionChapter[]> {
    return this.db.getRepository(EditionChapter).find({ where: { editionId }, order: { position: 'ASC' } });
  }

  /** The edition as one standalone HTML file. */
  async html(edition: Edition): Promise<string> {
    const document = await this.db.getRepository(Document).findOneByOrFail({ id: edition.documentId });
    return renderEditionHtml({
      documentTitle: document.title,
      number: edition.number,
      publicationDate: edition.publicationDate,
      chapters: await this.chapters(edition.id),
    });
  }

  /** The edition as a Word document, base64 (readers of the edition only: it is reached through them). */
  async docx(user: User, edition: Edition): Promise<string> {
    log.security('edition.exported', { userId: user.id, editionId: edition.id, format: 'docx' });
    return (await renderEditionDocx(await this.exportOf(edition))).toString('base64');
  }

  /** The edition as a PDF, base64. */
  async pdf(user: User, edition: Edition): Promise<string> {
    log.security('edition.exported', { userId: user.id, editionId: edition.id, format: 'pdf' });
    return (await renderEditionPdf(await this.exportOf(edition))).toString('base64');
  }

  private async exportOf(edition: Edition): Promise<EditionExport> {
    const document = await this.db.getRepository(Document).findOneByOrFail({ id: edition.documentId });
    const chapters = await this.chapters(edition.id);
    return {
      title: document.title,
      number: edition.number,
      publicationDate: edition.publicationDate,
      note: edition.note,
      chapters: chapters.map((c) => ({ title: c.title, json: c.json })),
    };
  }

  private async lockDocument(user: User, documentId: string, em: EntityManager): Promise<Document> {
    const document = await em
      .getRepository(Document)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id: documentId })
      .getOne();
    if (!document) throw notFound('Document');
    await this.memberships.require(user, document.projectId, 'manage', em);
    return document;
  }

  /** The document's chapters in order, each row locked (the same order everywhere, so no deadlock). */
  private async lockChapters(documentId: string, em: EntityManager): Promise<Chapter[]> {
    const ids = await em
      .getRepository(Chapter)
      .find({ where: { documentId }, order: { id: 'ASC' }, select: { id: true } });
    const chapters: Chapter[] = [];
    for (const { id } of ids) chapters.push(await lockChapter(em, id));
    return chapters.sort((a, b) => a.position - b.position);
  }
}
