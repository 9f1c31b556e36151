/** Saves a blob as a file the browser downloads. */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text (CSV, HTML) as a download. */
export function downloadText(text: string, filename: string, type: string) {
  saveBlob(new Blob([text], { type }), filename);
}

/** Saves a base64 file from the API (DOCX, PDF) as a download. */
export function downloadBase64(base64: string, filename: string, type: string) {
  saveBlob(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }), filename);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/** A part of a file name safe for every OS: lower case ASCII words joined by hyphens, cut at a word. */
export function slug(text: string, max = 40): string {
  const words = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/** `<part>-<part>-…-<YYYY-MM-DD>.<ext>`, each part slugged; the date defaults to today. */
export function datedFileName(parts: string[], ext: string, date = new Date().toISOString().slice(0, 10)) {
  const named = parts.map((p) => slug(p)).filter(Boolean);
  return `${[...(named.length ? named : ['samskriv']), date].join('-')}.${ext}`;
}
