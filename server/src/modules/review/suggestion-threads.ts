import { listSuggestions, type PendingSuggestion } from '@samskriv/schema';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { log } from '../../core/logger';
import { chapterRoot } from '../collab/chapter-render';
import type { ChapterContentService } from '../collab/chapter-content.service';
import { Chapter } from '../documents/chapter.entity';
import { Membership, Role } from '../projects/membership.entity';
import { can } from '../projects/project.policy';
import { User } from '../users/user.entity';
import { Comment, ProposalStatus } from './comment.entity';
import type { CommentService } from './comment.service';

/** Quiet time after a stored edit before a chapter's suggestion threads are brought up to date. */
export const SUGGESTION_SYNC_DEBOUNCE_MS = 250;

/**
 * Every in-text suggestion is also a comment thread (replies, disposition, a
 * place in the høringsnotat): after edits are stored, the chapter's
 * suggestions are read from its text and each new one gets its thread — a
 * reviewer's in their open round, the working group's as an internal comment —
 * attributed to the person and organisation the suggestion marks carry, who
 * must be a member allowed to suggest. A pending thread follows its
 * suggestion's text as it grows.
 */
export class SuggestionThreads {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: DataSource,
    private readonly content: ChapterContentService,
    private readonly comments: CommentService,
  ) {}

  /** The listener for ChapterChangeEvents. */
  readonly chapterChanged = (chapterId: string): void => {
    clearTimeout(this.timers.get(chapterId));
    this.timers.set(
      chapterId,
      setTimeout(() => {
        this.timers.delete(chapterId);
        void this.sync(chapterId).catch((error: unknown) =>
          log.error('review.suggestion-sync-failed', { chapterId, error: String(error) }),
        );
      }, SUGGESTION_SYNC_DEBOUNCE_MS),
    );
  };

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Brings the chapter's threads up to date now (one run per chapter at a time). */
  sync(chapterId: string): Promise<void> {
    const previous = this.running.get(chapterId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.syncNow(chapterId));
    this.running.set(chapterId, run);
    void run.finally(() => {
      if (this.running.get(chapterId) === run) this.running.delete(chapterId);
    });
    return run;
  }

  private async syncNow(chapterId: string): Promise<void> {
    const chapter = await this.db.getRepository(Chapter).findOneBy({ id: chapterId });
    if (!chapter) return;
    const suggestions = await this.content.read(chapterId, (doc) => listSuggestions(chapterRoot(doc)));
    if (suggestions.length === 0) return;
    const threads = await this.db.getRepository(Comment).find({
      where: { chapterId, suggestionId: In(suggestions.map((s) => s.id)) },
    });
    const known = new Map(threads.map((t) => [t.suggestionId!, t]));
    for (const suggestion of suggestions) {
      const thread = known.get(suggestion.id);
      if (!thread) await this.open(chapter, suggestion);
      else if (
        thread.proposalStatus === ProposalStatus.PENDING &&
        (thread.quote !== suggestion.deleted || thread.proposal !== suggestion.inserted)
      ) {
        await this.db
          .getRepository(Comment)
          .update({ id: thread.id }, { quote: suggestion.deleted, proposal: suggestion.inserted });
        this.comments.publish('COMMENT_EDITED', thread);
      }
    }
  }

  private async open(chapter: Chapter, suggestion: PendingSuggestion): Promise<void> {
    if (!suggestion.authorId) return;
    const author = await this.db.getRepository(User).findOneBy({ id: suggestion.authorId });
    const member = author
      ? await this.db.getRepository(Membership).findOneBy({ userId: author.id, projectId: chapter.projectId })
      : null;
    if (!author || !member) return;
    let roundId: string | null = null;
    if (member.role === Role.REVIEWER) {
      const round = await this.comments.openRoundFor(
        this.db.manager,
        chapter,
        author.organizationId,
        new Date(),
      );
      if (!round) return;
      roundId = round.id;
    } else if (!can(member, 'comment')) return;
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(Comment)
      .values({
        projectId: chapter.projectId,
        documentId: chapter.documentId,
        chapterId: chapter.id,
        roundId,
        authorId: author.id,
        organizationId: author.organizationId,
        internal: roundId === null,
        text: '',
        suggestionId: suggestion.id,
        quote: suggestion.deleted,
        proposal: suggestion.inserted,
        proposalStatus: ProposalStatus.PENDING,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const row = (result.raw as Comment[])[0];
    if (row) this.comments.publish('COMMENT_ADDED', row);
  }
}
