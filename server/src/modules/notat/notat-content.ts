import { In, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { renderChapterState } from '../collab/chapter-render';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Organization } from '../organizations/organization.entity';
import { Project } from '../projects/project.entity';
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
    const sections = chapters.map((chapter) => ({
      chapterId: chapter.id,
      title: chapter.title,
      subjects: chapterSubjects(
        chapter.id,
        comments.filter((c) => c.chapterId === chapter.id).map(response),
        edits,
      ),
    }));

    const changes = await Promise.all(
      chapters.map(async (chapter) => {
        const start = await this.startVersion(em, round, chapter.id);
        const endVersion = end === 'current' ? null : (end.get(chapter.id) ?? null);
        const endText =
          endVersion?.text ?? renderChapterState((await this.store.load(chapter.id)).state).text;
        const diff = start
          ? notatDiff(start.text, endText)
          : { insertedWords: 0, deletedWords: 0, segments: [] };
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

/** A finalised notat's content as stored (JSON), with its dates revived. */
export function storedContent(json: Record<string, unknown>): NotatContent {
  const content = json as unknown as NotatContent;
  return {
    ...content,
    periodStart: new Date(content.periodStart),
    periodEnd: new Date(content.periodEnd),
  };
}
