import zlib from 'node:zlib';

/** One file of a ZIP archive (a .docx), read through the central directory. */
export function unzipEntry(zip: Buffer, name: string): string | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a ZIP archive');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entryName === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  return null;
}

/** The decompressed content streams of a PDF, joined (text drawn with standard fonts is hex of WinAnsi codes). */
function pdfStreams(pdf: Buffer): string {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf('stream', from);
    if (start < 0) break;
    const dataStart = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const stop = pdf.indexOf('endstream', dataStart);
    if (stop < 0) break;
    const data = pdf.subarray(dataStart, stop);
    try {
      out.push(zlib.inflateSync(data).toString('latin1'));
    } catch {
      out.push(data.toString('latin1'));
    }
    from = stop + 9;
  }
  return out.join('\n');
}

/**
 * The text a PDF draws, one line per text-showing operator. Standard fonts write WinAnsi (latin1) codes as hex
 * strings, split by kerning numbers inside a TJ array; they are decoded and joined here, so a test compares text
 * with text and a hex pair such as "7C" inside an unrelated word cannot be mistaken for a "|".
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, operand] of pdfStreams(pdf).matchAll(/(\[[^\]]*\]|<[0-9A-Fa-f\s]*>)\s*T[Jj]\b/g)) {
    const hex = [...operand.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map((m) => m[1].replace(/\s/g, '')).join('');
    lines.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}
