import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { renderChapterState } from '../../modules/collab/chapter-render';
import { ChapterStoreService } from '../../modules/collab/chapter-store.service';
import { fingerprintOf } from '../../modules/versions/chapter-state';
import { Chapter } from '../../modules/documents/chapter.entity';
import { ConsultationNotatRecord, NotatStatus } from '../../modules/notat/consultation-notat.entity';
import { NotatContentBuilder } from '../../modules/notat/notat-content';
import { subjectKey } from '../../modules/notat/notat-subjects';
import { RegisteredResponse } from '../../modules/notat/registered-response.entity';
import { Comment, Disposition } from '../../modules/review/comment.entity';
import { ReviewRound } from '../../modules/review/review-round.entity';
import { ChapterVersion, VersionKind } from '../../modules/versions/chapter-version.entity';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/** The chapter's stored text; `withoutLastBlock` gives the text as it was before its last block was added. */
async function chapterState(em: EntityManager, chapterId: string, withoutLastBlock = false) {
  const [row]: { state: Buffer }[] = await em.query(
    'SELECT state FROM chapter_snapshot WHERE "chapterId" = $1',
    [chapterId],
  );
  const state = row ? new Uint8Array(row.state) : new Uint8Array(0);
  if (!withoutLastBlock) return state;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const fragment = doc.getXmlFragment('default');
    if (fragment.length > 1) fragment.delete(fragment.length - 1, 1);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export async function version(
  em: EntityManager,
  chapter: Chapter,
  round: ReviewRound,
  kind: VersionKind,
  state: Uint8Array,
  name: string,
  at: Date,
) {
  const rendered = renderChapterState(state);
  return em.getRepository(ChapterVersion).save(
    em.getRepository(ChapterVersion).create({
      chapterId: chapter.id,
      projectId: chapter.projectId,
      name,
      kind,
      roundId: round.id,
      state: Buffer.from(state),
      text: rendered.text,
      html: rendered.html,
      json: rendered.json,
      wordCount: rendered.wordCount,
      contentFingerprint: fingerprintOf(state),
      createdById: round.openedById,
      createdAt: at,
    }),
  );
}

/**
 * The høringsnotater of the pathway's review: the closed round's is finalised (version 1), with a party
 * that answered "ingen bemærkninger", a response received by letter and the chapter text that changed
 * after the hearing; the open round's is a draft with one subject reworded by the coordinator.
 */
export async function seedDemoNotat(em: EntityManager, publicUrl: string): Promise<void> {
  const rounds = em.getRepository(ReviewRound);
  const closed = await rounds.findOneBy({ title: 'Høring over udkast til kapitel 1–2' });
  const open = await rounds.findOneBy({ title: 'Høring over kapitel 7–8' });
  if (!closed || !open) return;
  const chapters = await em.getRepository(Chapter).find({ order: { position: 'ASC' } });
  const of = (round: ReviewRound) => chapters.filter((c) => round.chapterIds.includes(c.id));

  // A third party on the closed round's list: one answered "ingen bemærkninger", one by letter.
  const others: { id: string }[] = await em.query(
    `SELECT o.id FROM organization o WHERE o.id <> ALL($1::uuid[]) AND NOT EXISTS (
       SELECT 1 FROM membership m JOIN app_user u ON u.id = m."userId"
        WHERE u."organizationId" = o.id AND m.role IN ('COORDINATOR', 'AUTHOR')) ORDER BY o.name LIMIT 2`,
    [closed.organizationIds],
  );
  if (others.length === 2) {
    closed.organizationIds = [...closed.organizationIds, others[0].id, others[1].id];
    closed.noRemarksOrganizationIds = [others[0].id];
    await rounds.save(closed);
    const [first] = of(closed);
    const letter = await em.getRepository(Comment).save(
      em.getRepository(Comment).create({
        projectId: closed.projectId,
        documentId: closed.documentId,
        chapterId: first.id,
        roundId: closed.id,
        authorId: closed.openedById,
        organizationId: others[1].id,
        internal: false,
        mentionedUserIds: [],
        text: 'Vi bakker op om forløbsbeskrivelsen og anbefaler, at forældrenes rolle som koordinatorer af eget barns forløb nævnes.',
        disposition: Disposition.PARTLY_ACCEPTED,
        dispositionReply: 'Delvist imødekommet: forældrenes rolle er nævnt i afsnittet om koordination.',
        disposedById: closed.openedById,
        disposedAt: daysAgo(26),
        createdAt: daysAgo(33),
      }),
    );
    await em.getRepository(RegisteredResponse).insert({ commentId: letter.id, roundId: closed.id });
  }

  // The closed round: chapter 1 had its last section added after the hearing.
  const ends = new Map<string, ChapterVersion>();
  for (const [index, chapter] of of(closed).entries()) {
    const start = await chapterState(em, chapter.id, index === 0);
    await version(
      em,
      chapter,
      closed,
      VersionKind.ROUND_START,
      start,
      `Høringsrunde åbnet: ${closed.title}`,
      closed.openedAt,
    );
    const end = await chapterState(em, chapter.id);
    ends.set(
      chapter.id,
      await version(
        em,
        chapter,
        closed,
        VersionKind.HEARING_NOTE,
        end,
        `Høringsnotat 1: ${closed.title}`,
        daysAgo(20),
      ),
    );
  }
  const builder = new NotatContentBuilder(new ChapterStoreService(em.connection), publicUrl);
  const edits = {
    [subjectKey(of(closed)[1].id, null)]: {
      summary:
        'Sjældne Diagnoser efterlyser en tydeligere beskrivelse af koordinationen mellem kommune og region.',
    },
  };
  const content = await builder.build(em, closed, edits, ends);
  await em.getRepository(ConsultationNotatRecord).insert({
    roundId: closed.id,
    projectId: closed.projectId,
    version: 1,
    status: NotatStatus.FINAL,
    edits,
    // TypeORM types jsonb columns as deep partials; the value is stored as given.
    content: JSON.parse(JSON.stringify(content)) as object,
    finalisedAt: daysAgo(20),
    finalisedById: closed.openedById,
  });

  // The open round: versions at its start (unless its suggestions took one already), and a draft with a
  // reworded subject.
  const started = await em
    .getRepository(ChapterVersion)
    .findBy({ roundId: open.id, kind: VersionKind.ROUND_START });
  for (const chapter of of(open).filter((c) => !started.some((v) => v.chapterId === c.id)))
    await version(
      em,
      chapter,
      open,
      VersionKind.ROUND_START,
      await chapterState(em, chapter.id),
      `Høringsrunde åbnet: ${open.title}`,
      open.openedAt,
    );
  await em.getRepository(ConsultationNotatRecord).insert({
    roundId: open.id,
    projectId: open.projectId,
    version: 1,
    status: NotatStatus.DRAFT,
    edits: {
      [subjectKey(of(open)[1].id, null)]: {
        heading: 'Kompetencer hos den kommunale sagsbehandler',
      },
    },
  });
}
