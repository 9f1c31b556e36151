import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Disposition, ProposalStatus } from '../review/comment.entity';
import { NotatStatus } from './consultation-notat.entity';

@ObjectType({ description: 'A party on the hearing list (høringslisten)' })
export class NotatParty {
  @Field(() => ID)
  organizationId: string;

  @Field()
  name: string;

  @Field({ description: 'Answered: a response, or "ingen bemærkninger"' })
  responded: boolean;

  @Field({ description: 'Answered that it has no remarks (ingen bemærkninger)' })
  noRemarks: boolean;
}

@ObjectType({ description: 'One høringssvar on a subject, with how the working group handled it' })
export class NotatResponse {
  @Field(() => ID)
  commentId: string;

  @Field()
  organizationName: string;

  @Field({ description: 'Who wrote it; for a registered response, who registered it' })
  authorName: string;

  @Field({ description: 'Received by e-mail or letter and registered by the coordinator' })
  registered: boolean;

  @Field(() => String, { nullable: true, description: 'File name of its PDF attachment' })
  attachmentName: string | null;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  proposal: string | null;

  @Field(() => ProposalStatus, { nullable: true })
  proposalStatus: ProposalStatus | null;

  @Field(() => Disposition, { nullable: true })
  disposition: Disposition | null;

  @Field(() => String, { nullable: true })
  dispositionReply: string | null;
}

@ObjectType({
  description:
    'A subject (emne) of section 2: the commented passage, or the chapter as a whole, with a summary and the working group’s comment',
})
export class NotatSubject {
  @Field({ description: 'Stable within the round: the chapter and the commented passage' })
  key: string;

  @Field()
  heading: string;

  @Field(() => String, {
    nullable: true,
    description: 'The commented passage; null for the chapter as a whole',
  })
  quote: string | null;

  @Field({ description: 'What the parties said, naming and quoting them' })
  summary: string;

  @Field({ description: 'The working group’s comment: met, partly met or not met, and why' })
  comment: string;

  @Field({ description: 'The coordinator changed the heading, summary or comment' })
  edited: boolean;

  @Field(() => [NotatResponse])
  responses: NotatResponse[];
}

@ObjectType()
export class NotatChapter {
  @Field(() => ID)
  chapterId: string;

  @Field()
  title: string;

  @Field(() => [NotatSubject])
  subjects: NotatSubject[];
}

@ObjectType({ description: 'An accepted ændringsforslag or in-text suggestion' })
export class NotatAcceptedChange {
  @Field(() => ID)
  commentId: string;

  @Field()
  organizationName: string;

  @Field(() => String, { nullable: true, description: 'The text replaced' })
  quote: string | null;

  @Field({ description: 'The text put in its place' })
  proposal: string;
}

@ObjectType()
export class NotatDiffSegment {
  @Field({ description: 'EQUAL (context, shortened), INSERT or DELETE' })
  type: string;

  @Field()
  text: string;
}

@ObjectType({ description: 'What changed in one chapter from the round’s start to the notat' })
export class NotatChapterChange {
  @Field(() => ID)
  chapterId: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The version at the round’s start' })
  startVersionId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The version taken when the notat was finalised; null for a draft (the current text)',
  })
  endVersionId: string | null;

  @Field(() => Int)
  insertedWords: number;

  @Field(() => Int)
  deletedWords: number;

  @Field(() => [NotatDiffSegment], { description: 'The changes with a little context' })
  segments: NotatDiffSegment[];

  @Field(() => Int, {
    description: 'Insertions and deletions left out after the first segments; the full diff is one link away',
  })
  omittedChanges: number;

  @Field(() => [NotatAcceptedChange])
  accepted: NotatAcceptedChange[];
}

@ObjectType()
export class NotatPermissions {
  @Field({ description: 'Edit headings, summaries and comments: the coordinator, while a draft' })
  edit: boolean;

  @Field({ description: 'Finalise: the coordinator, a draft, the round closed' })
  finalise: boolean;

  @Field({ description: 'Start the next version: the coordinator, once this one is final and the latest' })
  newDraft: boolean;
}

/**
 * The høringsnotat after Justitsministeriets model: 1. Høringen (period, where the material was, the
 * hearing list), 2. Høringssvarene (per chapter and subject), 3. Ændringer.
 */
@ObjectType()
export class ConsultationNotat {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int)
  version: number;

  @Field(() => NotatStatus)
  status: NotatStatus;

  @Field(() => Date, { nullable: true })
  finalisedAt: Date | null;

  @Field(() => String, { nullable: true })
  finalisedByName: string | null;

  @Field(() => [Int], { description: 'Every version of this round’s notat the viewer may read' })
  versions: number[];

  @Field()
  projectTitle: string;

  @Field()
  documentTitle: string;

  @Field()
  roundTitle: string;

  @Field({ description: 'Where the material was published: the document in Samskriv' })
  materialUrl: string;

  @Field()
  periodStart: Date;

  @Field()
  periodEnd: Date;

  @Field(() => Int, { description: 'Length of the hearing period in days' })
  periodDays: number;

  @Field(() => [NotatParty], { description: 'Alphabetical' })
  hearingList: NotatParty[];

  @Field(() => [NotatChapter], { description: 'Section 2, the round’s chapters in document order' })
  chapters: NotatChapter[];

  @Field(() => [NotatChapterChange], { description: 'Section 3, in document order' })
  changes: NotatChapterChange[];

  @Field(() => NotatPermissions)
  viewerCan: NotatPermissions;
}

/** The content of a notat: what is frozen when it is finalised. */
export type NotatContent = Pick<
  ConsultationNotat,
  | 'projectTitle'
  | 'documentTitle'
  | 'roundTitle'
  | 'materialUrl'
  | 'periodStart'
  | 'periodEnd'
  | 'periodDays'
  | 'hearingList'
  | 'chapters'
  | 'changes'
>;
