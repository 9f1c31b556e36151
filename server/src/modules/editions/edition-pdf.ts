import PDFDocument from 'pdfkit';
import { chapterBlocks, danishDate, opensWithHeading, plain, type Block, type Run } from './edition-blocks';

/** What both exports need of an edition. */
export interface EditionExport {
  title: string;
  number: number;
  publicationDate: string;
  note: string;
  chapters: { title: string; json: unknown }[];
}

const MARGIN = 56;
const BODY = 11;
const HEADING_SIZE = [18, 15, 13, 12];
const LINK = '#00458f';
const INK = '#1a1a1a';
const CELL_PADDING = 4;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function font(run: Pick<Run, 'bold' | 'italic'>): string {
  if (run.bold && run.italic) return 'Helvetica-BoldOblique';
  if (run.bold) return 'Helvetica-Bold';
  if (run.italic) return 'Helvetica-Oblique';
  return 'Helvetica';
}

/** Runs of styled text as one flowing paragraph at the current position. */
export function writeRuns(
  doc: Doc,
  runs: Run[],
  options: { size?: number; bold?: boolean; x?: number; width?: number },
) {
  const parts = runs.filter((r) => r.text).map((r) => ({ ...r, text: r.text.replace(/\t/g, ' ') }));
  if (parts.length === 0) parts.push({ text: ' ' });
  doc.fontSize(options.size ?? BODY);
  for (const [index, run] of parts.entries()) {
    const continued = index < parts.length - 1;
    doc.font(font({ bold: options.bold || run.bold, italic: run.italic })).fillColor(run.href ? LINK : INK);
    const textOptions = { continued, link: run.href ?? null, underline: !!run.href, width: options.width };
    if (index === 0 && options.x !== undefined) doc.text(run.text, options.x, doc.y, textOptions);
    else doc.text(run.text, textOptions);
  }
  doc.fillColor(INK);
}

/** Writes blocks as tagged content: headings, paragraphs, lists and tables (editions, høringsnotater). */
export class Writer {
  private list: { struct: Struct; depth: number } | null = null;
  private outline: PDFKit.PDFOutline[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly root: Struct,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private closeList() {
    this.list?.struct.end();
    this.list = null;
  }

  heading(level: number, runs: Run[]) {
    this.closeList();
    const doc = this.doc;
    const size = HEADING_SIZE[Math.min(level - 1, HEADING_SIZE.length - 1)];
    if (doc.y + size * 4 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.moveDown(0.4);
    this.root.add(
      doc.struct(`H${Math.min(level, 6)}`, {}, () =>
        writeRuns(doc, runs, { size, bold: true, x: this.left }),
      ),
    );
    // Bookmarks follow the headings (H1 at the top, deeper ones below their parent).
    const parent = level <= 1 ? doc.outline : (this.outline[level - 2] ?? doc.outline);
    this.outline[level - 1] = parent.addItem(plain(runs) || ' ');
    this.outline.length = level;
    doc.moveDown(0.2);
  }

  block(block: Block, shift: number) {
    const doc = this.doc;
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level + shift, block.runs);
      case 'paragraph': {
        this.closeList();
        const indent = block.quote ? 18 : 0;
        const tag = block.quote ? 'BlockQuote' : 'P';
        this.root.add(
          doc.struct(tag, {}, () =>
            writeRuns(doc, block.runs, { x: this.left + indent, width: this.width - indent }),
          ),
        );
        doc.moveDown(0.4);
        return;
      }
      case 'item': {
        // One L per run of items; a nested item is still an LI of the same list, indented (a simplification).
        if (!this.list) {
          this.list = { struct: doc.struct('L'), depth: block.depth };
          this.root.add(this.list.struct);
        }
        const indent = 18 * (block.depth + 1) + (block.quote ? 18 : 0);
        const y = doc.y;
        const item = doc.struct('LI');
        this.list.struct.add(item);
        item.add(
          doc.struct('Lbl', {}, () => {
            doc.font('Helvetica').fontSize(BODY).fillColor(INK);
            doc.text(block.marker, this.left + indent - 14, y, { lineBreak: false });
          }),
        );
        item.add(
          doc.struct('LBody', {}, () =>
            writeRuns(doc, block.runs, { x: this.left + indent, width: this.width - indent }),
          ),
        );
        item.end();
        doc.x = this.left;
        doc.moveDown(0.2);
        return;
      }
      case 'table':
        this.closeList();
        return this.table(block.rows);
    }
  }

