import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DocumentService } from './document.service';
import { chaptersByDocumentLoader } from './document.loaders';
import { projectLoader } from '../projects/project.loaders';
import type { Context } from '../../core/context';
import { UUID } from '../../core/scalars';
import { Project } from '../projects/project.entity';
import { Chapter } from './chapter.entity';
import { Document } from './document.entity';
import { CreateDocumentInput } from './document.inputs';

@Resolver(() => Document)
export class DocumentResolver {
  constructor(private readonly documentService: DocumentService) {}

  @Authorized()
  @Query(() => Document, { description: 'NOT_FOUND unless I am a member of its project' })
  document(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<Document> {
    return this.documentService.get(ctx.user!, id);
  }

  @Authorized()
  @Mutation(() => Document, { description: 'Coordinators only' })
  createDocument(@Arg('input') input: CreateDocumentInput, @Ctx() ctx: Context): Promise<Document> {
    return this.documentService.create(ctx.user!, input);
  }

  @FieldResolver(() => Project)
  project(@Root() document: Document, @Ctx() ctx: Context): Promise<Project> {
    return projectLoader(ctx).load(document.projectId);
  }

  @FieldResolver(() => [Chapter], { description: 'In order' })
  chapters(@Root() document: Document, @Ctx() ctx: Context): Promise<Chapter[]> {
    return chaptersByDocumentLoader(ctx).load(document.id);
  }
}

@Resolver(() => Project)
export class ProjectDocumentsResolver {
  constructor(private readonly documentService: DocumentService) {}

  @FieldResolver(() => [Document])
  documents(@Root() project: Project): Promise<Document[]> {
    return this.documentService.listForProject(project.id);
  }
}
