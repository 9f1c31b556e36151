import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { OrganizationService } from './organization.service';
import { UUID } from '../../core/scalars';
import { Organization } from './organization.entity';
import { OrganizationInput } from './organization.inputs';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Authorized()
  @Query(() => [Organization], { description: 'All organisations (to choose from when inviting)' })
  organizations(): Promise<Organization[]> {
    return this.organizationService.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => Organization)
  createOrganization(@Arg('input') input: OrganizationInput): Promise<Organization> {
    return this.organizationService.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organization)
  updateOrganization(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: OrganizationInput,
  ): Promise<Organization> {
    return this.organizationService.update(id, input);
  }
}
