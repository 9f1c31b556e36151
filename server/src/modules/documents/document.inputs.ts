import { ArrayMaxSize, Length } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/scalars';
import { DocumentKind } from './document.entity';

@InputType()
export class CreateDocumentInput {
  @Field(() => UUID)
  projectId: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field()
  @Length(1, 300)
  title: string;
}

@InputType()
export class CreateChapterInput {
  @Field(() => UUID)
  documentId: string;

  @Field()
  @Length(1, 300)
  title: string;

  @Field(() => Int, { nullable: true, description: 'Where to insert (0-based); default last' })
  position?: number | null;
}

@InputType()
export class ReorderChaptersInput {
  @Field(() => UUID)
  documentId: string;

  @Field(() => [UUID], { description: 'Every chapter of the document, in the new order' })
  @ArrayMaxSize(500)
  chapterIds: string[];
}
