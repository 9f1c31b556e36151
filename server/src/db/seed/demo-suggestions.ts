import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { CHAPTER_FRAGMENT } from '@samskriv/schema';
import { Chapter } from '../../modules/documents/chapter.entity';
import { Comment, ProposalStatus } from '../../modules/review/comment.entity';
import { ReviewRound } from '../../modules/review/review-round.entity';
import { VersionKind } from '../../modules/versions/chapter-version.entity';
import { version } from './demo-notat';

interface Suggester {
  id: string;
  organizationId: string;
}

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/**
 * In-text suggestions in the open round's first chapter, one in each state:
 * two pending ones (marks in the text, from two organisations), one accepted
 * earlier and one rejected with a reason. The decided ones went through the
 * text as they would in the editor: the accepted one was suggested after the
 * round opened (so the version taken then lacks it and the høringsnotat shows
 * it as a change) and its marks were then dropped, leaving plain text; the
 * rejected one's inserted words were removed and its deleted words kept.
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
  const accepted = { id: randomUUID(), at: daysAgo(4), word: 'let ' };
  const rejected = { id: randomUUID(), at: daysAgo(4) };
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
    // The text when the round opened: without the word the accepted suggestion put in.
    const acceptedAt = plain().indexOf(`viden ${accepted.word}`) + 'viden '.length;
    if (acceptedAt < 'viden '.length) return;
    text.delete(acceptedAt, accepted.word.length);
    const round = await em.getRepository(ReviewRound).findOneByOrFail({ id: roundId });
    await version(
      em,
      await em.getRepository(Chapter).findOneByOrFail({ id: chapter.id }),
      round,
      VersionKind.ROUND_START,
      Y.encodeStateAsUpdate(doc),
      `Høringsrunde åbnet: ${round.title}`,
      round.openedAt,
    );
    // Accepted: suggested as an insertion, then its marks dropped.
    text.insert(acceptedAt, accepted.word, { insertion: marks(dh, accepted.id, accepted.at) });
    text.format(acceptedAt, accepted.word.length, { insertion: null });
    // Rejected: a replacement whose inserted word was removed and whose deleted word was kept.
    const kept = plain().indexOf('forvaltninger');
    if (kept < 0) return;
    text.format(kept, 'forvaltninger'.length, { deletion: marks(sjd, rejected.id, rejected.at) });
    text.insert(kept + 'forvaltninger'.length, 'sektorer', {
      insertion: marks(sjd, rejected.id, rejected.at),
    });
    text.delete(kept + 'forvaltninger'.length, 'sektorer'.length);
    text.format(kept, 'forvaltninger'.length, { deletion: null });

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
    suggestionId: accepted.id,
    quote: '',
    proposal: accepted.word.trim(),
    proposalStatus: ProposalStatus.ACCEPTED,
    proposalDecidedById: decidedBy,
    proposalDecidedAt: daysAgo(3),
    createdAt: accepted.at,
  });
  await thread(sjd, {
    suggestionId: rejected.id,
    quote: 'forvaltninger',
    proposal: 'sektorer',
    proposalStatus: ProposalStatus.REJECTED,
    proposalReason: 'Forvaltninger er det ord, kommunerne selv bruger; sektorer dækker også regionerne.',
    proposalDecidedById: decidedBy,
    proposalDecidedAt: daysAgo(3),
    createdAt: daysAgo(4),
  });
}
