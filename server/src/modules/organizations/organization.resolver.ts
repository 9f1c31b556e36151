import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { UUID } from '../../core/scalars';
import type { Context } from '../../core/context';
import { Ctx } from 'type-graphql';
import { Organization } from './organization.entity';
import { OrganizationInput } from './organization.inputs';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => [Organization], { description: 'All organisations (to choose from when inviting)' })
  organizations(@Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.services.organizations.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => Organization)
  createOrganization(@Arg('input') input: OrganizationInput, @Ctx() ctx: Context): Promise<Organization> {
    return ctx.services.organizations.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organization)
  updateOrganization(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: OrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return ctx.services.organizations.update(id, input);
  }
}
