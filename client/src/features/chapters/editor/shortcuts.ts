const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The key written for people ("Ctrl" or "⌘") and for aria-keyshortcuts ("Control" or "Meta"). */
export const MOD = { label: isMac ? '⌘' : 'Ctrl', aria: isMac ? 'Meta' : 'Control' };
export const ALT = { label: isMac ? '⌥' : 'Alt', aria: 'Alt' };

export type ShortcutId =
  | 'bold'
  | 'italic'
  | 'heading2'
  | 'heading3'
  | 'paragraph'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'link'
  | 'undo'
  | 'redo'
  | 'toolbar';

/** Keys of each shortcut; these are TipTap's defaults plus Mod-K for links and Alt+F10 for the toolbar. */
export const SHORTCUTS: Record<ShortcutId, string[]> = {
  bold: ['Mod', 'B'],
  italic: ['Mod', 'I'],
  heading2: ['Mod', 'Alt', '2'],
  heading3: ['Mod', 'Alt', '3'],
  paragraph: ['Mod', 'Alt', '0'],
  bulletList: ['Mod', 'Shift', '8'],
  orderedList: ['Mod', 'Shift', '7'],
  blockquote: ['Mod', 'Shift', 'B'],
  link: ['Mod', 'K'],
  undo: ['Mod', 'Z'],
  redo: ['Mod', 'Shift', 'Z'],
  toolbar: ['Alt', 'F10'],
};

export function shortcutLabel(id: ShortcutId): string {
  return SHORTCUTS[id].map((k) => (k === 'Mod' ? MOD.label : k === 'Alt' ? ALT.label : k)).join('+');
}

export function shortcutAria(id: ShortcutId): string {
  return SHORTCUTS[id].map((k) => (k === 'Mod' ? MOD.aria : k === 'Alt' ? ALT.aria : k)).join('+');
}
