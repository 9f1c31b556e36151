import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { EventQueue } from './event-queue';
import { createLocalEventTarget, type TopicTarget } from './local-event-target';

/** Payloads are JSON-safe (ids, ISO strings) so the Redis transport changes nothing. */
export interface MembershipChangedPayload {
  type: 'ADDED' | 'UPDATED' | 'REMOVED';
  projectId: string;
  membershipId: string;
  userId: string;
}

/** Who is viewing or editing which chapter changed (on some instance). */
export interface PresenceChangedPayload {
  projectId: string;
}

/** A notification was created for a user (topic id: that user's id). */
export interface NotificationAddedPayload {
  notificationId: string;
  userId: string;
  projectId: string;
}

/** A chapter's workflow status or approvals changed, or its text was edited (topic id: its project). */
export interface ChapterWorkflowChangedPayload {
  projectId: string;
  chapterId: string;
  /** Set when the event is about edits to the text: when the latest one was stored (ISO). */
  lastEditedAt?: string;
}

export type ReviewEventType =
  | 'COMMENT_ADDED'
  | 'REPLY_ADDED'
  | 'COMMENT_EDITED'
  | 'COMMENT_DELETED'
  | 'COMMENT_RESOLVED'
  | 'COMMENT_REOPENED'
  | 'PROPOSAL_ACCEPTED'
  | 'PROPOSAL_REJECTED'
  | 'DISPOSITION_SET'
  | 'ROUND_OPENED'
  | 'ROUND_CHANGED'
  | 'ROUND_CLOSED';

/** Something happened in a document's review (topic id: the document). Checked per receiver on delivery. */
export interface ReviewEventPayload {
  type: ReviewEventType;
  projectId: string;
  documentId: string;
  chapterId: string | null;
  commentId: string | null;
  roundId: string | null;
}

/**
 * Something changed in a specialisation project (topic id: the project): target groups, criteria,
 * providers, assessments, placements. Checked per receiver on delivery; receivers refetch.
 */
export enum SpecialisationEventType {
  TARGET_GROUP_CHANGED = 'TARGET_GROUP_CHANGED',
  CRITERION_SAVED = 'CRITERION_SAVED',
  PROVIDERS_CHANGED = 'PROVIDERS_CHANGED',
  ASSESSMENT_SUBMITTED = 'ASSESSMENT_SUBMITTED',
  CASE_SETTLED = 'CASE_SETTLED',
  PLACEMENT_CONFIRMED = 'PLACEMENT_CONFIRMED',
  PLACEMENT_REVISITED = 'PLACEMENT_REVISITED',
}

export interface SpecialisationEventPayload {
  type: SpecialisationEventType;
  projectId: string;
  targetGroupId: string | null;
  offerId: string | null;
  caseId: string | null;
}

/** A session ended (logout, or all of a user's sessions): every instance closes its sockets. */
export interface SessionEndedPayload {
  tokenHash: string | null;
  userId: string | null;
}

export const Topic = {
  MembershipChanged: 'MEMBERSHIP_CHANGED',
  PresenceChanged: 'PRESENCE_CHANGED',
  NotificationAdded: 'NOTIFICATION_ADDED',
  ChapterWorkflowChanged: 'CHAPTER_WORKFLOW_CHANGED',
  ReviewEvent: 'REVIEW_EVENT',
  SpecialisationEvent: 'SPECIALISATION_EVENT',
  SessionEnded: 'SESSION_ENDED',
} as const;

export type Topics = {
  [Topic.MembershipChanged]: [projectId: string, payload: MembershipChangedPayload];
  [Topic.PresenceChanged]: [projectId: string, payload: PresenceChangedPayload];
  [Topic.NotificationAdded]: [userId: string, payload: NotificationAddedPayload];
  [Topic.ChapterWorkflowChanged]: [projectId: string, payload: ChapterWorkflowChangedPayload];
  [Topic.ReviewEvent]: [documentId: string, payload: ReviewEventPayload];
  [Topic.SpecialisationEvent]: [projectId: string, payload: SpecialisationEventPayload];
  [Topic.SessionEnded]: [payload: SessionEndedPayload];
};

type Payload<K extends keyof Topics> = Topics[K] extends [string, infer P] ? P : Topics[K][0];

/**
 * Publish and subscribe by topic (and id): in this process, or through Redis to every instance. Each
 * subscriber gets its own queue of events; all subscribers of a topic in this process get the same payload
 * object for one event, which identifies it for the work shared between receivers (see `oncePerEvent`).
 */
export interface AppPubSub {
  publish<K extends keyof Topics>(topic: K, ...args: Topics[K]): void;
  subscribe<K extends keyof Topics>(
    topic: K,
    ...id: Topics[K] extends [string, unknown] ? [id: string] : []
  ): AsyncIterableIterator<Payload<K>>;
}

export interface RealtimeBus {
  pubSub: AppPubSub;
  close(): Promise<void>;
}

function createPubSub(target: TopicTarget): AppPubSub {
  return {
    publish(topic, ...args) {
      const [key, payload] = args.length === 2 ? [`${topic}:${args[0]}`, args[1]] : [topic, args[0]];
      target.dispatchEvent({ type: key, detail: payload });
    },
    subscribe(topic, ...id) {
      const key = id.length === 1 ? `${topic}:${id[0]}` : topic;
      const listener = (event: { detail: unknown }) => queue.push(event.detail as never);
      const queue = new EventQueue<never>(() => target.removeEventListener(key, listener));
      target.addEventListener(key, listener);
      return queue;
    },
  };
}

export function createRealtimeBus(redisUrl: string | undefined): RealtimeBus {
  if (!redisUrl) return { pubSub: createPubSub(createLocalEventTarget()), close: async () => undefined };
  const publishClient = new Redis(redisUrl);
  const subscribeClient = new Redis(redisUrl);
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient }) as unknown as TopicTarget;
  return {
    pubSub: createPubSub(eventTarget),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
