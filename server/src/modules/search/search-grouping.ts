import type { SearchKind, SearchProjectGroup, SnippetPart } from './search.types';

/** ts_headline's selection marks: private-use characters, which Danish text does not contain. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface HitRow {
  kind: SearchKind;
  id: string;
  projectId: string;
  projectTitle: string;
  documentId: string | null;
  documentTitle: string | null;
  chapterId: string | null;
  chapterTitle: string | null;
  parentId: string | null;
  organizationName: string | null;
  title: string;
  occurredAt: Date;
  rank: number;
  headline: string;
}

/** Groups ranked hits by project, then document, keeping the order of each group's best hit. */
export function groupHits(rows: readonly HitRow[]): SearchProjectGroup[] {
  const projects = new Map<string, SearchProjectGroup>();
  for (const row of rows) {
    let project = projects.get(row.projectId);
    if (!project) {
      project = { projectId: row.projectId, projectTitle: row.projectTitle, documents: [] };
      projects.set(row.projectId, project);
    }
    let document = project.documents.find((d) => d.documentId === row.documentId);
    if (!document) {
      document = { documentId: row.documentId, documentTitle: row.documentTitle, hits: [] };
      project.documents.push(document);
    }
    document.hits.push({
      kind: row.kind,
      id: row.id,
      title: row.title,
      snippet: snippetParts(row.headline),
      rank: Number(row.rank),
      occurredAt: row.occurredAt,
      chapterId: row.chapterId,
      chapterTitle: row.chapterTitle,
      parentId: row.parentId,
      organizationName: row.organizationName,
    });
  }
  return [...projects.values()];
}

/** ts_headline's marked text as plain runs (no HTML reaches the client). */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const text = headline.replace(/\s+/gu, ' ').trim();
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
