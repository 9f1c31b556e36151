import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { escapeHtml } from '../../core/html';
import { docxBlock } from '../editions/edition-docx';
import type { Block, Run } from '../editions/edition-blocks';
import { renderTaggedPdf, writeRuns } from '../editions/edition-pdf';
import { notatBlocks, notatByline, notatTitle } from './notat-blocks';
import type { ConsultationNotat } from './notat.types';

/** The notat as a tagged PDF: title, da-DK, bookmarks from the headings, real tables. */
export function renderNotatPdf(notat: ConsultationNotat): Promise<Buffer> {
  const title = notatTitle(notat);
  const info = { title, subject: notatByline(notat), keywords: 'høringsnotat, høring' };
  return renderTaggedPdf(info, (doc, root, writer) => {
    root.add(doc.struct('H1', {}, () => writeRuns(doc, [{ text: title }], { size: 20, bold: true })));
    doc.moveDown(0.3);
    root.add(doc.struct('P', {}, () => writeRuns(doc, [{ text: notatByline(notat) }], {})));
    doc.moveDown(0.6);
    // Blocks' levels are the HTML ones (sections at 2): one level up under the document's H1 bookmark.
    for (const block of notatBlocks(notat)) writer.block(block, 0);
  });
}

/** The notat as a Word document with real heading styles and tables. */
export function renderNotatDocx(notat: ConsultationNotat): Promise<Buffer> {
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: notatTitle(notat) }),
    new Paragraph(notatByline(notat)),
    // Word's Heading 1 is the section (1. Høringen): shift the blocks' HTML levels up by one.
    ...notatBlocks(notat).flatMap((block) => docxBlock(block, -1)),
  ];
  return Packer.toBuffer(
    new Document({ title: notatTitle(notat), creator: 'Samskriv', sections: [{ children }] }),
  );
}

const runsHtml = (runs: Run[]) =>
  runs
    .map((r) => {
      let html = escapeHtml(r.text).replace(/\n/g, '<br>');
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      if (r.href && /^https?:/i.test(r.href)) html = `<a href="${escapeHtml(r.href)}">${html}</a>`;
      return html;
    })
    .join('');

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(Math.max(block.level, 1), 6);
      return `<h${level}>${runsHtml(block.runs)}</h${level}>`;
    }
    case 'paragraph':
      return block.quote
        ? `<blockquote>${runsHtml(block.runs)}</blockquote>`
        : `<p>${runsHtml(block.runs)}</p>`;
    case 'item':
      return `<p>${escapeHtml(block.marker)} ${runsHtml(block.runs)}</p>`;
    case 'table': {
      const [head, ...body] = block.rows;
      const cells = (row: (typeof block.rows)[number], tag: string, scope = '') =>
        `<tr>${row.cells.map((c) => `<${tag}${scope}>${runsHtml(c)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${head ? cells(head, 'th', ' scope="col"') : ''}</thead><tbody>${body
        .map((r) => cells(r, 'td'))
        .join('')}</tbody></table>`;
    }
  }
}

/** The notat as a standalone HTML document (every text escaped). */
export function renderNotatHtml(notat: ConsultationNotat): string {
  const title = escapeHtml(notatTitle(notat));
  return [
    '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.3rem;text-align:left;vertical-align:top}blockquote{border-left:3px solid #888;margin-left:0;padding-left:1rem}</style>',
    '</head><body>',
    `<h1>${title}</h1>`,
    `<p>${escapeHtml(notatByline(notat))}</p>`,
    ...notatBlocks(notat).map(blockHtml),
    '</body></html>',
  ].join('\n');
}
