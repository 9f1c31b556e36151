import { Field, ObjectType } from 'type-graphql';
import type { Chapter } from './chapter.entity';

@ObjectType({ description: 'What the caller may do with a chapter (each domain’s policy decides its part)' })
export class ChapterPermissions {
  /** The chapter, for the modules that add their fields to this type (review adds commenting); not in the schema. */
  chapter: Chapter;

  @Field({
    description: 'Edit its text: the collab socket is writable, versions restorable, proposals acceptable',
  })
  editText: boolean;
}
