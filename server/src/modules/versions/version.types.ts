import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum DiffSegmentType {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}
registerEnumType(DiffSegmentType, { name: 'DiffSegmentType' });

@ObjectType({ description: 'A run of words that is unchanged, inserted or deleted' })
export class DiffSegment {
  @Field(() => DiffSegmentType)
  type: DiffSegmentType;

  @Field()
  text: string;
}
