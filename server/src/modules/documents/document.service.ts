import type { DataSource, EntityManager } from 'typeorm';
import { assertFound } from '../../core/errors';
import type { MembershipService } from '../projects/membership.service';
import { ProjectKind, type Project } from '../projects/project.entity';
import type { User } from '../users/user.entity';
import { Document, DocumentKind } from './document.entity';
import type { CreateDocumentInput } from './document.inputs';

export class DocumentService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  /** A pathway project starts with its pathway description (in the transaction creating the project). */
  async addFirstDocument(em: EntityManager, project: Project): Promise<void> {
    if (project.kind !== ProjectKind.PATHWAY) return;
    await em.getRepository(Document).insert({
      projectId: project.id,
      kind: DocumentKind.PATHWAY,
      title: project.title,
    });
  }

  listForProject(projectId: string): Promise<Document[]> {
    return this.db.getRepository(Document).find({ where: { projectId }, order: { createdAt: 'ASC' } });
  }

  /** A document the user may read; NOT_FOUND when it does not exist or they are not a member. */
  async get(user: User, id: string): Promise<Document> {
    const document = assertFound(await this.db.getRepository(Document).findOneBy({ id }), 'Document');
    await this.memberships.require(user, document.projectId, 'read');
    return document;
  }

  async create(user: User, input: CreateDocumentInput): Promise<Document> {
    return this.db.transaction(async (em) => {
      await this.memberships.require(user, input.projectId, 'manage', em);
      const repo = em.getRepository(Document);
      return repo.save(repo.create({ ...input, title: input.title.trim() }));
    });
  }
}
