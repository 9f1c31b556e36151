import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';

@ObjectType({ description: 'One person on one chapter right now' })
export class ChapterPresence {
  @Field(() => ID)
  chapterId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => User)
  user?: User;

  @Field({
    description: 'True while they edit (writable connection, caret in the text); false while they view',
  })
  editing: boolean;
}

@ObjectType()
export class ProjectPresence {
  @Field(() => ID)
  projectId: string;

  @Field(() => [ChapterPresence])
  entries: ChapterPresence[];
}
