import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EditionService } from './edition.service';
import { userLoader } from '../users/user.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Document } from '../documents/document.entity';
import { User } from '../users/user.entity';
import { todayInDenmark } from './edition-dates';
import { Edition, EditionChapter } from './edition.entity';
import { PublishEditionInput } from './edition.inputs';

@Resolver(() => Edition)
export class EditionResolver {
  constructor(private readonly editionService: EditionService) {}

  @Authorized()
  @Query(() => [Edition], { description: 'Newest first; members of the project' })
  editions(@Arg('documentId', () => UUID) documentId: string, @Ctx() ctx: Context): Promise<Edition[]> {
    return this.editionService.list(ctx.user!, documentId);
  }

  @Authorized()
  @Query(() => Edition, { description: 'NOT_FOUND unless I am a member of its project' })
  edition(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Edition> {
    return this.editionService.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Edition, {
    description: 'Coordinators only; CONFLICT unless every chapter is approved for its current text',
  })
  publishEdition(@Arg('input') input: PublishEditionInput, @Ctx() ctx: Context): Promise<Edition> {
    return this.editionService.publish(ctx.user!, input, ctx.client);
  }

  @Authorized()
  @Mutation(() => Edition, {
    description: 'Coordinators only; the published chapters return to REVISION for the next edition',
  })
  startDocumentRevision(
    @Arg('documentId', () => UUID) documentId: string,
    @Ctx() ctx: Context,
  ): Promise<Edition> {
    return this.editionService.startRevision(ctx.user!, documentId, ctx.client);
  }

  @FieldResolver(() => [EditionChapter], { description: 'In order, with the text as published' })
  chapters(@Root() edition: Edition): Promise<EditionChapter[]> {
    return this.editionService.chapters(edition.id);
  }

  @FieldResolver(() => String, { description: 'The whole edition as one standalone HTML file' })
  html(@Root() edition: Edition): Promise<string> {
    return this.editionService.html(edition);
  }

  @Authorized()
  @FieldResolver(() => String, {
    description: 'The edition as a Word document (.docx), base64; whoever may read the edition',
  })
  docx(@Root() edition: Edition, @Ctx() ctx: Context): Promise<string> {
    return this.editionService.docx(ctx.user!, edition);
  }

  @Authorized()
  @FieldResolver(() => String, {
    description:
      'The edition as a PDF (A4, standard fonts covering æøå), base64; whoever may read the edition',
  })
  pdf(@Root() edition: Edition, @Ctx() ctx: Context): Promise<string> {
    return this.editionService.pdf(ctx.user!, edition);
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() edition: Edition, @Ctx() ctx: Context): Promise<User> | null {
    return edition.publishedById ? userLoader(ctx).load(edition.publishedById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Follow-up date passed and no revision started' })
  followUpOverdue(@Root() edition: Edition): boolean {
    return !edition.revisionStartedAt && todayInDenmark() > edition.followUpDue;
  }

  @FieldResolver(() => Boolean, { description: 'Revision date passed and no revision started' })
  revisionOverdue(@Root() edition: Edition): boolean {
    return !edition.revisionStartedAt && todayInDenmark() > edition.revisionDue;
  }
}

@Resolver(() => Document)
export class DocumentEditionResolver {
  constructor(private readonly editionService: EditionService) {}

  @FieldResolver(() => [Edition], { description: 'Published editions, newest first' })
  editions(@Root() document: Document): Promise<Edition[]> {
    return this.editionService.forDocument(document.id);
  }
}
