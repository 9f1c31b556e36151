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

/** A file name safe for every OS: a slug of the title and today's date. */
export function fileName(base: string, ext: string): string {
  const slug = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'samskriv'}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}
