import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { AuditEvent } from '../../core/audit-event.entity';
import { Chapter, ChapterStatus } from '../../modules/documents/chapter.entity';
import { Notification, NotificationKind } from '../../modules/notifications/notification.entity';
import { chapterText } from '../../modules/review/chapter-anchors';
import { Comment, Disposition, ProposalStatus } from '../../modules/review/comment.entity';
import { ReviewRound } from '../../modules/review/review-round.entity';
import { seedDemoSuggestions } from './demo-suggestions';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/** A word of the chapter's first longer paragraph, as an anchored range (relative positions + quote). */
async function rangeIn(em: EntityManager, chapterId: string, skipWords = 0) {
  const [row]: { state: Buffer }[] = await em.query(
    'SELECT state FROM chapter_snapshot WHERE "chapterId" = $1',
    [chapterId],
  );
  if (!row) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, row.state);
    const { text: all, offsets } = chapterText(doc);
    const nodes = [...offsets.entries()];
    for (const [i, [node, base]] of nodes.entries()) {
      // Text nodes are joined by one newline in the chapter text.
      const text = all.slice(base, i + 1 < nodes.length ? nodes[i + 1][1] - 1 : all.length);
      const words: RegExpExecArray[] = [...text.matchAll(/[\p{L}]{7,}/gu)];
      const match: RegExpExecArray | undefined = words[Math.min(skipWords, words.length - 1)];
      if (!match || match.index === undefined) continue;
      const encode = (p: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(p));
      return {
        anchorStart: encode(Y.createRelativePositionFromTypeIndex(node, match.index)),
        anchorEnd: encode(Y.createRelativePositionFromTypeIndex(node, match.index + match[0].length, -1)),
        quote: match[0],
      };
    }
    return null;
  } finally {
    doc.destroy();
  }
}

/**
 * The pathway description's review: a closed round on its first two chapters
 * with every response disposed (its consultation report is complete; the
 * chapters have since been approved) and an open round on chapters 7–8, which
 * are IN_REVIEW, with comments, a pending change proposal and a working-group
 * reply. Chapters 3–5 are mid-approval (demo-approvals.ts), so the open round
 * leaves them alone, as openReviewRound would.
 */
