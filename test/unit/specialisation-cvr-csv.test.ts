import { normalizeCvr } from '../../server/src/modules/catalogue/cvr';
import { CsvSyntaxError, csvCell, detectSeparator, parseCsv } from '../../server/src/modules/catalogue/csv';
import { sanitizeCriterionHtml } from '../../server/src/modules/catalogue/criterion-html';

describe('CVR modulus-11', () => {
  it('accepts 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11', () => {
    // 1*2+0*7+1*6+5*5+0*4+3*3+2*2+8*1 = 2+6+25+9+4+8 = 54? Computed below instead of trusted by eye.
    const weighted = (s: string) =>
      [...s].reduce((t, d, i) => t + Number(d) * [2, 7, 6, 5, 4, 3, 2, 1][i], 0);
    expect(weighted('10150817') % 11).toBe(0);
    expect(normalizeCvr('10150817')).toBe('10150817');
    expect(normalizeCvr('29189447')).toBe('29189447');
  });

  it('strips whitespace typed between the digits', () => {
    expect(normalizeCvr(' 10 15 08 17 ')).toBe('10150817');
    expect(normalizeCvr('1015\t0817')).toBe('10150817');
  });

  it('rejects a bad check digit, wrong length and anything but digits', () => {
    expect(normalizeCvr('10150818')).toBeNull();
    expect(normalizeCvr('1015081')).toBeNull();
    expect(normalizeCvr('101508170')).toBeNull();
    expect(normalizeCvr('1015-0817')).toBeNull();
    expect(normalizeCvr('DK10150817')).toBeNull();
    expect(normalizeCvr('')).toBeNull();
    expect(normalizeCvr('１０１５０８１７')).toBeNull(); // full-width digits are not digits here
  });
});

describe('CSV reader', () => {
  it('reads quoted separators, doubled quotes and line breaks inside quotes, with line numbers', () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";plain\n"two\nlines";;end\n\nlast;1;2';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x;y', 'say "hi"', 'plain'] },
      { line: 3, cells: ['two\nlines', '', 'end'] },
      { line: 6, cells: ['last', '1', '2'] },
    ]);
  });

  it('refuses broken quoting with the line it is on', () => {
    expect(() => parseCsv('a;b\n"open;x\n', ';')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a;b\nx"y;z', ';')).toThrow(/quote inside/);
    try {
      parseCsv('a;b\nc;d\n"q"x;y', ';');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
    expect.assertions(3);
  });

  it('detects the separator from the header line', () => {
    expect(detectSeparator('navn;cvr;kommune\nx,y,z')).toBe(';');
    expect(detectSeparator('navn,cvr,kommune\r\n')).toBe(',');
  });

  it('writes cells with quoting and neutralised formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(parseCsv(['a;b', 'x"y'].map((v) => csvCell(v)).join(';'), ';')[0].cells).toEqual(['a;b', 'x"y']);
  });
});

describe('criterion HTML sanitizer', () => {
  it('keeps the editor’s elements and drops scripts, handlers and unsafe links', () => {
    expect(sanitizeCriterionHtml('<p class="x" onclick="evil()">Hej <b>der</b></p>')).toBe(
      '<p>Hej <strong>der</strong></p>',
    );
    expect(sanitizeCriterionHtml('<script>alert(1)</script><p>ok</p>')).toBe('<p>ok</p>');
    expect(sanitizeCriterionHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeCriterionHtml('<a href="https://sm.dk/a?b=1&amp;c=2">x</a>')).toBe(
      '<a href="https://sm.dk/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeCriterionHtml('<img src=x onerror=alert(1)>1 < 2 & 3')).toBe('1 &lt; 2 &amp; 3');
    expect(sanitizeCriterionHtml('<ul><li>a<li>b</ul><p>open')).toBe(
      '<ul><li>a<li>b</li></li></ul><p>open</p>',
    );
  });
});
