import { danishDate as reportDate, escapeHtml } from '../../core/html';
import type { EvaluationCounts } from './evaluation-arithmetic';

/** What the status report shows; plain values so rendering is tested without a database. */
export interface EvaluationReportView {
  projectTitle: string;
  generatedAt: Date;
  groups: { name: string; counts: EvaluationCounts }[];
  total: EvaluationCounts;
  notes: { authorName: string; body: string; createdAt: Date }[];
}

/** "83,3 %" (Danish decimal comma), or "–" without pairs. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '–';
  return `${(Math.round(rate * 1000) / 10).toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

const row = (name: string, c: EvaluationCounts, header = false) => {
  const cell = header ? 'th' : 'td';
  const values = [
    c.offers,
    c.assessed,
    c.placed,
    ...c.placedPerLevel,
    c.pairs,
    c.agreements,
    formatRate(c.agreementRate),
    c.openDisagreements,
  ];
  return `<tr><${cell} scope="row">${escapeHtml(name)}</${cell}>${values
    .map((v) => `<td>${escapeHtml(String(v))}</td>`)
    .join('')}</tr>`;
};

/** The model's status report as a standalone HTML document; every user-written text is escaped. */
export function renderEvaluationHtml(view: EvaluationReportView): string {
  const e = escapeHtml;
  const parts = [
    '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">',
    `<title>Statusrapport – ${e(view.projectTitle)}</title></head><body>`,
    `<h1>Statusrapport: ${e(view.projectTitle)}</h1>`,
    `<p>Dannet ${e(reportDate(view.generatedAt))}</p>`,
    '<h2>Vurderinger og indplaceringer pr. målgruppe</h2>',
    '<table><thead><tr><th scope="col">Målgruppe</th><th scope="col">Tilbud</th>',
    '<th scope="col">Vurderet</th><th scope="col">Indplaceret</th>',
    '<th scope="col">Niveau 1</th><th scope="col">Niveau 2</th><th scope="col">Niveau 3</th>',
    '<th scope="col">Vurderingspar</th><th scope="col">Enige</th><th scope="col">Enighedsgrad</th>',
    '<th scope="col">Uafklarede uenigheder</th></tr></thead><tbody>',
    ...view.groups.map((g) => row(g.name, g.counts)),
    '</tbody><tfoot>',
    row('I alt', view.total, true),
    '</tfoot></table>',
    '<p>Enighedsgrad: andelen af sager med to uafhængige vurderinger, hvor vurderingerne angav samme niveau.</p>',
    '<h2>Evalueringsnotater</h2>',
  ];
  if (view.notes.length === 0) parts.push('<p>Ingen notater.</p>');
  for (const note of view.notes)
    parts.push(
      '<section class="note">',
      `<p><strong>${e(note.authorName)}</strong>, ${e(reportDate(note.createdAt))}</p>`,
      paragraphs(note.body),
      '</section>',
    );
  parts.push('</body></html>');
  return parts.join('\n');
}
