import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ReviewEventType as ReviewEventTypeName } from '../../core/pubsub';
import { Chapter } from '../documents/chapter.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Comment } from './comment.entity';
import { ReviewRound } from './review-round.entity';
import { CommentRefusal, type CommentPermissionSet } from './review.policy';

@ObjectType({ description: 'Where a comment’s range is in the chapter’s current text' })
export class CommentAnchor {
  @Field({ description: 'Start (Y.RelativePosition, base64), for the editor to resolve' })
  anchor: string;

  @Field({ description: 'End (Y.RelativePosition, base64)' })
  head: string;

  @Field({ description: 'The text was deleted: the comment keeps its quote but marks nothing' })
  detached: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Offsets in the chapter’s plain text (text nodes joined by newlines); null when detached',
  })
  from: number | null;

  @Field(() => Int, { nullable: true })
  to: number | null;

  @Field(() => String, { nullable: true, description: 'The range’s current text; null when detached' })
  currentText: string | null;
}

export enum ReviewEventType {
  COMMENT_ADDED = 'COMMENT_ADDED',
  REPLY_ADDED = 'REPLY_ADDED',
  COMMENT_EDITED = 'COMMENT_EDITED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  COMMENT_RESOLVED = 'COMMENT_RESOLVED',
  COMMENT_REOPENED = 'COMMENT_REOPENED',
  PROPOSAL_ACCEPTED = 'PROPOSAL_ACCEPTED',
  PROPOSAL_REJECTED = 'PROPOSAL_REJECTED',
  DISPOSITION_SET = 'DISPOSITION_SET',
  ROUND_OPENED = 'ROUND_OPENED',
  ROUND_CHANGED = 'ROUND_CHANGED',
  ROUND_CLOSED = 'ROUND_CLOSED',
}
registerEnumType(ReviewEventType, { name: 'ReviewEventType' });
// The enum and the pub/sub payload name the same events.
const _sameNames: Record<ReviewEventTypeName, ReviewEventType> = ReviewEventType;
void _sameNames;

@ObjectType({ description: 'Something happened in a document’s review; only what the receiver may see now' })
export class ReviewEvent {
  @Field(() => ReviewEventType)
  type: ReviewEventType;

  @Field(() => ID)
  documentId: string;

  @Field(() => ID, { nullable: true })
  chapterId: string | null;

  @Field(() => Comment, { nullable: true, description: 'The comment as it is now (comment events)' })
  comment: Comment | null;

  @Field(() => ReviewRound, { nullable: true, description: 'The round as it is now (round events)' })
  round: ReviewRound | null;
}

@ObjectType()
export class HearingParty {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => [User], { description: 'Its REVIEWER members in the project' })
  reviewers: User[];
}

@ObjectType()
export class ChapterProgress {
  @Field(() => Chapter)
  chapter: Chapter;

  @Field(() => Int)
  received: number;

  @Field(() => Int)
  disposed: number;

  @Field(() => Int)
  open: number;
}

@ObjectType()
export class OrganizationProgress {
  @Field(() => Organization)
  organization: Organization;

  @Field({ description: 'Has sent at least one comment (høringssvar) in the round' })
  responded: boolean;

  @Field(() => Int)
  received: number;

  @Field(() => Int)
  disposed: number;

  @Field(() => Int)
  open: number;
}

@ObjectType()
export class ProgressTotal {
  @Field(() => Int)
  received: number;

  @Field(() => Int)
  disposed: number;

  @Field(() => Int)
  open: number;
}

@ObjectType({ description: 'Reviewer comments received, disposed and still open' })
export class ReviewRoundProgress {
  @Field(() => ReviewRound)
  round: ReviewRound;

  @Field(() => ProgressTotal)
  total: ProgressTotal;

  @Field(() => [ChapterProgress])
  chapters: ChapterProgress[];

  @Field(() => [OrganizationProgress], { description: 'The hearing list, alphabetical' })
  organizations: OrganizationProgress[];
}

@ObjectType({ description: 'What the caller may do with a review round (the review policy decides)' })
export class ReviewRoundPermissions {
  @Field({ description: 'Read its progress and consultation report: reviewers only once it closed' })
  seeResults: boolean;

  @Field({
    description:
      'Edit and finalise its høringsnotat, register responses received by e-mail or letter and "ingen bemærkninger": the coordinator',
  })
  manageNotat: boolean;
}

registerEnumType(CommentRefusal, {
  name: 'CommentRefusal',
  description: 'Why the caller may not comment on a chapter now',
});

@ObjectType({ description: 'What the caller may do with a comment (the review policy decides)' })
export class CommentPermissions implements CommentPermissionSet {
  /** The comment and its thread's round, for the field resolvers of this type; not in the schema. */
  comment: Comment;
  round: ReviewRound | null;

  @Field({
    description: 'Reply in the thread: its first comment, not deleted, while the caller may write in it',
  })
  reply: boolean;

  @Field({ description: 'Rewrite it: the author, while they may write in the thread' })
  edit: boolean;

  @Field({ description: 'Delete it: the author, while they may write in the thread' })
  delete: boolean;

  @Field({ description: 'Resolve or reopen the thread: the working group' })
  resolve: boolean;

  @Field({
    description: 'Accept or reject its change proposal: the working group (a decided one is a CONFLICT)',
  })
  decideProposal: boolean;

  @Field({ description: 'Give a reviewer’s round comment a disposition: the working group' })
  dispose: boolean;

  @Field({ description: 'Choose an internal comment for a round’s consultation report: the working group' })
  chooseForReport: boolean;
}
