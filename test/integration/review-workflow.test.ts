import { errorCode } from '../support/api';
import { eventually } from '../support/collab';
import { addMembership, buildProject, buildUser, type TestProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

// A short sweep, so a test can see closes and reminders that fell due while no timer ran.
const SWEEP = { REVIEW_SWEEP_INTERVAL_MS: '200' };
let server: TestServer;
beforeAll(async () => (server = await startTestServer({ env: SWEEP })));
afterAll(() => server.stop());

const OPEN = `mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id deadline isOpen } }`;
const CLOSE = 'mutation($id: UUID!) { closeReviewRound(id: $id) { id isOpen } }';
const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const CREATE = 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }';
const DISPOSE = `mutation($input: DisposeCommentInput!) { disposeComment(input: $input) { id disposition } }`;
const NOTIFICATIONS = '{ notifications { kind chapterId actorId data } }';
const WORKFLOW = `subscription($projectId: UUID!) { chapterWorkflowChanged(projectId: $projectId) {
  chapterId lastEditedAt chapter { status } } }`;
const ROUND_EVENTS = `subscription($documentId: UUID!) { reviewEvents(documentId: $documentId) { type round { id } } }`;

interface Note {
  kind: string;
  chapterId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
}

const statuses = async (ids: string[], on = server) =>
  (
    await on.db.query<{ id: string; status: string }>('SELECT id, status FROM chapter WHERE id = ANY($1)', [
      ids,
    ])
  ).rows.reduce<Record<string, string>>((all, r) => ({ ...all, [r.id]: r.status }), {});

const setStatus = (id: string, status: string) =>
  server.db.query('UPDATE chapter SET status = $2 WHERE id = $1', [id, status]);

const statusAudit = async (chapterId: string, on = server) =>
  (
    await on.db.query<{ details: { from: string; to: string; reason?: string } }>(
      `SELECT details FROM audit_event WHERE action = 'chapter.status_changed' AND "subjectId" = $1 ORDER BY at, id`,
      [chapterId],
    )
  ).rows.map((r) => `${r.details.from}→${r.details.to}:${r.details.reason ?? ''}`);

const notes = async (user: { client: TestProject['author']['client'] }, kind: string): Promise<Note[]> =>
  ((await user.client.ok(NOTIFICATIONS)).notifications as Note[]).filter((n) => n.kind === kind);

async function open(project: TestProject, fields: Record<string, unknown> = {}) {
  return project.coordinator.client.gql(OPEN, {
    input: {
      documentId: project.documentId,
      title: 'Høring over udkast',
      chapterIds: project.chapterIds.slice(0, 2),
      ...fields,
    },
  });
}

