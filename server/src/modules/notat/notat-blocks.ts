import { danishDate } from '../../core/html';
import { DISPOSITION_DA } from '../review/consultation-report.types';
import type { Block, Run } from '../editions/edition-blocks';
import { NotatStatus } from './consultation-notat.entity';
import type { ConsultationNotat } from './notat.types';

const text = (value: string): Run[] => [{ text: value }];
const heading = (level: number, value: string): Block => ({ kind: 'heading', level, runs: text(value) });
const paragraphs = (value: string, quote = false): Block[] =>
  value
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => ({ kind: 'paragraph', runs: text(p.trim()), quote: quote || undefined }));
const labelled = (label: string, value: string): Block => ({
  kind: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, { text: value }],
});
const table = (header: string[], rows: string[][]): Block => ({
  kind: 'table',
  rows: [
    { header: true, cells: header.map(text) },
    ...rows.map((cells) => ({ header: false, cells: cells.map(text) })),
  ],
});

/** Where section 3 stops listing a chapter's changes, it says how many it left out. */
export const moreChanges = (n: number) =>
  `… og ${n} ${n === 1 ? 'ændring' : 'ændringer'} mere (se hele sammenligningen mellem versionerne).`;

export const notatTitle = (notat: Pick<ConsultationNotat, 'documentTitle'>) =>
  `Høringsnotat: ${notat.documentTitle}`;

export function notatByline(notat: ConsultationNotat): string {
  const state =
    notat.status === NotatStatus.FINAL && notat.finalisedAt
      ? `færdiggjort ${danishDate(notat.finalisedAt)}`
      : 'udkast, ikke færdiggjort';
  return `${notat.projectTitle} · ${notat.roundTitle} · version ${notat.version}, ${state}`;
}

/**
 * The notat as blocks (headings, paragraphs, real tables) after Justitsministeriets model for
 * høringsnotater; the PDF, Word and HTML exports lay out the same blocks.
 */
export function notatBlocks(notat: ConsultationNotat): Block[] {
  const blocks: Block[] = [
    heading(2, '1. Høringen'),
    heading(3, '1.1 Høringsperioden'),
    paragraphs(
      `Materialet blev sendt i høring ${danishDate(notat.periodStart)} med frist ${danishDate(notat.periodEnd)} (${notat.periodDays} dage).`,
    )[0],
    table(
      ['Høringsperiode', 'Antal dage', 'Materiale'],
      [
        [
          `${danishDate(notat.periodStart)} – ${danishDate(notat.periodEnd)}`,
          String(notat.periodDays),
          `${notat.projectTitle}: ${notat.documentTitle}`,
        ],
      ],
    ),
    {
      kind: 'paragraph',
      runs: [{ text: 'Offentliggjort på: ' }, { text: notat.materialUrl, href: notat.materialUrl }],
    },
    heading(3, '1.2 Høringslisten'),
    paragraphs(
      'Materialet blev sendt i høring hos nedenstående parter. Parter, der har svaret, er markeret.',
    )[0],
    table(
      ['Part', 'Svar'],
      notat.hearingList.map((p) => [
        p.name,
        p.noRemarks ? '✓ Ingen bemærkninger' : p.responded ? '✓ Høringssvar' : 'Intet svar',
      ]),
    ),
    heading(2, '2. Høringssvarene'),
  ];
  for (const chapter of notat.chapters) {
    blocks.push(heading(3, chapter.title));
    if (chapter.subjects.length === 0) blocks.push(...paragraphs('Ingen høringssvar til dette kapitel.'));
    for (const subject of chapter.subjects) {
      blocks.push(heading(4, subject.heading));
      if (subject.quote && !subject.heading.includes(subject.quote.trim()))
        blocks.push(...paragraphs(`»${subject.quote.trim()}«`, true));
      blocks.push(...paragraphs(subject.summary));
      const attachments = subject.responses.filter((r) => r.attachmentName);
      for (const r of attachments)
        blocks.push(
          labelled('Bilag', `${r.organizationName}: ${r.attachmentName} (modtaget pr. e-mail/brev)`),
        );
      blocks.push({ kind: 'paragraph', runs: [{ text: 'Arbejdsgruppens bemærkninger', bold: true }] });
      blocks.push(...paragraphs(subject.comment));
      blocks.push(
        labelled(
          'Behandling',
          subject.responses
            .map(
              (r) =>
                `${r.organizationName}: ${r.disposition ? DISPOSITION_DA[r.disposition] : 'Ikke behandlet'}`,
            )
            .join('; '),
        ),
      );
    }
  }
  blocks.push(heading(2, '3. Ændringer'));
  blocks.push(
    ...paragraphs(
      'Ændringerne i teksten fra høringens start til høringsnotatet, med de ændringsforslag, der blev imødekommet.',
    ),
  );
  for (const change of notat.changes) {
    blocks.push(heading(3, change.title));
    if (change.accepted.length > 0)
      blocks.push(
        table(
          ['Forslag fra', 'Tekst', 'Ændret til'],
          change.accepted.map((a) => [a.organizationName, a.quote || '–', a.proposal || '(slettet)']),
        ),
      );
    if (!change.startVersionId) {
      blocks.push(...paragraphs('Der findes ingen version fra høringens start at sammenligne med.'));
      continue;
    }
    if (change.segments.length === 0) {
      blocks.push(...paragraphs('Teksten er ikke ændret.'));
      continue;
    }
    blocks.push(...paragraphs(`${change.insertedWords} ord tilføjet, ${change.deletedWords} ord slettet.`), {
      kind: 'paragraph',
      runs: change.segments.map((s) =>
        s.type === 'INSERT'
          ? { text: `[tilføjet: ${s.text}]`, bold: true }
          : s.type === 'DELETE'
            ? { text: `[slettet: ${s.text}]`, italic: true }
            : { text: s.text },
      ),
    });
    if (change.omittedChanges > 0) blocks.push(...paragraphs(moreChanges(change.omittedChanges)));
  }
  return blocks;
}
