import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUID } from '../../core/scalars';

export enum SearchKind {
  CHAPTER = 'CHAPTER',
  COMMENT = 'COMMENT',
  EDITION = 'EDITION',
  VERSION = 'VERSION',
  PROJECT = 'PROJECT',
  TARGET_GROUP = 'TARGET_GROUP',
  LEVEL_CRITERION = 'LEVEL_CRITERION',
  PROVIDER = 'PROVIDER',
  OFFER = 'OFFER',
  ASSESSMENT = 'ASSESSMENT',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description:
    'What a hit is: chapter text, a comment or reply, published edition text, a version name, a project, a target group, a level criterion, a provider, an offer, an assessment rationale',
});

export enum SearchEmptyReason {
  EMPTY_QUERY = 'EMPTY_QUERY',
  ONLY_STOP_WORDS = 'ONLY_STOP_WORDS',
  NO_MATCHES = 'NO_MATCHES',
}
registerEnumType(SearchEmptyReason, {
  name: 'SearchEmptyReason',
  description: 'Why a search found nothing: nothing typed, only stop words (og, i, at …), or no match',
});

/** Longer queries are refused (BAD_USER_INPUT on `query`). */
export const MAX_QUERY_LENGTH = 300;

@InputType({ description: 'Narrows a search; every filter is optional' })
export class SearchFilter {
  @Field(() => UUID, { nullable: true })
  @IsOptional()
  projectId?: string | null;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (all when empty)' })
  @IsOptional()
  kinds?: SearchKind[] | null;

  @Field(() => UUID, {
    nullable: true,
    description:
      'Only what a person of this organisation wrote (comments, replies, assessments, version names, criteria)',
  })
  @IsOptional()
  authorOrganizationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Written or changed at or after' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Written or changed before' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Danish web-search syntax: words (all must match, stemmed), "a phrase", -excluded, or; the last word also matches as a prefix',
  })
  @MaxLength(MAX_QUERY_LENGTH * 10) // the service gives the precise BAD_USER_INPUT
  query: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  filter?: SearchFilter | null;
}

@ObjectType({ description: 'A run of snippet text; `match` marks the words that matched' })
export class SnippetPart {
  @Field()
  text: string;

  @Field()
  match: boolean;
}

@ObjectType({ description: 'One thing found, with where it leads' })
export class SearchHit {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => ID, { description: 'The id of the chapter, comment, edition, version, project … found' })
  id: string;

  @Field({ description: 'Its title (empty for comments and assessments)' })
  title: string;

  @Field(() => [SnippetPart], { description: 'The matching passage with the matched words marked' })
  snippet: SnippetPart[];

  @Field(() => Float)
  rank: number;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  chapterId: string | null;

  @Field(() => String, { nullable: true })
  chapterTitle: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Comment: its thread’s first comment; edition: the edition; level criterion: the target group; offer: the provider; assessment: the offer',
  })
  parentId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The author’s organisation, where the hit has one author',
  })
  organizationName: string | null;
}

@ObjectType()
export class SearchDocumentGroup {
  @Field(() => ID, { nullable: true, description: 'Null for hits outside a document (project, provider …)' })
  documentId: string | null;

  @Field(() => String, { nullable: true })
  documentTitle: string | null;

  @Field(() => [SearchHit])
  hits: SearchHit[];
}

@ObjectType()
export class SearchProjectGroup {
  @Field(() => ID)
  projectId: string;

  @Field()
  projectTitle: string;

  @Field(() => [SearchDocumentGroup])
  documents: SearchDocumentGroup[];
}

@ObjectType({ description: 'Hits grouped by project and document, best first' })
export class SearchResult {
  @Field(() => [SearchProjectGroup])
  groups: SearchProjectGroup[];

  @Field(() => Int)
  hitCount: number;

  @Field({ description: 'More hits exist than were returned: refine the query or filter' })
  hasMore: boolean;

  @Field(() => SearchEmptyReason, { nullable: true })
  emptyReason: SearchEmptyReason | null;
}
