/**
 * A chapter's TipTap/ProseMirror JSON (the shared document schema) flattened
 * into the few block kinds the DOCX and PDF exports lay out: headings,
 * paragraphs, list items, quotes and tables, each with runs of styled text.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; quote?: boolean }
  | { kind: 'item'; runs: Run[]; depth: number; marker: string; quote?: boolean }
  | { kind: 'table'; rows: { header: boolean; cells: Run[][] }[] };

interface PmNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  content?: PmNode[];
}

function runs(node: PmNode): Run[] {
  const out: Run[] = [];
  const walk = (n: PmNode) => {
    if (n.type === 'text' && n.text) {
      const marks = n.marks ?? [];
      const link = marks.find((m) => m.type === 'link');
      out.push({
        text: n.text,
        bold: marks.some((m) => m.type === 'bold') || undefined,
        italic: marks.some((m) => m.type === 'italic') || undefined,
        href: typeof link?.attrs?.href === 'string' ? link.attrs.href : undefined,
      });
    } else if (n.type === 'hardBreak') out.push({ text: '\n' });
    else for (const child of n.content ?? []) walk(child);
  };
  walk(node);
  return out;
}

/** The blocks of one chapter, in order. */
export function chapterBlocks(json: unknown): Block[] {
  const blocks: Block[] = [];
  const walk = (node: PmNode, ctx: { depth: number; quote: boolean }) => {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', level: Number(node.attrs?.level ?? 2), runs: runs(node) });
        return;
      case 'paragraph':
      case 'codeBlock':
        blocks.push({ kind: 'paragraph', runs: runs(node), quote: ctx.quote || undefined });
        return;
      case 'horizontalRule':
        blocks.push({ kind: 'paragraph', runs: [{ text: '' }] });
        return;
      case 'blockquote':
        for (const child of node.content ?? []) walk(child, { ...ctx, quote: true });
        return;
      case 'bulletList':
      case 'orderedList': {
        const start = Number(node.attrs?.start ?? 1);
        for (const [index, item] of (node.content ?? []).entries()) {
          const marker = node.type === 'orderedList' ? `${start + index}.` : '•';
          // The item's first paragraph carries the marker; nested lists go one level deeper.
          let first = true;
          for (const child of item.content ?? []) {
            if (child.type === 'bulletList' || child.type === 'orderedList')
              walk(child, { ...ctx, depth: ctx.depth + 1 });
            else if (first) {
              blocks.push({
                kind: 'item',
                runs: runs(child),
                depth: ctx.depth,
                marker,
                quote: ctx.quote || undefined,
              });
              first = false;
            } else walk(child, ctx);
          }
        }
        return;
      }
      case 'table':
        blocks.push({
          kind: 'table',
          rows: (node.content ?? []).map((row) => ({
            header: (row.content ?? []).every((cell) => cell.type === 'tableHeader'),
            cells: (row.content ?? []).map((cell) => {
              const parts = (cell.content ?? []).map(runs);
              return parts.flatMap((p, i) => (i > 0 ? [{ text: '\n' }, ...p] : p));
            }),
          })),
        });
        return;
      default:
        for (const child of node.content ?? []) walk(child, ctx);
    }
  };
  walk(json as PmNode, { depth: 0, quote: false });
  return blocks;
}

/** Most chapter texts open with their own heading; the export adds the title only where one does not. */
export function opensWithHeading(blocks: Block[]): boolean {
  return blocks[0]?.kind === 'heading' && blocks[0].level <= 3;
}

/** The plain text of some runs. */
export const plain = (rs: Run[]): string => rs.map((r) => r.text).join('');

/** A calendar date (YYYY-MM-DD) as Danish text, e.g. 15. juni 2021. */
export function danishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