describe('a review round moves its chapters', () => {
  it('puts DRAFT and REVISION chapters IN_REVIEW, with audit entries and live dashboard events', async () => {
    const project = await buildProject(server);
    const [draft, revision, untouched] = project.chapterIds;
    await setStatus(revision, 'REVISION');
    const ws = subscriptionClient(server.url, project.coordinator.client.cookie);
    const events = collect(ws, WORKFLOW, { projectId: project.id });
    await started(server, events);
    const result = await open(project);
    expect(result.errors).toBeUndefined();
    expect(await statuses([draft, revision, untouched])).toEqual({
      [draft]: 'IN_REVIEW',
      [revision]: 'IN_REVIEW',
      [untouched]: 'DRAFT',
    });
    expect(await statusAudit(draft)).toEqual(['DRAFT→IN_REVIEW:REVIEW_ROUND_OPENED']);
    expect(await statusAudit(revision)).toEqual(['REVISION→IN_REVIEW:REVIEW_ROUND_OPENED']);
    const received = await events.waitFor(2);
    expect(
      received.map((r) => [
        r.data.chapterWorkflowChanged.chapterId,
        r.data.chapterWorkflowChanged.chapter.status,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [draft, 'IN_REVIEW'],
        [revision, 'IN_REVIEW'],
      ]),
    );
    events.dispose();
    await ws.dispose();
  });

  it('refuses a round on a chapter awaiting approval, approved or published, and writes nothing', async () => {
    const project = await buildProject(server);
    const [draft, later] = project.chapterIds;
    for (const status of ['AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED']) {
      await setStatus(later, status);
      const result = await open(project, { chapterIds: [draft, later] });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.chapterIds).toEqual([later]);
      expect(await statuses([draft, later])).toEqual({ [draft]: 'DRAFT', [later]: status });
    }
    const rounds = await server.db.query('SELECT id FROM review_round WHERE "documentId" = $1', [
      project.documentId,
    ]);
    expect(rounds.rows).toEqual([]);
    expect(await statusAudit(draft)).toEqual([]);
  });

  it('lets neither an author nor a reviewer open or close a round, so neither moves a chapter', async () => {
    const project = await buildProject(server);
    const input = { documentId: project.documentId, title: 'Høring', chapterIds: [project.chapterIds[0]] };
    for (const user of [project.author, project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(OPEN, { input }))).toBe('FORBIDDEN');
    expect(await statuses([project.chapterIds[0]])).toEqual({ [project.chapterIds[0]]: 'DRAFT' });
    const { openReviewRound: round } = (await open(project)).data!;
    for (const user of [project.author, project.reviewer])
      expect(errorCode(await user.client.gql(CLOSE, { id: round.id }))).toBe('FORBIDDEN');
    expect(await statuses([project.chapterIds[0]])).toEqual({ [project.chapterIds[0]]: 'IN_REVIEW' });
  });

  it('refuses submitting a chapter for approval while it is IN_REVIEW; after an early close it is in REVISION', async () => {
    const project = await buildProject(server);
    const [chapter] = project.chapterIds;
    const { openReviewRound: round } = (await open(project)).data!;
    const refused = await project.author.client.gql(SUBMIT, { id: chapter });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions?.status).toBe('IN_REVIEW');
    expect(errorCode(await project.reviewer.client.gql(SUBMIT, { id: chapter }))).toBe('FORBIDDEN');
    expect(await statuses([chapter])).toEqual({ [chapter]: 'IN_REVIEW' });

    await project.coordinator.client.ok(CLOSE, { id: round.id });
    expect(await statuses(project.chapterIds.slice(0, 2))).toEqual({
      [project.chapterIds[0]]: 'REVISION',
      [project.chapterIds[1]]: 'REVISION',
    });
    expect(await statusAudit(chapter)).toEqual([
      'DRAFT→IN_REVIEW:REVIEW_ROUND_OPENED',
      'IN_REVIEW→REVISION:REVIEW_ROUND_CLOSED',
    ]);
    const { submitChapterForApproval } = await project.author.client.ok(SUBMIT, { id: chapter });
    expect(submitChapterForApproval.status).toBe('AWAITING_APPROVAL');
  });

  it('returns the chapters to REVISION when the deadline passes, with one audit entry for the close', async () => {
    const project = await buildProject(server);
    const { openReviewRound: round } = (
      await open(project, { deadline: new Date(Date.now() + 1500).toISOString() })
    ).data!;
    await eventually(
      async () => (await statuses([project.chapterIds[0]]))[project.chapterIds[0]] === 'REVISION',
      'the chapter back in revision',
    );
    const audit = await server.db.query<{ actorId: string | null; details: { early: boolean } }>(
      `SELECT "actorId", details FROM audit_event WHERE action = 'review-round.closed' AND "subjectId" = $1`,
      [round.id],
    );
    expect(audit.rows).toEqual([{ actorId: null, details: expect.objectContaining({ early: false }) }]);
  });

  it('closes a round whose deadline passed while no timer ran: at start, and before a submission', async () => {
    const project = await buildProject(server, { chapters: 2 });
    const { openReviewRound: round } = (await open(project, { chapterIds: [project.chapterIds[0]] })).data!;
    // As if every instance had been down at the deadline: its timer still waits for four weeks.
    await server.db.query(`UPDATE review_round SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      round.id,
    ]);
    // Whether the sweep or the submission itself processes the close first, the chapter is in revision.
    const { submitChapterForApproval } = await project.author.client.ok(SUBMIT, {
      id: project.chapterIds[0],
    });
    expect(submitChapterForApproval.status).toBe('AWAITING_APPROVAL');
    expect(await statusAudit(project.chapterIds[0])).toEqual([
      'DRAFT→IN_REVIEW:REVIEW_ROUND_OPENED',
      'IN_REVIEW→REVISION:REVIEW_ROUND_CLOSED',
      'REVISION→AWAITING_APPROVAL:',
    ]);

    const other = await buildProject(server, { chapters: 1 });
    const { openReviewRound: second } = (await open(other, { chapterIds: other.chapterIds })).data!;
    await server.kill();
    await server.db.query(`UPDATE review_round SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      second.id,
    ]);
    await server.restart();
    await eventually(
      async () => (await statuses(other.chapterIds))[other.chapterIds[0]] === 'REVISION',
      'the close processed at start',
    );
  });
});

