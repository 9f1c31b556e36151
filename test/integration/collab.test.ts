import { buildProject, buildUser } from '../support/factories';
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

const connect = (chapterId: string, cookie: string | undefined, documentName?: string) => {
  const client = openChapter(server, chapterId, cookie, { documentName });
  open.push(client);
  return client;
};

const TEXT = 'query($id: UUID!) { chapter(id: $id) { text } }';

describe('co-editing a chapter', () => {
  it('lets two authors type concurrently and both converge on both edits', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const a = await synced(connect(chapterId, project.author.client.cookie));
    const b = await synced(connect(chapterId, project.coordinator.client.cookie));
    expect(await a.authenticated).toBe('read-write');

    for (let i = 0; i < 20; i++) {
      appendParagraph(a, `Forfatter skriver ${i}`);
      appendParagraph(b, `Koordinator skriver ${i}`);
    }
    await eventually(
      () => a.fragment.length === 40 && b.fragment.length === 40,
      'both clients to have 40 paragraphs',
    );
    expect(blocks(a)).toEqual(blocks(b));
    expect(blocks(a)).toEqual(expect.arrayContaining(['Forfatter skriver 19', 'Koordinator skriver 19']));

    await acknowledged(a);
    await acknowledged(b);
    const text = (await project.author.client.ok(TEXT, { id: chapterId })).chapter.text as string;
    expect(text.split('\n\n').sort()).toEqual([...blocks(a)].sort());
  });

  it('merges edits made while disconnected when the client reconnects', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const online = await synced(connect(chapterId, project.author.client.cookie));
    const offline = await synced(connect(chapterId, project.coordinator.client.cookie));

    offline.socket.disconnect();
    await eventually(() => offline.provider.isSynced === false, 'the client to notice it is offline');
    appendParagraph(offline, 'Skrevet uden forbindelse');
    appendParagraph(online, 'Skrevet med forbindelse');
    await acknowledged(online);

    await offline.socket.connect();
    await eventually(
      () => offline.fragment.length === 2 && online.fragment.length === 2,
      'the edits to merge',
    );
    await acknowledged(offline);
    expect(blocks(offline).sort()).toEqual(['Skrevet med forbindelse', 'Skrevet uden forbindelse']);
    expect(blocks(online)).toEqual(blocks(offline));
    const fresh = await synced(connect(chapterId, project.observer.client.cookie));
    expect(blocks(fresh)).toEqual(blocks(offline));
  });
});

describe('read-only connections', () => {
  it.each(['reviewer', 'observer'] as const)(
    'opens the socket read-only for a %s: their edit reaches neither the others nor the database',
    async (role) => {
      const project = await buildProject(server, { chapters: 1 });
      const [chapterId] = project.chapterIds;
      const author = await synced(connect(chapterId, project.author.client.cookie));
      appendParagraph(author, 'Forfatterens tekst');
      await acknowledged(author);
      const before = await stored(server, chapterId);

      const reader = await synced(connect(chapterId, project[role].client.cookie));
      expect(await reader.authenticated).toBe('readonly');
      expect(blocks(reader)).toEqual(['Forfatterens tekst']);
      appendParagraph(reader, 'Ulovlig ændring');
      // The author writes after the reader: once the reader sees it, the server has handled the reader's message.
      appendParagraph(author, 'Senere tekst');
      await eventually(() => blocks(reader).includes('Senere tekst'), 'the reader to receive the later edit');
      await acknowledged(author);

      expect(blocks(author)).toEqual(['Forfatterens tekst', 'Senere tekst']);
      expect((await stored(server, chapterId)).updates).toBe(before.updates + 1);
      const fresh = await synced(connect(chapterId, project.coordinator.client.cookie));
      expect(blocks(fresh)).toEqual(['Forfatterens tekst', 'Senere tekst']);
      const text = (await project.coordinator.client.ok(TEXT, { id: chapterId })).chapter.text;
      expect(text).not.toContain('Ulovlig');
      expect(reader.provider.hasUnsyncedChanges).toBe(true);
    },
  );
});

describe('who may connect', () => {
  it('refuses a logged-in non-member', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const client = connect(project.chapterIds[0], project.outsider.client.cookie);
    await expect(client.authenticated).rejects.toThrow('not-found');
  });

  it('refuses an unknown chapter and a name that is not chapter:<uuid>', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const unknown = connect('00000000-0000-4000-8000-000000000000', project.author.client.cookie);
    await expect(unknown.authenticated).rejects.toThrow('not-found');
    const other = connect('', project.author.client.cookie, `project:${project.id}`);
    await expect(other.authenticated).rejects.toThrow('not-found');
  });

  it('refuses a connection without a session cookie, whatever token the provider sends', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const anonymous = connect(project.chapterIds[0], undefined);
    await expect(anonymous.authenticated).rejects.toThrow('unauthenticated');
    const forged = connect(project.chapterIds[0], 'samskriv_session=not-a-real-session');
    await expect(forged.authenticated).rejects.toThrow('unauthenticated');
  });

  it('lets a member of another project in only to their own project', async () => {
    const mine = await buildProject(server, { chapters: 1 });
    const theirs = await buildProject(server, { chapters: 1 });
    const client = connect(theirs.chapterIds[0], mine.coordinator.client.cookie);
    await expect(client.authenticated).rejects.toThrow('not-found');
    const user = await buildUser(server);
    await expect(connect(mine.chapterIds[0], user.client.cookie).authenticated).rejects.toThrow('not-found');
  });
});

describe('membership changes', () => {
  const UPDATE =
    'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role } }';
  const REMOVE = 'mutation($id: UUID!) { removeMember(id: $id) }';

  it('closes an author downgraded to reviewer at once; the reconnection is read-only', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const author = await synced(connect(chapterId, project.author.client.cookie));
    expect(await author.authenticated).toBe('read-write');
    let closes = 0;
    author.provider.on('close', () => closes++);
    const scopes: string[] = [];
    author.provider.on('authenticated', ({ scope }: { scope: string }) => scopes.push(scope));

    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.author,
      input: { role: 'REVIEWER' },
    });
    await eventually(() => closes > 0 && scopes.includes('readonly'), 'the reconnection as read-only');

    const coordinator = await synced(connect(chapterId, project.coordinator.client.cookie));
    await eventually(() => author.provider.isSynced, 'the downgraded client to sync');
    appendParagraph(author, 'Efter nedgradering');
    appendParagraph(coordinator, 'Koordinatorens tekst');
    await eventually(() => blocks(author).includes('Koordinatorens tekst'), 'the coordinator edit to arrive');
    await acknowledged(coordinator);
    expect(blocks(coordinator)).toEqual(['Koordinatorens tekst']);
  });

  it('closes a removed member, who is then refused', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const author = await synced(connect(project.chapterIds[0], project.author.client.cookie));
    const failures: string[] = [];
    author.provider.on('authenticationFailed', ({ reason }: { reason: string }) => failures.push(reason));
    await project.coordinator.client.ok(REMOVE, { id: project.membershipIds.author });
    await eventually(() => failures.includes('not-found'), 'the reconnection to be refused');
  });

  it('leaves an author whose approver flag changed connected', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const author = await synced(connect(project.chapterIds[0], project.author.client.cookie));
    let closes = 0;
    author.provider.on('close', () => closes++);
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.author,
      input: { isApprover: false },
    });
    appendParagraph(author, 'Stadig forfatter');
    await acknowledged(author);
    expect(closes).toBe(0);
    expect((await stored(server, project.chapterIds[0])).updates).toBeGreaterThan(0);
  });
});
