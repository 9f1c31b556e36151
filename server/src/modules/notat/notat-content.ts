import { In, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { renderChapterState } from '../collab/chapter-render';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Organization } from '../organizations/organization.entity';
import { Project } from '../projects/project.entity';
import { chapterText, decodePosition, resolvePosition } from '../review/chapter-anchors';
import { Comment, ProposalStatus } from '../review/comment.entity';
import type { ReviewRound } from '../review/review-round.entity';
import { User } from '../users/user.entity';
import { ChapterVersion, VersionKind } from '../versions/chapter-version.entity';
import type { SubjectEdit } from './consultation-notat.entity';
import { notatDiff } from './notat-changes';
import { chapterSubjects, type SubjectResponse } from './notat-subjects';
import type { NotatContent } from './notat.types';
import { RegisteredResponse } from './registered-response.entity';

const DAY_MS = 24 * 3600 * 1000;

/** Where a chapter's changes end: the versions taken at finalising, or (for a draft) the text now. */
export type NotatEnd = Map<string, ChapterVersion> | 'current';

/** Builds a høringsnotat from the round's responses, dispositions and versions. */
export class NotatContentBuilder {
  constructor(
    private readonly store: ChapterStoreService,
    private readonly publicUrl: string,
  ) {}

  async build(
    em: EntityManager,
    round: ReviewRound,
    edits: Record<string, SubjectEdit>,
    end: NotatEnd,
  ): Promise<NotatContent> {
    const [project, document, chapters, comments, registered] = await Promise.all([
      em.getRepository(Project).findOneByOrFail({ id: round.projectId }),
      em.getRepository(Document).findOneByOrFail({ id: round.documentId }),
      em.getRepository(Chapter).find({ where: { id: In(round.chapterIds) }, order: { position: 'ASC' } }),
      // The hearing responses: the parties' threads (replies and the working group's notes are not).
      em.getRepository(Comment).find({
        where: { roundId: round.id, parentId: IsNull(), internal: false, deletedAt: IsNull() },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      em.getRepository(RegisteredResponse).findBy({ roundId: round.id }),
    ]);
    const organizations = await em
      .getRepository(Organization)
      .findBy({ id: In([...round.organizationIds, ...comments.map((c) => c.organizationId)]) });
    const orgName = new Map(organizations.map((o) => [o.id, o.name]));
    const authors = await em.getRepository(User).findBy({ id: In(comments.map((c) => c.authorId)) });
    const authorName = new Map(authors.map((u) => [u.id, u.name]));
    const registeredBy = new Map(registered.map((r) => [r.commentId, r]));

    const responded = new Set(comments.map((c) => c.organizationId));
    const hearingList = round.organizationIds
      .map((id) => {
        const noRemarks = round.noRemarksOrganizationIds.includes(id);
        return {
          organizationId: id,
          name: orgName.get(id) ?? '',
          responded: responded.has(id) || noRemarks,
          noRemarks,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));

    const response = (c: Comment): SubjectResponse => ({
      commentId: c.id,
      organizationName: orgName.get(c.organizationId) ?? '',
      authorName: authorName.get(c.authorId) ?? '',
      registered: registeredBy.has(c.id),
      attachmentName: registeredBy.get(c.id)?.attachmentName ?? null,
      body: c.text,
      quote: c.replacedQuote ?? c.quote,
      proposal: c.proposal,
      proposalStatus: c.proposalStatus,
      disposition: c.disposition,
      dispositionReply: c.dispositionReply,
    });
    const states = new Map(
      await Promise.all(chapters.map(async (c) => [c.id, (await this.store.load(c.id)).state] as const)),
    );
    const sections = chapters.map((chapter) => {
      const ofChapter = comments.filter((c) => c.chapterId === chapter.id);
      return {
        chapterId: chapter.id,
        title: chapter.title,
        subjects: chapterSubjects(
          chapter.id,
          ofChapter.map(response),
          edits,
          anchorOffsets(states.get(chapter.id)!, ofChapter),
        ),
      };
    });

    const changes = await Promise.all(
      chapters.map(async (chapter) => {
        const start = await this.startVersion(em, round, chapter.id);
        const endVersion = end === 'current' ? null : (end.get(chapter.id) ?? null);
        const endText = endVersion?.text ?? renderChapterState(states.get(chapter.id)!).text;
        const diff = start
          ? notatDiff(start.text, endText)
          : { insertedWords: 0, deletedWords: 0, segments: [], omittedChanges: 0 };
        return {
          chapterId: chapter.id,
          title: chapter.title,
          startVersionId: start?.id ?? null,
          endVersionId: endVersion?.id ?? null,
          ...diff,
          accepted: comments
            .filter((c) => c.chapterId === chapter.id && c.proposalStatus === ProposalStatus.ACCEPTED)
            .map((c) => ({
              commentId: c.id,
              organizationName: orgName.get(c.organizationId) ?? '',
              quote: c.replacedQuote ?? c.quote,
              proposal: c.proposal ?? '',
            })),
        };
      }),
    );

    const periodEnd = round.deadline;
    return {
      projectTitle: project.title,
      documentTitle: document.title,
      roundTitle: round.title,
      materialUrl: `${this.publicUrl.replace(/\/$/, '')}/rounds/${round.id}`,
      periodStart: round.openedAt,
      periodEnd,
      periodDays: Math.max(1, Math.round((periodEnd.getTime() - round.openedAt.getTime()) / DAY_MS)),
      hearingList,
      chapters: sections,
      changes,
    };
  }

  /** The version taken when the round opened; for older rounds the last version before it opened. */
  private async startVersion(em: EntityManager, round: ReviewRound, chapterId: string) {
    const versions = em.getRepository(ChapterVersion);
    return (
      (await versions.findOne({ where: { chapterId, roundId: round.id, kind: VersionKind.ROUND_START } })) ??
      (await versions.findOne({
        where: { chapterId, createdAt: LessThanOrEqual(round.openedAt) },
        order: { createdAt: 'DESC' },
      }))
    );
  }
}

/** Where each anchored comment's passage starts in the chapter's text now; absent when its text is gone. */
function anchorOffsets(state: Uint8Array, comments: Comment[]): Map<string, number> {
  const offsets = new Map<string, number>();
  const doc = new Y.Doc();
  try {
    if (state.length > 0) Y.applyUpdate(doc, state);
    const text = chapterText(doc);
    for (const c of comments) {
      const start = c.anchorStart && decodePosition(c.anchorStart.toString('base64'));
      const at = start ? resolvePosition(doc, start, text) : null;
      if (at) offsets.set(c.id, at.offset);
    }
  } finally {
    doc.destroy();
  }
  return offsets;
}

/** A finalised notat's content as stored (JSON), with its dates revived. */
export function storedContent(json: Record<string, unknown>): NotatContent {
  const content = json as unknown as NotatContent;
  return {
    ...content,
    periodStart: new Date(content.periodStart),
    periodEnd: new Date(content.periodEnd),
    // Notats finalised before the count was kept listed at most as many changes as they stored.
    changes: content.changes.map((c) => ({ ...c, omittedChanges: c.omittedChanges ?? 0 })),
  };
}
