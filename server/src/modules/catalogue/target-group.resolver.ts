import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LevelCriterionService } from './level-criterion.service';
import { TargetGroupService } from './target-group.service';
import { documentLoader } from '../documents/document.loaders';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { myMembershipLoader } from '../projects/project.loaders';
import { UUID } from '../../core/scalars';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Membership } from '../projects/membership.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { LevelCriterionVersion } from './level-criterion-version.entity';
import { catalogueLoaders } from './catalogue.loaders';
import { CreateTargetGroupInput, SaveLevelCriterionInput, SetSpecialistsInput } from './catalogue.inputs';
import { canEditChapterText } from '../documents/document.policy';
import { canCatalogue, mayBeSpecialist } from './catalogue.policy';
import { LevelCriterion, TargetGroupPermissions } from './catalogue.types';
import { ChapterPermissions } from '../documents/chapter-permissions';
import { TargetGroup } from './target-group.entity';

@Resolver(() => TargetGroup)
export class TargetGroupResolver {
  constructor(
    private readonly targetGroupService: TargetGroupService,
    private readonly levelCriterionService: LevelCriterionService,
  ) {}

  @Authorized()
  @Query(() => [TargetGroup], { description: 'The project’s target groups by name; members only' })
  targetGroups(@Arg('projectId', () => UUID) projectId: string, @Ctx() ctx: Context): Promise<TargetGroup[]> {
    return this.targetGroupService.list(ctx.user!, projectId);
  }

  @Authorized()
  @Query(() => TargetGroup, { description: 'Members only; NOT_FOUND otherwise' })
  targetGroup(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<TargetGroup> {
    return this.targetGroupService.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => TargetGroup, { description: 'Coordinators only' })
  createTargetGroup(@Arg('input') input: CreateTargetGroupInput, @Ctx() ctx: Context): Promise<TargetGroup> {
    return this.targetGroupService.create(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => TargetGroup, { description: 'Replaces the specialist group; coordinators only' })
  setSpecialists(@Arg('input') input: SetSpecialistsInput, @Ctx() ctx: Context): Promise<TargetGroup> {
    return this.targetGroupService.setSpecialists(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => LevelCriterion, {
    description:
      'Coordinators and the group’s specialists; CONFLICT when baseVersion is not the current version',
  })
  saveLevelCriterion(
    @Arg('input') input: SaveLevelCriterionInput,
    @Ctx() ctx: Context,
  ): Promise<LevelCriterion> {
    return this.levelCriterionService.save(ctx.user!, input, ctx.client);
  }

  @FieldResolver(() => Document, { description: 'Its målgruppebeskrivelse' })
  document(@Root() group: TargetGroup, @Ctx() ctx: Context): Promise<Document> {
    return documentLoader(ctx).load(group.documentId);
  }

  @FieldResolver(() => [Membership], { description: 'The specialist group' })
  specialists(@Root() group: TargetGroup, @Ctx() ctx: Context): Promise<Membership[]> {
    return catalogueLoaders(ctx).specialists.load(group.id);
  }

  @FieldResolver(() => [LevelCriterion], { description: 'Always three, level 1..3 in order' })
  async criteria(@Root() group: TargetGroup, @Ctx() ctx: Context): Promise<LevelCriterion[]> {
    const versions = await catalogueLoaders(ctx).criteriaVersions.load(group.id);
    return this.levelCriterionService.criteria(group.id, versions);
  }

  @FieldResolver(() => Boolean)
  async viewerIsSpecialist(@Root() group: TargetGroup, @Ctx() ctx: Context): Promise<boolean> {
    return (await catalogueLoaders(ctx).myGroups.load(group.projectId)).includes(group.id);
  }

  @FieldResolver(() => TargetGroupPermissions)
  async viewerCan(@Root() group: TargetGroup, @Ctx() ctx: Context): Promise<TargetGroupPermissions> {
    const loaders = catalogueLoaders(ctx);
    const [membership, groups] = await Promise.all([
      myMembershipLoader(ctx).load(group.projectId),
      loaders.myGroups.load(group.projectId),
    ]);
    const caller = { membership, groups };
    return {
      caller,
      targetGroupId: group.id,
      editCriteria: canCatalogue(membership, groups, 'saveCriterion', group.id),
    };
  }

  @FieldResolver(() => Int)
  offerCount(@Root() group: TargetGroup, @Ctx() ctx: Context): Promise<number> {
    return catalogueLoaders(ctx).offerCount.load(group.id);
  }
}

@Resolver(() => LevelCriterion)
export class LevelCriterionResolver {
  @FieldResolver(() => User, { nullable: true })
  updatedBy(@Root() criterion: LevelCriterion, @Ctx() ctx: Context): Promise<User | null> | null {
    return criterion.updatedById ? userLoader(ctx).load(criterion.updatedById) : null;
  }

  @FieldResolver(() => [LevelCriterionVersion], { description: 'Newest first' })
  history(@Root() criterion: LevelCriterion): LevelCriterionVersion[] {
    return criterion.versions;
  }
}

@Resolver(() => LevelCriterionVersion)
export class LevelCriterionVersionResolver {
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() version: LevelCriterionVersion, @Ctx() ctx: Context): Promise<User | null> | null {
    return version.createdById ? userLoader(ctx).load(version.createdById) : null;
  }
}

@Resolver(() => Project)
export class ProjectTargetGroupResolver {
  @FieldResolver(() => [TargetGroup], { description: 'Target groups of a specialisation project, by name' })
  targetGroups(@Root() project: Project, @Ctx() ctx: Context): Promise<TargetGroup[]> {
    return catalogueLoaders(ctx).targetGroupsByProject.load(project.id);
  }
}

@Resolver(() => Document)
export class DocumentTargetGroupResolver {
  @FieldResolver(() => TargetGroup, {
    nullable: true,
    description: 'The group whose description it is, if any',
  })
  targetGroup(@Root() document: Document, @Ctx() ctx: Context): Promise<TargetGroup | null> {
    return catalogueLoaders(ctx).targetGroupByDocument.load(document.id);
  }
}

@Resolver(() => Chapter)
export class ChapterPermissionResolver {
  @FieldResolver(() => ChapterPermissions, {
    description: 'What the caller may do with this chapter, with the specialist-group edit scope',
  })
  async viewerCan(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<ChapterPermissions> {
    const loaders = catalogueLoaders(ctx);
    const membership = await myMembershipLoader(ctx).load(chapter.projectId);
    const documents = await loaders.myGroupDocuments.load(chapter.projectId);
    return { chapter, editText: canEditChapterText(membership, documents, chapter.documentId) };
  }
}

/** The catalogue policy's part of a member. */
@Resolver(() => Membership)
export class MembershipSpecialistResolver {
  @FieldResolver(() => Boolean, {
    description: 'May be in a target group’s specialist group (setSpecialists): coordinators and authors',
  })
  mayBeSpecialist(@Root() membership: Membership): boolean {
    return mayBeSpecialist(membership);
  }
}
