import * as Y from 'yjs';
import { buildProject } from '../support/factories';
import {
  acknowledged,
  appendParagraph,
  blocks,
  eventually,
  openChapter,
  stored,
  synced,
  type ChapterClient,
} from '../support/collab';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
const open: ChapterClient[] = [];
beforeAll(async () => (server = await startTestServer()));
afterEach(() => open.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.stop());

const connect = (chapterId: string, cookie: string | undefined) => {
  const client = openChapter(server, chapterId, cookie);
  open.push(client);
  return client;
};
const TEXT = 'query($id: UUID!) { chapter(id: $id) { text } }';

describe('durability', () => {
  it('keeps an acknowledged edit when the server is killed with SIGKILL', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const author = await synced(connect(chapterId, project.author.client.cookie));
    appendParagraph(author, 'Gemt før nedbruddet');
    await acknowledged(author);
    author.destroy();

    await server.kill();
    await server.restart();

    const reader = await synced(connect(chapterId, project.coordinator.client.cookie));
    expect(blocks(reader)).toEqual(['Gemt før nedbruddet']);
    expect((await project.coordinator.client.ok(TEXT, { id: chapterId })).chapter.text).toBe(
      'Gemt før nedbruddet',
    );
  });

  it('folds the update log into the snapshot on graceful shutdown', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const author = await synced(connect(chapterId, project.author.client.cookie));
    for (let i = 0; i < 5; i++) appendParagraph(author, `Afsnit ${i}`);
    await acknowledged(author);
    expect((await stored(server, chapterId)).updates).toBeGreaterThan(0);

    await server.restart(); // SIGTERM, then start again
    expect(await stored(server, chapterId)).toEqual({ updates: 0, snapshot: true });
    const reader = await synced(connect(chapterId, project.observer.client.cookie));
    expect(blocks(reader)).toEqual(['Afsnit 0', 'Afsnit 1', 'Afsnit 2', 'Afsnit 3', 'Afsnit 4']);
  });

  it('opens a chapter with thousands of logged updates and compacts them in the background', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const paragraph = new Y.XmlElement('paragraph');
    const content = new Y.XmlText();
    paragraph.insert(0, [content]);
    doc.getXmlFragment('default').push([paragraph]);
    for (let i = 0; i < 2000; i++) content.insert(content.length, 'a');
    await server.db.query(
      `INSERT INTO chapter_update ("chapterId", update, "userId") SELECT $1, u, $2 FROM unnest($3::bytea[]) AS u`,
      [chapterId, project.author.id, updates.map((u) => Buffer.from(u))],
    );

    const reader = await synced(connect(chapterId, project.author.client.cookie));
    expect(blocks(reader)).toEqual(['a'.repeat(2000)]);
    await eventually(async () => (await stored(server, chapterId)).updates === 0, 'the log to be compacted');
    expect((await stored(server, chapterId)).snapshot).toBe(true);
    appendParagraph(reader, 'Efter komprimering');
    await acknowledged(reader);
    const text = (await project.author.client.ok(TEXT, { id: chapterId })).chapter.text;
    expect(text).toBe(`${'a'.repeat(2000)}\n\nEfter komprimering`);
  });

  it('refuses the connection when the stored state cannot be loaded, and leaves it untouched', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const garbage = Buffer.from([1, 200, 3, 7, 255, 255, 255, 9]);
    await server.db.query('INSERT INTO chapter_snapshot ("chapterId", state) VALUES ($1, $2)', [
      chapterId,
      garbage,
    ]);
    const client = connect(chapterId, project.author.client.cookie);
    await expect(client.authenticated.then(() => eventually(() => false, 'never', 3000))).rejects.toThrow();
    expect(client.provider.isSynced).toBe(false);
    const { rows } = await server.db.query('SELECT state FROM chapter_snapshot WHERE "chapterId" = $1', [
      chapterId,
    ]);
    expect(Buffer.compare(rows[0].state, garbage)).toBe(0);
    expect((await stored(server, chapterId)).updates).toBe(0);
  });
});
