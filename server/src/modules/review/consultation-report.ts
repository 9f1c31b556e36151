import { In, IsNull, type DataSource } from 'typeorm';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Organization } from '../organizations/organization.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { Comment } from './comment.entity';
import { renderReportDocx } from './consultation-report-docx';
import { renderReportHtml } from './consultation-report-html';
import type { ConsultationReport } from './consultation-report.types';
import type { ReviewRoundService } from './review-round.service';

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
      .map((organization) => ({
        organization,
        // "Ingen bemærkninger" registered by the coordinator is an answer too.
        responded: responded.has(organization.id) || round.noRemarksOrganizationIds.includes(organization.id),
      }));
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
