import { ArrayMaxSize } from 'class-validator';
import { DataSource } from 'typeorm';
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
import { ApprovingOrganizationChoice, OrganizationApproval } from './approval.types';
import { approvingOrganizationChoices } from './approving-organizations';

async function loadUsers(ctx: Context, ids: string[]): Promise<User[]> {
  const users = await userLoader(ctx).loadMany(ids);
  return users.filter((u): u is User => !(u instanceof Error));
}

@ArgsType()
class SetApprovingOrganizationsArgs {
  @Field(() => UUID)
  documentId: string;

  @Field(() => [UUID], {
    description: 'An empty list means the default: the working group’s organisations that have an approver',
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
    description:
      'True while no coordinator has named the list (the working group’s organisations that have an approver)',
  })
  async approvingOrganizationsAreDefault(@Root() document: Document, @Ctx() ctx: Context): Promise<boolean> {
    return (await approvalLoaders(ctx).requiredByDocument.load(document)).isDefault;
  }

  @FieldResolver(() => [ApprovingOrganizationChoice], {
    description:
      'The organisations a coordinator may name as approving: the working group’s and those approving now, with who may approve for each',
  })
  async approvingOrganizationChoices(
    @Root() document: Document,
    @Ctx() ctx: Context,
  ): Promise<ApprovingOrganizationChoice[]> {
    const choices = await approvingOrganizationChoices(ctx.container.get(DataSource).manager, document);
    const names = new Map<string, string>();
    for (const org of await organizationLoader(ctx).loadMany(choices.map((c) => c.organizationId)))
      if (!(org instanceof Error)) names.set(org.id, org.name);
    const nameOf = (c: ApprovingOrganizationChoice) => names.get(c.organizationId) ?? '';
    return choices.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'da'));
  }
}

@Resolver(() => ApprovingOrganizationChoice)
export class ApprovingOrganizationChoiceResolver {
  @FieldResolver(() => Organization)
  organization(@Root() choice: ApprovingOrganizationChoice, @Ctx() ctx: Context): Promise<Organization> {
    return organizationLoader(ctx).load(choice.organizationId);
  }

  @FieldResolver(() => [User], {
    description:
      'Members who may approve for it (author or coordinator with the approver flag); none is a warning',
  })
  async approvers(@Root() choice: ApprovingOrganizationChoice, @Ctx() ctx: Context): Promise<User[]> {
    return loadUsers(ctx, choice.approverIds);
  }
}

@Resolver(() => OrganizationApproval)
export class OrganizationApprovalResolver {
  @FieldResolver(() => Organization)
  organization(@Root() approval: OrganizationApproval, @Ctx() ctx: Context): Promise<Organization> {
    return organizationLoader(ctx).load(approval.organizationId);
  }

  @FieldResolver(() => [User], {
    description: 'Members who may decide for the organisation; empty means nobody can, and the chapter waits',
  })
  async approvers(@Root() approval: OrganizationApproval, @Ctx() ctx: Context): Promise<User[]> {
    const byOrganization = await approvalLoaders(ctx).approversByProject.load(approval.projectId);
    return loadUsers(ctx, byOrganization.get(approval.organizationId) ?? []);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() approval: OrganizationApproval, @Ctx() ctx: Context): Promise<User> | null {
    return approval.decidedById ? userLoader(ctx).load(approval.decidedById) : null;
  }
}
