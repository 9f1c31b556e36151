import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Chapter } from '../modules/documents/chapter.entity';
import { Document } from '../modules/documents/document.entity';
import { Project } from '../modules/projects/project.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { User } from '../modules/users/user.entity';

const byId = <T extends { id: string }>(rows: T[], ids: readonly string[], what: string) => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? new Error(`${what} ${id} not found`));
};

/** One loader per relation per request: no query per row. */
export function createLoaders(db: DataSource) {
  return {
    user: new DataLoader<string, User>(async (ids) =>
      byId(await db.getRepository(User).findBy({ id: In([...ids]) }), ids, 'User'),
    ),
    organization: new DataLoader<string, Organization>(async (ids) =>
      byId(await db.getRepository(Organization).findBy({ id: In([...ids]) }), ids, 'Organization'),
    ),
    project: new DataLoader<string, Project>(async (ids) =>
      byId(await db.getRepository(Project).findBy({ id: In([...ids]) }), ids, 'Project'),
    ),
    document: new DataLoader<string, Document>(async (ids) =>
      byId(await db.getRepository(Document).findBy({ id: In([...ids]) }), ids, 'Document'),
    ),
    chaptersByDocument: new DataLoader<string, Chapter[]>(async (documentIds) => {
      const chapters = await db
        .getRepository(Chapter)
        .find({ where: { documentId: In([...documentIds]) }, order: { position: 'ASC' } });
      return documentIds.map((id) => chapters.filter((c) => c.documentId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
