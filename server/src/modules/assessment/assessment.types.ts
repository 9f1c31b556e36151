import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What the caller may do with an assessment case (the specialisation policy decides)',
})
export class AssessmentCasePermissions {
  @Field({
    description: 'Assess it now: a specialist of its group who has not yet, while it awaits assessments',
  })
  assess: boolean;
}
