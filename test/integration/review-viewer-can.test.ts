import { errorCode } from '../support/api';
import {
  addMembership,
  buildProject,
  buildUser,
  type TestProject,
  type TestUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const OPEN = 'mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }';
const CREATE = 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id roundId } }';
const REPLY = 'mutation($input: ReplyInput!) { replyToComment(input: $input) { id } }';
const DELETE = 'mutation($id: UUID!) { deleteComment(id: $id) { id } }';
const COMMENTING =
  'query($id: UUID!) { chapter(id: $id) { viewerCan { editText comment commentRoundId commentRefusal } } }';
const COMMENT_CAN = `query($id: UUID!) { comment(id: $id) { viewerCan {
  reply edit delete resolve decideProposal dispose chooseForReport } } }`;

const NOTHING = {
  reply: false,
  edit: false,
  delete: false,
  resolve: false,
  decideProposal: false,
  dispose: false,
  chooseForReport: false,
};

async function commenting(user: TestUser, chapterId: string) {
  return (await user.client.ok(COMMENTING, { id: chapterId })).chapter.viewerCan;
}

async function commentCan(user: TestUser, id: string) {
  return (await user.client.ok(COMMENT_CAN, { id })).comment.viewerCan;
}

const create = (user: TestUser, chapterId: string, body = 'Kommentar') =>
  user.client.gql(CREATE, { input: { chapterId, body } });

async function openRound(project: TestProject, organizationIds: string[]) {
  const { openReviewRound } = await project.coordinator.client.ok(OPEN, {
    input: {
      documentId: project.documentId,
      title: 'Høring',
      chapterIds: [project.chapterIds[0]],
      organizationIds,
    },
  });
  return openReviewRound.id as string;
}

describe('Chapter.viewerCan: who may comment, where and why not', () => {
  it('says what createComment does, with the round and the reason', async () => {
    const project = await buildProject(server);
    const [inRound, outside] = project.chapterIds;
    const unlisted = await buildUser(server, { name: 'Ikke på listen' });
    await addMembership(server, project.id, unlisted.id, 'REVIEWER');

    // The working group may, internally; an observer may not.
    expect(await commenting(project.author, inRound)).toMatchObject({
      comment: true,
      commentRoundId: null,
      commentRefusal: null,
    });
    expect(await commenting(project.observer, inRound)).toMatchObject({
      comment: false,
      commentRefusal: 'OBSERVER',
    });
    expect(errorCode(await create(project.observer, inRound))).toBe('FORBIDDEN');
    // A reviewer without an open round may not.
    expect(await commenting(project.reviewer, inRound)).toMatchObject({
      comment: false,
      commentRefusal: 'NO_OPEN_ROUND',
    });
    expect(errorCode(await create(project.reviewer, inRound))).toBe('FORBIDDEN');

    const roundId = await openRound(project, [project.reviewer.organizationId]);
    // Listed, on the round's chapter: may, in that round, as createComment does.
    expect(await commenting(project.reviewer, inRound)).toEqual({
      editText: false,
      comment: true,
      commentRoundId: roundId,
      commentRefusal: null,
    });
    expect(
      (await project.reviewer.client.ok(CREATE, { input: { chapterId: inRound, body: 'Svar' } }))
        .createComment,
    ).toMatchObject({ roundId });
    // Another chapter, or an organisation not on the hearing list: may not, and says why.
    expect(await commenting(project.reviewer, outside)).toMatchObject({
      comment: false,
      commentRefusal: 'CHAPTER_NOT_IN_ROUND',
    });
    expect(errorCode(await create(project.reviewer, outside))).toBe('FORBIDDEN');
    expect(await commenting(unlisted, inRound)).toMatchObject({
      comment: false,
      commentRefusal: 'NOT_ON_HEARING_LIST',
    });
    expect(errorCode(await create(unlisted, inRound))).toBe('FORBIDDEN');
    // Outsiders do not see the chapter at all.
    expect(errorCode(await project.outsider.client.gql(COMMENTING, { id: inRound }))).toBe('NOT_FOUND');
  });
});

