/**
 * Caret and avatar colours: dark enough for white text (WCAG AA on white
 * labels) and distinct from one another. A person keeps the same colour on
 * every device and visit because it is derived from their user id.
 */
const PALETTE = [
  '#1e5aa8',
  '#b3261e',
  '#2e6b30',
  '#6a1b9a',
  '#a3195b',
  '#00676f',
  '#8a4b00',
  '#3949ab',
  '#5d4037',
  '#455a64',
  '#7b1fa2',
  '#00695c',
] as const;

export function userColor(userId: string): string {
  // FNV-1a: small, stable and spreads similar UUIDs apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length];
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0][0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '';
  return (first + last).toUpperCase();
}
