import { CHAPTER_FRAGMENT, chapterSchema } from '@samskriv/schema';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { DataSource, EntityManager } from 'typeorm';
import { assertFound, badInput } from '../../core/errors';
import { log } from '../../core/logger';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import type { ChapterContentService } from '../collab/chapter-content.service';
import type { ChapterStoreService } from '../collab/chapter-store.service';
import { renderChapterState } from '../collab/chapter-render';
import type { Chapter } from '../documents/chapter.entity';
import type { ChapterService } from '../documents/chapter.service';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import { storedChapterState, type ChapterState } from './chapter-state';
import { ChapterVersion, VersionKind } from './chapter-version.entity';
import { wordDiff, type DiffSegment } from './word-diff';

let schema: Schema | undefined;
const pmSchema = () => (schema ??= chapterSchema());

/** Immutable named snapshots of chapters, and word diffs between them. */
export class VersionService {
  constructor(
    private readonly db: DataSource,
    private readonly store: ChapterStoreService,
    private readonly chapters: ChapterService,
    private readonly memberships: MembershipService,
    private readonly content: ChapterContentService,
  ) {}

  /** Takes a version inside the caller's transaction (automatic ones: submission, approval). */
  async snapshot(
    em: EntityManager,
    chapter: Chapter,
    kind: VersionKind,
    name: string,
    createdById: string | null,
    current?: ChapterState,
    roundId: string | null = null,
  ): Promise<ChapterVersion> {
    const { state, fingerprint } = current ?? (await storedChapterState(this.store, chapter.id));
    const rendered = renderChapterState(state);
    const repo = em.getRepository(ChapterVersion);
    return repo.save(
      repo.create({
        chapterId: chapter.id,
        projectId: chapter.projectId,
        name,
        kind,
        state: Buffer.from(state),
        text: rendered.text,
        html: rendered.html,
        json: rendered.json,
        wordCount: rendered.wordCount,
        contentFingerprint: fingerprint,
        createdById,
        roundId,
      }),
    );
  }

  /** A manual version ("Version til styregruppemøde"): authors and coordinators. */
  async create(user: User, chapterId: string, name: string, client: ClientInfo): Promise<ChapterVersion> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 200)
      throw badInput('name', 'name must be 1 to 200 characters');
    return this.db.transaction(async (em) => {
      const chapter = await this.chapters.get(user, chapterId, 'submit', em);
      const version = await this.snapshot(em, chapter, VersionKind.MANUAL, trimmed, user.id);
      await recordAudit(em, {
        projectId: chapter.projectId,
        actorId: user.id,
        action: 'version.created',
        subjectType: 'Chapter',
        subjectId: chapter.id,
        details: { versionId: version.id, name: trimmed },
        ip: client.ip,
      });
      return version;
    });
  }

  /**
   * Restores a version as a new edit: the live chapter's XmlFragment is
   * rewritten to the version's content in one Yjs transaction through a
   * Hocuspocus direct connection, so every open editor sees it, the collab
   * persistence stores it attributed to `user` (which also makes approvals of
   * the previous text stale), and a later restore of another version brings
   * the replaced text back. Authors and coordinators ('editText').
   */
  async restore(user: User, versionId: string, client: ClientInfo): Promise<Chapter> {
    const version = await this.get(user, versionId);
    const chapter = await this.chapters.get(user, version.chapterId, 'editText');
    const target = PMNode.fromJSON(pmSchema(), version.json);
    const connection = await this.content.openDirect(chapter.id, { userId: user.id });
    let changed = false;
    try {
      // transact resolves once the persistence has stored the update.
      await connection.transact((doc) => {
        const mark = () => (changed = true);
        doc.on('update', mark);
        try {
          // The origin's `context` is what Hocuspocus hands onChange: the persistence attributes the edit to it.
          doc.transact(
            () =>
              updateYFragment(doc, doc.getXmlFragment(CHAPTER_FRAGMENT), target, {
                mapping: new Map(),
                isOMark: new Map(),
              }),
            { context: { userId: user.id }, restoreOf: version.id },
          );
        } finally {
          doc.off('update', mark);
        }
      });
    } catch (error) {
      // Memory may be ahead of the database: the chapter's editors resync from storage.
      log.error('versions.restore-store-failed', { chapterId: chapter.id, error: String(error) });
      this.content.reset(chapter.id);
      throw error;
    } finally {
      // Typed as void, but Hocuspocus's disconnect is async (it runs the store hooks): wait for it.
      await Promise.resolve(connection.disconnect() as unknown);
    }
    await this.db.transaction((em) =>
      recordAudit(em, {
        projectId: chapter.projectId,
        actorId: user.id,
        action: 'version.restored',
        subjectType: 'Chapter',
        subjectId: chapter.id,
        details: { versionId: version.id, name: version.name, changed },
        ip: client.ip,
      }),
    );
    return chapter;
  }

  async list(user: User, chapterId: string): Promise<ChapterVersion[]> {
    const chapter = await this.chapters.get(user, chapterId);
    return this.db.getRepository(ChapterVersion).find({
      where: { chapterId: chapter.id, projectId: chapter.projectId },
      order: { createdAt: 'DESC' },
    });
  }

  /** NOT_FOUND when it does not exist or the caller is not a member of its project. */
  async get(user: User, id: string): Promise<ChapterVersion> {
    const version = assertFound(await this.db.getRepository(ChapterVersion).findOneBy({ id }), 'Version');
    await this.memberships.require(user, version.projectId, 'read');
    return version;
  }

  /** Word diff from one version to another version of the same chapter, or to the current text. */
  async diff(user: User, fromId: string, toId: string | null | undefined): Promise<DiffSegment[]> {
    const from = await this.get(user, fromId);
    let toText: string;
    if (toId) {
      const to = await this.get(user, toId);
      if (to.chapterId !== from.chapterId)
        throw badInput('toVersionId', 'Both versions must be of one chapter');
      toText = to.text;
    } else {
      toText = renderChapterState((await this.store.load(from.chapterId)).state).text;
    }
    return wordDiff(from.text, toText);
  }
}
