import type { Services } from '../../composition/services';
import { oncePerEvent } from '../../core/per-event';
import type { ReviewEventPayload } from '../../core/pubsub';
import type { AudienceMember } from '../projects/project-audience';
import { ReviewRound } from './review-round.entity';
import { maySeeComment } from './review.policy';

/** The comment (with its thread) and round an event is about, loaded once per event for all receivers. */
export function reviewEventSubject(services: Services, event: ReviewEventPayload) {
  return oncePerEvent(event, 'subject', async () => ({
    thread: event.commentId ? await services.comments.withThread(event.commentId) : null,
    round: event.roundId
      ? await services.db.getRepository(ReviewRound).findOneBy({ id: event.roundId })
      : null,
  }));
}

/** A member receives a comment event only if they may see that comment now; round events go to all members. */
export async function mayReceiveReviewEvent(
  services: Services,
  event: ReviewEventPayload,
  member: AudienceMember,
): Promise<boolean> {
  if (!event.commentId) return true;
  const { thread } = await reviewEventSubject(services, event);
  return thread !== null && maySeeComment(member, member.organizationId, thread.root, thread.round);
}
