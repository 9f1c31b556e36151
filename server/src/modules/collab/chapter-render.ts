import { CHAPTER_FRAGMENT, chapterSchema, withoutSuggestions } from '@samskriv/schema';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { applyStored } from './chapter-store.service';

/**
 * A chapter's text as accepted: pending suggestions are not part of it (their
 * inserted text is left out, their deleted text kept), so the API, versions,
 * diffs, approvals and exports all read the same accepted text.
 */
export interface RenderedChapter {
  text: string;
  html: string;
  /** The same text with pending suggestions marked (`<ins>`/`<del>` with their id and author). */
  htmlWithSuggestions: string;
  json: Record<string, unknown>;
  wordCount: number;
}

let schema: Schema | undefined;
const pmSchema = () => (schema ??= chapterSchema());

/** Renders a chapter's stored Yjs updates with the one shared document schema. */
export function renderChapterUpdates(updates: readonly Uint8Array[]): RenderedChapter {
  const doc = new Y.Doc();
  try {
    applyStored(doc, updates);
    return renderChapterDoc(doc);
  } finally {
    doc.destroy();
  }
}

/** Renders one Yjs state update (e.g. a stored version's state). */
export function renderChapterState(state: Uint8Array): RenderedChapter {
  return renderChapterUpdates(state.length > 0 ? [state] : []);
}

/** The chapter's document as ProseMirror sees it, suggestions included. */
export function chapterRoot(doc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CHAPTER_FRAGMENT), pmSchema());
}

export function renderChapterDoc(doc: Y.Doc): RenderedChapter {
  const withSuggestions = chapterRoot(doc);
  const root = withoutSuggestions(withSuggestions);
  const text = plainText(root);
  return {
    text,
    html: toHtml(root),
    htmlWithSuggestions: toHtml(withSuggestions),
    json: root.toJSON() as Record<string, unknown>,
    wordCount: text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
  };
}

/** Blocks separated by blank lines, list items and table cells on lines of their own. */
function plainText(root: PMNode): string {
  const blocks: string[] = [];
  root.descendants((node) => {
    if (node.isTextblock) {
      blocks.push(
        node.textBetween(0, node.content.size, undefined, (leaf) =>
          leaf.type.name === 'hardBreak' ? '\n' : '',
        ),
      );
      return false;
    }
    return true;
  });
  return blocks.join('\n\n');
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Only http(s) and mailto links survive; everything else renders as plain text. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  try {
    const url = new URL(href.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const int = (value: unknown, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;

/**
 * A DOM-free HTML serializer that emits only the schema's own elements and a
 * fixed set of attributes, so the output is safe to embed whatever the Yjs
 * document contains.
 */
export function toHtml(root: PMNode): string {
  let out = '';
  root.forEach((child) => (out += nodeHtml(child)));
  return out;
}

function children(node: PMNode): string {
  let out = '';
  node.forEach((child) => (out += nodeHtml(child)));
  return out;
}

function cellAttrs(node: PMNode): string {
  const colspan = int(node.attrs.colspan, 2, 1000);
  const rowspan = int(node.attrs.rowspan, 2, 1000);
  return `${colspan ? ` colspan="${colspan}"` : ''}${rowspan ? ` rowspan="${rowspan}"` : ''}`;
}

function nodeHtml(node: PMNode): string {
  switch (node.type.name) {
    case 'text':
      return textHtml(node);
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'heading': {
      const level = int(node.attrs.level, 1, 6) ?? 2;
      return `<h${level}>${children(node)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'bulletList':
      return `<ul>${children(node)}</ul>`;
    case 'orderedList': {
      const start = int(node.attrs.start, 0, 1_000_000);
      return `<ol${start !== null && start !== 1 ? ` start="${start}"` : ''}>${children(node)}</ol>`;
    }
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'codeBlock':
      return `<pre><code>${escapeText(node.textContent)}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    case 'table':
      return `<table><tbody>${children(node)}</tbody></table>`;
    case 'tableRow':
      return `<tr>${children(node)}</tr>`;
    case 'tableHeader':
      return `<th${cellAttrs(node)}>${children(node)}</th>`;
    case 'tableCell':
      return `<td${cellAttrs(node)}>${children(node)}</td>`;
    default:
      return children(node);
  }
}

const MARK_ORDER = ['insertion', 'deletion', 'link', 'bold', 'italic', 'underline', 'strike', 'code'];

function textHtml(node: PMNode): string {
  let html = escapeText(node.text ?? '');
  const marks = [...node.marks].sort(
    (a, b) => MARK_ORDER.indexOf(b.type.name) - MARK_ORDER.indexOf(a.type.name),
  );
  for (const mark of marks) {
    switch (mark.type.name) {
      case 'bold':
        html = `<strong>${html}</strong>`;
        break;
      case 'italic':
        html = `<em>${html}</em>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'insertion':
      case 'deletion': {
        const tag = mark.type.name === 'insertion' ? 'ins' : 'del';
        const id = escapeAttr(String(mark.attrs.id ?? ''));
        const author = escapeAttr(String(mark.attrs.authorId ?? ''));
        html = `<${tag} data-suggestion-id="${id}" data-author-id="${author}">${html.replace(/\u200B/g, '')}</${tag}>`;
        break;
      }
      case 'link': {
        const href = safeHref(mark.attrs.href);
        if (href) html = `<a href="${escapeAttr(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
        break;
      }
    }
  }
  return html;
}
