import type { DataSource, EntityManager } from 'typeorm';
import { assertFound, badInput, notFound } from '../../core/errors';
import type { MembershipService } from '../projects/membership.service';
import type { ProjectAction } from '../projects/project.policy';
import type { EditScopeService } from './edit-scope.service';
import type { User } from '../users/user.entity';
import { Chapter } from './chapter.entity';
import { Document } from './document.entity';
import type { CreateChapterInput, ReorderChaptersInput } from './document.inputs';

export class ChapterService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly editScope: EditScopeService,
  ) {}

  /**
   * A chapter the user may act on; NOT_FOUND when it does not exist or they are not a member.
   * 'editText' also applies the specialist-group edit scope.
   */
  async get(user: User, id: string, action: ProjectAction = 'read', em: EntityManager = this.db.manager) {
    const chapter = assertFound(await em.getRepository(Chapter).findOneBy({ id }), 'Chapter');
    const membership = await this.memberships.require(user, chapter.projectId, action, em);
    if (action === 'editText') await this.editScope.assertMayEdit(membership, chapter, em);
    return chapter;
  }

  async create(user: User, input: CreateChapterInput): Promise<Chapter> {
    return this.db.transaction(async (em) => {
      const document = await this.lockDocument(user, input.documentId, em);
      const chapters = await this.ordered(document.id, em);
      const position = input.position ?? chapters.length;
      if (position < 0 || position > chapters.length)
        throw badInput('position', `position must be between 0 and ${chapters.length}`);
      const chapter = em.getRepository(Chapter).create({
        documentId: document.id,
        projectId: document.projectId,
        title: input.title.trim(),
        position,
      });
      chapters.splice(position, 0, chapter);
      await this.renumber(chapters, em);
      return chapter;
    });
  }

  async rename(user: User, id: string, title: string): Promise<Chapter> {
    return this.db.transaction(async (em) => {
      const chapter = await this.get(user, id, 'manage', em);
      if (title.trim().length < 1 || title.length > 300)
        throw badInput('title', 'title must be 1 to 300 characters');
      chapter.title = title.trim();
      return em.getRepository(Chapter).save(chapter);
    });
  }

  async reorder(user: User, input: ReorderChaptersInput): Promise<Chapter[]> {
    return this.db.transaction(async (em) => {
      const document = await this.lockDocument(user, input.documentId, em);
      const chapters = await this.ordered(document.id, em);
      const byId = new Map(chapters.map((c) => [c.id, c]));
      const unique = new Set(input.chapterIds);
      if (
        unique.size !== input.chapterIds.length ||
        unique.size !== chapters.length ||
        !input.chapterIds.every((id) => byId.has(id))
      )
        throw badInput('chapterIds', 'chapterIds must list every chapter of the document exactly once');
      const reordered = input.chapterIds.map((id) => byId.get(id)!);
      await this.renumber(reordered, em);
      return reordered;
    });
  }

  async delete(user: User, id: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const chapter = await this.get(user, id, 'manage', em);
      await this.lockDocument(user, chapter.documentId, em);
      await em.getRepository(Chapter).delete({ id });
      await this.renumber(await this.ordered(chapter.documentId, em), em);
      return true;
    });
  }

  private ordered(documentId: string, em: EntityManager) {
    return em.getRepository(Chapter).find({ where: { documentId }, order: { position: 'ASC' } });
  }

  /** Locks the document row so concurrent structure changes to one document run one at a time. */
  private async lockDocument(user: User, documentId: string, em: EntityManager) {
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

  private async renumber(chapters: Chapter[], em: EntityManager) {
    chapters.forEach((chapter, index) => (chapter.position = index));
    await em.getRepository(Chapter).save(chapters);
  }
}
