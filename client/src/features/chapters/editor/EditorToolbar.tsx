import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutAria, shortcutLabel, type ShortcutId } from './shortcuts';

interface Props {
  editor: Editor;
  onLink: () => void;
  linkOpen: boolean;
  /** Lets the editor move focus here (Alt+F10). */
  toolbarRef: React.RefObject<HTMLDivElement | null>;
}

interface ToolButton {
  key: string;
  label: string;
  text: ReactNode;
  /** The visible text is an abbreviation (H2): the name is that text followed by the label (Label in Name). */
  abbreviation?: boolean;
  run: () => void;
  pressed?: boolean;
  expanded?: boolean;
  shortcut?: ShortcutId;
  disabled?: boolean;
}

/**
 * A WAI-ARIA toolbar: one Tab stop, arrow keys (and Home/End) move between
 * buttons, toggles say whether they are on with aria-pressed.
 */
export function EditorToolbar({ editor, onLink, linkOpen, toolbarRef }: Props) {
  const { t } = useTranslation('chapters');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      paragraph: e.isActive('paragraph') && !e.isActive('bulletList') && !e.isActive('orderedList'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chain = () => editor.chain().focus();

  const groups: { label: string; items: ToolButton[] }[] = [
    {
      label: t('toolbar.groupBlocks'),
      items: [
        {
          key: 'h2',
          label: t('toolbar.heading2'),
          text: 'H2',
          abbreviation: true,
          pressed: state.h2,
          shortcut: 'heading2',
          run: () => chain().toggleHeading({ level: 2 }).run(),
        },
        {
          key: 'h3',
          label: t('toolbar.heading3'),
          text: 'H3',
          abbreviation: true,
          pressed: state.h3,
          shortcut: 'heading3',
          run: () => chain().toggleHeading({ level: 3 }).run(),
        },
        {
          key: 'p',
          label: t('toolbar.paragraph'),
          text: t('toolbar.paragraph'),
          pressed: state.paragraph,
          shortcut: 'paragraph',
          run: () => chain().setParagraph().run(),
        },
      ],
    },
    {
      label: t('toolbar.groupMarks'),
      items: [
        {
          key: 'bold',
          label: t('toolbar.bold'),
          text: <strong>{t('toolbar.bold')}</strong>,
          pressed: state.bold,
          shortcut: 'bold',
          run: () => chain().toggleBold().run(),
        },
        {
          key: 'italic',
          label: t('toolbar.italic'),
          text: <em>{t('toolbar.italic')}</em>,
          pressed: state.italic,
          shortcut: 'italic',
          run: () => chain().toggleItalic().run(),
        },
        {
          key: 'link',
          label: t('toolbar.link'),
          text: t('toolbar.link'),
          pressed: state.link,
          expanded: linkOpen,
          shortcut: 'link',
          run: onLink,
        },
      ],
    },
    {
      label: t('toolbar.groupLists'),
      items: [
        {
          key: 'ul',
          label: t('toolbar.bulletList'),
          text: t('toolbar.bulletList'),
          pressed: state.bulletList,
          shortcut: 'bulletList',
          run: () => chain().toggleBulletList().run(),
        },
        {
          key: 'ol',
          label: t('toolbar.orderedList'),
          text: t('toolbar.orderedList'),
          pressed: state.orderedList,
          shortcut: 'orderedList',
          run: () => chain().toggleOrderedList().run(),
        },
        {
          key: 'quote',
          label: t('toolbar.blockquote'),
          text: t('toolbar.blockquote'),
          pressed: state.blockquote,
          shortcut: 'blockquote',
          run: () => chain().toggleBlockquote().run(),
        },
      ],
    },
    {
      label: t('toolbar.tableGroup'),
      items: state.inTable
        ? [
            {
              key: 'row',
              label: t('toolbar.addRow'),
              text: t('toolbar.addRow'),
              run: () => chain().addRowAfter().run(),
            },
            {
              key: 'col',
              label: t('toolbar.addColumn'),
              text: t('toolbar.addColumn'),
              run: () => chain().addColumnAfter().run(),
            },
            {
              key: 'delrow',
              label: t('toolbar.deleteRow'),
              text: t('toolbar.deleteRow'),
              run: () => chain().deleteRow().run(),
            },
            {
              key: 'delcol',
              label: t('toolbar.deleteColumn'),
              text: t('toolbar.deleteColumn'),
              run: () => chain().deleteColumn().run(),
            },
            {
              key: 'deltable',
              label: t('toolbar.deleteTable'),
              text: t('toolbar.deleteTable'),
              run: () => chain().deleteTable().run(),
            },
          ]
        : [
            {
              key: 'table',
              label: t('toolbar.table'),
              text: t('toolbar.table'),
              run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
            },
          ],
    },
    {
      label: t('toolbar.groupHistory'),
      items: [
        {
          key: 'undo',
          label: t('toolbar.undo'),
          text: t('toolbar.undo'),
          shortcut: 'undo',
          disabled: !state.canUndo,
          run: () => chain().undo().run(),
        },
        {
          key: 'redo',
          label: t('toolbar.redo'),
          text: t('toolbar.redo'),
          shortcut: 'redo',
          disabled: !state.canRedo,
          run: () => chain().redo().run(),
        },
      ],
    },
  ];
  const flat = groups.flatMap((g) => g.items);
  const active = Math.min(focusIndex, flat.length - 1);

  function move(to: number) {
    const next = (to + flat.length) % flat.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = buttons.current.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
      Home: () => move(0),
      End: () => move(flat.length - 1),
      Escape: () => editor.commands.focus(),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  let i = 0;
  return (
    <div
      className="editor-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      aria-controls="chapter-editor"
      ref={toolbarRef}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => (
        <div className="editor-toolbar__group" role="group" aria-label={group.label} key={group.label}>
          {group.items.map((b) => {
            const index = i++;
            return (
              <button
                key={b.key}
                ref={(el) => {
                  buttons.current[index] = el;
                }}
                type="button"
                className="editor-toolbar__button"
                tabIndex={index === active ? 0 : -1}
                aria-label={b.abbreviation ? undefined : b.label}
                aria-pressed={b.pressed}
                aria-expanded={b.expanded}
                aria-keyshortcuts={b.shortcut ? shortcutAria(b.shortcut) : undefined}
                aria-disabled={b.disabled || undefined}
                title={b.shortcut ? `${b.label} (${shortcutLabel(b.shortcut)})` : b.label}
                // Keep the text selection: a mouse press must not move focus out of the editor.
                onMouseDown={(e) => e.preventDefault()}
                onFocus={() => setFocusIndex(index)}
                onClick={() => {
                  if (!b.disabled) b.run();
                }}
              >
                {b.text}
                {b.abbreviation && <span className="visually-hidden"> {b.label}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
