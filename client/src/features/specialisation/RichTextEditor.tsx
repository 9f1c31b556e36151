import { chapterExtensions } from '@samskriv/schema';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';

interface Props {
  label: string;
  initialHtml: string;
  onChange: (html: string) => void;
}

/**
 * A small TipTap editor (the chapters' schema, without collaboration) for level criteria: bold, italic
 * and lists. The server sanitises what is saved.
 */
export function RichTextEditor({ label, initialHtml, onChange }: Props) {
  const { t } = useTranslation('specialisation');
  const editor = useEditor({
    extensions: chapterExtensions(),
    content: initialHtml || '<p></p>',
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: 'spec-editor__content',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
    }),
  });
  useEffect(() => () => editor?.destroy(), [editor]);
  if (!editor) return null;

  const tools = [
    { key: 'bold', text: <strong>F</strong>, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', text: <em>K</em>, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'bulletList', text: '•', run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', text: '1.', run: () => editor.chain().focus().toggleOrderedList().run() },
  ] as const;

  return (
    <div className="spec-editor">
      <div className="spec-editor__toolbar" role="group" aria-label={t('criteria.toolbar')}>
        {tools.map((tool) => (
          <button
            key={tool.key}
            type="button"
            className="button button-secondary button-small"
            aria-pressed={state?.[tool.key] ?? false}
            aria-label={t(`criteria.${tool.key}`)}
            onClick={tool.run}
          >
            {tool.text}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
