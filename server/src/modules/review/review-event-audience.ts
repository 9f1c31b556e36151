import type { DataSource } from 'typeorm';
import { oncePerEvent } from '../../core/per-event';
import type { ReviewEventPayload } from '../../core/pubsub';
import type { AudienceMember } from '../projects/project-audience';
import type { CommentService } from './comment.service';
import { ReviewRound } from './review-round.entity';
import { maySeeComment } from './review.policy';

/** The comment (with its thread) and round an event is about, loaded once per event for all receivers. */
export function reviewEventSubject(comments: CommentService, db: DataSource, event: ReviewEventPayload) {
  return oncePerEvent(event, 'subject', async () => ({
    thread: event.commentId ? await comments.withThread(event.commentId) : null,
    round: event.roundId ? await db.getRepository(ReviewRound).findOneBy({ id: event.roundId }) : null,
  }));
}

/** A member receives a comment event only if they may see that comment now; round events go to all members. */
export async function mayReceiveReviewEvent(
  comments: CommentService,
  db: DataSource,
  event: ReviewEventPayload,
  member: AudienceMember,
): Promise<boolean> {
  if (!event.commentId) return true;
  const { thread } = await reviewEventSubject(comments, db, event);
  return thread !== null && maySeeComment(member, member.organizationId, thread.root, thread.round);
}
