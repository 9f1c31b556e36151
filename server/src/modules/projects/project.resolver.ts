import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MembershipService } from './membership.service';
import { ProjectService } from './project.service';
import { organizationLoader } from '../organizations/organization.loaders';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Membership } from './membership.entity';
import { Project } from './project.entity';
import { ProjectInput } from './project.inputs';
import { myMembershipLoader } from './project.loaders';
import { MemberGroup, ProjectPermissions } from './project.types';

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly membershipService: MembershipService,
    private readonly projectService: ProjectService,
  ) {}

  @Authorized()
  @Query(() => [Project], { description: 'Projects I am a member of' })
  myProjects(@Ctx() ctx: Context): Promise<Project[]> {
    return this.projectService.listForUser(ctx.user!);
  }

  @Authorized()
  @Query(() => Project, { description: 'NOT_FOUND unless I am a member' })
  project(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Project> {
    return this.projectService.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Project, { description: 'Starts a project; the caller becomes its coordinator' })
  createProject(@Arg('input') input: ProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return this.projectService.create(ctx.user!, input);
  }

  @Authorized()
  @Mutation(() => Project, { description: 'Coordinators only' })
  updateProject(
    @Arg('id', () => UUID) id: string,
    @Arg('input') input: ProjectInput,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return this.projectService.update(ctx.user!, id, input);
  }

  @FieldResolver(() => [Membership])
  members(@Root() project: Project): Promise<Membership[]> {
    return this.membershipService.list(project.id);
  }

  @FieldResolver(() => [MemberGroup], { description: 'Members by role, then organisation' })
  async memberGroups(@Root() project: Project, @Ctx() ctx: Context): Promise<MemberGroup[]> {
    const members = await this.membershipService.list(project.id);
    const users = await userLoader(ctx).loadMany(members.map((m) => m.userId));
    const organizationIds = users.map((u) => (u instanceof Error ? '' : u.organizationId));
    const organizations = await organizationLoader(ctx).loadMany(organizationIds);
    const orgByMember = new Map(members.map((m, i) => [m.id, organizations[i]]));
    return this.projectService.groupMembers(members, (m) => {
      const organization = orgByMember.get(m.id);
      if (!organization || organization instanceof Error) throw organization ?? new Error('no organisation');
      return organization;
    }) as MemberGroup[];
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'My own membership' })
  myMembership(@Root() project: Project, @Ctx() ctx: Context): Promise<Membership | null> {
    return this.membershipService.forUser(ctx.user!.id, project.id);
  }

  @FieldResolver(() => ProjectPermissions)
  async viewerCan(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectPermissions> {
    const membership = await myMembershipLoader(ctx).load(project.id);
    return { membership, projectId: project.id, ...this.projectService.permissions(membership) };
  }
}
