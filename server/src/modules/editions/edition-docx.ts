import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { chapterBlocks, danishDate, opensWithHeading, type Block, type Run } from './edition-blocks';
import type { EditionExport } from './edition-pdf';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

function children(runs: Run[], bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    const lines = run.text.split('\n');
    const pieces = lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          bold: bold || run.bold,
          italics: run.italic,
          ...(run.href ? { style: 'Hyperlink' } : {}),
        }),
    );
    if (run.href && /^(https?:|mailto:)/i.test(run.href))
      out.push(new ExternalHyperlink({ link: run.href, children: pieces }));
    else out.push(...pieces);
  }
  return out;
}

// Chapter headings sit one level below the chapter title (Heading 1), so the outline stays a tree.
export function docxBlock(block: Block, shift: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(block.level - 1 + shift, HEADINGS.length - 1)],
          children: children(block.runs),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: children(block.runs),
          ...(block.quote ? { style: 'IntenseQuote' } : {}),
        }),
      ];
    case 'item':
      return [
        block.marker === '•'
          ? new Paragraph({ bullet: { level: Math.min(block.depth, 8) }, children: children(block.runs) })
          : new Paragraph({
              indent: { left: 720 * (block.depth + 1), hanging: 360 },
              children: [new TextRun(`${block.marker}\t`), ...children(block.runs)],
            }),
      ];
    case 'table':
      if (block.rows.length === 0) return [];
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row) =>
              new TableRow({
                tableHeader: row.header,
                children: row.cells.map(
                  (cell) =>
                    new TableCell({ children: [new Paragraph({ children: children(cell, row.header) })] }),
                ),
              }),
          ),
        }),
        new Paragraph(''),
      ];
  }
}

/** An edition as a Word document: title, publication date and note, then each chapter as published. */
export async function renderEditionDocx(edition: EditionExport): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: edition.title }),
    new Paragraph(`Udgave ${edition.number} · udgivet ${danishDate(edition.publicationDate)}`),
  ];
  if (edition.note) body.push(new Paragraph(edition.note));
  for (const chapter of edition.chapters) {
    const blocks = chapterBlocks(chapter.json);
    const own = opensWithHeading(blocks);
    if (!own) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: chapter.title }));
    for (const block of blocks) body.push(...docxBlock(block, own ? 0 : 1));
  }
  const document = new Document({
    title: edition.title,
    creator: 'Samskriv',
    description: `Udgave ${edition.number}`,
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}
