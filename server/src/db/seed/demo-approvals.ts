import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { ApprovingOrganization } from '../../modules/approvals/approving-organization.entity';
import { ApprovalDecision, ChapterApproval } from '../../modules/approvals/chapter-approval.entity';
import { renderChapterState } from '../../modules/collab/chapter-render';
import { Chapter, ChapterStatus } from '../../modules/documents/chapter.entity';
import { Document } from '../../modules/documents/document.entity';
import { addYears } from '../../modules/editions/edition-dates';
import { Edition, EditionChapter } from '../../modules/editions/edition.entity';
import { NotificationKind } from '../../modules/notifications/notification.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { User } from '../../modules/users/user.entity';
import { fingerprintOf } from '../../modules/versions/chapter-state';
import { ChapterVersion, VersionKind } from '../../modules/versions/chapter-version.entity';

const PATHWAY = 'Forløbsbeskrivelse om indsatser til børn og unge med sjældne handicap';
const PUBLISHED = 'Målgruppebeskrivelse: Synsnedsættelse';
/** The evaluation was spring 2021: its follow-up and revision are now due. */
const PUBLISHED_ON = '2021-06-15';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

/**
 * Demo approval state (after the chapters got their text): the pathway
 * description mid-approval — two chapters approved, one with stale
 * approvals, one with changes requested, one awaiting its first decision —
 * and one target-group description published as edition 1 in 2021.
 */
