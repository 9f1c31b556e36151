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
import { addMembership, buildProject, buildUser, type TestProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const TEXT = 'Børn og unge med sjældne handicap har brug for koordineret støtte.';

const COMMENT_FIELDS = `id chapterId roundId parentId internal body deleted resolved quote proposal proposalStatus
  proposalReason mentionedUserIds author { name } anchor { detached from to currentText }
  replies { id body deleted author { name } }`;
const CREATE = `mutation($input: CreateCommentInput!) { createComment(input: $input) { ${COMMENT_FIELDS} } }`;
const REPLY = `mutation($input: ReplyInput!) { replyToComment(input: $input) { ${COMMENT_FIELDS} } }`;
const THREADS = `query($chapterId: UUID!) { commentThreads(chapterId: $chapterId) { ${COMMENT_FIELDS} } }`;
const COMMENT = `query($id: UUID!) { comment(id: $id) { ${COMMENT_FIELDS} } }`;
const EDIT = 'mutation($id: UUID!, $body: String!) { editComment(id: $id, body: $body) { id body } }';
const DELETE = 'mutation($id: UUID!) { deleteComment(id: $id) { id body deleted } }';
const RESOLVE = 'mutation($id: UUID!) { resolveComment(id: $id) { id resolved } }';
const REOPEN = 'mutation($id: UUID!) { reopenComment(id: $id) { id resolved } }';
const ACCEPT =
  'mutation($id: UUID!) { acceptProposal(commentId: $id) { id proposalStatus quote anchor { detached currentText } } }';
const REJECT =
  'mutation($id: UUID!, $reason: String!) { rejectProposal(commentId: $id, reason: $reason) { id proposalStatus proposalReason } }';

/** The first paragraph's text node of a chapter client. */
const firstText = (client: ChapterClient) => (client.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;

/** A range as the editor sends it: relative positions of `word`'s start and end (end sticks left). */
function rangeOf(client: ChapterClient, word: string) {
  const text = firstText(client);
  const index = text.toString().indexOf(word);
  if (index < 0) throw new Error(`${word} not in ${text.toString()}`);
  const encode = (position: Y.RelativePosition) =>
    Buffer.from(Y.encodeRelativePosition(position)).toString('base64');
  return {
    anchor: encode(Y.createRelativePositionFromTypeIndex(text, index)),
    head: encode(Y.createRelativePositionFromTypeIndex(text, index + word.length, -1)),
    quote: word,
  };
}

/** A project whose first chapter holds TEXT, typed by the author through the collab socket. */
async function projectWithText(): Promise<{ project: TestProject; editor: ChapterClient }> {
  const project = await buildProject(server, { chapters: 2 });
  const editor = await synced(openChapter(server, project.chapterIds[0], project.author.client.cookie));
  appendParagraph(editor, TEXT);
  await acknowledged(editor);
  return { project, editor };
}

describe('anchored comments', () => {
  it('stores the range and quote, and the anchor follows edits before and inside the range', async () => {
    const { project, editor } = await projectWithText();
    const { createComment } = await project.author.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Hvilken støtte?',
        range: rangeOf(editor, 'sjældne handicap'),
      },
    });
    expect(createComment).toMatchObject({
      internal: true,
      roundId: null,
      quote: 'sjældne handicap',
      anchor: { detached: false, currentText: 'sjældne handicap' },
    });
    // An edit before the range moves it; an edit inside it grows it.
    firstText(editor).insert(0, 'Alle ');
    firstText(editor).insert(TEXT.indexOf('handicap') + 5, 'fysiske ');
    await acknowledged(editor);
    const { comment } = await project.coordinator.client.ok(COMMENT, { id: createComment.id });
    expect(comment.anchor).toMatchObject({ detached: false, currentText: 'sjældne fysiske handicap' });
    expect(comment.anchor.from).toBe(createComment.anchor.from + 5);
    editor.destroy();
  });

  it('marks a comment whose text was deleted as detached and keeps it with its quote', async () => {
    const { project, editor } = await projectWithText();
    await project.author.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Uklart', range: rangeOf(editor, 'koordineret ') },
    });
    const text = firstText(editor);
    text.delete(text.toString().indexOf('koordineret '), 'koordineret '.length);
    await acknowledged(editor);
    editor.destroy();
    // Read from storage too (nobody has the chapter open any more).
    await eventually(async () => {
      const { commentThreads } = await project.author.client.ok(THREADS, {
        chapterId: project.chapterIds[0],
      });
      return commentThreads.length === 1 && commentThreads[0].anchor.detached;
    }, 'the comment to be detached');
    const { commentThreads } = await project.author.client.ok(THREADS, { chapterId: project.chapterIds[0] });
    expect(commentThreads[0]).toMatchObject({ quote: 'koordineret ', body: 'Uklart' });
  });

  it('accepts a comment on the whole chapter and refuses a range that does not match its quote', async () => {
    const { project, editor } = await projectWithText();
    const whole = await project.author.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Generelt fint' },
    });
    expect(whole.createComment.anchor).toBeNull();
    const wrong = await project.author.client.gql(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'x',
        range: { ...rangeOf(editor, 'Børn'), quote: 'Voksne' },
      },
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const garbage = await project.author.client.gql(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'x',
        range: { anchor: 'AAAA', head: '////', quote: 'Børn' },
      },
    });
    expect(errorCode(garbage)).toBe('BAD_USER_INPUT');
    // A position from another chapter does not resolve here.
    const other = await project.author.client.gql(CREATE, {
      input: { chapterId: project.chapterIds[1], body: 'x', range: rangeOf(editor, 'Børn') },
    });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    editor.destroy();
  });

  it('refuses observers and non-members', async () => {
    const { project, editor } = await projectWithText();
    const input = { chapterId: project.chapterIds[0], body: 'Må jeg?' };
    expect(errorCode(await project.observer.client.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(CREATE, { input }))).toBe('NOT_FOUND');
    // A reviewer outside any round.
    expect(errorCode(await project.reviewer.client.gql(CREATE, { input }))).toBe('FORBIDDEN');
    // A range (whose quote the server checks against the text) reveals nothing to those who may not comment.
    const probe = { ...input, range: { ...rangeOf(editor, 'Børn'), quote: 'Voksne' } };
    expect(errorCode(await project.outsider.client.gql(CREATE, { input: probe }))).toBe('NOT_FOUND');
    expect(errorCode(await project.reviewer.client.gql(CREATE, { input: probe }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(THREADS, { chapterId: project.chapterIds[0] }))).toBe(
      'NOT_FOUND',
    );
    editor.destroy();
  });
});

