import type { DataSource } from 'typeorm';
import { recordAudit } from '../../core/audit';
import { AppError, ErrorCode, badInput, forbidden, notFound } from '../../core/errors';
import { log } from '../../core/logger';
import type { MembershipService } from '../projects/membership.service';
import { Comment } from '../review/comment.entity';
import type { ReviewEvents } from '../review/review-events';
import { ReviewRound } from '../review/review-round.entity';
import type { ReviewRoundService } from '../review/review-round.service';
import { mayManageNotat, maySeeComment } from '../review/review.policy';
import type { User } from '../users/user.entity';
import { MAX_ATTACHMENT_BYTES, RegisteredResponse } from './registered-response.entity';

export const MAX_RESPONSE_LENGTH = 20_000;
const MAX_FILENAME_LENGTH = 200;

export interface ResponseInput {
  roundId: string;
  organizationId: string;
  chapterId: string;
  body: string;
}

export interface Attachment {
  filename: string;
  data: Buffer;
}

export const attachmentTooLarge = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'The attachment is larger than 10 MB', {
    field: 'attachment',
    http: { status: 413 },
  });

/** A PDF is recognised by its content (it starts with "%PDF-"), never by its name. */
export const isPdf = (data: Buffer) => data.subarray(0, 5).toString('latin1') === '%PDF-';

/** Høringssvar received by e-mail or letter, registered by the coordinator for the party that sent them. */
export class RegisteredResponseService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
    private readonly rounds: ReviewRoundService,
    private readonly events: ReviewEvents,
  ) {}

  async register(user: User, input: ResponseInput, attachment: Attachment | null): Promise<Comment> {
    const comment = await this.db.transaction(async (em) => {
      const round = await this.rounds.get(user, input.roundId, em);
      const member = await this.memberships.forUser(user.id, round.projectId, em);
      if (!mayManageNotat(member)) {
        log.security('authz.denied', {
          userId: user.id,
          projectId: round.projectId,
          action: 'registerResponse',
        });
        throw forbidden('Only the coordinator registers høringssvar');
      }
      if (!round.organizationIds.includes(input.organizationId))
        throw badInput('organizationId', 'The organisation is not on the hearing list');
      if (!round.chapterIds.includes(input.chapterId))
        throw badInput('chapterId', 'Choose a chapter of the round');
      const body = input.body.trim() || (attachment ? 'Høringssvaret er vedlagt som PDF.' : '');
      if (!body) throw badInput('body', 'Write the response or attach it as a PDF');
      if (body.length > MAX_RESPONSE_LENGTH) throw badInput('body', 'The response is too long');
      if (attachment) {
        if (attachment.data.length > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge();
        if (!isPdf(attachment.data)) throw badInput('attachment', 'The attachment must be a PDF');
      }
      const comment = await em.getRepository(Comment).save(
        em.getRepository(Comment).create({
          projectId: round.projectId,
          documentId: round.documentId,
          chapterId: input.chapterId,
          roundId: round.id,
          authorId: user.id,
          organizationId: input.organizationId,
          internal: false,
          text: body,
        }),
      );
      await em.getRepository(RegisteredResponse).insert({
        commentId: comment.id,
        roundId: round.id,
        attachment: attachment?.data ?? null,
        attachmentName: attachment ? safeFilename(attachment.filename) : null,
        attachmentSize: attachment?.data.length ?? null,
      });
      await recordAudit(em, {
        projectId: round.projectId,
        actorId: user.id,
        action: 'notat.response-registered',
        subjectType: 'Comment',
        subjectId: comment.id,
        details: {
          roundId: round.id,
          organizationId: input.organizationId,
          attachmentBytes: attachment?.data.length ?? 0,
        },
      });
      return comment;
    });
    this.events.publish('COMMENT_ADDED', comment);
    return comment;
  }

  /** A registered response's PDF, for whoever may see the response (NOT_FOUND otherwise). */
  async attachment(user: User, commentId: string): Promise<Attachment> {
    const row = await this.db
      .getRepository(RegisteredResponse)
      .createQueryBuilder('r')
      .addSelect('r.attachment')
      .where('r."commentId" = :commentId', { commentId })
      .getOne();
    const comment = row && (await this.db.getRepository(Comment).findOneBy({ id: commentId }));
    if (!row?.attachment || !comment || comment.deletedAt) throw notFound('Attachment');
    const member = await this.memberships.forUser(user.id, comment.projectId);
    const round = await this.db.getRepository(ReviewRound).findOneBy({ id: row.roundId });
    if (!member || !maySeeComment(member, user.organizationId, comment, round)) throw notFound('Attachment');
    log.security('notat.attachment-downloaded', { userId: user.id, commentId });
    return { filename: row.attachmentName ?? 'hoeringssvar.pdf', data: row.attachment };
  }
}

/** The name as given, without any path, control characters or quotes, ending in .pdf. */
function safeFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, MAX_FILENAME_LENGTH);
  const named = base || 'hoeringssvar';
  return /\.pdf$/i.test(named) ? named : `${named}.pdf`;
}