export async function seedDemoApprovals(em: EntityManager): Promise<void> {
  const users = new Map((await em.getRepository(User).find()).map((u) => [u.email.split('@')[0], u]));
  const user = (local: string) => users.get(local)!;
  const [sst, kl, uvm, dr, coordinator] = [
    'jonas.bech',
    'camilla.holm',
    'peter.lund',
    'sara.friis',
    'mette.kjaer',
  ].map(user);
  const state = async (chapterId: string) => {
    const [row]: { state: Buffer }[] = await em.query(
      'SELECT state FROM chapter_snapshot WHERE "chapterId" = $1',
      [chapterId],
    );
    return row ? new Uint8Array(row.state) : new Uint8Array(0);
  };
  const version = async (chapter: Chapter, kind: VersionKind, name: string, by: User, at: Date) => {
    const s = await state(chapter.id);
    const rendered = renderChapterState(s);
    return em.getRepository(ChapterVersion).save(
      em.getRepository(ChapterVersion).create({
        chapterId: chapter.id,
        projectId: chapter.projectId,
        name,
        kind,
        state: Buffer.from(s),
        text: rendered.text,
        html: rendered.html,
        json: rendered.json,
        wordCount: rendered.wordCount,
        contentFingerprint: fingerprintOf(s),
        createdById: by.id,
        createdAt: at,
      }),
    );
  };

  // The pathway description: the four authorities approve (the invited experts advise but do not sign off).
  const pathway = await em.getRepository(Document).findOneByOrFail({ title: PATHWAY });
  await em
    .getRepository(ApprovingOrganization)
    .insert([sst, kl, uvm, dr].map((u) => ({ documentId: pathway.id, organizationId: u.organizationId })));
  const chapters = await em
    .getRepository(Chapter)
    .find({ where: { documentId: pathway.id }, order: { position: 'ASC' } });
  const olderText = fingerprintOf(Y.encodeStateAsUpdate(new Y.Doc()));
  const decide = (
    chapter: Chapter,
    by: User,
    decision: ApprovalDecision,
    at: Date,
    extra: Partial<ChapterApproval> = {},
  ) =>
    em.getRepository(ChapterApproval).insert({
      chapterId: chapter.id,
      projectId: chapter.projectId,
      organizationId: by.organizationId,
      userId: by.id,
      decision,
      reason: null,
      createdAt: at,
      ...extra,
    });
  const plan: { status: ChapterStatus; decisions: [User, 'approved' | 'stale' | 'changes'][] }[] = [
    {
      status: ChapterStatus.APPROVED,
      decisions: [
        [sst, 'approved'],
        [kl, 'approved'],
        [uvm, 'approved'],
        [dr, 'approved'],
      ],
    },
    {
      status: ChapterStatus.APPROVED,
      decisions: [
        [sst, 'approved'],
        [kl, 'approved'],
        [uvm, 'approved'],
        [dr, 'approved'],
      ],
    },
    {
      status: ChapterStatus.AWAITING_APPROVAL,
      decisions: [
        [sst, 'stale'],
        [kl, 'stale'],
        [uvm, 'approved'],
      ],
    },
    {
      status: ChapterStatus.AWAITING_APPROVAL,
      decisions: [
        [sst, 'approved'],
        [dr, 'changes'],
      ],
    },
    { status: ChapterStatus.AWAITING_APPROVAL, decisions: [] },
  ];
  for (const [index, { status, decisions }] of plan.entries()) {
    const chapter = chapters[index];
    if (!chapter) break;
    await em.getRepository(Chapter).update({ id: chapter.id }, { status });
    await version(chapter, VersionKind.SUBMISSION, 'Indsendt til godkendelse', coordinator, hoursAgo(72));
    const current = fingerprintOf(await state(chapter.id));
    for (const [n, [by, kind]] of decisions.entries()) {
      const at = hoursAgo(48 - n * 5);
      if (kind === 'approved')
        await decide(chapter, by, ApprovalDecision.APPROVED, at, { contentFingerprint: current });
      if (kind === 'stale')
        await decide(chapter, by, ApprovalDecision.APPROVED, at, {
          contentFingerprint: olderText,
          dismissedAt: hoursAgo(20),
          dismissedReason: 'CONTENT_CHANGED',
        });
      if (kind === 'changes')
        await decide(chapter, by, ApprovalDecision.CHANGES_REQUESTED, at, {
          contentFingerprint: current,
          reason: 'Afsnittet om overgangen til voksenområdet skal nævne kommunernes ansvar tydeligere.',
        });
    }
    if (status === ChapterStatus.APPROVED)
      await version(chapter, VersionKind.APPROVAL, 'Godkendt', coordinator, hoursAgo(24));
  }
  const notify = (to: User, kind: NotificationKind, chapter: Chapter, at: Date) =>
    em.getRepository(Notification).insert({
      userId: to.id,
      kind,
      projectId: chapter.projectId,
      chapterId: chapter.id,
      actorId: coordinator.id,
      data: { chapterTitle: chapter.title, documentId: chapter.documentId },
      createdAt: at,
    });
  for (const chapter of chapters.slice(2, 5))
    await notify(dr, NotificationKind.APPROVAL_REQUESTED, chapter, hoursAgo(72));
  for (const by of [sst, kl])
    await notify(by, NotificationKind.APPROVAL_DISMISSED, chapters[2], hoursAgo(20));

  // A target-group description published as edition 1.
  const published = await em.getRepository(Document).findOneByOrFail({ title: PUBLISHED });
  const edition = await em.getRepository(Edition).save(
    em.getRepository(Edition).create({
      documentId: published.id,
      projectId: published.projectId,
      number: 1,
      publicationDate: PUBLISHED_ON,
      followUpDue: addYears(PUBLISHED_ON, 1),
      revisionDue: addYears(PUBLISHED_ON, 3),
      note: 'Afprøvning af modellen, foråret 2021',
      publishedById: coordinator.id,
      publishedAt: new Date(`${PUBLISHED_ON}T10:00:00Z`),
    }),
  );
  const publishedChapters = await em
    .getRepository(Chapter)
    .find({ where: { documentId: published.id }, order: { position: 'ASC' } });
  for (const chapter of publishedChapters) {
    await em.getRepository(Chapter).update({ id: chapter.id }, { status: ChapterStatus.PUBLISHED });
    const v = await version(chapter, VersionKind.PUBLICATION, 'Udgave 1', coordinator, edition.publishedAt);
    await em.getRepository(EditionChapter).insert({
      editionId: edition.id,
      chapterId: chapter.id,
      title: chapter.title,
      position: chapter.position,
      text: v.text,
      html: v.html,
      json: v.json as object,
      contentFingerprint: v.contentFingerprint,
    });
  }
}
