/**
 * Another person's caret: a coloured bar with their name above it. The name
 * is hidden from screen readers (it would be read as part of the text); the
 * presence list says who is here instead.
 */
const colorOf = (user: Record<string, unknown>) =>
  typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#454545';

export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = colorOf(user);
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}

/**
 * Another person's selection: a light tint of their colour (a quarter of it) with a line under it in the
 * full colour. The tint is kept light so every text colour of the chapter (plain text, suggested
 * insertions and deletions, over comment highlights) keeps a contrast of at least 4.5:1 under it.
 */
export function renderSelection(user: Record<string, unknown>) {
  const color = colorOf(user);
  return {
    style: `background-color: ${color}40; box-shadow: inset 0 -2px 0 ${color}`,
    class: 'ProseMirror-yjs-selection',
  };
}
