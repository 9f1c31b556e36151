import * as Y from 'yjs';
import { errorCode } from '../support/api';
import {
  acknowledged,
  appendParagraph,
  blocks,
  eventually,
  openChapter,
  synced,
  type ChapterClient,
} from '../support/collab';
import { buildProject, countRows, type TestProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started as subscriptionStarted, subscriptionClient } from '../support/ws';

let server: TestServer;
const open: ChapterClient[] = [];
beforeAll(async () => (server = await startTestServer()));
afterEach(() => open.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.stop());

const CREATE = `mutation($chapterId: UUID!, $name: String!) {
  createChapterVersion(chapterId: $chapterId, name: $name) { id text } }`;
const RESTORE = 'mutation($id: UUID!) { restoreChapterVersion(versionId: $id) { id } }';
const CHAPTER = `query($id: UUID!) { chapter(id: $id) {
  status text lastEditedBy { id } approvals { state } } }`;
const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const APPROVE = 'mutation($input: ApproveChapterInput!) { approveChapter(input: $input) { id status } }';

const connect = async (chapterId: string, cookie: string | undefined) =>
  synced(open[open.push(openChapter(server, chapterId, cookie)) - 1]);

/** The author writes a first draft, takes a version of it, then rewrites the text. */
async function draftVersionAndRewrite(project: TestProject) {
  const [chapterId] = project.chapterIds;
  const editor = await connect(chapterId, project.author.client.cookie);
  appendParagraph(editor, 'Barnet har én koordinator.');
  appendParagraph(editor, 'Familien inddrages tidligt.');
  await acknowledged(editor);
  const version = (await project.author.client.ok(CREATE, { chapterId, name: 'Første udkast' }))
    .createChapterVersion;
  editor.doc.transact(() => {
    editor.fragment.delete(1, 1);
    ((editor.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Omskrevet: ');
  });
  appendParagraph(editor, 'Et nyt afsnit.');
  await acknowledged(editor);
  return { chapterId, editor, version: version as { id: string; text: string } };
}

const chapterOf = async (project: TestProject, id: string) =>
  (await project.observer.client.ok(CHAPTER, { id })).chapter as {
    status: string;
    text: string;
    lastEditedBy: { id: string } | null;
    approvals: { state: string }[];
  };

describe('restoring a chapter version', () => {
  it('restores the version as a new attributed edit that open editors see live', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const { chapterId, editor, version } = await draftVersionAndRewrite(project);
    const watcher = await connect(chapterId, project.reviewer.client.cookie);
    expect(blocks(watcher)).toEqual(['Omskrevet: Barnet har én koordinator.', 'Et nyt afsnit.']);

    await project.coordinator.client.ok(RESTORE, { id: version.id });

    const restored = ['Barnet har én koordinator.', 'Familien inddrages tidligt.'];
    await eventually(
      () => JSON.stringify(blocks(editor)) === JSON.stringify(restored),
      'the editor to see it',
    );
    await eventually(
      () => JSON.stringify(blocks(watcher)) === JSON.stringify(restored),
      'the reader to see it',
    );
    const chapter = await chapterOf(project, chapterId);
    expect(chapter.text).toBe(version.text);
    expect(chapter.lastEditedBy).toEqual({ id: project.coordinator.id });

    // Stored: a fresh load (nobody else's memory) reads the restored text.
    editor.destroy();
    watcher.destroy();
    const later = await connect(chapterId, project.author.client.cookie);
    expect(blocks(later)).toEqual(restored);

    const audit = await server.db.query<{ actorId: string }>(
      `SELECT "actorId" FROM audit_event WHERE action = 'version.restored' AND "subjectId" = $1`,
      [chapterId],
    );
    expect(audit.rows).toEqual([{ actorId: project.coordinator.id }]);
  });

  it('is undoable: restoring a later version brings the replaced text back', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const { chapterId, version } = await draftVersionAndRewrite(project);
    const rewritten = (await project.author.client.ok(CREATE, { chapterId, name: 'Omskrevet' }))
      .createChapterVersion as { id: string; text: string };

    await project.author.client.ok(RESTORE, { id: version.id });
    expect((await chapterOf(project, chapterId)).text).toBe(version.text);
    await project.author.client.ok(RESTORE, { id: rewritten.id });
    expect((await chapterOf(project, chapterId)).text).toBe(rewritten.text);
  });

  it('refuses a reviewer or observer (FORBIDDEN) and a non-member (NOT_FOUND), changing nothing', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const { chapterId, version } = await draftVersionAndRewrite(project);
    const before = await chapterOf(project, chapterId);
    const updates = await countRows(server, 'chapter_update');
    for (const role of ['reviewer', 'observer'] as const)
      expect(errorCode(await project[role].client.gql(RESTORE, { id: version.id }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(RESTORE, { id: version.id }))).toBe('NOT_FOUND');
    expect(await chapterOf(project, chapterId)).toEqual(before);
    expect(await countRows(server, 'chapter_update')).toBe(updates);
  });

  it('makes an approval given before the restore stale', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const { chapterId, version } = await draftVersionAndRewrite(project);
    await project.author.client.ok(SUBMIT, { id: chapterId });
    const input = { chapterId, organizationId: project.author.organizationId };
    expect((await project.author.client.ok(APPROVE, { input })).approveChapter.status).toBe('APPROVED');

    await project.author.client.ok(RESTORE, { id: version.id });

    // The chapter and its approvals are read by separate queries of one request, so a read can fall between
    // the commit that dismisses the approval and returns the chapter to AWAITING_APPROVAL: wait for both.
    const chapter = await eventually(async () => {
      const c = await chapterOf(project, chapterId);
      return c.approvals.some((a) => a.state === 'STALE') && c.status === 'AWAITING_APPROVAL' ? c : null;
    }, 'the approval to become stale and the chapter to await approval again');
    expect(chapter.approvals.filter((a) => a.state === 'APPROVED')).toEqual([]);
  });
});

