import { textEdits, type TextEdit } from '../../server/src/modules/review/text-edits';

/** Applies edits from the end backwards, as the chapter's text node does. */
const apply = (text: string, edits: TextEdit[]) =>
  [...edits].reverse().reduce((t, e) => t.slice(0, e.index) + e.insert + t.slice(e.index + e.remove), text);

describe('text edits of an accepted proposal', () => {
  it('leaves the words the replacement keeps untouched', () => {
    expect(textEdits('Overgange', 'Overgange (i samarbejde med familien)')).toEqual([
      { index: 9, remove: 0, insert: ' (i samarbejde med familien)' },
    ]);
    expect(textEdits('koordineret støtte til børn', 'sammenhængende støtte til unge')).toEqual([
      { index: 0, remove: 11, insert: 'sammenhængende' },
      { index: 23, remove: 4, insert: 'unge' },
    ]);
  });

  it('keeps the letters a changed word shares at its start and end', () => {
    expect(textEdits('sjældne handicap', 'sjældne handicaps')).toEqual([
      { index: 16, remove: 0, insert: 's' },
    ]);
  });

  it('removes everything for an empty replacement and changes nothing for the same text', () => {
    expect(textEdits('har brug for', '')).toEqual([{ index: 0, remove: 12, insert: '' }]);
    expect(textEdits('har brug for', 'har brug for')).toEqual([]);
  });

  it('gives back the replacement exactly, for any pair', () => {
    const words = ['en', 'to', 'tre', 'fire.', 'fem,', ' '];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => words[Math.floor(random() * words.length)],
      ).join(random() < 0.5 ? ' ' : '  ');
    for (let i = 0; i < 500; i++) {
      const [before, after] = [text(), text()];
      expect(apply(before, textEdits(before, after))).toBe(after);
    }
  });
});
