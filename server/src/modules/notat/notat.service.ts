import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { recordAudit } from '../../core/audit';
import { badInput, conflict, forbidden, notFound } from '../../core/errors';
import { log } from '../../core/logger';
import { Chapter } from '../documents/chapter.entity';
import type { MembershipService } from '../projects/membership.service';
import { isRoundOpen, ReviewRound } from '../review/review-round.entity';
import type { ReviewRoundService } from '../review/review-round.service';
import { mayManageNotat, maySeeNotat } from '../review/review.policy';
import { User } from '../users/user.entity';
import { VersionKind } from '../versions/chapter-version.entity';
import type { VersionService } from '../versions/version.service';
import { ConsultationNotatRecord, NotatStatus, type SubjectEdit } from './consultation-notat.entity';
import { storedContent, type NotatContentBuilder } from './notat-content';
import type { EditNotatSubjectInput } from './notat.inputs';
import type { ConsultationNotat } from './notat.types';

/** A round's høringsnotat: drafts the coordinator edits, and finalised versions that never change. */
export class NotatService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly rounds: ReviewRoundService,
    private readonly versions: VersionService,
    private readonly builder: NotatContentBuilder,
  ) {}

  /**
   * The notat of a round: the version asked for, or the newest the viewer may read (a reviewer reads the
   * newest finalised one; null while there is none). Before any edit the working group reads draft 1.
   */
  async view(user: User, roundId: string, version?: number | null): Promise<ConsultationNotat | null> {
    const round = await this.rounds.requireResults(user, roundId);
    const member = await this.memberships.forUser(user.id, round.projectId);
    const records = await this.db
      .getRepository(ConsultationNotatRecord)
      .find({ where: { roundId }, order: { version: 'ASC' } });
    const readable = records.filter((r) => maySeeNotat(member, round, r.status === NotatStatus.FINAL));
    let record: ConsultationNotatRecord | null | undefined;
    if (version != null) {
      record = readable.find((r) => r.version === version);
      if (!record && !(version === 1 && records.length === 0 && maySeeNotat(member, round, false)))
        throw notFound('Høringsnotat version');
    } else {
      record = readable[readable.length - 1];
      if (!record && (records.length > 0 || !maySeeNotat(member, round, false))) return null;
    }
    const latest = records[records.length - 1];
    const manage = mayManageNotat(member);
    const draft = !record || record.status === NotatStatus.DRAFT;
    const content = draft
      ? await this.builder.build(this.db.manager, round, record?.edits ?? {}, 'current')
      : storedContent(record!.content!);
    const finaliser = record?.finalisedById
      ? await this.db.getRepository(User).findOneBy({ id: record.finalisedById })
      : null;
    return {
      roundId,
      version: record?.version ?? 1,
      status: record?.status ?? NotatStatus.DRAFT,
      finalisedAt: record?.finalisedAt ?? null,
      finalisedByName: finaliser?.name ?? null,
      versions: readable.length > 0 ? readable.map((r) => r.version) : [1],
      ...content,
      viewerCan: {
        edit: manage && draft,
        finalise: manage && draft && !isRoundOpen(round),
        newDraft: manage && !draft && record === latest,
      },
    };
  }

  /** The coordinator rewords a subject of the draft; CONFLICT once the newest version is finalised. */
  async editSubject(user: User, input: EditNotatSubjectInput): Promise<ConsultationNotat> {
    await this.db.transaction(async (em) => {
      const { round, draft } = await this.lockDraft(em, user, input.roundId);
      const content = await this.builder.build(em, round, draft.edits, 'current');
      if (!content.chapters.some((c) => c.subjects.some((s) => s.key === input.subjectKey)))
        throw badInput('subjectKey', 'No such subject in this høringsnotat');
      const edit: SubjectEdit = { ...draft.edits[input.subjectKey] };
      for (const field of ['heading', 'summary', 'comment'] as const)
        if (input[field] != null) edit[field] = input[field].trim();
      draft.edits = { ...draft.edits, [input.subjectKey]: edit };
      await em.getRepository(ConsultationNotatRecord).save(draft);
      await this.audit(em, user, round, 'notat.edited', {
        version: draft.version,
        subjectKey: input.subjectKey,
      });
    });
    return (await this.view(user, input.roundId))!;
  }

  /**
   * Freezes the draft: a version of each chapter is taken, and the whole notat is stored as it reads now.
   * Only once the round has closed.
   */
  async finalise(user: User, roundId: string): Promise<ConsultationNotat> {
    const version = await this.db.transaction(async (em) => {
      const { round, draft } = await this.lockDraft(em, user, roundId);
      if (isRoundOpen(round)) throw conflict('The round is still open', { reason: 'ROUND_OPEN' });
      const chapters = await em.getRepository(Chapter).findBy({ id: In(round.chapterIds) });
      const name = `Høringsnotat ${draft.version}: ${round.title}`;
      const ends = new Map(
        await Promise.all(
          chapters.map(
            async (chapter) =>
              [
                chapter.id,
                await this.versions.snapshot(
                  em,
                  chapter,
                  VersionKind.HEARING_NOTE,
                  name,
                  user.id,
                  undefined,
                  round.id,
                ),
              ] as const,
          ),
        ),
      );
      const content = await this.builder.build(em, round, draft.edits, ends);
      draft.content = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
      draft.status = NotatStatus.FINAL;
      draft.finalisedAt = new Date();
      draft.finalisedById = user.id;
      await em.getRepository(ConsultationNotatRecord).save(draft);
      await this.audit(em, user, round, 'notat.finalised', { version: draft.version });
      return draft.version;
    });
    return (await this.view(user, roundId, version))!;
  }

  /** The next version after a finalised one, starting from its wording. */
  async newDraft(user: User, roundId: string): Promise<ConsultationNotat> {
    await this.db.transaction(async (em) => {
      const round = await this.lockRound(em, user, roundId);
      const latest = await this.latest(em, roundId);
      if (!latest || latest.status !== NotatStatus.FINAL)
        throw conflict('There is already a draft', { reason: 'NOTAT_DRAFT_EXISTS' });
      const repo = em.getRepository(ConsultationNotatRecord);
      const draft = await repo.save(
        repo.create({
          roundId,
          projectId: round.projectId,
          version: latest.version + 1,
          edits: latest.edits,
        }),
      );
      await this.audit(em, user, round, 'notat.draft-created', { version: draft.version });
    });
    return (await this.view(user, roundId))!;
  }

  /** The coordinator registers (or withdraws) a party's answer that it has no remarks. */
  async setNoRemarks(user: User, roundId: string, organizationId: string, noRemarks: boolean) {
    return this.db.transaction(async (em) => {
      const round = await this.lockRound(em, user, roundId);
      if (!round.organizationIds.includes(organizationId))
        throw badInput('organizationId', 'The organisation is not on the hearing list');
      const others = round.noRemarksOrganizationIds.filter((id) => id !== organizationId);
      round.noRemarksOrganizationIds = noRemarks ? [...others, organizationId] : others;
      await em
        .getRepository(ReviewRound)
        .update({ id: round.id }, { noRemarksOrganizationIds: round.noRemarksOrganizationIds });
      await this.audit(em, user, round, 'notat.no-remarks', { organizationId, noRemarks });
      return round;
    });
  }

  /** The round, locked against concurrent notat changes, for its coordinator. */
  private async lockRound(em: EntityManager, user: User, roundId: string): Promise<ReviewRound> {
    const round = await this.rounds.get(user, roundId, em);
    const member = await this.memberships.forUser(user.id, round.projectId, em);
    if (!mayManageNotat(member)) {
      log.security('authz.denied', { userId: user.id, projectId: round.projectId, action: 'notat' });
      throw forbidden('Only the coordinator edits the høringsnotat');
    }
    return em
      .getRepository(ReviewRound)
      .findOneOrFail({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
  }

  private latest(em: EntityManager, roundId: string) {
    return em
      .getRepository(ConsultationNotatRecord)
      .findOne({ where: { roundId }, order: { version: 'DESC' } });
  }

  /** The draft to change: the newest version if it is a draft, version 1 if there is none yet. */
  private async lockDraft(em: EntityManager, user: User, roundId: string) {
    const round = await this.lockRound(em, user, roundId);
    const latest = await this.latest(em, roundId);
    if (latest?.status === NotatStatus.FINAL)
      throw conflict('The høringsnotat is finalised; start a new version to change it', {
        reason: 'NOTAT_FINALISED',
      });
    const repo = em.getRepository(ConsultationNotatRecord);
    const draft = latest ?? repo.create({ roundId, projectId: round.projectId, version: 1, edits: {} });
    return { round, draft };
  }

  private audit(
    em: EntityManager,
    user: User,
    round: ReviewRound,
    action: string,
    details: Record<string, unknown>,
  ) {
    return recordAudit(em, {
      projectId: round.projectId,
      actorId: user.id,
      action,
      subjectType: 'ReviewRound',
      subjectId: round.id,
      details: { title: round.title, ...details },
    });
  }
}
