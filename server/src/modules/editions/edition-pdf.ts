import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { chapterBlocks, danishDate, opensWithHeading, type Block, type Run } from './edition-blocks';

/** What both exports need of an edition. */
export interface EditionExport {
  title: string;
  number: number;
  publicationDate: string;
  note: string;
  chapters: { title: string; json: unknown }[];
}

const PAGE = { width: 595.28, height: 841.89 }; // A4
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;
const BODY = 11;
const HEADING_SIZE = [18, 15, 13, 12];
const LEADING = 1.35;
const LINK = rgb(0, 0.27, 0.6);
const INK = rgb(0.1, 0.1, 0.1);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  boldItalic: PDFFont;
  /** The code points the standard fonts can write (WinAnsi: Danish letters, dashes, quotes, €). */
  charset: Set<number>;
}

interface Word {
  text: string;
  font: PDFFont;
  size: number;
  link: boolean;
  /** A space precedes it on its line. */
  space: boolean;
  /** A line break comes before it. */
  newline: boolean;
}

/** Lays text out on A4 pages, top to bottom, starting a new page when one is full. */
class Layout {
  private page: PDFPage;
  private y = PAGE.height - MARGIN;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = pdf.addPage([PAGE.width, PAGE.height]);
  }

  /** The standard fonts cannot write every character; anything else becomes '?'. */
  private safe(text: string): string {
    return [...text.replace(/\t/g, ' ').replace(/[\u00a0\u2009\u202f]/g, ' ')]
      .map((c) => (this.fonts.charset.has(c.codePointAt(0)!) ? c : '?'))
      .join('');
  }

  private font(run: Pick<Run, 'bold' | 'italic'>): PDFFont {
    if (run.bold && run.italic) return this.fonts.boldItalic;
    if (run.bold) return this.fonts.bold;
    if (run.italic) return this.fonts.italic;
    return this.fonts.regular;
  }

  private ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** One paragraph of runs, wrapped to the width (less `indent`), with an optional hanging marker. */
  paragraph(runs: Run[], options: { size?: number; bold?: boolean; indent?: number; marker?: string } = {}) {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    const lineHeight = size * LEADING;
    const words: Word[] = [];
    // A space may end one run and the next word start the next: `space` carries across runs.
    let space = false;
    for (const run of runs) {
      const font = this.font({ bold: options.bold || run.bold, italic: run.italic });
      for (const [l, line] of this.safe(run.text).split('\n').entries()) {
        if (l > 0) {
          words.push({ text: '', font, size, link: false, space: false, newline: true });
          space = false;
        }
        for (const part of line.split(/( +)/)) {
          if (!part) continue;
          if (/^ +$/.test(part)) {
            space = true;
            continue;
          }
          words.push({ text: part, font, size, link: !!run.href, space, newline: false });
          space = false;
        }
      }
    }
    const lines: Word[][] = [[]];
    let x = 0;
    for (const word of words) {
      const spaceWidth = word.space ? word.font.widthOfTextAtSize(' ', size) : 0;
      const width = word.font.widthOfTextAtSize(word.text, size);
      const current = lines[lines.length - 1];
      if (word.newline || (current.length > 0 && x + spaceWidth + width > WIDTH - indent)) {
        lines.push([{ ...word, space: false }]);
        x = width;
      } else {
        current.push(current.length === 0 ? { ...word, space: false } : word);
        x += (current.length === 1 ? 0 : spaceWidth) + width;
      }
    }
    for (const [index, line] of lines.entries()) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (index === 0 && options.marker)
        this.page.drawText(this.safe(options.marker), {
          x: MARGIN + indent - 14,
          y: this.y,
          size,
          font: this.fonts.regular,
          color: INK,
        });
      let at = MARGIN + indent;
      for (const word of line) {
        if (word.space) at += word.font.widthOfTextAtSize(' ', size);
        if (word.text)
          this.page.drawText(word.text, {
            x: at,
            y: this.y,
            size,
            font: word.font,
            color: word.link ? LINK : INK,
          });
        at += word.font.widthOfTextAtSize(word.text, size);
      }
    }
  }

  block(block: Block, shift: number): void {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(block.level - 1 + shift, HEADING_SIZE.length - 1);
        this.ensure(HEADING_SIZE[level] * 4);
        this.space(HEADING_SIZE[level] * 0.6);
        this.paragraph(block.runs, { size: HEADING_SIZE[level], bold: true });
        this.space(4);
        return;
      }
      case 'paragraph':
        this.paragraph(block.runs, { indent: block.quote ? 18 : 0 });
        this.space(6);
        return;
      case 'item':
        this.paragraph(block.runs, {
          indent: 18 * (block.depth + 1) + (block.quote ? 18 : 0),
          marker: block.marker,
        });
        this.space(3);
        return;
      case 'table':
        // A table becomes one line per row, cells separated, the header row in bold.
        for (const row of block.rows) {
          const cells = row.cells.flatMap((cell, i) => (i > 0 ? [{ text: '  |  ' }, ...cell] : cell));
          this.paragraph(cells, { bold: row.header });
          this.space(3);
        }
        this.space(6);
        return;
    }
  }

  /** "side n af m" at the foot of every page. */
  footers(): void {
    const pages = this.pdf.getPages();
    for (const [index, page] of pages.entries()) {
      const text = `side ${index + 1} af ${pages.length}`;
      const width = this.fonts.regular.widthOfTextAtSize(text, 9);
      page.drawText(text, {
        x: PAGE.width - MARGIN - width,
        y: MARGIN / 2,
        size: 9,
        font: this.fonts.regular,
        color: rgb(0.4, 0.4, 0.4),
      });
    }
  }
}

/**
 * An edition as a PDF. It uses PDF's standard Helvetica fonts, which every
 * reader has and which cover Danish (æ ø å), so nothing is embedded or fetched.
 */
export async function renderEditionPdf(edition: EditionExport): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(edition.title);
  pdf.setSubject(`Udgave ${edition.number}`);
  pdf.setCreator('Samskriv');
  pdf.setProducer('Samskriv');
  pdf.setLanguage('da-DK');
  const [regular, bold, italic, boldItalic] = await Promise.all(
    [
      StandardFonts.Helvetica,
      StandardFonts.HelveticaBold,
      StandardFonts.HelveticaOblique,
      StandardFonts.HelveticaBoldOblique,
    ].map((f) => pdf.embedFont(f)),
  );
  const layout = new Layout(pdf, {
    regular,
    bold,
    italic,
    boldItalic,
    charset: new Set(regular.getCharacterSet()),
  });
  layout.paragraph([{ text: edition.title }], { size: 22, bold: true });
  layout.space(6);
  layout.paragraph([{ text: `Udgave ${edition.number} · udgivet ${danishDate(edition.publicationDate)}` }]);
  if (edition.note) layout.paragraph([{ text: edition.note, italic: true }]);
  layout.space(12);
  for (const chapter of edition.chapters) {
    const blocks = chapterBlocks(chapter.json);
    const own = opensWithHeading(blocks);
    if (!own) layout.block({ kind: 'heading', level: 1, runs: [{ text: chapter.title }] }, 0);
    for (const block of blocks) layout.block(block, own ? 0 : 1);
  }
  layout.footers();
  return Buffer.from(await pdf.save());
}
