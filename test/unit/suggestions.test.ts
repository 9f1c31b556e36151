import {
  chapterSchema,
  checkOwnSuggestions,
  listSuggestions,
  resolveSuggestions,
  withoutSuggestions,
} from '@samskriv/schema';

const schema = chapterSchema();
const KARIM = { authorId: 'u-karim', organizationId: 'o-dh' };
const ANNE = { authorId: 'u-anne', organizationId: 'o-sd' };
const at = '2026-12-01T10:00:00.000Z';

type Span = string | [string, 'insertion' | 'deletion', string, typeof KARIM];
const mark = (kind: string, id: string, who: typeof KARIM) => ({
  type: kind,
  attrs: { id, ...who, createdAt: at },
});
const p = (...spans: Span[]) => ({
  type: 'paragraph',
  content: spans.map((s) =>
    typeof s === 'string'
      ? { type: 'text', text: s }
      : { type: 'text', text: s[0], marks: [mark(s[1], s[2], s[3])] },
  ),
});
const doc = (...paragraphs: ReturnType<typeof p>[]) =>
  schema.nodeFromJSON({ type: 'doc', content: paragraphs });
const text = (d: ReturnType<typeof doc>) => d.content.content.map((b) => b.textContent);

describe('suggestions in the shared editor schema', () => {
  const base = doc(
    p('Barnet ', ['skal', 'deletion', 's1', KARIM], ['bør', 'insertion', 's1', KARIM], ' tilbydes'),
  );

  it('accepts: inserted text stays without marks, deleted text goes', () => {
    const accepted = resolveSuggestions(base, () => true, 'accept');
    expect(text(accepted)).toEqual(['Barnet bør tilbydes']);
    expect(listSuggestions(accepted)).toEqual([]);
  });

  it('rejects: inserted text goes, deleted text stays without marks', () => {
    expect(text(withoutSuggestions(base))).toEqual(['Barnet skal tilbydes']);
    expect(listSuggestions(withoutSuggestions(base))).toEqual([]);
  });

  it('resolves only the suggestions the filter selects', () => {
    const two = doc(p(['A', 'insertion', 's1', KARIM], 'x', ['B', 'insertion', 's2', ANNE]));
    const onlyKarim = resolveSuggestions(two, (a) => a.authorId === KARIM.authorId, 'reject');
    expect(text(onlyKarim)).toEqual(['xB']);
    expect(listSuggestions(onlyKarim).map((s) => s.id)).toEqual(['s2']);
  });

  it('joins blocks back when a suggested paragraph break is rejected, and keeps it when accepted', () => {
    const split = doc(
      p('abc', ['\u200B', 'insertion', 's1', KARIM]),
      p(['\u200B', 'insertion', 's1', KARIM], 'def'),
    );
    expect(text(withoutSuggestions(split))).toEqual(['abcdef']);
    expect(text(resolveSuggestions(split, () => true, 'accept'))).toEqual(['abc', 'def']);
  });

  it('joins the blocks when a deletion across them is accepted, and keeps both when it is rejected', () => {
    const across = doc(
      p('Kommunen ', ['koordinerer indsatsen', 'deletion', 's1', KARIM]),
      p(['Regionen ', 'deletion', 's1', KARIM], 'udreder barnet'),
    );
    expect(text(resolveSuggestions(across, () => true, 'accept'))).toEqual(['Kommunen udreder barnet']);
    expect(text(withoutSuggestions(across))).toEqual([
      'Kommunen koordinerer indsatsen',
      'Regionen udreder barnet',
    ]);
    const item = (paragraph: ReturnType<typeof p>) => ({ type: 'listItem', content: [paragraph] });
    const list = schema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            item(p('Kommunen ', ['koordinerer indsatsen', 'deletion', 's1', KARIM])),
            item(p(['Regionen ', 'deletion', 's1', KARIM], 'udreder barnet')),
          ],
        },
      ],
    });
    const joined = resolveSuggestions(list, () => true, 'accept');
    expect(joined.firstChild!.childCount).toBe(1);
    expect(joined.textContent).toBe('Kommunen udreder barnet');
    // Two suggestions that happen to meet at a boundary are two deletions: the blocks stay apart.
    const two = doc(
      p('Kommunen ', ['koordinerer', 'deletion', 's1', KARIM]),
      p(['Regionen ', 'deletion', 's2', KARIM], 'udreder barnet'),
    );
    expect(text(resolveSuggestions(two, () => true, 'accept'))).toEqual(['Kommunen ', 'udreder barnet']);
  });

  it('lists each suggestion with its author, organisation, inserted and deleted text', () => {
    expect(listSuggestions(base)).toEqual([
      { id: 's1', ...KARIM, createdAt: at, inserted: 'bør', deleted: 'skal' },
    ]);
  });

  it('allows adding one’s own suggestion marks', () => {
    const before = doc(p('Barnet skal tilbydes'));
    expect(checkOwnSuggestions(before, base, KARIM)).toEqual({ ok: true, added: ['s1'] });
  });

  it('refuses a plain edit, a suggestion in someone else’s name and a change to another’s suggestion', () => {
    const before = doc(p('Barnet skal tilbydes'));
    expect(checkOwnSuggestions(before, doc(p('Barnet bør tilbydes')), KARIM).ok).toBe(false);
    expect(checkOwnSuggestions(before, base, ANNE).ok).toBe(false);
    const annes = doc(p('Barnet ', ['gerne ', 'insertion', 's9', ANNE], 'skal tilbydes'));
    expect(checkOwnSuggestions(annes, doc(p('Barnet skal tilbydes')), KARIM).ok).toBe(false);
    expect(
      checkOwnSuggestions(
        annes,
        doc(p('Barnet ', ['gerne ', 'insertion', 's9', KARIM], 'skal tilbydes')),
        KARIM,
      ).ok,
    ).toBe(false);
  });

  it('refuses reusing another author’s suggestion id', () => {
    const annes = doc(p(['A', 'insertion', 's9', ANNE], 'x'));
    const after = doc(p(['A', 'insertion', 's9', ANNE], 'x', ['B', 'insertion', 's9', KARIM]));
    expect(checkOwnSuggestions(annes, after, KARIM)).toEqual({ ok: false, reason: 'malformed-suggestion' });
  });
});
