import { Mark } from '@tiptap/core';

/**
 * Suggestion marks (ændringsforslag in the text). The names and the `id`
 * attribute are those of @handlewithcare/prosemirror-suggest-changes, whose
 * transaction transform the client editor uses in suggestion mode; the
 * attribution (author, organisation, time) is ours and is what the collab
 * server checks. Only inline marks: y-tiptap does not store node marks, so a
 * suggestion is always a run of marked text (block boundaries are anchored by
 * marked zero-width spaces, as the plugin does).
 */
const attribution = {
  id: { default: null, rendered: false },
  authorId: { default: null, rendered: false },
  organizationId: { default: null, rendered: false },
  createdAt: { default: null, rendered: false },
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const dataAttrs = (attrs: Record<string, unknown>) => ({
  'data-suggestion-id': text(attrs.id),
  'data-author-id': text(attrs.authorId),
  'data-organization-id': text(attrs.organizationId),
  'data-created-at': text(attrs.createdAt),
});

const parseAttrs = (el: HTMLElement) => ({
  id: el.getAttribute('data-suggestion-id'),
  authorId: el.getAttribute('data-author-id'),
  organizationId: el.getAttribute('data-organization-id'),
  createdAt: el.getAttribute('data-created-at'),
});

export const Insertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'insertion deletion modification',
  addAttributes: () => attribution,
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]', getAttrs: (el) => parseAttrs(el) }],
  renderHTML: ({ mark }) => [
    'ins',
    { ...dataAttrs(mark.attrs), class: 'suggestion suggestion-insertion' },
    0,
  ],
});

export const Deletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion deletion modification',
  addAttributes: () => attribution,
  parseHTML: () => [{ tag: 'del[data-suggestion-id]', getAttrs: (el) => parseAttrs(el) }],
  renderHTML: ({ mark }) => ['del', { ...dataAttrs(mark.attrs), class: 'suggestion suggestion-deletion' }, 0],
});

/**
 * Formatting suggestions. The plugin requires the mark type; Samskriv does
 * not support them (the collab server refuses a suggestion-only update that
 * changes formatting), so it exists for the schema only.
 */
export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...attribution,
    type: { default: null, rendered: false },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  parseHTML: () => [{ tag: 'span[data-modification]' }],
  renderHTML: () => ['span', { 'data-modification': '' }, 0],
});
