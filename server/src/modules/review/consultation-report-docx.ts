import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { danishDate as reportDate } from '../../core/html';
import { DISPOSITION_DA, type ConsultationReport } from './consultation-report.types';

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  value
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map(
      (p) =>
        new Paragraph({
          children: p
            .split('\n')
            .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options })),
        }),
    );

const labelled = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

/** The consultation report as a Word document (høringsnotat.docx). */
export async function renderReportDocx(report: Omit<ConsultationReport, 'html'>): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: `Høringsnotat: ${report.documentTitle}` }),
    new Paragraph(`${report.projectTitle} · ${report.round.title}`),
    labelled('Høringsperiode', `${reportDate(report.periodStart)} – ${reportDate(report.periodEnd)}`),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Høringsbrev' }),
    ...text(report.round.letter),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Høringsliste' }),
    ...report.hearingList.map(
      (p) =>
        new Paragraph({
          bullet: { level: 0 },
          text: `${p.organization.name} – ${p.responded ? 'har afgivet høringssvar' : 'intet høringssvar'}`,
        }),
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Høringssvar og behandling' }),
  ];
  for (const { chapter, organizations } of report.chapters) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: chapter.title }));
    if (organizations.length === 0) children.push(new Paragraph('Ingen høringssvar.'));
    for (const { organization, comments } of organizations) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: organization.name }));
      for (const c of comments) {
        if (c.internal) children.push(...text('Arbejdsgruppens bemærkning', { italics: true }));
        if (c.quote) children.push(...text(`»${c.quote}«`, { italics: true }));
        children.push(...text(c.body));
        if (c.proposal !== null) children.push(labelled('Ændringsforslag', c.proposal));
        // The working group's own remarks are not hearing responses: nothing to dispose of.
        if (!c.internal)
          children.push(
            labelled('Behandling', c.disposition ? DISPOSITION_DA[c.disposition] : 'Ikke behandlet'),
          );
        if (c.dispositionReply) children.push(...text(c.dispositionReply));
      }
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