describe('threads', () => {
  it('replies, edits and soft-deletes own comments, resolves and reopens by the working group', async () => {
    const project = await buildProject(server);
    const chapterId = project.chapterIds[0];
    const { createComment: root } = await project.author.client.ok(CREATE, {
      input: { chapterId, body: 'Skal vi uddybe?', mentionedUserIds: [project.coordinator.id] },
    });
    expect(root.mentionedUserIds).toEqual([project.coordinator.id]);
    const { notifications } = await project.coordinator.client.ok(
      '{ notifications { kind actorId chapterId data } }',
    );
    expect(notifications[0]).toMatchObject({
      kind: 'MENTIONED',
      actorId: project.author.id,
      chapterId,
      data: { commentId: root.id },
    });
    const { replyToComment: reply } = await project.coordinator.client.ok(REPLY, {
      input: { parentId: root.id, body: 'Ja, gerne.' },
    });
    expect(reply.parentId).toBe(root.id);
    // Only the author edits or deletes.
    expect(errorCode(await project.coordinator.client.gql(EDIT, { id: root.id, body: 'Ændret' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await project.author.client.ok(EDIT, { id: root.id, body: 'Skal vi uddybe afsnittet?' })).editComment
        .body,
    ).toBe('Skal vi uddybe afsnittet?');
    expect(errorCode(await project.author.client.gql(DELETE, { id: reply.id }))).toBe('FORBIDDEN');
    const deleted = await project.coordinator.client.ok(DELETE, { id: reply.id });
    expect(deleted.deleteComment).toMatchObject({ body: null, deleted: true });
    const { commentThreads } = await project.observer.client.ok(THREADS, { chapterId });
    expect(commentThreads[0].replies).toEqual([
      expect.objectContaining({ id: reply.id, deleted: true, body: null }),
    ]);
    const audit = await server.db.query(
      `SELECT details FROM audit_event WHERE action = 'comment.deleted' AND "subjectId" = $1`,
      [reply.id],
    );
    expect(audit.rows[0].details.text).toBe('Ja, gerne.');
    // Resolve and reopen: authors and coordinators, not observers.
    expect(errorCode(await project.observer.client.gql(RESOLVE, { id: root.id }))).toBe('FORBIDDEN');
    expect((await project.author.client.ok(RESOLVE, { id: root.id })).resolveComment.resolved).toBe(true);
    expect((await project.coordinator.client.ok(REOPEN, { id: root.id })).reopenComment.resolved).toBe(false);
    // Mentions: members only.
    expect(
      errorCode(
        await project.author.client.gql(CREATE, {
          input: { chapterId, body: 'Hej', mentionedUserIds: [project.outsider.id] },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('change proposals', () => {
  it('applies an accepted proposal live in open editors, as an edit by the one who accepted it', async () => {
    const { project, editor } = await projectWithText();
    const { createComment } = await project.author.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Mere præcist',
        range: rangeOf(editor, 'koordineret'),
        proposal: 'sammenhængende',
      },
    });
    expect(createComment.proposalStatus).toBe('PENDING');
    const { acceptProposal } = await project.coordinator.client.ok(ACCEPT, { id: createComment.id });
    expect(acceptProposal).toMatchObject({
      proposalStatus: 'ACCEPTED',
      anchor: { detached: false, currentText: 'sammenhængende' },
    });
    await eventually(
      () => blocks(editor)[0] === TEXT.replace('koordineret', 'sammenhængende'),
      'the edit to arrive live',
    );
    // Every stored row of the accepted edit names the accepter, so "Sidst redigeret" shows a name.
    const stored = await server.db.query(
      `SELECT "userId" FROM chapter_update WHERE "chapterId" = $1 AND "userId" IS DISTINCT FROM $2`,
      [project.chapterIds[0], project.author.id],
    );
    expect(stored.rows.length).toBeGreaterThan(0);
    expect(stored.rows.map((r) => r.userId)).toEqual(stored.rows.map(() => project.coordinator.id));
    const content = await project.observer.client.ok(
      'query($id: UUID!) { chapter(id: $id) { text lastEditedBy { name } } }',
      { id: project.chapterIds[0] },
    );
    expect(content.chapter.text).toContain('sammenhængende støtte');
    expect(content.chapter.lastEditedBy).toEqual({ name: project.coordinator.name });
    expect(errorCode(await project.coordinator.client.gql(ACCEPT, { id: createComment.id }))).toBe(
      'CONFLICT',
    );
    editor.destroy();
  });

  it('keeps comments on the words an accepted proposal leaves, detaching only those whose whole text it replaced', async () => {
    const { project, editor } = await projectWithText();
    const chapterId = project.chapterIds[0];
    const comment = async (words: string, proposal?: string) =>
      (
        await project.author.client.ok(CREATE, {
          input: { chapterId, body: `Om ${words}`, range: rangeOf(editor, words), proposal },
        })
      ).createComment.id as string;
    const anchorOf = async (id: string) => {
      const { anchor } = (await project.observer.client.ok(COMMENT, { id })).comment;
      return { detached: anchor.detached as boolean, currentText: anchor.currentText as string | null };
    };
    const ids = {
      elsewhere: await comment('Børn'),
      before: await comment('med'),
      kept: await comment('sjældne'),
      keptToo: await comment('handicap'),
      after: await comment('har'),
      replaced: await comment('koordineret'),
      endsInReplaced: await comment('for koordineret'),
      startsInReplaced: await comment('koordineret støtte'),
    };
    const widen = await comment('sjældne handicap', 'sjældne og komplekse handicap');
    const reword = await comment('koordineret', 'sammenhængende');
    await project.coordinator.client.ok(ACCEPT, { id: widen });
    await project.coordinator.client.ok(ACCEPT, { id: reword });
    await eventually(
      () =>
        blocks(editor)[0] ===
        'Børn og unge med sjældne og komplekse handicap har brug for sammenhængende støtte.',
      'both edits to arrive live',
    );
    // Only the new words were written: comments on the words the replacement keeps stay on them.
    expect(await anchorOf(widen)).toEqual({ detached: false, currentText: 'sjældne og komplekse handicap' });
    expect(await anchorOf(ids.elsewhere)).toEqual({ detached: false, currentText: 'Børn' });
    expect(await anchorOf(ids.before)).toEqual({ detached: false, currentText: 'med' });
    expect(await anchorOf(ids.kept)).toEqual({ detached: false, currentText: 'sjældne' });
    expect(await anchorOf(ids.keptToo)).toEqual({ detached: false, currentText: 'handicap' });
    expect(await anchorOf(ids.after)).toEqual({ detached: false, currentText: 'har' });
    // A comment whose whole text was replaced is detached; one overlapping the replaced word keeps what is
    // left of its text, and one that began in the replaced word covers its replacement.
    expect(await anchorOf(ids.replaced)).toEqual({ detached: true, currentText: null });
    expect(await anchorOf(ids.endsInReplaced)).toEqual({ detached: false, currentText: 'for ' });
    expect(await anchorOf(ids.startsInReplaced)).toEqual({
      detached: false,
      currentText: 'sammenhængende støtte',
    });
    editor.destroy();
  });

  it('applies and stores an accepted proposal when nobody has the chapter open', async () => {
    const { project, editor } = await projectWithText();
    const { createComment } = await project.author.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Kortere',
        range: rangeOf(editor, 'har brug for'),
        proposal: 'behøver',
      },
    });
    editor.destroy();
    await eventually(
      async () =>
        (
          await project.coordinator.client.ok('query($id: UUID!) { presence(projectId: $id) { userId } }', {
            id: project.id,
          })
        ).presence.length === 0,
      'nobody to have the chapter open',
    );
    await project.coordinator.client.ok(ACCEPT, { id: createComment.id });
    const expected = TEXT.replace('har brug for', 'behøver');
    const content = await project.observer.client.ok('query($id: UUID!) { chapter(id: $id) { text } }', {
      id: project.chapterIds[0],
    });
    expect(content.chapter.text).toBe(expected);
    // A fresh editor loads it from storage.
    const reader = await synced(openChapter(server, project.chapterIds[0], project.observer.client.cookie));
    expect(blocks(reader)[0]).toBe(expected);
    reader.destroy();
  });

  it('gives CONFLICT with the current text when the range changed, and changes nothing', async () => {
    const { project, editor } = await projectWithText();
    const { createComment } = await project.author.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Forslag',
        range: rangeOf(editor, 'koordineret'),
        proposal: 'sammenhængende',
      },
    });
    const text = firstText(editor);
    text.insert(text.toString().indexOf('koordineret') + 4, 'XX');
    await acknowledged(editor);
    const result = await project.coordinator.client.gql(ACCEPT, { id: createComment.id });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.currentText).toBe('koorXXdineret');
    expect(blocks(editor)[0]).toContain('koorXXdineret');
    const { comment } = await project.author.client.ok(COMMENT, { id: createComment.id });
    expect(comment.proposalStatus).toBe('PENDING');
    editor.destroy();
  });

  it('rejects with a reason; observers and reviewers may not decide', async () => {
    const { project, editor } = await projectWithText();
    const { createComment } = await project.author.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'F',
        range: rangeOf(editor, 'Børn'),
        proposal: 'Små børn',
      },
    });
    expect(errorCode(await project.observer.client.gql(ACCEPT, { id: createComment.id }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(ACCEPT, { id: createComment.id }))).toBe('NOT_FOUND');
    const { rejectProposal } = await project.author.client.ok(REJECT, {
      id: createComment.id,
      reason: 'Målgruppen er 0–25 år',
    });
    expect(rejectProposal).toMatchObject({
      proposalStatus: 'REJECTED',
      proposalReason: 'Målgruppen er 0–25 år',
    });
    expect(blocks(editor)[0]).toBe(TEXT);
    editor.destroy();
  });
});

// Keeps the helper imports used when a test above is skipped while debugging.
void addMembership;
void buildUser;