describe('the dashboard follows edits', () => {
  const WORKFLOW = `subscription($projectId: UUID!) { chapterWorkflowChanged(projectId: $projectId) {
    chapterId lastEditedAt chapter { id lastEditedAt lastEditedBy { id } } } }`;

  it('publishes a chapterWorkflowChanged event with the last-edit time when someone edits (throttled)', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const ws = subscriptionClient(server.url, project.coordinator.client.cookie);
    const events = collect(ws, WORKFLOW, { projectId: project.id });
    try {
      await subscriptionStarted(server, events);
      const editor = await connect(chapterId, project.author.client.cookie);
      const started = Date.now();
      appendParagraph(editor, 'Første ændring.');
      await acknowledged(editor);
      const [first] = await events.waitFor(1);
      const event = first.data.chapterWorkflowChanged;
      expect(event.chapterId).toBe(chapterId);
      expect(Date.parse(event.lastEditedAt)).toBeGreaterThanOrEqual(started - 1000);
      expect(event.chapter.lastEditedAt).toEqual(expect.any(String));
      expect(event.chapter.lastEditedBy).toEqual({ id: project.author.id });

      // A burst of edits is one more event (not one per keystroke), with the newer time.
      for (const word of ['a', 'b', 'c', 'd', 'e']) {
        appendParagraph(editor, word);
        await acknowledged(editor);
      }
      const all = await events.waitFor(2);
      // A later edit's event is the very next one: the burst gave no third event.
      const markerAt = Date.now();
      appendParagraph(editor, 'Markør.');
      await acknowledged(editor);
      await events.waitFor(3);
      expect(Date.parse(all[2].data.chapterWorkflowChanged.lastEditedAt)).toBeGreaterThanOrEqual(markerAt);
      const second = all[1].data.chapterWorkflowChanged;
      expect(Date.parse(second.lastEditedAt)).toBeGreaterThan(Date.parse(event.lastEditedAt));
      // Read afresh for each event, not from the subscription's first read.
      expect(Date.parse(second.chapter.lastEditedAt)).toBeGreaterThan(Date.parse(event.chapter.lastEditedAt));
    } finally {
      events.dispose();
      await ws.dispose();
    }
  });
});
