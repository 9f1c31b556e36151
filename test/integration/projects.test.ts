import { ApiClient, errorCode } from '../support/api';
import { buildProject, buildUser, countRows, type TestProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const PROJECT = `query($id: UUID!) { project(id: $id) {
  id title viewerCan { manage editText comment dispose }
  documents { id chapters { id title position status } }
  memberGroups { role organizations { organization { id } members { user { id } isApprover } } } } }`;
const UPDATE_PROJECT =
  'mutation($id: UUID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { id title } }';
const CREATE_CHAPTER =
  'mutation($input: CreateChapterInput!) { createChapter(input: $input) { id position } }';
const RENAME = 'mutation($id: UUID!, $title: String!) { renameChapter(id: $id, title: $title) { id title } }';
const REORDER = 'mutation($input: ReorderChaptersInput!) { reorderChapters(input: $input) { id position } }';
const DELETE = 'mutation($id: UUID!) { deleteChapter(id: $id) }';
const CHAPTER = 'query($id: UUID!) { chapter(id: $id) { id title } }';
const DOCUMENT = 'query($id: UUID!) { document(id: $id) { id } }';

const roles = ['coordinator', 'author', 'reviewer', 'observer'] as const;

describe('reading a project', () => {
  it.each(roles)('lets a %s read the project, its documents, chapters and members', async (who) => {
    const project = await buildProject(server, { chapters: 2 });
    const data = await project[who].client.ok(PROJECT, { id: project.id });
    expect(data.project.documents[0].chapters.map((c: { id: string }) => c.id)).toEqual(project.chapterIds);
    expect(data.project.memberGroups.map((g: { role: string }) => g.role)).toEqual([
      'COORDINATOR',
      'AUTHOR',
      'REVIEWER',
      'OBSERVER',
    ]);
    expect((await project[who].client.ok(CHAPTER, { id: project.chapterIds[0] })).chapter.id).toBe(
      project.chapterIds[0],
    );
    expect((await project[who].client.ok(DOCUMENT, { id: project.documentId })).document.id).toBe(
      project.documentId,
    );
  });

  it('tells each role what it may do', async () => {
    const project = await buildProject(server);
    const can = async (who: (typeof roles)[number]) =>
      (await project[who].client.ok(PROJECT, { id: project.id })).project.viewerCan;
    expect(await can('coordinator')).toEqual({ manage: true, editText: true, comment: true, dispose: true });
    expect(await can('author')).toEqual({ manage: false, editText: true, comment: true, dispose: true });
    expect(await can('reviewer')).toEqual({ manage: false, editText: false, comment: false, dispose: false });
    expect(await can('observer')).toEqual({ manage: false, editText: false, comment: false, dispose: false });
  });

  it('answers NOT_FOUND to a non-member for the project, a document and a chapter', async () => {
    const project = await buildProject(server);
    const outsider = project.outsider.client;
    expect(errorCode(await outsider.gql(PROJECT, { id: project.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.gql(DOCUMENT, { id: project.documentId }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.gql(CHAPTER, { id: project.chapterIds[0] }))).toBe('NOT_FOUND');
    expect((await outsider.ok('{ myProjects { id } }')).myProjects).toEqual([]);
  });

  it('answers a non-member exactly as for a project that does not exist', async () => {
    const project = await buildProject(server);
    const hidden = await project.outsider.client.gql(PROJECT, { id: project.id });
    const missing = await project.outsider.client.gql(PROJECT, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(hidden.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
      missing.errors?.map((e) => [e.message, e.extensions?.code]),
    );
  });

  it('asks an anonymous caller to log in', async () => {
    const project = await buildProject(server);
    expect(errorCode(await new ApiClient(server.url).gql(PROJECT, { id: project.id }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('creating and updating projects', () => {
  const CREATE =
    'mutation($input: ProjectInput!) { createProject(input: $input) { id title documents { kind } myMembership { role } } }';

  it('makes the creator the coordinator and gives the project a pathway document', async () => {
    const user = await buildUser(server, { startsProjects: true });
    const data = await user.client.ok(CREATE, {
      input: { title: 'Ny forløbsbeskrivelse', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    });
    expect(data.createProject.myMembership.role).toBe('COORDINATOR');
    expect(data.createProject.documents).toEqual([{ kind: 'PATHWAY' }]);
  });

  it('refuses a period that ends before it starts, writing nothing', async () => {
    const user = await buildUser(server, { startsProjects: true });
    const projects = await countRows(server, 'project');
    const result = await user.client.gql(CREATE, {
      input: { title: 'Baglæns', periodStart: '2026-12-31', periodEnd: '2026-01-01' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('periodEnd');
    expect(await countRows(server, 'project')).toBe(projects);
  });

  it('refuses a title of 10,000 characters with the field named', async () => {
    const user = await buildUser(server);
    const result = await user.client.gql(CREATE, { input: { title: 'x'.repeat(10_000) } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('title');
  });

  it('lets a coordinator update the metadata', async () => {
    const project = await buildProject(server);
    const data = await project.coordinator.client.ok(UPDATE_PROJECT, {
      id: project.id,
      input: { title: 'Nyt navn', contactOffice: 'Kontor for Socialtilsyn og National koordination' },
    });
    expect(data.updateProject.title).toBe('Nyt navn');
  });

  it.each(['author', 'reviewer', 'observer'] as const)('forbids a %s to update the project', async (who) => {
    const project = await buildProject(server);
    expect(
      errorCode(
        await project[who].client.gql(UPDATE_PROJECT, { id: project.id, input: { title: 'Ændret' } }),
      ),
    ).toBe('FORBIDDEN');
    const { rows } = await server.db.query('SELECT title FROM project WHERE id = $1', [project.id]);
    expect(rows[0].title).not.toBe('Ændret');
  });
});

describe('chapters', () => {
  const titles = async (project: TestProject) =>
    (await project.coordinator.client.ok(PROJECT, { id: project.id })).project.documents[0].chapters.map(
      (c: { title: string }) => c.title,
    );

  it('lets a coordinator create, rename, reorder and delete chapters', async () => {
    const project = await buildProject(server, { chapters: 2 });
    const c = project.coordinator.client;
    const created = await c.ok(CREATE_CHAPTER, {
      input: { documentId: project.documentId, title: 'Indledning', position: 0 },
    });
    expect(created.createChapter.position).toBe(0);
    expect(await titles(project)).toEqual(['Indledning', 'Kapitel 1', 'Kapitel 2']);
    await c.ok(RENAME, { id: project.chapterIds[1], title: 'Opfølgning' });
    const [a, b] = project.chapterIds;
    await c.ok(REORDER, {
      input: { documentId: project.documentId, chapterIds: [b, created.createChapter.id, a] },
    });
    expect(await titles(project)).toEqual(['Opfølgning', 'Indledning', 'Kapitel 1']);
    await c.ok(DELETE, { id: created.createChapter.id });
    const after = (await c.ok(PROJECT, { id: project.id })).project.documents[0].chapters;
    expect(after.map((x: { title: string; position: number }) => [x.title, x.position])).toEqual([
      ['Opfølgning', 0],
      ['Kapitel 1', 1],
    ]);
  });

  it('refuses a reorder that leaves out or repeats a chapter, changing nothing', async () => {
    const project = await buildProject(server, { chapters: 3 });
    const [a, b, c] = project.chapterIds;
    for (const chapterIds of [
      [a, b],
      [a, b, b],
      [a, b, c, '00000000-0000-4000-8000-000000000000'],
    ]) {
      const result = await project.coordinator.client.gql(REORDER, {
        input: { documentId: project.documentId, chapterIds },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe('chapterIds');
    }
    expect(await titles(project)).toEqual(['Kapitel 1', 'Kapitel 2', 'Kapitel 3']);
  });

  it('refuses a position outside the document', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const result = await project.coordinator.client.gql(CREATE_CHAPTER, {
      input: { documentId: project.documentId, title: 'Langt ude', position: 7 },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await titles(project)).toEqual(['Kapitel 1']);
  });

  it.each(['author', 'reviewer', 'observer'] as const)(
    'forbids a %s every chapter structure change',
    async (who) => {
      const project = await buildProject(server, { chapters: 2 });
      const client = project[who].client;
      const [a, b] = project.chapterIds;
      const chapters = await countRows(server, 'chapter');
      expect(
        errorCode(
          await client.gql(CREATE_CHAPTER, { input: { documentId: project.documentId, title: 'Nyt' } }),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(RENAME, { id: a, title: 'Omdøbt' }))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await client.gql(REORDER, { input: { documentId: project.documentId, chapterIds: [b, a] } }),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(DELETE, { id: a }))).toBe('FORBIDDEN');
      expect(await countRows(server, 'chapter')).toBe(chapters);
      expect(await titles(project)).toEqual(['Kapitel 1', 'Kapitel 2']);
    },
  );

  it('answers NOT_FOUND to a non-member changing chapters', async () => {
    const project = await buildProject(server);
    const client = project.outsider.client;
    expect(errorCode(await client.gql(RENAME, { id: project.chapterIds[0], title: 'X' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.gql(DELETE, { id: project.chapterIds[0] }))).toBe('NOT_FOUND');
    expect(
      errorCode(await client.gql(CREATE_CHAPTER, { input: { documentId: project.documentId, title: 'X' } })),
    ).toBe('NOT_FOUND');
  });

  it('forbids creating documents to all but coordinators', async () => {
    const project = await buildProject(server);
    const CREATE_DOC = 'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id kind } }';
    const input = { projectId: project.id, kind: 'TARGET_GROUP', title: 'Målgruppebeskrivelse: Autisme' };
    expect(errorCode(await project.author.client.gql(CREATE_DOC, { input }))).toBe('FORBIDDEN');
    expect((await project.coordinator.client.ok(CREATE_DOC, { input })).createDocument.kind).toBe(
      'TARGET_GROUP',
    );
  });
});
