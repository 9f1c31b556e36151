export type DiffType = 'EQUAL' | 'INSERT' | 'DELETE';

export interface DiffSegment {
  type: DiffType;
  text: string;
}

/** Past this many differing tokens the middle is reported as one deletion and one insertion. */
const MAX_EDIT_DISTANCE = 4000;

/** Words and the whitespace between them, so that joining the tokens gives back the text. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/**
 * A word-level diff (Myers' O(ND) algorithm on words and whitespace runs):
 * joining the EQUAL and DELETE segments gives `before`, joining EQUAL and
 * INSERT gives `after`. Adjacent segments of one type are merged.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  const push = (type: DiffType, text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.type === type) last.text += text;
    else out.push({ type, text });
  };
  push('EQUAL', a.slice(0, start).join(''));
  for (const [type, token] of myers(a.slice(start, endA), b.slice(start, endB))) push(type, token);
  push('EQUAL', a.slice(endA).join(''));
  return slideToWordStarts(out);
}

/**
 * "plan for| hele| forløbet" reads worse than "plan for |hele |forløbet":
 * an insertion or deletion that starts with the whitespace the following
 * unchanged text also starts with is slid right, so it holds whole words
 * with their trailing space.
 */
function slideToWordStarts(segments: DiffSegment[]): DiffSegment[] {
  for (let i = 1; i < segments.length - 1; i++) {
    const [before, edit, after] = [segments[i - 1], segments[i], segments[i + 1]];
    if (before.type !== 'EQUAL' || after.type !== 'EQUAL' || edit.type === 'EQUAL') continue;
    const space = /^\s+/u.exec(edit.text)?.[0];
    if (!space || !after.text.startsWith(space)) continue;
    before.text += space;
    edit.text = edit.text.slice(space.length) + space;
    after.text = after.text.slice(space.length);
  }
  const merged: DiffSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (!segment.text) continue;
    if (last && last.type === segment.type) last.text += segment.text;
    else merged.push(segment);
  }
  return merged;
}

function myers(a: string[], b: string[]): [DiffType, string][] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((t) => ['INSERT', t]);
  if (m === 0) return a.map((t) => ['DELETE', t]);
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0)
    return [
      ...a.map((t): [DiffType, string] => ['DELETE', t]),
      ...b.map((t): [DiffType, string] => ['INSERT', t]),
    ];
  // Walk back through the saved frontiers from (n, m) to (0, 0).
  const edits: [DiffType, string][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      edits.push(['EQUAL', a[x]]);
    }
    if (x === prevX) edits.push(['INSERT', b[--y]]);
    else edits.push(['DELETE', a[--x]]);
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    edits.push(['EQUAL', a[x]]);
  }
  return edits.reverse();
}
