import { escapeHtml } from '../../core/html';
import { danishDate } from './edition-blocks';

/** Readable on its own: a text column, and tables with borders as in the web edition. */
const EXPORT_CSS = [
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:80ch;margin:2em auto;padding:0 1em}',
  'table{border-collapse:collapse;margin:1em 0}',
  'th,td{border:1px solid #747474;padding:.4em .6em;text-align:left;vertical-align:top}',
  'th{background:#f5f5f5}',
].join('');

export interface EditionHtmlInput {
  documentTitle: string;
  number: number;
  publicationDate: string;
  /** Chapter HTML is sanitised by the renderer already. */
  chapters: { title: string; html: string }[];
}

/** The edition as one standalone HTML file, dated in Danish. */
export function renderEditionHtml(edition: EditionHtmlInput): string {
  const title = `${escapeHtml(edition.documentTitle)} – udgave ${edition.number}`;
  return [
    '<!doctype html>',
    `<html lang="da"><head><meta charset="utf-8"><title>${title}</title><style>${EXPORT_CSS}</style></head><body>`,
    `<header><h1>${title}</h1><p>Udgivet ${danishDate(edition.publicationDate)}</p></header>`,
    ...edition.chapters.map((c) => `<section><h2>${escapeHtml(c.title)}</h2>${c.html}</section>`),
    '</body></html>',
  ].join('\n');
}
