import { eventually, openChapter, synced } from '../support/collab';
import { ApiClient } from '../support/api';
import { buildProject, TEST_PASSWORD, type TestProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const EVENTS = `subscription($documentId: UUID!) { reviewEvents(documentId: $documentId) {
  type comment { body } } }`;
const MEMBERSHIP_CHANGED = `subscription($projectId: UUID!) { membershipChanged(projectId: $projectId) { type userId } }`;
const CREATE = 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }';
const UPDATE =
  'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }';
const REMOVE = 'mutation($id: UUID!) { removeMember(id: $id) }';

type Events = ReturnType<typeof collect>;
/** The bodies delivered, without the comments that only proved the subscription live. */
const bodies = (events: Events) =>
  events.received
    .map((r) => (r.data as { reviewEvents: { comment: { body: string } } }).reviewEvents.comment.body)
    .filter((body) => !body.startsWith('klar '));

/** Comments until the subscription delivers one: then the server has registered it (no fixed sleep). */
async function untilSubscribed(events: Events, send: (body: string) => Promise<unknown>) {
  for (let n = 0; events.received.length === 0; n++) {
    if (n === 50) throw new Error('The subscription never delivered');
    await send(`klar ${n}`);
    await eventually(() => events.received.length > 0, 'a delivery', 300).catch(() => undefined);
  }
}

/** Membership changes until every subscription delivered one. */
async function untilAllSubscribed(project: TestProject, all: Events[]) {
  for (let n = 0; !all.every((events) => events.received.length > 0); n++) {
    if (n === 50) throw new Error('The subscriptions never delivered');
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.observer,
      input: { isApprover: n % 2 === 0 },
    });
    await eventually(() => all.every((events) => events.received.length > 0), 'deliveries', 300).catch(
      () => undefined,
    );
  }
}

describe('rights change while subscribed', () => {
  it('stops internal comments to an author whose role drops to reviewer, and keeps delivering to one who stays', async () => {
    const project = await buildProject(server);
    const chapterId = project.chapterIds[0];
    const comment = (body: string) => project.coordinator.client.ok(CREATE, { input: { chapterId, body } });
    const [demoted, staying] = [project.author, project.observer].map((u) => {
      const client = subscriptionClient(server.url, u.client.cookie);
      return { client, events: collect(client, EVENTS, { documentId: project.documentId }) };
    });
    await untilSubscribed(demoted.events, comment);
    await untilSubscribed(staying.events, comment);
    await comment('Før');
    await eventually(() => bodies(demoted.events).includes('Før'), 'the comment before the change');
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.author,
      input: { role: 'REVIEWER' },
    });
    await comment('Intern efter');
    await comment('Markør');
    // The observer gets both later comments, so the demoted author's stream has judged them too.
    await eventually(() => bodies(staying.events).includes('Markør'), 'the marker');
    expect(bodies(staying.events)).toEqual(['Før', 'Intern efter', 'Markør']);
    expect(bodies(demoted.events)).toEqual(['Før']);
    expect(demoted.events.completed).toBe(false);
    for (const s of [demoted, staying]) await s.client.dispose();
  });

  it('completes a removed member’s subscriptions at once, and not those of the members who stay', async () => {
    const project = await buildProject(server);
    const reviewerClient = subscriptionClient(server.url, project.reviewer.client.cookie);
    const removed = collect(reviewerClient, MEMBERSHIP_CHANGED, { projectId: project.id });
    const removedReview = collect(reviewerClient, EVENTS, { documentId: project.documentId });
    const watcherClient = subscriptionClient(server.url, project.author.client.cookie);
    const watcher = collect(watcherClient, MEMBERSHIP_CHANGED, { projectId: project.id });
    await untilAllSubscribed(project, [removed, watcher]);
    await project.coordinator.client.ok(REMOVE, { id: project.membershipIds.reviewer });
    await eventually(
      () => removed.completed && removedReview.completed,
      'the removed member’s subscriptions to complete',
    );
    await eventually(
      () =>
        watcher.received.some(
          (r) => (r.data as { membershipChanged: { type: string } }).membershipChanged.type === 'REMOVED',
        ),
      'the removal to reach the member who stays',
    );
    expect(watcher.completed).toBe(false);
    await reviewerClient.dispose();
    await watcherClient.dispose();
  });
});

