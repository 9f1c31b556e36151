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
export function pdfStreams(pdf: Buffer): string {
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

/** How a standard-font PDF writes `text` in its content streams: the hex of its WinAnsi (latin1) bytes. */
export const pdfHex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();
