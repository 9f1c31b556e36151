/** A small RFC 4180 reader and writer for the provider import and export. */

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

/**
 * Parses `text` (BOM stripped by the caller) with `separator`: quoted fields may
 * hold separators, doubled quotes and line breaks; CRLF, LF and CR end records.
 * Blank lines are skipped. Throws CsvSyntaxError on a quote inside an unquoted
 * field, text after a closing quote, or an unterminated quoted field.
 */
export function parseCsv(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  let cellStarted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      cell += c;
      i++;
      continue;
    }
    if (c === separator) {
      endCell();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (afterQuote) throw new CsvSyntaxError('Text after a closing quote', line);
    if (c === '"') {
      if (cellStarted) throw new CsvSyntaxError('A quote inside an unquoted field', line);
      quoted = true;
      cellStarted = true;
      i++;
      continue;
    }
    cell += c;
    cellStarted = true;
    i++;
  }
  if (quoted) throw new CsvSyntaxError('A quoted field is not closed', recordLine);
  if (cellStarted || afterQuote || cells.length > 0) endRecord();
  return records;
}

/** The separator of a file: `;` or `,`, whichever the header line has more of (`;` on a tie). */
export function detectSeparator(text: string): ';' | ',' {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  const count = (s: string) => header.split(s).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/**
 * One cell for the export: RFC 4180 quoting, and a leading =, +, -, @, tab or CR
 * is neutralised with an apostrophe so a spreadsheet never runs it as a formula
 * (as the audit CSV does).
 */
export function csvCell(value: string, separator = ';'): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
