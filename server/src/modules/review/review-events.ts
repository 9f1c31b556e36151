import { Topic, type AppPubSub, type ReviewEventPayload, type ReviewEventType } from '../../core/pubsub';

/** Publishes review events after their transaction committed. */
export class ReviewEvents {
  constructor(private readonly appPubSub: AppPubSub) {}

  publish(
    type: ReviewEventType,
    subject: {
      projectId: string;
      documentId: string;
      chapterId?: string | null;
      commentId?: string | null;
      roundId?: string | null;
    },
  ): void {
    const payload: ReviewEventPayload = {
      type,
      projectId: subject.projectId,
      documentId: subject.documentId,
      chapterId: subject.chapterId ?? null,
      commentId: subject.commentId ?? null,
      roundId: subject.roundId ?? null,
    };
    this.appPubSub.publish(Topic.ReviewEvent, payload.documentId, payload);
  }
}
