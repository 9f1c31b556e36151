import { wordDiff } from '../../server/src/modules/versions/word-diff';

const side = (segments: { type: string; text: string }[], skip: string) =>
  segments
    .filter((s) => s.type !== skip)
    .map((s) => s.text)
    .join('');

describe('word diff', () => {
  it('marks whole inserted and deleted words', () => {
    expect(wordDiff('a b c d e', 'a x c e f')).toEqual([
      { type: 'EQUAL', text: 'a ' },
      { type: 'DELETE', text: 'b' },
      { type: 'INSERT', text: 'x' },
      { type: 'EQUAL', text: ' c ' },
      { type: 'DELETE', text: 'd ' },
      { type: 'EQUAL', text: 'e' },
      { type: 'INSERT', text: ' f' },
    ]);
  });

  it('gives back both texts exactly, for any pair', () => {
    const words = ['en', 'to', 'tre', 'fire', '\n\n'];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 15) },
        () => words[Math.floor(random() * words.length)],
      ).join(' ');
    for (let i = 0; i < 500; i++) {
      const [before, after] = [text(), text()];
      const diff = wordDiff(before, after);
      expect(side(diff, 'INSERT')).toBe(before);
      expect(side(diff, 'DELETE')).toBe(after);
      for (let j = 1; j < diff.length; j++) expect(diff[j].type).not.toBe(diff[j - 1].type);
    }
  });

  it('handles empty texts and long ones', () => {
    expect(wordDiff('', 'ny tekst')).toEqual([{ type: 'INSERT', text: 'ny tekst' }]);
    expect(wordDiff('gammel tekst', '')).toEqual([{ type: 'DELETE', text: 'gammel tekst' }]);
    expect(wordDiff('', '')).toEqual([]);
    const long = Array.from({ length: 20_000 }, (_, i) => `ord${i}`).join(' ');
    const changed = long.replace('ord10000', 'ændret');
    const diff = wordDiff(long, changed);
    expect(diff.filter((d) => d.type !== 'EQUAL')).toEqual([
      { type: 'DELETE', text: 'ord10000' },
      { type: 'INSERT', text: 'ændret' },
    ]);
  });
});
