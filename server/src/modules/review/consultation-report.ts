import { Field, ID, ObjectType } from 'type-graphql';
import { In, IsNull, type DataSource } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Organization } from '../organizations/organization.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { Comment, Disposition, ProposalStatus } from './comment.entity';
import { renderReportDocx } from './consultation-report-docx';
import { ReviewRound } from './review-round.entity';
import type { ReviewRoundService } from './review-round.service';

@ObjectType()
export class ReportParty {
  @Field(() => Organization)
  organization: Organization;

  @Field({ description: 'Sent at least one comment in the round' })
  responded: boolean;
}

@ObjectType({ description: 'One hearing response point: what was said and how it was handled' })
export class ReportComment {
  @Field(() => ID)
  commentId: string;

  @Field()
  authorName: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'The commented text; null for the whole chapter' })
  quote: string | null;

  @Field(() => String, { nullable: true })
  proposal: string | null;

  @Field(() => ProposalStatus, { nullable: true })
  proposalStatus: ProposalStatus | null;

  @Field(() => Disposition, { nullable: true })
  disposition: Disposition | null;

  @Field(() => String, { nullable: true })
  dispositionReply: string | null;

  @Field({ description: 'A working-group comment chosen for the report, not a hearing response' })
  internal: boolean;
}

@ObjectType()
export class ReportOrganization {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => [ReportComment])
  comments: ReportComment[];
}

@ObjectType()
export class ReportChapter {
  @Field(() => Chapter)
  chapter: Chapter;

  @Field(() => [ReportOrganization], { description: 'Organisations that commented on it, alphabetical' })
  organizations: ReportOrganization[];
}

@ObjectType({
  description: 'Høringsnotat: the round’s period, hearing list and every response with its disposition',
})
export class ConsultationReport {
  @Field(() => ReviewRound)
  round: ReviewRound;

  @Field()
  projectTitle: string;

  @Field()
  documentTitle: string;

  @Field({ description: 'Start of the hearing period' })
  periodStart: Date;

  @Field({ description: 'End of the hearing period (the deadline, or when it was closed)' })
  periodEnd: Date;

  @Field(() => [ReportParty], {
    description: 'The hearing list, alphabetical, marked by whether they responded',
  })
  hearingList: ReportParty[];

  @Field(() => [ReportChapter], { description: 'The round’s chapters in document order' })
  chapters: ReportChapter[];

  @Field({ description: 'The report as a standalone HTML document (all text escaped)' })
  html: string;
}

export const DISPOSITION_DA: Record<Disposition, string> = {
  [Disposition.ACCEPTED]: 'Imødekommet',
  [Disposition.PARTLY_ACCEPTED]: 'Delvist imødekommet',
  [Disposition.NOT_ACCEPTED]: 'Ikke imødekommet',
  [Disposition.NOTED]: 'Taget til efterretning',
};

const byName = (a: Organization, b: Organization) => a.name.localeCompare(b.name, 'da');

/**
 * Builds the consultation report (høringsnotat) of a round: reviewers' first
 * comments, and the working group's internal comments only where it chose them.
 */
export class ConsultationReportService {
  constructor(
    private readonly db: DataSource,
    private readonly rounds: ReviewRoundService,
  ) {}

  /** The report as a .docx file, base64. */
  async docx(user: User, roundId: string): Promise<string> {
    const report = await this.report(user, roundId);
    return (await renderReportDocx(report)).toString('base64');
  }

  async report(user: User, roundId: string): Promise<ConsultationReport> {
    const round = await this.rounds.requireResults(user, roundId);
    const [document, project] = await Promise.all([
      this.db.getRepository(Document).findOneByOrFail({ id: round.documentId }),
      this.db.getRepository(Project).findOneByOrFail({ id: round.projectId }),
    ]);
    const comments = await this.db.getRepository(Comment).find({
      where: [
        { roundId: round.id, parentId: IsNull(), internal: false, deletedAt: IsNull() },
        { reportRoundId: round.id, parentId: IsNull(), internal: true, deletedAt: IsNull() },
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // Only hearing responses count as a party having responded.
    const responses = comments.filter((c) => !c.internal);
    const chapters = await this.db
      .getRepository(Chapter)
      .find({ where: { id: In(round.chapterIds) }, order: { position: 'ASC' } });
    const organizationIds = [
      ...new Set([...round.organizationIds, ...comments.map((c) => c.organizationId)]),
    ];
    const organizations = await this.db.getRepository(Organization).findBy({ id: In(organizationIds) });
    const authors = await this.db.getRepository(User).findBy({ id: In(comments.map((c) => c.authorId)) });
    const authorName = new Map(authors.map((u) => [u.id, u.name]));
    const responded = new Set(responses.map((c) => c.organizationId));
    const hearingList = organizations
      .filter((o) => round.organizationIds.includes(o.id))
      .sort(byName)
      .map((organization) => ({ organization, responded: responded.has(organization.id) }));
    const reportChapters = chapters.map((chapter) => ({
      chapter,
      organizations: [...organizations].sort(byName).flatMap((organization) => {
        const points = comments
          .filter((c) => c.chapterId === chapter.id && c.organizationId === organization.id)
          .map((c) => ({
            commentId: c.id,
            authorName: authorName.get(c.authorId) ?? '',
            body: c.text,
            quote: c.quote,
            proposal: c.proposal,
            proposalStatus: c.proposalStatus,
            disposition: c.disposition,
            dispositionReply: c.dispositionReply,
            internal: c.internal,
          }));
        return points.length > 0 ? [{ organization, comments: points }] : [];
      }),
    }));
    const report = {
      round,
      projectTitle: project.title,
      documentTitle: document.title,
      periodStart: round.openedAt,
      periodEnd: round.deadline,
      hearingList,
      chapters: reportChapters,
      html: '',
    };
    report.html = renderReportHtml(report);
    return report;
  }
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const reportDate = (d: Date) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(d);

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
    `<p>Høringsperiode: ${e(reportDate(report.periodStart))} – ${e(reportDate(report.periodEnd))}</p>`,
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