describe('one close with several instances', () => {
  it('announces the close, changes the statuses and audits it exactly once with two instances on one database', async () => {
    const a = await startTestServer({ env: SWEEP });
    const b = await startTestServer({ env: SWEEP, sameDatabaseAs: a });
    try {
      const project = await buildProject(a, { chapters: 1 });
      const clients = [a, b].map((s) => subscriptionClient(s.url, project.coordinator.client.cookie));
      const events = clients.map((c) => collect(c, ROUND_EVENTS, { documentId: project.documentId }));
      await started(a, events[0]);
      await started(b, events[1]);
      // Both instances learn of the round (a when it opens, b on its next sweep) and both timers fire.
      const { openReviewRound: round } = await project.coordinator.client.ok(OPEN, {
        input: {
          documentId: project.documentId,
          title: 'Høring',
          chapterIds: project.chapterIds,
          deadline: new Date(Date.now() + 3000).toISOString(),
        },
      });
      const attempts = (s: TestServer) =>
        s
          .output()
          .split('\n')
          .filter((line) => line.includes(round.id) && line.includes('review.round-close-'));
      await eventually(
        () => attempts(a).length > 0 && attempts(b).length > 0,
        'both instances trying to close the round',
        20_000,
      );
      const claimed = [...attempts(a), ...attempts(b)].filter((l) => l.includes('round-close-claimed'));
      expect(claimed).toHaveLength(1);
      const closed = () =>
        events.flatMap((e) => e.received).filter((r) => r.data?.reviewEvents.type === 'ROUND_CLOSED');
      await eventually(() => closed().length > 0, 'the close event');
      expect(closed()).toHaveLength(1);
      const audit = await a.db.query(
        `SELECT id FROM audit_event WHERE action = 'review-round.closed' AND "subjectId" = $1`,
        [round.id],
      );
      expect(audit.rows).toHaveLength(1);
      expect(await statusAudit(project.chapterIds[0], a)).toEqual([
        'DRAFT→IN_REVIEW:REVIEW_ROUND_OPENED',
        'IN_REVIEW→REVISION:REVIEW_ROUND_CLOSED',
      ]);
      for (const c of clients) await c.dispose();
    } finally {
      await b.stop();
      await a.stop();
    }
  });
});

describe('review notifications', () => {
  it('tells the hearing list’s reviewers and the working group that a round opened, nobody else', async () => {
    const project = await buildProject(server);
    const unlisted = await buildUser(server);
    await addMembership(server, project.id, unlisted.id, 'REVIEWER');
    const { openReviewRound: round } = (
      await open(project, { organizationIds: [project.reviewer.organizationId] })
    ).data!;
    for (const user of [project.reviewer, project.author]) {
      const [note] = await eventually(async () => {
        const found = await notes(user, 'ROUND_OPENED');
        return found.length ? found : null;
      }, 'the round-opened notification');
      expect(note.data).toMatchObject({
        roundId: round.id,
        documentId: project.documentId,
        deadline: round.deadline,
      });
      expect(note.actorId).toBe(project.coordinator.id);
    }
    for (const user of [unlisted, project.observer, project.coordinator, project.outsider])
      expect(await notes(user, 'ROUND_OPENED')).toEqual([]);
  });

  it('reminds reviewers whose organisation has not responded once, 48 hours before the deadline', async () => {
    const project = await buildProject(server);
    const other = await buildUser(server);
    await addMembership(server, project.id, other.id, 'REVIEWER');
    const { openReviewRound: round } = (await open(project)).data!;
    await project.reviewer.client.ok(CREATE, { input: { chapterId: project.chapterIds[0], body: 'Svar' } });
    // Nothing yet: four weeks remain.
    expect(await notes(other, 'ROUND_CLOSING_SOON')).toEqual([]);
    // Now 47 hours remain (as if the round had been open for weeks).
    await server.db.query(
      `UPDATE review_round SET deadline = now() + interval '47 hours', "openedAt" = now() - interval '3 weeks' WHERE id = $1`,
      [round.id],
    );
    const [reminder] = await eventually(async () => {
      const found = await notes(other, 'ROUND_CLOSING_SOON');
      return found.length ? found : null;
    }, 'the reminder');
    expect(reminder.data).toMatchObject({ roundId: round.id });
    // A reviewer who joins late is reminded on a later sweep; the first one is not reminded again.
    const late = await buildUser(server, { organizationId: other.organizationId });
    await addMembership(server, project.id, late.id, 'REVIEWER');
    await eventually(async () => (await notes(late, 'ROUND_CLOSING_SOON')).length === 1, 'the late reminder');
    expect(await notes(other, 'ROUND_CLOSING_SOON')).toHaveLength(1);
    // The responding organisation's reviewer, the working group and observers are not reminded.
    for (const user of [project.reviewer, project.author, project.coordinator, project.observer])
      expect(await notes(user, 'ROUND_CLOSING_SOON')).toEqual([]);
  });

  it('does not remind for a round opened with less than 48 hours to go', async () => {
    const project = await buildProject(server);
    await open(project, { deadline: new Date(Date.now() + 24 * 3600 * 1000).toISOString() });
    // The late reviewer proves a sweep ran after the round opened.
    const probe = await buildProject(server);
    const { openReviewRound: probeRound } = (await open(probe)).data!;
    await server.db.query(
      `UPDATE review_round SET deadline = now() + interval '47 hours', "openedAt" = now() - interval '3 weeks' WHERE id = $1`,
      [probeRound.id],
    );
    await eventually(async () => (await notes(probe.reviewer, 'ROUND_CLOSING_SOON')).length === 1, 'a sweep');
    expect(await notes(project.reviewer, 'ROUND_CLOSING_SOON')).toEqual([]);
  });

  it('tells a comment’s author when the working group disposed of it', async () => {
    const project = await buildProject(server);
    await open(project);
    const { createComment } = await project.reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Bemærkning' },
    });
    const input = { commentId: createComment.id, disposition: 'ACCEPTED', reply: 'Imødekommet' };
    expect(errorCode(await project.reviewer.client.gql(DISPOSE, { input }))).toBe('FORBIDDEN');
    expect(await notes(project.reviewer, 'COMMENT_DISPOSED')).toEqual([]);
    await project.author.client.ok(DISPOSE, { input });
    const disposed = await notes(project.reviewer, 'COMMENT_DISPOSED');
    expect(disposed).toEqual([
      expect.objectContaining({
        chapterId: project.chapterIds[0],
        actorId: project.author.id,
        data: expect.objectContaining({
          commentId: createComment.id,
          disposition: 'ACCEPTED',
          chapterTitle: 'Kapitel 1',
        }),
      }),
    ]);
    expect(await notes(project.author, 'COMMENT_DISPOSED')).toEqual([]);
  });
});

