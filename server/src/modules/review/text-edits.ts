import { wordDiff } from '../versions/word-diff';

/** One change to a text: at `index` (in the old text), remove `remove` characters and insert `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest edits, by words, that turn `before` into `after`, in text order.
 * Words both texts share are left alone, and a changed word keeps the letters
 * it shares at its start and end ("handicap" → "handicaps" inserts "s"), so
 * whatever is anchored to the untouched characters stays where it is.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let index = 0;
  let open: { index: number; removed: string; inserted: string } | null = null;
  const close = () => {
    if (open) edits.push(trimmed(open.index, open.removed, open.inserted));
    open = null;
  };
  for (const segment of wordDiff(before, after)) {
    if (segment.type === 'EQUAL') {
      close();
      index += segment.text.length;
      continue;
    }
    open ??= { index, removed: '', inserted: '' };
    if (segment.type === 'DELETE') {
      open.removed += segment.text;
      index += segment.text.length;
    } else open.inserted += segment.text;
  }
  close();
  return edits.filter((e) => e.remove > 0 || e.insert.length > 0);
}

/** Leaves out the characters a changed stretch shares at its start and end. */
function trimmed(index: number, removed: string, inserted: string): TextEdit {
  let start = 0;
  while (start < removed.length && start < inserted.length && removed[start] === inserted[start]) start++;
  let end = 0;
  while (
    end < removed.length - start &&
    end < inserted.length - start &&
    removed[removed.length - 1 - end] === inserted[inserted.length - 1 - end]
  )
    end++;
  return {
    index: index + start,
    remove: removed.length - start - end,
    insert: inserted.slice(start, inserted.length - end),
  };
}
