import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Document } from '../documents/document.entity';
import { Membership } from './membership.entity';
import { Project } from './project.entity';
import { ProjectInput } from './project.inputs';
import { MemberGroup, ProjectPermissions } from './project.types';

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => [Project], { description: 'Projects I am a member of' })
  myProjects(@Ctx() ctx: Context): Promise<Project[]> {
    return ctx.services.projects.listForUser(ctx.user!);
  }

  @Authorized()
  @Query(() => Project, { description: 'NOT_FOUND unless I am a member' })
  project(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.projects.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Project, { description: 'Starts a project; the caller becomes its coordinator' })
  createProject(@Arg('input') input: ProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.projects.create(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Project, { description: 'Coordinators only' })
  updateProject(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: ProjectInput,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return ctx.services.projects.update(ctx.user!, id, input);
  }

  @FieldResolver(() => [Document])
  documents(@Root() project: Project, @Ctx() ctx: Context): Promise<Document[]> {
    return ctx.services.documents.listForProject(project.id);
  }

  @FieldResolver(() => [Membership])
  members(@Root() project: Project, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.services.memberships.list(project.id);
  }

  @FieldResolver(() => [MemberGroup], { description: 'Members by role, then organisation' })
  async memberGroups(@Root() project: Project, @Ctx() ctx: Context): Promise<MemberGroup[]> {
    const members = await ctx.services.memberships.list(project.id);
    const users = await ctx.loaders.user.loadMany(members.map((m) => m.userId));
    const organizationIds = users.map((u) => (u instanceof Error ? '' : u.organizationId));
    const organizations = await ctx.loaders.organization.loadMany(organizationIds);
    const orgByMember = new Map(members.map((m, i) => [m.id, organizations[i]]));
    return ctx.services.projects.groupMembers(members, (m) => {
      const organization = orgByMember.get(m.id);
      if (!organization || organization instanceof Error) throw organization ?? new Error('no organisation');
      return organization;
    }) as MemberGroup[];
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'My own membership' })
  myMembership(@Root() project: Project, @Ctx() ctx: Context): Promise<Membership | null> {
    return ctx.services.memberships.forUser(ctx.user!.id, project.id);
  }

  @FieldResolver(() => ProjectPermissions)
  async viewerCan(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectPermissions> {
    return ctx.services.projects.permissions(
      await ctx.services.memberships.forUser(ctx.user!.id, project.id),
    );
  }
}
