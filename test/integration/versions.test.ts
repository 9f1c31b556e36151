import * as Y from 'yjs';
import { errorCode } from '../support/api';
import { acknowledged, appendParagraph, openChapter, synced, type ChapterClient } from '../support/collab';
import { buildProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
const open: ChapterClient[] = [];
beforeAll(async () => (server = await startTestServer()));
afterEach(() => open.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.stop());

const CREATE = `mutation($chapterId: UUID!, $name: String!) {
  createChapterVersion(chapterId: $chapterId, name: $name) { id name kind text html wordCount createdBy { id } } }`;
const LIST = 'query($chapterId: UUID!) { chapterVersions(chapterId: $chapterId) { id name kind } }';
const ONE = 'query($id: UUID!) { chapterVersion(id: $id) { id name text json } }';
const DIFF = `query($from: UUID!, $to: UUID) {
  chapterVersionDiff(fromVersionId: $from, toVersionId: $to) { type text } }`;
const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';

const connect = async (chapterId: string, cookie: string | undefined) => {
  const client = openChapter(server, chapterId, cookie);
  open.push(client);
  return synced(client);
};

/** The XmlText of the paragraph at `index`. */
const paragraphText = (client: ChapterClient, index: number) =>
  (client.fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;

describe('chapter versions', () => {
  it('takes named versions by authors and coordinators, newest first, with the rendered text', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const editor = await connect(chapterId, project.author.client.cookie);
    appendParagraph(editor, 'Første udkast.');
    await acknowledged(editor);

    const first = (await project.author.client.ok(CREATE, { chapterId, name: 'Version til styregruppemøde' }))
      .createChapterVersion;
    expect(first).toMatchObject({
      name: 'Version til styregruppemøde',
      kind: 'MANUAL',
      text: 'Første udkast.',
      html: '<p>Første udkast.</p>',
      wordCount: 2,
      createdBy: { id: project.author.id },
    });
    await project.coordinator.client.ok(SUBMIT, { id: chapterId });

    const versions = (await project.observer.client.ok(LIST, { chapterId })).chapterVersions;
    expect(versions.map((v: { kind: string }) => v.kind)).toEqual(['SUBMISSION', 'MANUAL']);
    const one = (await project.reviewer.client.ok(ONE, { id: first.id })).chapterVersion;
    expect(one.json).toMatchObject({ type: 'doc' });
  });

  it('stays as it was when the text changes later (immutable)', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const editor = await connect(chapterId, project.author.client.cookie);
    appendParagraph(editor, 'Før.');
    await acknowledged(editor);
    const { id } = (await project.author.client.ok(CREATE, { chapterId, name: 'A' })).createChapterVersion;
    appendParagraph(editor, 'Efter.');
    await acknowledged(editor);
    expect((await project.author.client.ok(ONE, { id })).chapterVersion.text).toBe('Før.');
  });

  it('refuses a version by a reviewer or observer (FORBIDDEN), a non-member (NOT_FOUND) and a bad name', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    for (const role of ['reviewer', 'observer'] as const)
      expect(errorCode(await project[role].client.gql(CREATE, { chapterId, name: 'X' }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(CREATE, { chapterId, name: 'X' }))).toBe('NOT_FOUND');
    expect(errorCode(await project.author.client.gql(CREATE, { chapterId, name: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await project.author.client.gql(CREATE, { chapterId, name: 'x'.repeat(201) }))).toBe(
      'BAD_USER_INPUT',
    );
    const { rows } = await server.db.query('SELECT count(*) n FROM chapter_version WHERE "chapterId" = $1', [
      chapterId,
    ]);
    expect(Number(rows[0].n)).toBe(0);

    const { id } = (await project.author.client.ok(CREATE, { chapterId, name: 'Synlig' }))
      .createChapterVersion;
    expect(errorCode(await project.outsider.client.gql(ONE, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await project.outsider.client.gql(LIST, { chapterId }))).toBe('NOT_FOUND');
    expect(errorCode(await project.outsider.client.gql(DIFF, { from: id }))).toBe('NOT_FOUND');
  });

  it('diffs two versions word by word, and a version with the current text', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const editor = await connect(chapterId, project.author.client.cookie);
    appendParagraph(editor, 'Barnet skal have en plan for hele forløbet.');
    await acknowledged(editor);
    const v1 = (await project.author.client.ok(CREATE, { chapterId, name: 'v1' })).createChapterVersion.id;

    const text = paragraphText(editor, 0);
    editor.doc.transact(() => {
      text.insert('Barnet skal have en '.length, 'koordineret ');
      const at = 'Barnet skal have en koordineret plan for '.length;
      text.delete(at, 'hele '.length);
    });
    await acknowledged(editor);
    const v2 = (await project.author.client.ok(CREATE, { chapterId, name: 'v2' })).createChapterVersion.id;

    const diff = (await project.reviewer.client.ok(DIFF, { from: v1, to: v2 })).chapterVersionDiff;
    expect(diff).toEqual([
      { type: 'EQUAL', text: 'Barnet skal have en ' },
      { type: 'INSERT', text: 'koordineret ' },
      { type: 'EQUAL', text: 'plan for ' },
      { type: 'DELETE', text: 'hele ' },
      { type: 'EQUAL', text: 'forløbet.' },
    ]);

    appendParagraph(editor, 'Ny afslutning.');
    await acknowledged(editor);
    const toCurrent = (await project.reviewer.client.ok(DIFF, { from: v2 })).chapterVersionDiff;
    expect(toCurrent).toEqual([
      { type: 'EQUAL', text: 'Barnet skal have en koordineret plan for forløbet.' },
      { type: 'INSERT', text: '\n\nNy afslutning.' },
    ]);
  });

  it('refuses a diff between versions of different chapters', async () => {
    const project = await buildProject(server, { chapters: 2 });
    const a = (await project.author.client.ok(CREATE, { chapterId: project.chapterIds[0], name: 'a' }))
      .createChapterVersion.id;
    const b = (await project.author.client.ok(CREATE, { chapterId: project.chapterIds[1], name: 'b' }))
      .createChapterVersion.id;
    expect(errorCode(await project.author.client.gql(DIFF, { from: a, to: b }))).toBe('BAD_USER_INPUT');
  });
});
