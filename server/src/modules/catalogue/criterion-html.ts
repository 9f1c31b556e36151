import { safeHref } from '../collab/chapter-render';

/**
 * Sanitizes rich text sent by the client (level criteria) to the elements the
 * chapter renderer emits, with no attributes except a safe `href` on links
 * (the chapter renderer's safeHref). Everything else is dropped; the content
 * of script, style and similar elements is dropped with them; text is
 * re-escaped. DOM-free, so it runs on the server as is.
 */
const ALLOWED = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'code',
  'hr',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'a',
  'table',
  'tbody',
  'tr',
  'th',
  'td',
]);
const VOID = new Set(['br', 'hr']);
const RENAME: Record<string, string> = { b: 'strong', i: 'em' };
const DROP_CONTENT = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'noscript',
  'textarea',
  'title',
]);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>?/g;

const escapeText = (s: string) =>
  s
    .replace(/&(?!(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

const decodeAttr = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function hrefOf(attributes: string): string | null {
  const match = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  if (!match) return null;
  return safeHref(decodeAttr(match[1] ?? match[2] ?? match[3] ?? ''));
}

export function sanitizeCriterionHtml(input: string): string {
  let out = '';
  let last = 0;
  let dropping: string | null = null;
  const open: string[] = [];
  for (const match of input.matchAll(TOKEN)) {
    const text = input.slice(last, match.index);
    last = match.index + match[0].length;
    if (!dropping) out += escapeText(text);
    const rawName = match[1]?.toLowerCase();
    if (!rawName) continue; // comment, doctype or a stray '<': dropped
    const closing = match[0].startsWith('</');
    if (dropping) {
      if (closing && rawName === dropping) dropping = null;
      continue;
    }
    if (DROP_CONTENT.has(rawName)) {
      if (!closing && !match[0].endsWith('/>')) dropping = rawName;
      continue;
    }
    if (!ALLOWED.has(rawName)) continue;
    const name = RENAME[rawName] ?? rawName;
    if (VOID.has(name)) {
      if (!closing) out += `<${name}>`;
      continue;
    }
    if (closing) {
      // Close only what is open, innermost first, so the output is always balanced.
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
      continue;
    }
    if (name === 'a') {
      const href = hrefOf(match[2] ?? '');
      out += href
        ? `<a href="${escapeText(href).replace(/"/g, '&quot;')}" rel="noopener noreferrer nofollow">`
        : '<a>';
    } else out += `<${name}>`;
    open.push(name);
  }
  if (!dropping) out += escapeText(input.slice(last));
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}
