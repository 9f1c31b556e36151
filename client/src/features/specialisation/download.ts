export { downloadText } from '../audit/download';

/** A file name safe for every OS: the project's slug and today's date. */
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