export async function seedDemoReview(em: EntityManager): Promise<void> {
  const [document]: { id: string; projectId: string }[] = await em.query(
    `SELECT id, "projectId" FROM document WHERE kind = 'PATHWAY' ORDER BY "createdAt", id LIMIT 1`,
  );
  if (!document) return;
  const chapters: { id: string; title: string }[] = await em.query(
    'SELECT id, title FROM chapter WHERE "documentId" = $1 ORDER BY position',
    [document.id],
  );
  const users: { id: string; email: string; organizationId: string }[] = await em.query(
    `SELECT u.id, u.email, u."organizationId" FROM app_user u
       JOIN membership m ON m."userId" = u.id AND m."projectId" = $1`,
    [document.projectId],
  );
  const user = (prefix: string) => users.find((u) => u.email.startsWith(prefix));
  const coordinator = user('mette.kjaer');
  const author = user('jonas.bech');
  const dh = user('karim.nielsen');
  const sjd = user('anne.mortensen');
  if (!coordinator || !author || !dh || !sjd || chapters.length < 8) return;
  const [inReview1, inReview2] = [chapters[6], chapters[7]];

  const rounds = em.getRepository(ReviewRound);
  const comments = em.getRepository(Comment);
  const base = { projectId: document.projectId, documentId: document.id };
  const comment = (
    fields: Partial<Comment> & { chapterId: string; authorId: string; organizationId: string },
  ) =>
    comments.save(
      comments.create({ ...base, internal: false, mentionedUserIds: [], parentId: null, ...fields }),
    );

  const closed = await rounds.save(
    rounds.create({
      ...base,
      title: 'Høring over udkast til kapitel 1–2',
      letter:
        'Socialstyrelsen sender hermed udkast til de første kapitler af forløbsbeskrivelsen i høring.\n\nVi beder om bemærkninger til målgruppe og organisering.',
      chapterIds: [chapters[0].id, chapters[1].id],
      organizationIds: [dh.organizationId, sjd.organizationId],
      deadline: daysAgo(32),
      closeAnnouncedAt: daysAgo(32),
      openedById: coordinator.id,
      openedAt: daysAgo(60),
    }),
  );
  const r1 = await rangeIn(em, chapters[0].id);
  await comment({
    chapterId: chapters[0].id,
    roundId: closed.id,
    authorId: dh.id,
    organizationId: dh.organizationId,
    text: 'Målgruppen bør også omfatte unge over 18 år, der fortsat er i skoleforløb.',
    ...(r1 ?? {}),
    disposition: Disposition.ACCEPTED,
    dispositionReply: 'Imødekommet: målgruppen er præciseret til 0–25 år.',
    disposedById: author.id,
    disposedAt: daysAgo(25),
    createdAt: daysAgo(45),
  });
  await comment({
    chapterId: chapters[0].id,
    roundId: closed.id,
    authorId: dh.id,
    organizationId: dh.organizationId,
    text: 'Overgangen til voksenlivet bør have sit eget afsnit: hvem overtager koordineringen, når den unge fylder 18?',
    disposition: Disposition.ACCEPTED,
    dispositionReply: 'Imødekommet: overgangen til voksenlivet beskrives i kapitel 9.',
    disposedById: author.id,
    disposedAt: daysAgo(25),
    createdAt: daysAgo(44),
  });
  const r2 = await rangeIn(em, chapters[1].id);
  await comment({
    chapterId: chapters[1].id,
    roundId: closed.id,
    authorId: sjd.id,
    organizationId: sjd.organizationId,
    text: 'Vi foreslår en mere præcis formulering.',
    ...(r2 ?? {}),
    proposal: r2 ? `${r2.quote} (herunder sjældne diagnoser)` : null,
    proposalStatus: r2 ? ProposalStatus.REJECTED : null,
    proposalReason: r2 ? 'Sjældne diagnoser er allerede nævnt i kapitel 1.' : null,
    proposalDecidedById: r2 ? author.id : null,
    proposalDecidedAt: r2 ? daysAgo(24) : null,
    disposition: Disposition.PARTLY_ACCEPTED,
    dispositionReply: 'Delvist imødekommet: henvisning til kapitel 1 er tilføjet.',
    disposedById: author.id,
    disposedAt: daysAgo(24),
    createdAt: daysAgo(40),
  });
  await comment({
    chapterId: chapters[1].id,
    roundId: closed.id,
    authorId: sjd.id,
    organizationId: sjd.organizationId,
    text: 'Kapitlet bør beskrive koordinationen mellem kommune og region tydeligere.',
    disposition: Disposition.NOTED,
    dispositionReply: 'Taget til efterretning; uddybes i kapitel 3.',
    disposedById: coordinator.id,
    disposedAt: daysAgo(23),
    createdAt: daysAgo(35),
  });

  const open = await rounds.save(
    rounds.create({
      ...base,
      title: 'Høring over kapitel 7–8',
      letter: 'Hermed udkast til kapitel 7 og 8 i høring. Høringsfristen er fire uger.',
      chapterIds: [inReview1.id, inReview2.id],
      organizationIds: [dh.organizationId, sjd.organizationId],
      deadline: new Date(Date.now() + 23 * DAY),
      openedById: coordinator.id,
      openedAt: daysAgo(5),
    }),
  );
  await em.getRepository(AuditEvent).insert({
    projectId: document.projectId,
    actorId: coordinator.id,
    action: 'review-round.opened',
    subjectType: 'ReviewRound',
    subjectId: open.id,
    details: {
      documentId: document.id,
      title: open.title,
      deadline: open.deadline.toISOString(),
      chapterIds: open.chapterIds,
      organizationIds: open.organizationIds,
    },
    at: open.openedAt,
  });
  for (const chapter of [inReview1, inReview2]) {
    await em.getRepository(Chapter).update({ id: chapter.id }, { status: ChapterStatus.IN_REVIEW });
    await em.getRepository(AuditEvent).insert({
      projectId: document.projectId,
      actorId: coordinator.id,
      action: 'chapter.status_changed',
      subjectType: 'Chapter',
      subjectId: chapter.id,
      details: {
        from: ChapterStatus.DRAFT,
        to: ChapterStatus.IN_REVIEW,
        automatic: false,
        reason: 'REVIEW_ROUND_OPENED',
      },
      at: open.openedAt,
    });
  }
  const [{ title: documentTitle }]: { title: string }[] = await em.query(
    'SELECT title FROM document WHERE id = $1',
    [document.id],
  );
  const roundData = {
    roundId: open.id,
    roundTitle: open.title,
    documentId: document.id,
    documentTitle,
    deadline: open.deadline.toISOString(),
  };
  // The reviewers have their round-opened notification unread; the author read his long ago.
  for (const to of [dh, sjd, author])
    await em.getRepository(Notification).insert({
      userId: to.id,
      kind: NotificationKind.ROUND_OPENED,
      projectId: document.projectId,
      actorId: coordinator.id,
      data: roundData,
      createdAt: open.openedAt,
      readAt: to === author ? daysAgo(4) : null,
    });
  const r3 = await rangeIn(em, inReview1.id);
  const proposal = await comment({
    chapterId: inReview1.id,
    roundId: open.id,
    authorId: dh.id,
    organizationId: dh.organizationId,
    text: 'Ordvalget kan misforstås af forældre.',
    ...(r3 ?? {}),
    proposal: r3 ? `${r3.quote} (i samarbejde med familien)` : null,
    proposalStatus: r3 ? ProposalStatus.PENDING : null,
    createdAt: daysAgo(3),
  });
  await comment({
    chapterId: inReview1.id,
    roundId: open.id,
    parentId: proposal.id,
    authorId: author.id,
    organizationId: author.organizationId,
    text: 'Tak – vi ser på det på næste arbejdsgruppemøde.',
    createdAt: daysAgo(2),
  });
  await comment({
    chapterId: inReview2.id,
    roundId: open.id,
    authorId: sjd.id,
    organizationId: sjd.organizationId,
    text: 'Hvilke kompetencer forventes hos den kommunale sagsbehandler?',
    createdAt: daysAgo(1),
  });
  const r4 = await rangeIn(em, inReview1.id, 2);
  await comment({
    chapterId: inReview1.id,
    roundId: null,
    authorId: author.id,
    organizationId: author.organizationId,
    internal: true,
    text: 'Intern note: tjek kilden til dette afsnit.',
    ...(r4 ?? {}),
    createdAt: daysAgo(1),
  });
  await seedDemoSuggestions(em, { ...base, id: inReview1.id }, open.id, author.id, [dh, sjd]);
}
