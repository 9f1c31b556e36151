import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { badInput, forbidden } from '../../core/errors';
import { log } from '../../core/logger';
import { recordAudit } from '../../core/audit';
import { Project } from '../projects/project.entity';
import type { MembershipService } from '../projects/membership.service';
import { User } from '../users/user.entity';
import { canAssessment } from './assessment.policy';
import type { AssessmentService } from './assessment.service';
import type { AssessmentCaseStatus } from './assessment-case-state';
import { evaluate, type EvaluationCaseRow } from './evaluation-arithmetic';
import { EvaluationNote, MAX_EVALUATION_NOTE_LENGTH } from './evaluation-note.entity';
import { renderEvaluationHtml } from './evaluation-report-html';
import type { EvaluationReport } from './evaluation.types';
import { Offer } from '../catalogue/offer.entity';
import { TargetGroup } from '../catalogue/target-group.entity';

/** Evaluation notes and the model's status report: coordinators and authors (rules file). */
export class EvaluationService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly assessments: AssessmentService,
  ) {}

  notes(user: User, projectId: string): Promise<EvaluationNote[]> {
    return this.requireEvaluate(user, projectId).then(() => this.listNotes(projectId));
  }

  async addNote(user: User, projectId: string, body: string): Promise<EvaluationNote> {
    const text = body.trim();
    if (!text) throw badInput('body', 'Write something');
    if (text.length > MAX_EVALUATION_NOTE_LENGTH)
      throw badInput('body', `At most ${MAX_EVALUATION_NOTE_LENGTH} characters`);
    return this.db.transaction(async (em) => {
      await this.requireEvaluate(user, projectId, em);
      const note = await em
        .getRepository(EvaluationNote)
        .save(em.getRepository(EvaluationNote).create({ projectId, authorId: user.id, body: text }));
      await recordAudit(em, {
        projectId,
        actorId: user.id,
        action: 'evaluation-note.added',
        subjectType: 'EvaluationNote',
        subjectId: note.id,
        details: { length: text.length },
      });
      return note;
    });
  }

  async report(user: User, projectId: string): Promise<EvaluationReport> {
    await this.requireEvaluate(user, projectId);
    const [project, targetGroups, offers, notes] = await Promise.all([
      this.db.getRepository(Project).findOneByOrFail({ id: projectId }),
      this.db.getRepository(TargetGroup).find({ where: { projectId }, order: { name: 'ASC' } }),
      this.db.getRepository(Offer).find({ where: { projectId }, select: { id: true, targetGroupId: true } }),
      this.listNotes(projectId),
    ]);
    const cases: {
      caseId: string;
      offerId: string;
      targetGroupId: string;
      status: AssessmentCaseStatus;
      levels: number[];
    }[] = await this.db.query(
      `SELECT c.id AS "caseId", c."offerId", c."targetGroupId", c.status,
                coalesce(array_agg(a.level ORDER BY a."submittedAt", a.id) FILTER (WHERE a.id IS NOT NULL), '{}') AS levels
           FROM assessment_case c LEFT JOIN assessment a ON a."caseId" = c.id
          WHERE c."projectId" = $1
          GROUP BY c.id`,
      [projectId],
    );
    const placements = await this.assessments.placementsInForce(offers.map((o) => o.id));
    const { perGroup, total } = evaluate(
      targetGroups.map((g) => g.id),
      offers.map((o) => ({ offerId: o.id, targetGroupId: o.targetGroupId })),
      cases.map((c): EvaluationCaseRow => ({ ...c, levels: c.levels.map(Number) })),
      placements.map((p) => ({ offerId: p.offerId, targetGroupId: p.targetGroupId, level: p.level })),
    );
    const generatedAt = new Date();
    const authors = await this.db.getRepository(User).findBy({ id: In(notes.map((n) => n.authorId)) });
    const authorName = new Map(authors.map((u) => [u.id, u.name]));
    const html = renderEvaluationHtml({
      projectTitle: project.title,
      generatedAt,
      groups: perGroup.map((g, i) => ({ name: targetGroups[i].name, counts: g.counts })),
      total,
      notes: notes.map((n) => ({
        authorName: authorName.get(n.authorId) ?? '',
        body: n.body,
        createdAt: n.createdAt,
      })),
    });
    return {
      generatedAt,
      targetGroups: perGroup.map((g, i) => ({ targetGroup: targetGroups[i], ...g.counts })),
      totalOffers: total.offers,
      totalAssessed: total.assessed,
      totalPlaced: total.placed,
      totalPairs: total.pairs,
      totalAgreements: total.agreements,
      agreementRate: total.agreementRate,
      openDisagreements: total.openDisagreements,
      notes,
      html,
    };
  }

  private listNotes(projectId: string) {
    return this.db
      .getRepository(EvaluationNote)
      .find({ where: { projectId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  private async requireEvaluate(user: User, projectId: string, em = this.db.manager) {
    const member = await this.memberships.require(user, projectId, 'read', em);
    if (!canAssessment(member, [], 'evaluate')) {
      log.security('authz.denied', {
        userId: user.id,
        projectId,
        action: 'specialisation.evaluate',
        role: member.role,
      });
      throw forbidden('Coordinators and authors see the evaluation');
    }
    return member;
  }
}
