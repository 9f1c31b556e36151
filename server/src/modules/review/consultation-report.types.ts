import { Field, ID, ObjectType } from 'type-graphql';
import { Chapter } from '../documents/chapter.entity';
import { Organization } from '../organizations/organization.entity';
import { Disposition, ProposalStatus } from './comment.entity';
import { ReviewRound } from './review-round.entity';

@ObjectType()
export class ReportParty {
  @Field(() => Organization)
  organization: Organization;

  @Field({ description: 'Sent at least one comment in the round' })
  responded: boolean;
}

@ObjectType({ description: 'One hearing response point: what was said and how it was handled' })
export class ReportComment {
  @Field(() => ID)
  commentId: string;

  @Field()
  authorName: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'The commented text; null for the whole chapter' })
  quote: string | null;

  @Field(() => String, { nullable: true })
  proposal: string | null;

  @Field(() => ProposalStatus, { nullable: true })
  proposalStatus: ProposalStatus | null;

  @Field(() => Disposition, { nullable: true })
  disposition: Disposition | null;

  @Field(() => String, { nullable: true })
  dispositionReply: string | null;

  @Field({ description: 'A working-group comment chosen for the report, not a hearing response' })
  internal: boolean;
}

@ObjectType()
export class ReportOrganization {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => [ReportComment])
  comments: ReportComment[];
}

@ObjectType()
export class ReportChapter {
  @Field(() => Chapter)
  chapter: Chapter;

  @Field(() => [ReportOrganization], { description: 'Organisations that commented on it, alphabetical' })
  organizations: ReportOrganization[];
}

@ObjectType({
  description: 'Høringsnotat: the round’s period, hearing list and every response with its disposition',
})
export class ConsultationReport {
  @Field(() => ReviewRound)
  round: ReviewRound;

  @Field()
  projectTitle: string;

  @Field()
  documentTitle: string;

  @Field({ description: 'Start of the hearing period' })
  periodStart: Date;

  @Field({ description: 'End of the hearing period (the deadline, or when it was closed)' })
  periodEnd: Date;

  @Field(() => [ReportParty], {
    description: 'The hearing list, alphabetical, marked by whether they responded',
  })
  hearingList: ReportParty[];

  @Field(() => [ReportChapter], { description: 'The round’s chapters in document order' })
  chapters: ReportChapter[];

  @Field({ description: 'The report as a standalone HTML document (all text escaped)' })
  html: string;
}

export const DISPOSITION_DA: Record<Disposition, string> = {
  [Disposition.ACCEPTED]: 'Imødekommet',
  [Disposition.PARTLY_ACCEPTED]: 'Delvist imødekommet',
  [Disposition.NOT_ACCEPTED]: 'Ikke imødekommet',
  [Disposition.NOTED]: 'Taget til efterretning',
};