  /** A real table: Table > TR > TH/TD, with ruled cells; the rules are artifacts, not content. */
  private table(rows: { header: boolean; cells: Run[][] }[]) {
    const doc = this.doc;
    const columns = Math.max(1, ...rows.map((r) => r.cells.length));
    const cellWidth = this.width / columns;
    const table = doc.struct('Table');
    this.root.add(table);
    for (const row of rows) {
      const fontFor = row.header ? 'Helvetica-Bold' : 'Helvetica';
      doc.font(fontFor).fontSize(BODY);
      const height =
        Math.max(
          ...row.cells.map((cell) =>
            doc.heightOfString(plain(cell) || ' ', { width: cellWidth - 2 * CELL_PADDING }),
          ),
        ) +
        2 * CELL_PADDING;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      const tr = doc.struct('TR');
      table.add(tr);
      for (const [index, cell] of row.cells.entries()) {
        const x = this.left + index * cellWidth;
        tr.add(
          doc.struct(row.header ? 'TH' : 'TD', {}, () => {
            doc.y = top + CELL_PADDING;
            writeRuns(doc, cell, {
              x: x + CELL_PADDING,
              width: cellWidth - 2 * CELL_PADDING,
              bold: row.header,
            });
          }),
        );
        doc.markContent('Artifact', { type: 'Layout' });
        doc.lineWidth(0.5).strokeColor('#808080').rect(x, top, cellWidth, height).stroke();
        doc.endMarkedContent();
      }
      tr.end();
      doc.x = this.left;
      doc.y = top + height;
    }
    table.end();
    doc.moveDown(0.6);
  }

  end() {
    this.closeList();
  }
}

export interface TaggedPdfInfo {
  title: string;
  subject: string;
  keywords: string;
}

/**
 * A tagged, accessible PDF (PDF/UA-style structure): what `write` adds to the structure root, title
 * shown by readers, language da-DK, bookmarks from the Writer's headings and "side n af m" on each page.
 * It uses PDF's standard Helvetica fonts, which cover Danish (æ ø å), so nothing is embedded or fetched.
 */
export async function renderTaggedPdf(
  info: TaggedPdfInfo,
  write: (doc: Doc, root: Struct, writer: Writer) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: info.title,
      Subject: info.subject,
      Creator: 'Samskriv',
      Producer: 'Samskriv',
      Keywords: info.keywords,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new Writer(doc, root);
  write(doc, root, writer);
  writer.end();
  root.end();

  // "side n af m" at the foot of every page, as a pagination artifact.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('#666666')
      .text(`side ${index + 1} af ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 9, {
        width: doc.page.width - 2 * MARGIN,
        align: 'right',
        lineBreak: false,
      });
    doc.endMarkedContent();
  }
  doc.end();
  return done;
}

/** An edition as a tagged PDF: its title, byline and note, then every chapter's blocks. */
export function renderEditionPdf(edition: EditionExport): Promise<Buffer> {
  const info = {
    title: edition.title,
    subject: `Udgave ${edition.number}, udgivet ${danishDate(edition.publicationDate)}`,
    keywords: 'vejledning, udgave',
  };
  return renderTaggedPdf(info, (doc, root, writer) => {
    root.add(doc.struct('H1', {}, () => writeRuns(doc, [{ text: edition.title }], { size: 22, bold: true })));
    doc.moveDown(0.3);
    const byline = `Udgave ${edition.number} · udgivet ${danishDate(edition.publicationDate)}`;
    root.add(doc.struct('P', {}, () => writeRuns(doc, [{ text: byline }], {})));
    if (edition.note)
      root.add(doc.struct('P', {}, () => writeRuns(doc, [{ text: edition.note, italic: true }], {})));
    doc.moveDown(1);
    for (const chapter of edition.chapters) {
      const blocks = chapterBlocks(chapter.json);
      const own = opensWithHeading(blocks);
      if (!own) writer.heading(1, [{ text: chapter.title }]);
      for (const block of blocks) writer.block(block, own ? 0 : 1);
    }
  });
}
