/** Dates on the wire are ISO; YYYY-MM-DD is a calendar date, not a moment. */
export function formatDate(isoDate: string, language: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

export function formatPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  language: string,
) {
  if (!start && !end) return null;
  const from = start ? formatDate(start, language) : '…';
  const to = end ? formatDate(end, language) : '…';
  return `${from} – ${to}`;
}

/** A moment (an ISO timestamp) with date and time, in the reader's language. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** An organisation as lists show it: its short name when it has one. */
export const orgLabel = (org: { name: string; shortName?: string | null }) => org.shortName || org.name;
