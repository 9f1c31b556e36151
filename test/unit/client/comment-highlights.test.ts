import { Schema } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, ySyncPlugin, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import {
  commentHighlightsKey,
  commentHighlightsPlugin,
  commentsAt,
  type HighlightComment,
} from '../../../client/src/features/chapters/editor/commentHighlights';

// The node names the editor's Y.Doc uses (TipTap's document, paragraph and text).
const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
});

const encode = (position: Y.RelativePosition) =>
  Buffer.from(Y.encodeRelativePosition(position)).toString('base64');

/** A chapter's Y.Doc with these paragraphs, and the editor state bound to it as the Collaboration extension binds it. */
function chapter(...paragraphs: string[]) {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('default');
  const texts = paragraphs.map((content) => {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, content);
    paragraph.insert(0, [text]);
    fragment.push([paragraph]);
    return text;
  });
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  const sync = ySyncPlugin(fragment, { mapping });
  let state = EditorState.create({ schema, doc, plugins: [sync, commentHighlightsPlugin()] });
  return {
    ydoc,
    fragment,
    texts,
    mapping,
    get state() {
      return state;
    },
    apply(tr: Transaction) {
      state = state.apply(tr);
    },
    /** A comment on `quote` in paragraph `index`, anchored as the client anchors a selection. */
    comment(id: string, index: number, quote: string): HighlightComment {
      const at = texts[index].toString().indexOf(quote);
      return {
        id,
        // The start sticks to the character after it, the end to the one before it.
        anchor: encode(Y.createRelativePositionFromTypeIndex(texts[index], at, 0)),
        head: encode(Y.createRelativePositionFromTypeIndex(texts[index], at + quote.length, -1)),
        label: `Kommentar ${id}`,
        resolved: false,
      };
    },
    /** What each highlight covers now. */
    highlighted(): Record<string, string> {
      const set = commentHighlightsKey.getState(state)!.decorations;
      return Object.fromEntries(
        set
          .find()
          .map((d) => [(d.spec as { commentId: string }).commentId, state.doc.textBetween(d.from, d.to)]),
      );
    },
  };
}

/** A change made by someone else: applied to the Y.Doc, then to the editor as the sync binding does. */
function remoteEdit(editor: ReturnType<typeof chapter>, change: () => void) {
  change();
  const { doc, mapping } = initProseMirrorDoc(editor.fragment, schema);
  editor.mapping.clear();
  for (const [type, node] of mapping) editor.mapping.set(type, node);
  editor.apply(
    editor.state.tr
      .replaceWith(0, editor.state.doc.content.size, doc.content)
      .setMeta(ySyncPluginKey, { isChangeOrigin: true }),
  );
}

describe("the editor's comment highlights through edits", () => {
  const text = 'Kommunen koordinerer indsatsen omkring barnet.';

  it('marks each comment where its anchors are, including at the very start of the chapter', () => {
    const editor = chapter(text, 'Forældrene inddrages tidligt.');
    editor.apply(
      editor.state.tr.setMeta(commentHighlightsKey, {
        comments: [
          editor.comment('a', 0, 'koordinerer indsatsen'),
          editor.comment('b', 0, 'Kommunen'),
          editor.comment('c', 1, 'tidligt'),
        ],
      }),
    );
    expect(editor.highlighted()).toEqual({ a: 'koordinerer indsatsen', b: 'Kommunen', c: 'tidligt' });
  });

  it("follows the viewer's own typing before, inside and just outside a range", () => {
    const editor = chapter(text);
    editor.apply(
      editor.state.tr.setMeta(commentHighlightsKey, { comments: [editor.comment('a', 0, 'koordinerer')] }),
    );
    // Before the range: it moves along.
    editor.apply(editor.state.tr.insertText('Den ', 1));
    expect(editor.highlighted()).toEqual({ a: 'koordinerer' });
    // Inside: the range grows with it.
    const inside = editor.state.doc.textContent.indexOf('koordinerer') + 1 + 'koordi'.length;
    editor.apply(editor.state.tr.insertText('-', inside));
    expect(editor.highlighted()).toEqual({ a: 'koordi-nerer' });
    // Right after the end and right before the start: typing stays outside.
    const from = editor.state.doc.textContent.indexOf('koordi-nerer') + 1;
    editor.apply(editor.state.tr.insertText('!', from + 'koordi-nerer'.length));
    editor.apply(editor.state.tr.insertText('>', from));
    expect(editor.highlighted()).toEqual({ a: 'koordi-nerer' });
    expect(editor.state.doc.textContent).toContain('>koordi-nerer!');
  });

  it('drops a highlight whose text the viewer deletes, and keeps the others', () => {
    const editor = chapter(text);
    editor.apply(
      editor.state.tr.setMeta(commentHighlightsKey, {
        comments: [editor.comment('gone', 0, 'koordinerer'), editor.comment('kept', 0, 'barnet')],
      }),
    );
    const from = 1 + text.indexOf('koordinerer');
    editor.apply(editor.state.tr.delete(from, from + 'koordinerer '.length));
    expect(editor.highlighted()).toEqual({ kept: 'barnet' });
  });

  it('keeps mapped ranges when the comment list or active comment changes during an edit', () => {
    const editor = chapter(text);
    const a = editor.comment('a', 0, 'indsatsen');
    editor.apply(editor.state.tr.setMeta(commentHighlightsKey, { comments: [a] }));
    editor.apply(
      editor.state.tr.insertText('Hele ', 1).setMeta(commentHighlightsKey, { comments: [a], activeId: 'a' }),
    );
    expect(editor.highlighted()).toEqual({ a: 'indsatsen' });
    const [decoration] = commentHighlightsKey.getState(editor.state)!.decorations.find();
    expect((decoration as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toContain(
      'comment-highlight--active',
    );
  });

  it("resolves the anchors again after someone else's edit, wherever it moved the text", () => {
    const editor = chapter(text, 'Forældrene inddrages tidligt.');
    editor.apply(
      editor.state.tr.setMeta(commentHighlightsKey, {
        comments: [editor.comment('a', 0, 'indsatsen'), editor.comment('b', 1, 'tidligt')],
      }),
    );
    remoteEdit(editor, () => {
      editor.texts[0].insert(0, 'I praksis ');
      editor.texts[1].delete(0, 'Forældrene '.length);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Et nyt afsnit først.')]);
      editor.fragment.insert(0, [paragraph]);
    });
    expect(editor.highlighted()).toEqual({ a: 'indsatsen', b: 'tidligt' });
    remoteEdit(editor, () => editor.texts[1].delete(0, 'inddrages tidligt'.length));
    expect(editor.highlighted()).toEqual({ a: 'indsatsen' });
  });

  it('answers which comments cover a position, the innermost first', () => {
    const editor = chapter(text);
    editor.apply(
      editor.state.tr.setMeta(commentHighlightsKey, {
        comments: [
          editor.comment('outer', 0, 'koordinerer indsatsen omkring'),
          editor.comment('inner', 0, 'indsatsen'),
        ],
      }),
    );
    const inIndsatsen = 1 + text.indexOf('indsatsen') + 2;
    expect(commentsAt(editor.state, inIndsatsen)).toEqual(['inner', 'outer']);
    expect(commentsAt(editor.state, 1 + text.indexOf('barnet'))).toEqual([]);
  });
});
