import { wordDiff, tokenize, type DiffSegment } from '../versions/word-diff';
import type { NotatDiffSegment } from './notat.types';

/** Words of context kept on either side of a change. */
const CONTEXT_WORDS = 8;
/** At most this many segments per chapter in the notat; the full diff is one link away. */
const MAX_SEGMENTS = 60;

const words = (text: string) => tokenize(text).filter((t) => t.trim()).length;

function context(text: string, side: 'before' | 'after' | 'both'): string {
  const tokens = tokenize(text);
  const keep = CONTEXT_WORDS * 2; // words and the whitespace between them
  if (tokens.length <= keep * 2 + 1) return text;
  if (side === 'before') return `… ${tokens.slice(-keep).join('').trimStart()}`;
  if (side === 'after') return `${tokens.slice(0, keep).join('').trimEnd()} …`;
  return `${tokens.slice(0, keep).join('').trimEnd()} … ${tokens.slice(-keep).join('').trimStart()}`;
}

export interface NotatDiff {
  insertedWords: number;
  deletedWords: number;
  segments: NotatDiffSegment[];
  /** Changes (insertions and deletions) left out after the first MAX_SEGMENTS segments. */
  omittedChanges: number;
}

/** The word changes from `before` to `after`, with shortened context around them. */
export function notatDiff(before: string, after: string): NotatDiff {
  const diff: DiffSegment[] = wordDiff(before, after);
  let insertedWords = 0;
  let deletedWords = 0;
  const segments: NotatDiffSegment[] = [];
  diff.forEach((segment, index) => {
    if (segment.type === 'INSERT') insertedWords += words(segment.text);
    if (segment.type === 'DELETE') deletedWords += words(segment.text);
    if (segment.type !== 'EQUAL') return void segments.push({ ...segment });
    const first = index === 0;
    const last = index === diff.length - 1;
    if (first && last) return;
    segments.push({ type: 'EQUAL', text: context(segment.text, first ? 'before' : last ? 'after' : 'both') });
  });
  if (insertedWords + deletedWords === 0)
    return { insertedWords, deletedWords, segments: [], omittedChanges: 0 };
  const omittedChanges = segments.slice(MAX_SEGMENTS).filter((s) => s.type !== 'EQUAL').length;
  return { insertedWords, deletedWords, segments: segments.slice(0, MAX_SEGMENTS), omittedChanges };
}
