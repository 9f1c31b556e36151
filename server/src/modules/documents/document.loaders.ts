import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Context } from '../../core/context';
import { byId } from '../../core/per-request';
import { Chapter } from './chapter.entity';
import { Document } from './document.entity';

/** Documents by id, one query per request however many fields ask. */
export function documentLoader(ctx: Context): DataLoader<string, Document> {
  return ctx.perRequest(documentLoader, () => {
    const db = ctx.container.get(DataSource);
    return new DataLoader<string, Document>(async (ids) =>
      byId(await db.getRepository(Document).findBy({ id: In([...ids]) }), ids, 'Document'),
    );
  });
}

/** A document's chapters in order, one query per request for all documents asked. */
export function chaptersByDocumentLoader(ctx: Context): DataLoader<string, Chapter[]> {
  return ctx.perRequest(chaptersByDocumentLoader, () => {
    const db = ctx.container.get(DataSource);
    return new DataLoader<string, Chapter[]>(async (documentIds) => {
      const chapters = await db
        .getRepository(Chapter)
        .find({ where: { documentId: In([...documentIds]) }, order: { position: 'ASC' } });
      return documentIds.map((id) => chapters.filter((c) => c.documentId === id));
    });
  });
}
