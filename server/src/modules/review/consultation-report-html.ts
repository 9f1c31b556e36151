import { danishDate, escapeHtml } from '../../core/html';
import { DISPOSITION_DA, type ConsultationReport } from './consultation-report.types';

/** Paragraphs of plain text, escaped. */
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

export function renderReportHtml(report: Omit<ConsultationReport, 'html'>): string {
  const e = escapeHtml;
  const parts: string[] = [
    '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">',
    `<title>Høringsnotat – ${e(report.documentTitle)}</title></head><body>`,
    `<h1>Høringsnotat: ${e(report.documentTitle)}</h1>`,
    `<p>${e(report.projectTitle)} · ${e(report.round.title)}</p>`,
    `<p>Høringsperiode: ${e(danishDate(report.periodStart))} – ${e(danishDate(report.periodEnd))}</p>`,
    '<h2>Høringsbrev</h2>',
    paragraphs(report.round.letter) || '<p>–</p>',
    '<h2>Høringsliste</h2><ul>',
    ...report.hearingList.map(
      (p) =>
        `<li>${e(p.organization.name)}${p.responded ? ' – har afgivet høringssvar' : ' – intet høringssvar'}</li>`,
    ),
    '</ul>',
    '<h2>Høringssvar og behandling</h2>',
  ];
  for (const { chapter, organizations } of report.chapters) {
    parts.push(`<h3>${e(chapter.title)}</h3>`);
    if (organizations.length === 0) parts.push('<p>Ingen høringssvar.</p>');
    for (const { organization, comments } of organizations) {
      parts.push(`<h4>${e(organization.name)}</h4>`);
      for (const c of comments) {
        parts.push('<section class="response">');
        if (c.internal) parts.push('<p><em>Arbejdsgruppens bemærkning</em></p>');
        if (c.quote) parts.push(`<blockquote>${e(c.quote)}</blockquote>`);
        parts.push(paragraphs(c.body));
        if (c.proposal !== null) parts.push(`<p><strong>Ændringsforslag:</strong> ${e(c.proposal)}</p>`);
        // The working group's own remarks are not hearing responses: nothing to dispose of.
        if (!c.internal)
          parts.push(
            `<p><strong>Behandling:</strong> ${c.disposition ? e(DISPOSITION_DA[c.disposition]) : 'Ikke behandlet'}</p>`,
          );
        if (c.dispositionReply) parts.push(paragraphs(c.dispositionReply));
        parts.push('</section>');
      }
    }
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
