import { ArrayMaxSize } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { ApprovalService } from './approval.service';
import { ApprovingOrganizationService } from './approving-organization.service';
import { ChapterStoreService } from '../collab/chapter-store.service';
import { organizationLoader } from '../organizations/organization.loaders';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Chapter } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { storedChapterState } from '../versions/chapter-state';
import { approvalLoaders } from './approval-status';
import { ApproveChapterInput, RequestChapterChangesInput } from './approval.inputs';
import { OrganizationApproval } from './approval.types';

@ArgsType()
class SetApprovingOrganizationsArgs {
  @Field(() => UUID)
  documentId: string;

  @Field(() => [UUID], {
    description: 'An empty list means the default: the organisations of the AUTHOR members',
  })
  @ArrayMaxSize(100)
  organizationIds: string[];
}

@Resolver(() => Chapter)
export class ChapterApprovalResolver {
  constructor(
    private readonly chapterStoreService: ChapterStoreService,
    private readonly approvalService: ApprovalService,
    private readonly approvingOrganizationService: ApprovingOrganizationService,
  ) {}

  @Authorized()
  @Mutation(() => Chapter, {
    description:
      'Approve the current text for my own organisation: approver flag, author or coordinator, chapter AWAITING_APPROVAL',
  })
  approveChapter(@Arg('input') input: ApproveChapterInput, @Ctx() ctx: Context): Promise<Chapter> {
    return this.approvalService.approve(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Chapter, {
    description: 'Request changes for my own organisation, with a reason; same rules as approveChapter',
  })
  requestChapterChanges(
    @Arg('input') input: RequestChapterChangesInput,
    @Ctx() ctx: Context,
  ): Promise<Chapter> {
    return this.approvalService.requestChanges(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Document, { description: 'Coordinators only' })
  setApprovingOrganizations(
    @Args() { documentId, organizationIds }: SetApprovingOrganizationsArgs,
    @Ctx() ctx: Context,
  ): Promise<Document> {
    return this.approvingOrganizationService.set(ctx.user!, documentId, organizationIds, ctx.client);
  }

  @Authorized()
  @FieldResolver(() => [OrganizationApproval], { description: 'Where each approving organisation stands' })
  approvals(@Root() chapter: Chapter, @Ctx() ctx: Context): Promise<OrganizationApproval[]> {
    return approvalLoaders(ctx).byChapter.load(chapter);
  }

  @Authorized()
  @FieldResolver(() => String, {
    description: 'Identifies the exact current text; pass it to approveChapter to approve what you read',
  })
  async contentFingerprint(@Root() chapter: Chapter): Promise<string> {
    return (await storedChapterState(this.chapterStoreService, chapter.id)).fingerprint;
  }
}

@Resolver(() => Document)
export class DocumentApprovalResolver {
  @FieldResolver(() => [Organization], { description: 'The organisations whose approval each chapter needs' })
  async approvingOrganizations(@Root() document: Document, @Ctx() ctx: Context): Promise<Organization[]> {
    const { organizationIds } = await approvalLoaders(ctx).requiredByDocument.load(document);
    const orgs = await organizationLoader(ctx).loadMany(organizationIds);
    return orgs.filter((o): o is Organization => !(o instanceof Error));
  }

  @FieldResolver(() => Boolean, {
    description: 'True while no coordinator has named the list (AUTHOR organisations)',
  })
  async approvingOrganizationsAreDefault(@Root() document: Document, @Ctx() ctx: Context): Promise<boolean> {
    return (await approvalLoaders(ctx).requiredByDocument.load(document)).isDefault;
  }
}

@Resolver(() => OrganizationApproval)
export class OrganizationApprovalResolver {
  @FieldResolver(() => Organization)
  organization(@Root() approval: OrganizationApproval, @Ctx() ctx: Context): Promise<Organization> {
    return organizationLoader(ctx).load(approval.organizationId);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() approval: OrganizationApproval, @Ctx() ctx: Context): Promise<User> | null {
    return approval.decidedById ? userLoader(ctx).load(approval.decidedById) : null;
  }
}
