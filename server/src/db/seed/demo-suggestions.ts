import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { CHAPTER_FRAGMENT } from '@samskriv/schema';
import { Comment, ProposalStatus } from '../../modules/review/comment.entity';

interface Suggester {
  id: string;
  organizationId: string;
}

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/**
 * In-text suggestions in the open round's first chapter, one in each state:
 * two pending ones (marks in the text, from two organisations), one accepted
 * earlier (its words are plain text now) and one rejected with a reason.
 */
export async function seedDemoSuggestions(
  em: EntityManager,
  chapter: { id: string; projectId: string; documentId: string },
  roundId: string,
  decidedBy: string,
  [dh, sjd]: [Suggester, Suggester],
): Promise<void> {
  const [row]: { state: Buffer }[] = await em.query(
    'SELECT state FROM chapter_snapshot WHERE "chapterId" = $1',
    [chapter.id],
  );
  if (!row) return;
  const doc = new Y.Doc();
  const pending: { by: Suggester; id: string; quote: string; proposal: string; at: Date }[] = [];
  try {
    Y.applyUpdate(doc, row.state);
    // The intro paragraph (after the heading).
    const paragraph = doc.getXmlFragment(CHAPTER_FRAGMENT).get(1) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    const plain = (): string => String(text.toString()).replace(/<[^>]+>/g, '');
    const marks = (by: Suggester, id: string, at: Date) => ({
      id,
      authorId: by.id,
      organizationId: by.organizationId,
      createdAt: at.toISOString(),
    });
    doc.transact(() => {
      const replaced = plain().indexOf('kritisk');
      if (replaced < 0) return;
      const id = randomUUID();
      const at = daysAgo(2);
      text.format(replaced, 'kritisk'.length, { deletion: marks(dh, id, at) });
      text.insert(replaced + 'kritisk'.length, 'sårbar', { insertion: marks(dh, id, at) });
      pending.push({ by: dh, id, quote: 'kritisk', proposal: 'sårbar', at });
      const after = plain().indexOf('viden');
      if (after < 0) return;
      const added = randomUUID();
      const addedAt = daysAgo(1);
      text.insert(after + 'viden'.length, ' og erfaring', { insertion: marks(sjd, added, addedAt) });
      pending.push({ by: sjd, id: added, quote: '', proposal: ' og erfaring', at: addedAt });
    });
    await em.query('UPDATE chapter_snapshot SET state = $2 WHERE "chapterId" = $1', [
      chapter.id,
      Buffer.from(Y.encodeStateAsUpdate(doc)),
    ]);
  } finally {
    doc.destroy();
  }
  const thread = (
    by: Suggester,
    fields: Partial<Comment> & { suggestionId: string; proposalStatus: ProposalStatus },
  ) =>
    em.getRepository(Comment).insert({
      projectId: chapter.projectId,
      documentId: chapter.documentId,
      chapterId: chapter.id,
      roundId,
      authorId: by.id,
      organizationId: by.organizationId,
      internal: false,
      mentionedUserIds: [],
      parentId: null,
      text: '',
      ...fields,
    });
  for (const s of pending)
    await thread(s.by, {
      suggestionId: s.id,
      quote: s.quote,
      proposal: s.proposal,
      proposalStatus: ProposalStatus.PENDING,
      createdAt: s.at,
    });
  await thread(dh, {
    suggestionId: randomUUID(),
    quote: '',
    proposal: 'let',
    proposalStatus: ProposalStatus.ACCEPTED,
    proposalDecidedById: decidedBy,
    proposalDecidedAt: daysAgo(3),
    createdAt: daysAgo(4),
  });
  await thread(sjd, {
    suggestionId: randomUUID(),
    quote: 'forvaltninger',
    proposal: 'sektorer',
    proposalStatus: ProposalStatus.REJECTED,
    proposalReason: 'Forvaltninger er det ord, kommunerne selv bruger; sektorer dækker også regionerne.',
    proposalDecidedById: decidedBy,
    proposalDecidedAt: daysAgo(3),
    createdAt: daysAgo(4),
  });
}