describe('Comment.viewerCan: what each member may do with a comment', () => {
  it('lets the reviewer write in their round thread while it is open, and the working group handle it', async () => {
    const project = await buildProject(server);
    const roundId = await openRound(project, [project.reviewer.organizationId]);
    const { createComment: thread } = await project.reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Høringssvar' },
    });
    expect(thread.roundId).toBe(roundId);

    expect(await commentCan(project.reviewer, thread.id)).toEqual({
      ...NOTHING,
      reply: true,
      edit: true,
      delete: true,
    });
    expect(await commentCan(project.author, thread.id)).toEqual({
      ...NOTHING,
      reply: true,
      resolve: true,
      dispose: true,
    });
    expect(await commentCan(project.observer, thread.id)).toEqual(NOTHING);

    // After the deadline the reviewer may no longer write in it, and the API refuses as viewerCan says.
    await server.db.query(`UPDATE review_round SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      roundId,
    ]);
    expect(await commentCan(project.reviewer, thread.id)).toEqual(NOTHING);
    expect(
      errorCode(await project.reviewer.client.gql(REPLY, { input: { parentId: thread.id, body: 'Sent' } })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await project.reviewer.client.gql(DELETE, { id: thread.id }))).toBe('FORBIDDEN');
    expect((await commentCan(project.author, thread.id)).reply).toBe(true);
  });

  it('offers the working group’s internal comment for the report, and nothing but reopening once deleted', async () => {
    const project = await buildProject(server);
    const { createComment: thread } = await project.author.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Intern note' },
    });
    expect(await commentCan(project.author, thread.id)).toEqual({
      ...NOTHING,
      reply: true,
      edit: true,
      delete: true,
      resolve: true,
      chooseForReport: true,
    });
    // Another author of the working group may reply and handle it, not edit it.
    expect(await commentCan(project.coordinator, thread.id)).toEqual({
      ...NOTHING,
      reply: true,
      resolve: true,
      chooseForReport: true,
    });

    await project.author.client.ok(DELETE, { id: thread.id });
    expect(await commentCan(project.author, thread.id)).toEqual({ ...NOTHING, resolve: true });
    expect(
      errorCode(
        await project.coordinator.client.gql(REPLY, { input: { parentId: thread.id, body: 'Svar' } }),
      ),
    ).toBe('CONFLICT');
  });
});

describe('viewerCan.mentionable: whom a comment may mention', () => {
  const CHAPTER_MENTIONS = 'query($id: UUID!) { chapter(id: $id) { viewerCan { mentionable { id } } } }';
  const THREAD_MENTIONS = 'query($id: UUID!) { comment(id: $id) { viewerCan { mentionable { id } } } }';
  const ids = (users: { id: string }[]) => users.map((u) => u.id).sort();

  it('offers the members who will see the comment, and the API refuses anyone else', async () => {
    const project = await buildProject(server);
    const chapterId = project.chapterIds[0];
    const colleague = await buildUser(server, { organizationId: project.reviewer.organizationId });
    await addMembership(server, project.id, colleague.id, 'REVIEWER');
    const otherReviewer = await buildUser(server);
    await addMembership(server, project.id, otherReviewer.id, 'REVIEWER');
    const mention = (user: TestUser, mentioned: TestUser) =>
      user.client.gql(CREATE, {
        input: { chapterId, body: `Til @${mentioned.name}`, mentionedUserIds: [mentioned.id] },
      });

    // An internal comment: the working group and observers, never a reviewer.
    const internal = await project.author.client.ok(CHAPTER_MENTIONS, { id: chapterId });
    expect(ids(internal.chapter.viewerCan.mentionable)).toEqual(
      [project.coordinator.id, project.observer.id].sort(),
    );
    expect((await mention(project.author, project.coordinator)).errors).toBeUndefined();
    expect(errorCode(await mention(project.author, project.reviewer))).toBe('BAD_USER_INPUT');

    // A reviewer's round comment: also their organisation's reviewers, not another organisation's.
    await openRound(project, [project.reviewer.organizationId, otherReviewer.organizationId]);
    const inRound = await project.reviewer.client.ok(CHAPTER_MENTIONS, { id: chapterId });
    expect(ids(inRound.chapter.viewerCan.mentionable)).toEqual(
      [project.coordinator.id, project.author.id, project.observer.id, colleague.id].sort(),
    );
    expect((await mention(project.reviewer, colleague)).errors).toBeUndefined();
    expect(errorCode(await mention(project.reviewer, otherReviewer))).toBe('BAD_USER_INPUT');

    // A reply in that thread: the author may mention the reviewer's organisation, not the other one.
    const { createComment: thread } = await project.reviewer.client.ok(CREATE, {
      input: { chapterId, body: 'Høringssvar' },
    });
    const reply = await project.author.client.ok(THREAD_MENTIONS, { id: thread.id });
    expect(ids(reply.comment.viewerCan.mentionable)).toEqual(
      [project.coordinator.id, project.observer.id, project.reviewer.id, colleague.id].sort(),
    );
    const replyMentioning = (mentioned: TestUser) =>
      project.author.client.gql(REPLY, {
        input: { parentId: thread.id, body: `@${mentioned.name}`, mentionedUserIds: [mentioned.id] },
      });
    expect((await replyMentioning(colleague)).errors).toBeUndefined();
    expect(errorCode(await replyMentioning(otherReviewer))).toBe('BAD_USER_INPUT');
    // Who may not reply is offered nobody.
    const observerView = await project.observer.client.ok(THREAD_MENTIONS, { id: thread.id });
    expect(observerView.comment.viewerCan.mentionable).toEqual([]);
  });
});