describe('the review columns of the coordinator dashboard', () => {
  const OVERVIEW = `query($id: UUID!) { document(id: $id) {
    openReviewRounds { id title deadline chapterIds }
    chapters { id openCommentCount } } }`;
  const REPLY = 'mutation($input: ReplyInput!) { replyToComment(input: $input) { id } }';
  const RESOLVE = 'mutation($id: UUID!) { resolveComment(id: $id) { id } }';
  const DELETE = 'mutation($id: UUID!) { deleteComment(id: $id) { id } }';
  const counts = async (user: { client: TestProject['author']['client'] }, documentId: string) =>
    Object.fromEntries(
      (
        (await user.client.ok(OVERVIEW, { id: documentId })).document.chapters as {
          id: string;
          openCommentCount: number;
        }[]
      ).map((c) => [c.id, c.openCommentCount]),
    );

  it('counts each chapter’s open threads and lists the open rounds with their deadlines', async () => {
    const project = await buildProject(server);
    const other = await buildUser(server);
    await addMembership(server, project.id, other.id, 'REVIEWER');
    const [c1, c2, c3] = project.chapterIds;
    const { openReviewRound: round } = (await open(project)).data!;
    const say = (user: typeof other, chapterId: string, body: string) =>
      user.client.ok(CREATE, { input: { chapterId, body } }).then((r) => r.createComment.id as string);
    const first = await say(project.reviewer, c1, 'Et');
    await say(other, c1, 'To');
    await project.author.client.ok(REPLY, { input: { parentId: first, body: 'Svar tæller ikke' } });
    const resolved = await say(project.author, c2, 'Løst');
    await project.author.client.ok(RESOLVE, { id: resolved });
    const deleted = await say(project.author, c2, 'Slettet');
    await project.author.client.ok(DELETE, { id: deleted });
    await say(project.author, c3, 'Intern');
    const disposed = await say(project.reviewer, c1, 'Behandlet');
    await project.author.client.ok(DISPOSE, {
      input: { commentId: disposed, disposition: 'NOTED', reply: 'Taget til efterretning' },
    });

    expect(await counts(project.coordinator, project.documentId)).toEqual({ [c1]: 2, [c2]: 0, [c3]: 1 });
    // A reviewer counts only what they may see: their organisation's round comments, until the deadline.
    expect(await counts(project.reviewer, project.documentId)).toEqual({ [c1]: 1, [c2]: 0, [c3]: 0 });

    const { document } = await project.coordinator.client.ok(OVERVIEW, { id: project.documentId });
    expect(document.openReviewRounds).toEqual([
      { id: round.id, title: 'Høring over udkast', deadline: round.deadline, chapterIds: [c1, c2] },
    ]);
    await project.coordinator.client.ok(CLOSE, { id: round.id });
    expect(
      (await project.coordinator.client.ok(OVERVIEW, { id: project.documentId })).document.openReviewRounds,
    ).toEqual([]);
    expect(errorCode(await project.outsider.client.gql(OVERVIEW, { id: project.documentId }))).toBe(
      'NOT_FOUND',
    );
  });
});