describe('one event resolved for many receivers', () => {
  // Every receiver sends this same document: what depends on who asks must still be their own.
  const PERSONAL = `subscription($documentId: UUID!) { reviewEvents(documentId: $documentId) {
    type round { viewerCan { seeResults } } comment { body author { id isSystemAdmin } } } }`;
  const OPEN = 'mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }';
  type Personal = {
    type: string;
    round: { viewerCan: { seeResults: boolean } } | null;
    comment: { body: string; author: { id: string; isSystemAdmin: boolean | null } } | null;
  };
  const events = (received: Events['received']) =>
    received.map((r) => (r.data as { reviewEvents: Personal }).reviewEvents);

  it('gives each receiver of the same subscription the fields that depend on them: by role and by person', async () => {
    const project = await buildProject(server);
    const [coordinator, author, reviewer] = [project.coordinator, project.author, project.reviewer].map(
      (u) => {
        const client = subscriptionClient(server.url, u.client.cookie);
        return { client, events: collect(client, PERSONAL, { documentId: project.documentId }) };
      },
    );
    await started(server, coordinator.events, author.events, reviewer.events);
    await project.coordinator.client.ok(OPEN, {
      input: { documentId: project.documentId, title: 'Høring', chapterIds: [project.chapterIds[0]] },
    });
    // Results of an open round: everyone but the reviewer, whose organisation's view stays its own until the deadline.
    for (const [s, sees] of [
      [coordinator, true],
      [author, true],
      [reviewer, false],
    ] as const) {
      const [opened] = events(await s.events.waitFor(1));
      expect(opened.type).toBe('ROUND_OPENED');
      expect(opened.round?.viewerCan.seeResults).toBe(sees);
    }
    await project.reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Høringssvar' },
    });
    // Whether the author is a system admin is told to that person (and admins) only.
    for (const [s, told] of [
      [reviewer, false],
      [coordinator, null],
      [author, null],
    ] as const) {
      const [, added] = events(await s.events.waitFor(2));
      expect(added.comment).toEqual({
        body: 'Høringssvar',
        author: { id: project.reviewer.id, isSystemAdmin: told },
      });
    }
    for (const s of [coordinator, author, reviewer]) await s.client.dispose();
  });
});

describe('limits per socket', () => {
  it('refuses a 101st active subscription on one connection with RATE_LIMITED, and a new one once another ends', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.author.client.cookie);
    const subscriptions: Events[] = [];
    for (let i = 0; i < 100; i++) {
      subscriptions.push(collect(client, MEMBERSHIP_CHANGED, { projectId: project.id }));
      await new Promise((resolve) => setTimeout(resolve, 60)); // under the subscribe rate
    }
    const excess = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
    const [refusal] = await excess.waitFor(1);
    expect(refusal.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_SUBSCRIPTIONS',
    });
    expect(subscriptions.every((s) => s.received.length === 0 && !s.completed)).toBe(true);
    subscriptions[0].dispose();
    const replacement = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.observer,
      input: { isApprover: true },
    });
    const [event] = await replacement.waitFor(1);
    expect(event.errors).toBeUndefined();
    await client.dispose();
  });

  it('refuses subscribe messages beyond the rate with RATE_LIMITED while another user’s query is answered', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.author.client.cookie);
    const flood = Array.from({ length: 80 }, () =>
      collect(client, MEMBERSHIP_CHANGED, { projectId: project.id }),
    );
    await eventually(() => flood.some((s) => s.received.length > 0), 'a refusal');
    const refused = flood.filter((s) => s.received[0]?.errors?.[0].extensions?.reason === 'SUBSCRIBE_RATE');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(40);
    const answer = await project.observer.client.ok('query($id: UUID!) { project(id: $id) { id } }', {
      id: project.id,
    });
    expect(answer.project.id).toBe(project.id);
    await client.dispose();
  });
});

describe('logout', () => {
  it('closes the session’s /graphql and /collab sockets, and not those of the user’s other session', async () => {
    const project = await buildProject(server);
    const other = await new ApiClient(server.url).login(project.author.email, TEST_PASSWORD);
    const client = subscriptionClient(server.url, project.author.client.cookie);
    const events = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
    const keptClient = subscriptionClient(server.url, other.cookie);
    const kept = collect(keptClient, MEMBERSHIP_CHANGED, { projectId: project.id });
    const chapter = await synced(openChapter(server, project.chapterIds[0], project.author.client.cookie));
    let collabClosedWith: number | undefined;
    chapter.provider.on(
      'close',
      ({ event }: { event: { code: number } }) => (collabClosedWith ??= event.code),
    );
    await untilAllSubscribed(project, [events, kept]);
    await project.author.client.ok('mutation { logout }');
    await eventually(() => collabClosedWith === 4401 && events.failure !== undefined, 'the sockets to close');
    expect((events.failure as { code: number }).code).toBe(4401);
    // The other session still receives.
    const before = kept.received.length;
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.observer,
      input: { isApprover: false },
    });
    await kept.waitFor(before + 1);
    expect(kept.failure).toBeUndefined();
    chapter.destroy();
    await keptClient.dispose();
  });
});
