import { formatDate, formatPeriod } from '../../../client/src/app/format';

describe('client date formatting', () => {
  it('shows a calendar date in Danish by default and in English when chosen', () => {
    expect(formatDate('2026-03-05', 'da')).toBe('5. marts 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
  });

  it('keeps the calendar day of an ISO moment whatever the time zone', () => {
    expect(formatDate('2026-12-31T23:30:00.000Z', 'da')).toBe('31. december 2026');
    expect(formatDate('2026-01-01T00:10:00+02:00', 'en')).toBe('1 January 2026');
  });

  it('shows a period with an open end as an ellipsis, and nothing when both ends are missing', () => {
    expect(formatPeriod('2017-01-01', '2018-12-31', 'da')).toBe('1. januar 2017 – 31. december 2018');
    expect(formatPeriod('2017-01-01', null, 'en')).toBe('1 January 2017 – …');
    expect(formatPeriod(undefined, '2018-12-31', 'en')).toBe('… – 31 December 2018');
    expect(formatPeriod(null, undefined, 'da')).toBeNull();
  });
});
