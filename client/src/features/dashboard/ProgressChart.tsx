import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { AUDIT_LOG } from '../audit/operations';
import './i18n';

const DONE = new Set(['APPROVED', 'PUBLISHED']);
const WIDTH = 560;
const HEIGHT = 160;
const PAD = 28;

interface Point {
  at: number;
  done: number;
}

/**
 * Replays the audit log's status changes backwards from today's statuses, so
 * the chart needs no history table of its own: at each change, how many of the
 * document's chapters were approved or published.
 */
export function progressSeries(
  chapters: readonly { id: string; status: string }[],
  events: readonly { at: string; action: string; subjectId?: string | null; details: unknown }[],
  now: number,
): Point[] {
  const ids = new Set(chapters.map((c) => c.id));
  let done = chapters.filter((c) => DONE.has(c.status)).length;
  const points: Point[] = [{ at: now, done }];
  // Newest first, as the API lists them.
  for (const e of events) {
    if (e.action !== 'chapter.status_changed' || !e.subjectId || !ids.has(e.subjectId)) continue;
    const d = (e.details ?? {}) as { from?: unknown; to?: unknown };
    const from = typeof d.from === 'string' && DONE.has(d.from);
    const to = typeof d.to === 'string' && DONE.has(d.to);
    const at = Date.parse(e.at);
    points.push({ at, done });
    if (to && !from) done -= 1;
    if (from && !to) done += 1;
    points.push({ at: at - 1, done });
  }
  return points.reverse();
}

/** The document's progress toward publication over time, as a step chart with the numbers as a table. */
export function ProgressChart({
  projectId,
  documentTitle,
  chapters,
}: {
  projectId: string;
  documentTitle: string;
  chapters: readonly { id: string; status: string }[];
}) {
  const { t, i18n } = useTranslation('dashboard');
  const id = useId();
  const { data } = useQuery(AUDIT_LOG, {
    variables: { projectId, limit: 200, offset: 0 },
    fetchPolicy: 'cache-and-network',
  });
  if (!data || chapters.length === 0) return null;
  // The chart's "now" is when the log was read; it moves on with each refetch.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  const points = progressSeries(chapters, data.auditLog.items, now);
  const changes = points.filter((p, i) => i > 0 && p.done !== points[i - 1].done);
  if (changes.length === 0) return null;
  const first = points[0].at;
  const span = Math.max(1, now - first);
  const x = (at: number) => PAD + ((at - first) / span) * (WIDTH - 2 * PAD);
  const y = (n: number) => HEIGHT - PAD - (n / chapters.length) * (HEIGHT - 2 * PAD);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.done).toFixed(1)}`)
    .join(' ');
  const label = t('chart.label', { document: documentTitle });
  return (
    <figure className="progress-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="h5">
        {label}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="progress-chart__svg">
        <line x1={PAD} y1={y(0)} x2={WIDTH - PAD} y2={y(0)} className="progress-chart__axis" />
        <line
          x1={PAD}
          y1={y(chapters.length)}
          x2={WIDTH - PAD}
          y2={y(chapters.length)}
          className="progress-chart__goal"
        />
        <text x={4} y={y(chapters.length) + 4} className="progress-chart__tick">
          {chapters.length}
        </text>
        <text x={4} y={y(0) + 4} className="progress-chart__tick">
          0
        </text>
        <path d={path} className="progress-chart__line" />
      </svg>
      <details>
        <summary>{t('chart.showTable')}</summary>
        <table className="table table--compact">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.when')}</th>
              <th scope="col">{t('chart.done')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((p) => (
              <tr key={p.at}>
                <td>{formatDateTime(new Date(p.at).toISOString(), i18n.language)}</td>
                <td>{t('chart.count', { done: p.done, count: chapters.length })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
