import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Project } from '../projects/project.entity';
import { Chapter } from './chapter.entity';
import { Document } from './document.entity';
import { CreateDocumentInput } from './document.inputs';

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized()
  @Query(() => Document, { description: 'NOT_FOUND unless I am a member of its project' })
  document(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Document> {
    return ctx.services.documents.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Document, { description: 'Coordinators only' })
  createDocument(@Arg('input') input: CreateDocumentInput, @Ctx() ctx: Context): Promise<Document> {
    return ctx.services.documents.create(ctx.user!, input);
  }

  @FieldResolver(() => Project)
  project(@Root() document: Document, @Ctx() ctx: Context): Promise<Project> {
    return ctx.loaders.project.load(document.projectId);
  }

  @FieldResolver(() => [Chapter], { description: 'In order' })
  chapters(@Root() document: Document, @Ctx() ctx: Context): Promise<Chapter[]> {
    return ctx.loaders.chaptersByDocument.load(document.id);
  }
}
