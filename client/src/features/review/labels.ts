export const DISPOSITIONS = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED', 'NOTED'] as const;
export type DispositionValue = (typeof DISPOSITIONS)[number];

/** i18n keys (review namespace) for server enums. */
export const dispositionKey = (d: string) => `disposition.values.${d}`;
export const proposalStatusKey = (s: string) => `disposition.proposalStatus.${s}`;

/** A YYYY-MM-DD date `days` from today, in local time. */
export function dateFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A deadline chosen as a calendar date runs to the end of that day, local time. */
export const deadlineOf = (date: string) => new Date(`${date}T23:59:00`).toISOString();

/** The local calendar date of an ISO moment, for a date input. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
