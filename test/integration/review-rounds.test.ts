import { errorCode } from '../support/api';
import {
  addMembership,
  buildProject,
  buildUser,
  type TestProject,
  type TestUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const ROUND_FIELDS =
  'id title letter deadline isOpen closedEarly chapterIds organizationIds hearingList { organization { id } reviewers { id } }';
const OPEN = `mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { ${ROUND_FIELDS} } }`;
const EXTEND = `mutation($id: UUID!, $deadline: DateTimeISO!) { extendReviewRound(id: $id, deadline: $deadline) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($id: UUID!) { closeReviewRound(id: $id) { ${ROUND_FIELDS} } }`;
const CREATE = `mutation($input: CreateCommentInput!) { createComment(input: $input) { id roundId internal organization { id } } }`;
const REPLY = 'mutation($input: ReplyInput!) { replyToComment(input: $input) { id roundId } }';
const THREADS =
  'query($chapterId: UUID!) { commentThreads(chapterId: $chapterId) { id body internal organization { id } } }';
const DISPOSE = `mutation($input: DisposeCommentInput!) { disposeComment(input: $input) { id disposition dispositionReply } }`;
const PROGRESS = `query($id: UUID!) { reviewRoundProgress(id: $id) {
  total { received disposed open }
  chapters { chapter { id } received disposed open }
  organizations { organization { id } responded received disposed open } } }`;
const EVENTS = `subscription($documentId: UUID!) { reviewEvents(documentId: $documentId) {
  type documentId chapterId comment { id body organization { id } } round { id isOpen } } }`;

/** A second reviewer from another organisation. */
async function secondReviewer(project: TestProject): Promise<TestUser> {
  const user = await buildUser(server, { name: 'Anden referent' });
  await addMembership(server, project.id, user.id, 'REVIEWER');
  return user;
}

async function openRound(project: TestProject, fields: Record<string, unknown> = {}) {
  const { openReviewRound } = await project.coordinator.client.ok(OPEN, {
    input: {
      documentId: project.documentId,
      title: 'Høring over udkast',
      letter: 'Kære høringsparter',
      chapterIds: [project.chapterIds[0]],
      ...fields,
    },
  });
  return openReviewRound;
}

const comment = (user: TestUser, chapterId: string, body: string) =>
  user.client.gql(CREATE, { input: { chapterId, body } });

describe('opening, extending and closing a round', () => {
  it('opens with a four-week deadline and every reviewer organisation by default; coordinators only', async () => {
    const project = await buildProject(server);
    const other = await secondReviewer(project);
    const input = { documentId: project.documentId, title: 'Høring', chapterIds: [project.chapterIds[0]] };
    expect(errorCode(await project.author.client.gql(OPEN, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.reviewer.client.gql(OPEN, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(OPEN, { input }))).toBe('NOT_FOUND');
    const before = Date.now();
    const round = await openRound(project);
    const days = (new Date(round.deadline).getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(27.99);
    expect(days).toBeLessThan(28.01);
    expect(round.isOpen).toBe(true);
    expect([...round.organizationIds].sort()).toEqual(
      [project.reviewer.organizationId, other.organizationId].sort(),
    );
    expect(
      round.hearingList.flatMap((p: { reviewers: { id: string }[] }) => p.reviewers.map((r) => r.id)).sort(),
    ).toEqual([project.reviewer.id, other.id].sort());
    // One open round per chapter: the refusal names the chapters taken and the round that holds them.
    const rounds = await server.db.query(
      'SELECT count(*)::int AS n FROM review_round WHERE "documentId" = $1',
      [project.documentId],
    );
    const taken = await project.coordinator.client.gql(OPEN, {
      input: { ...input, chapterIds: [project.chapterIds[1], project.chapterIds[0]] },
    });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions).toMatchObject({
      reason: 'CHAPTER_IN_OPEN_ROUND',
      chapterIds: [project.chapterIds[0]],
      rounds: [{ id: round.id, title: 'Høring over udkast', chapterIds: [project.chapterIds[0]] }],
    });
    expect(taken.errors?.[0].message).toContain('Høring over udkast');
    const after = await server.db.query(
      'SELECT count(*)::int AS n FROM review_round WHERE "documentId" = $1',
      [project.documentId],
    );
    expect(after.rows).toEqual(rounds.rows);
    // Extending moves the deadline later; closing ends it; a closed round is not extended.
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString();
    expect(errorCode(await project.author.client.gql(EXTEND, { id: round.id, deadline: later }))).toBe(
      'FORBIDDEN',
    );
    const { extendReviewRound } = await project.coordinator.client.ok(EXTEND, {
      id: round.id,
      deadline: later,
    });
    expect(extendReviewRound.deadline).toBe(later);
    const { closeReviewRound } = await project.coordinator.client.ok(CLOSE, { id: round.id });
    expect(closeReviewRound).toMatchObject({ isOpen: false, closedEarly: true });
    expect(errorCode(await project.coordinator.client.gql(EXTEND, { id: round.id, deadline: later }))).toBe(
      'CONFLICT',
    );
    const audit = await server.db.query(`SELECT action FROM audit_event WHERE "subjectId" = $1 ORDER BY at`, [
      round.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'review-round.opened',
      'review-round.extended',
      'review-round.closed',
    ]);
  });
});

describe('who may comment in a round', () => {
  it('lets a listed reviewer comment only on the round’s chapters while it is open', async () => {
    const project = await buildProject(server);
    const unlisted = await secondReviewer(project);
    const round = await openRound(project, { organizationIds: [project.reviewer.organizationId] });
    const [inRound, outside] = project.chapterIds;
    const ok = await project.reviewer.client.ok(CREATE, {
      input: { chapterId: inRound, body: 'Høringssvar' },
    });
    expect(ok.createComment).toMatchObject({ roundId: round.id, internal: false });
    expect(errorCode(await comment(project.reviewer, outside, 'Udenfor'))).toBe('FORBIDDEN');
    expect(errorCode(await comment(unlisted, inRound, 'Ikke på listen'))).toBe('FORBIDDEN');
    expect(errorCode(await comment(project.observer, inRound, 'Observatør'))).toBe('FORBIDDEN');
    // The working group comments anyway, internally.
    const internal = await project.author.client.ok(CREATE, {
      input: { chapterId: outside, body: 'Intern' },
    });
    expect(internal.createComment).toMatchObject({ roundId: null, internal: true });
    // After the deadline (set in the past): no comments, replies or edits by reviewers.
    await server.db.query(`UPDATE review_round SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      round.id,
    ]);
    expect(errorCode(await comment(project.reviewer, inRound, 'For sent'))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await project.reviewer.client.gql(REPLY, {
          input: { parentId: ok.createComment.id, body: 'Tilføjelse' },
        }),
      ),
    ).toBe('FORBIDDEN');
    // The working group still replies: to the reviewer, so the reply is not internal, and the reviewer reads it.
    const reply = await project.author.client.ok(
      'mutation($input: ReplyInput!) { replyToComment(input: $input) { id internal } }',
      { input: { parentId: ok.createComment.id, body: 'Tak' } },
    );
    expect(reply.replyToComment.internal).toBe(false);
    const seen = await project.reviewer.client.ok(
      'query($chapterId: UUID!) { commentThreads(chapterId: $chapterId) { id replies { id internal } } }',
      { chapterId: inRound },
    );
    const thread = seen.commentThreads.find((t: { id: string }) => t.id === ok.createComment.id);
    expect(thread.replies).toEqual([{ id: reply.replyToComment.id, internal: false }]);
    // A reply in the working group's own thread stays internal.
    const ownReply = await project.coordinator.client.ok(
      'mutation($input: ReplyInput!) { replyToComment(input: $input) { internal } }',
      { input: { parentId: internal.createComment.id, body: 'Enig' } },
    );
    expect(ownReply.replyToComment.internal).toBe(true);
  });

  it('refuses a reviewer once a coordinator closed the round early', async () => {
    const project = await buildProject(server);
    const round = await openRound(project);
    await project.coordinator.client.ok(CLOSE, { id: round.id });
    expect(errorCode(await comment(project.reviewer, project.chapterIds[0], 'Lukket'))).toBe('FORBIDDEN');
  });
});

describe('who sees which comments', () => {
  it('shows a reviewer only their organisation’s comments until the deadline, everyone’s after it', async () => {
    const project = await buildProject(server);
    const other = await secondReviewer(project);
    const round = await openRound(project);
    const chapterId = project.chapterIds[0];
    await project.reviewer.client.ok(CREATE, { input: { chapterId, body: 'Fra første' } });
    await other.client.ok(CREATE, { input: { chapterId, body: 'Fra anden' } });
    await project.author.client.ok(CREATE, { input: { chapterId, body: 'Internt' } });
    const bodies = async (user: TestUser) =>
      (await user.client.ok(THREADS, { chapterId })).commentThreads
        .map((c: { body: string }) => c.body)
        .sort();
    expect(await bodies(project.reviewer)).toEqual(['Fra første']);
    expect(await bodies(other)).toEqual(['Fra anden']);
    expect(await bodies(project.author)).toEqual(['Fra anden', 'Fra første', 'Internt']);
    expect(await bodies(project.observer)).toEqual(['Fra anden', 'Fra første', 'Internt']);
    await project.coordinator.client.ok(CLOSE, { id: round.id });
    expect(await bodies(project.reviewer)).toEqual(['Fra anden', 'Fra første']);
  });

  it('delivers review events only to those who may see them, per event', async () => {
    const project = await buildProject(server);
    const other = await secondReviewer(project);
    const round = await openRound(project);
    const chapterId = project.chapterIds[0];
    const clients = [project.author, project.reviewer, other, project.observer].map((u) =>
      subscriptionClient(server.url, u.client.cookie),
    );
    const [authorEvents, reviewerEvents, otherEvents, observerEvents] = clients.map((c) =>
      collect(c, EVENTS, { documentId: project.documentId }),
    );
    await started(server, authorEvents, reviewerEvents, otherEvents, observerEvents);
    await project.reviewer.client.ok(CREATE, { input: { chapterId, body: 'Første' } });
    await observerEvents.waitFor(1);
    // The observer is removed: nothing more reaches them.
    await server.db.query('DELETE FROM membership WHERE id = $1', [project.membershipIds.observer]);
    await other.client.ok(CREATE, { input: { chapterId, body: 'Anden' } });
    await project.coordinator.client.ok(CLOSE, { id: round.id });
    const types = (events: typeof authorEvents) =>
      events.received.map((r) => `${r.data.reviewEvents.type}:${r.data.reviewEvents.comment?.body ?? ''}`);
    await authorEvents.waitFor(3);
    await reviewerEvents.waitFor(2);
    await otherEvents.waitFor(2);
    expect(types(authorEvents)).toEqual(['COMMENT_ADDED:Første', 'COMMENT_ADDED:Anden', 'ROUND_CLOSED:']);
    expect(types(reviewerEvents)).toEqual(['COMMENT_ADDED:Første', 'ROUND_CLOSED:']);
    expect(types(otherEvents)).toEqual(['COMMENT_ADDED:Anden', 'ROUND_CLOSED:']);
    expect(types(observerEvents)).toEqual(['COMMENT_ADDED:Første']);
    for (const c of clients) void c.dispose();
  });

  it('delivers reply, resolve and disposition events only to the comment’s organisation before the deadline', async () => {
    const project = await buildProject(server);
    const other = await secondReviewer(project);
    await openRound(project);
    const chapterId = project.chapterIds[0];
    const { createComment } = await project.reviewer.client.ok(CREATE, {
      input: { chapterId, body: 'Svar' },
    });
    const clients = [project.reviewer, other].map((u) => subscriptionClient(server.url, u.client.cookie));
    const [own, foreign] = clients.map((c) => collect(c, EVENTS, { documentId: project.documentId }));
    await started(server, own, foreign);
    await project.author.client.ok(REPLY, { input: { parentId: createComment.id, body: 'Tak' } });
    await project.author.client.ok('mutation($id: UUID!) { resolveComment(id: $id) { id } }', {
      id: createComment.id,
    });
    await project.author.client.ok(DISPOSE, {
      input: { commentId: createComment.id, disposition: 'ACCEPTED', reply: 'Rettet' },
    });
    const received = await own.waitFor(3);
    expect(received.map((r) => r.data.reviewEvents.type)).toEqual([
      'REPLY_ADDED',
      'COMMENT_RESOLVED',
      'DISPOSITION_SET',
    ]);
    // A comment of their own reaches the other organisation after those events: nothing came before it.
    await other.client.ok(CREATE, { input: { chapterId, body: 'Markør' } });
    const [marker] = await foreign.waitFor(1);
    expect(marker.data.reviewEvents.type).toBe('COMMENT_ADDED');
    expect(foreign.received).toHaveLength(1);
    for (const c of clients) void c.dispose();
  });

  it('refuses a non-member subscribing as NOT_FOUND', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.outsider.client.cookie);
    const events = collect(client, EVENTS, { documentId: project.documentId });
    const received = await events.waitFor(1);
    expect(received[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await client.dispose();
  });

  it('announces the close when the deadline passes by itself', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.reviewer.client.cookie);
    const events = collect(client, EVENTS, { documentId: project.documentId });
    await started(server, events);
    const round = await openRound(project, { deadline: new Date(Date.now() + 1500).toISOString() });
    const received = await events.waitFor(2);
    expect(received.map((r) => r.data.reviewEvents.type)).toEqual(['ROUND_OPENED', 'ROUND_CLOSED']);
    expect(received[1].data.reviewEvents.round).toEqual({ id: round.id, isOpen: false });
    await client.dispose();
  });
});

describe('dispositions and progress', () => {
  it('records the working group’s disposition and counts progress per chapter and organisation', async () => {
    const project = await buildProject(server);
    const other = await secondReviewer(project);
    const round = await openRound(project, { chapterIds: project.chapterIds.slice(0, 2) });
    const [c1, c2] = project.chapterIds;
    const a = (await project.reviewer.client.ok(CREATE, { input: { chapterId: c1, body: 'A' } }))
      .createComment;
    await project.reviewer.client.ok(CREATE, { input: { chapterId: c2, body: 'B' } });
    const internal = (await project.author.client.ok(CREATE, { input: { chapterId: c1, body: 'I' } }))
      .createComment;
    const input = { commentId: a.id, disposition: 'PARTLY_ACCEPTED', reply: 'Delvist imødekommet' };
    expect(errorCode(await project.reviewer.client.gql(DISPOSE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.observer.client.gql(DISPOSE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await other.client.gql(DISPOSE, { input }))).toBe('NOT_FOUND');
    expect(
      errorCode(await project.author.client.gql(DISPOSE, { input: { ...input, commentId: internal.id } })),
    ).toBe('BAD_USER_INPUT');
    const { disposeComment } = await project.author.client.ok(DISPOSE, { input });
    expect(disposeComment).toMatchObject({
      disposition: 'PARTLY_ACCEPTED',
      dispositionReply: 'Delvist imødekommet',
    });
    // Reviewers see progress only after the deadline.
    expect(errorCode(await project.reviewer.client.gql(PROGRESS, { id: round.id }))).toBe('FORBIDDEN');
    const { reviewRoundProgress: p } = await project.coordinator.client.ok(PROGRESS, { id: round.id });
    expect(p.total).toEqual({ received: 2, disposed: 1, open: 1 });
    expect(p.chapters).toEqual([
      { chapter: { id: c1 }, received: 1, disposed: 1, open: 0 },
      { chapter: { id: c2 }, received: 1, disposed: 0, open: 1 },
    ]);
    const byOrg = Object.fromEntries(
      p.organizations.map((o: { organization: { id: string } }) => [o.organization.id, o]),
    );
    expect(byOrg[project.reviewer.organizationId]).toMatchObject({
      responded: true,
      received: 2,
      disposed: 1,
    });
    expect(byOrg[other.organizationId]).toMatchObject({ responded: false, received: 0 });
    await project.coordinator.client.ok(CLOSE, { id: round.id });
    expect(
      (await project.reviewer.client.ok(PROGRESS, { id: round.id })).reviewRoundProgress.total.received,
    ).toBe(2);
  });
});
