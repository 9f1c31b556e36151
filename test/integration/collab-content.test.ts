import * as Y from 'yjs';
import { ApiClient, errorCode } from '../support/api';
import { buildProject } from '../support/factories';
import {
  acknowledged,
  appendHeading,
  eventually,
  openChapter,
  synced,
  type ChapterClient,
} from '../support/collab';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

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

const CONTENT = `query($id: UUID!) { chapter(id: $id) {
  text html json wordCount lastEditedAt lastEditedBy { id name } } }`;

/** What TipTap's Collaboration writes for: paragraph "Dette er <b>fed</b> tekst og <a>et link</a>." */
function writeRichParagraph(client: ChapterClient, href: string) {
  client.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    client.fragment.push([paragraph]);
    // Lengths are known only once the text is part of the document; null ends a mark (Yjs would extend it).
    text.insert(0, 'Dette er ');
    text.insert(text.length, 'fed', { bold: {} });
    text.insert(text.length, ' tekst og ', { bold: null });
    text.insert(text.length, 'et link', { link: { href } });
    text.insert(text.length, '. <script>alert(1)</script>', { link: null });
  });
}

function writeList(client: ChapterClient, items: string[]) {
  client.doc.transact(() => {
    const list = new Y.XmlElement('bulletList');
    list.insert(
      0,
      items.map((item) => {
        const li = new Y.XmlElement('listItem');
        const p = new Y.XmlElement('paragraph');
        const t = new Y.XmlText();
        t.insert(0, item);
        p.insert(0, [t]);
        li.insert(0, [p]);
        return li;
      }),
    );
    client.fragment.push([list]);
  });
}

describe('rendered chapter content', () => {
  it('renders what was typed as text, sanitized HTML and ProseMirror JSON, with who edited last', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const author = await synced(connect(chapterId, project.author.client.cookie));
    appendHeading(author, 'Indledning', 2);
    writeRichParagraph(author, 'https://www.sst.dk/');
    writeList(author, ['Første punkt', 'Andet punkt']);
    await acknowledged(author);

    const { chapter } = await project.reviewer.client.ok(CONTENT, { id: chapterId });
    expect(chapter.text).toBe(
      'Indledning\n\nDette er fed tekst og et link. <script>alert(1)</script>\n\nFørste punkt\n\nAndet punkt',
    );
    expect(chapter.html).toBe(
      '<h2>Indledning</h2>' +
        '<p>Dette er <strong>fed</strong> tekst og <a href="https://www.sst.dk/" rel="noopener noreferrer nofollow">et link</a>. &lt;script&gt;alert(1)&lt;/script&gt;</p>' +
        '<ul><li><p>Første punkt</p></li><li><p>Andet punkt</p></li></ul>',
    );
    expect(chapter.json).toMatchObject({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Indledning' }] },
        {
          type: 'paragraph',
          content: expect.arrayContaining([{ type: 'text', text: 'fed', marks: [{ type: 'bold' }] }]),
        },
        { type: 'bulletList' },
      ],
    });
    expect(chapter.wordCount).toBe(13);
    expect(chapter.lastEditedBy).toEqual({ id: project.author.id, name: project.author.name });
    expect(new Date(chapter.lastEditedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('never renders a javascript: link as a link', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const author = await synced(connect(chapterId, project.author.client.cookie));
    writeRichParagraph(author, 'javascript:alert(document.cookie)');
    await acknowledged(author);
    const { chapter } = await project.author.client.ok(CONTENT, { id: chapterId });
    expect(chapter.html).not.toContain('<a');
    expect(chapter.html).not.toContain('javascript');
    expect(chapter.html).toContain('et link');
  });

  it('renders an untouched chapter as empty, never edited', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const { chapter } = await project.observer.client.ok(CONTENT, { id: project.chapterIds[0] });
    expect(chapter).toMatchObject({
      text: '',
      html: '',
      wordCount: 0,
      lastEditedAt: null,
      lastEditedBy: null,
    });
  });

  it('hides the content from non-members', async () => {
    const project = await buildProject(server, { chapters: 1 });
    expect(errorCode(await project.outsider.client.gql(CONTENT, { id: project.chapterIds[0] }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await new ApiClient(server.url).gql(CONTENT, { id: project.chapterIds[0] }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('presence', () => {
  const PRESENCE = 'query($id: UUID!) { presence(projectId: $id) { chapterId editing user { id name } } }';

  it('lists who views and who edits which chapter, to members only', async () => {
    const project = await buildProject(server, { chapters: 2 });
    const [first, second] = project.chapterIds;
    const author = await synced(connect(first, project.author.client.cookie));
    author.provider.setAwarenessField('cursor', { anchor: 1, head: 1 });
    await synced(connect(second, project.reviewer.client.cookie));

    const entries = await eventually(async () => {
      const { presence } = await project.coordinator.client.ok(PRESENCE, { id: project.id });
      return presence.length === 2 && presence.some((e: { editing: boolean }) => e.editing) ? presence : null;
    }, 'both people to be present');
    expect(entries).toEqual(
      expect.arrayContaining([
        { chapterId: first, editing: true, user: { id: project.author.id, name: project.author.name } },
        { chapterId: second, editing: false, user: { id: project.reviewer.id, name: project.reviewer.name } },
      ]),
    );
    expect(errorCode(await project.outsider.client.gql(PRESENCE, { id: project.id }))).toBe('NOT_FOUND');

    author.destroy();
    await eventually(async () => {
      const { presence } = await project.coordinator.client.ok(PRESENCE, { id: project.id });
      return presence.length === 1;
    }, 'the author to leave');
  });
});

describe('presenceChanged', () => {
  const PRESENCE_CHANGED = `subscription($id: UUID!) {
    presenceChanged(projectId: $id) { projectId entries { chapterId editing user { id } } } }`;

  it('tells members who arrives and leaves, and refuses non-members', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const client = subscriptionClient(server.url, project.observer.client.cookie);
    const events = collect(client, PRESENCE_CHANGED, { id: project.id });
    await started(server, events);
    const author = await synced(connect(project.chapterIds[0], project.author.client.cookie));
    const [arrived] = await events.waitFor(1);
    expect(arrived.data.presenceChanged).toEqual({
      projectId: project.id,
      entries: [{ chapterId: project.chapterIds[0], editing: false, user: { id: project.author.id } }],
    });
    author.destroy();
    const received = await events.waitFor(2);
    expect(received[1].data.presenceChanged.entries).toEqual([]);
    events.dispose();
    await client.dispose();

    const outsider = subscriptionClient(server.url, project.outsider.client.cookie);
    const refused = collect(outsider, PRESENCE_CHANGED, { id: project.id });
    expect((await refused.waitFor(1))[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await outsider.dispose();
  });
});

describe('demo data', () => {
  it('gives every demo chapter Danish starting text with a heading and a list', async () => {
    const demo = await startTestServer({ seedDemo: true });
    try {
      const client = await new ApiClient(demo.url).login('jonas.bech@sst.dk', 'samskriv-demo');
      const { myProjects } = await client.ok(
        '{ myProjects { documents { chapters { title text html wordCount } } } }',
      );
      const chapters = myProjects.flatMap((p: { documents: { chapters: unknown[] }[] }) =>
        p.documents.flatMap((d) => d.chapters),
      );
      expect(chapters.length).toBeGreaterThan(0);
      for (const chapter of chapters) {
        expect(chapter.html).toContain(`<h2>${chapter.title}</h2>`);
        expect(chapter.html).toContain('<ul>');
        expect(chapter.wordCount).toBeGreaterThan(50);
      }
    } finally {
      await demo.stop();
    }
  });
});
