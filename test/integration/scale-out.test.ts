import { appendParagraph, blocks, eventually, openChapter, synced } from '../support/collab';
import { addMembership, buildProject, buildUser, type TestProject } from '../support/factories';
import { startTestRedis, type TestRedis } from '../support/redis';
import { startTestServer, type TestServer } from '../support/server';
import { collect, subscriptionClient } from '../support/ws';

/** Two real server processes on one database and one Redis, as behind a load balancer. */
let redis: TestRedis;
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  redis = await startTestRedis();
  // A short presence TTL, so a killed instance drops out quickly.
  const env = { REDIS_URL: redis.url, PRESENCE_TTL_MS: '1500' };
  a = await startTestServer({ env });
  b = await startTestServer({ env, sameDatabaseAs: a });
}, 120_000);
afterAll(async () => {
  await b.stop();
  await a.stop();
  await redis.stop();
});

const EVENTS = `subscription($documentId: UUID!) { reviewEvents(documentId: $documentId) {
  type comment { body } } }`;
const MEMBERSHIP_CHANGED = `subscription($projectId: UUID!) { membershipChanged(projectId: $projectId) { type userId } }`;
const CREATE = 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }';
const UPDATE =
  'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }';
const PRESENCE = 'query($projectId: UUID!) { presence(projectId: $projectId) { chapterId user { id } } }';

type Events = ReturnType<typeof collect>;
const bodies = (events: Events) =>
  events.received
    .map((r) => (r.data as { reviewEvents: { comment: { body: string } } }).reviewEvents.comment.body)
    .filter((body) => !body.startsWith('klar '));

/** Repeats `poke` until every subscription delivered something: then both instances have registered it. */
async function untilDelivering(all: Events[], poke: (n: number) => Promise<unknown>) {
  for (let n = 0; !all.every((events) => events.received.length > 0); n++) {
    if (n === 50) throw new Error('The subscriptions never delivered');
    await poke(n);
    await eventually(() => all.every((events) => events.received.length > 0), 'deliveries', 300).catch(
      () => undefined,
    );
  }
}

/** Who A's presence lists (sessions live in the shared database, so cookies work on both instances). */
const present = async (project: TestProject) =>
  (
    await project.coordinator.client.ok<{ presence: { user: { id: string } }[] }>(PRESENCE, {
      projectId: project.id,
    })
  ).presence.map((entry) => entry.user.id);

describe('two instances behind a load balancer', () => {
  it('delivers a comment created on A to a reviewEvents subscriber on B, and not to a reviewer who may not see it', async () => {
    const project = await buildProject(a);
    const chapterId = project.chapterIds[0];
    const [observer, reviewer] = [project.observer, project.reviewer].map((u) => {
      const client = subscriptionClient(b.url, u.client.cookie);
      return { client, events: collect(client, EVENTS, { documentId: project.documentId }) };
    });
    // The author's client talks to A.
    await untilDelivering([observer.events], (n) =>
      project.author.client.ok(CREATE, { input: { chapterId, body: `klar ${n}` } }),
    );
    await project.author.client.ok(CREATE, { input: { chapterId, body: 'Fra A' } });
    await eventually(() => bodies(observer.events).includes('Fra A'), 'the comment on B');
    // Internal comments never reach a reviewer, on any instance.
    expect(reviewer.events.received).toEqual([]);
    for (const s of [observer, reviewer]) await s.client.dispose();
  });

  it('completes on B the subscription of a member removed on A', async () => {
    const project = await buildProject(a);
    const removedClient = subscriptionClient(b.url, project.reviewer.client.cookie);
    const removed = collect(removedClient, MEMBERSHIP_CHANGED, { projectId: project.id });
    const stayingClient = subscriptionClient(b.url, project.author.client.cookie);
    const staying = collect(stayingClient, MEMBERSHIP_CHANGED, { projectId: project.id });
    await untilDelivering([removed, staying], (n) =>
      project.coordinator.client.ok(UPDATE, {
        id: project.membershipIds.observer,
        input: { isApprover: n % 2 === 0 },
      }),
    );
    await project.coordinator.client.ok('mutation($id: UUID!) { removeMember(id: $id) }', {
      id: project.membershipIds.reviewer,
    });
    await eventually(() => removed.completed, 'the removed member’s subscription on B to complete');
    await eventually(
      () =>
        staying.received.some(
          (r) => (r.data as { membershipChanged: { type: string } }).membershipChanged.type === 'REMOVED',
        ),
      'the removal to reach the member who stays',
    );
    expect(staying.completed).toBe(false);
    await removedClient.dispose();
    await stayingClient.dispose();
  });

  it('converges two authors writing the same chapter on A and on B', async () => {
    const project = await buildProject(a);
    const second = await buildUser(a);
    await addMembership(a, project.id, second.id, 'AUTHOR');
    const chapterId = project.chapterIds[0];
    const onA = await synced(openChapter(a, chapterId, project.author.client.cookie));
    const onB = await synced(openChapter(b, chapterId, second.client.cookie));
    appendParagraph(onA, 'Skrevet på A');
    appendParagraph(onB, 'Skrevet på B');
    await eventually(
      () => blocks(onA).length === 2 && JSON.stringify(blocks(onA)) === JSON.stringify(blocks(onB)),
      'both editors to hold both paragraphs',
    );
    expect([...blocks(onA)].sort()).toEqual(['Skrevet på A', 'Skrevet på B']);
    onA.destroy();
    onB.destroy();
  });

  // Last: it kills B.
  it('lists on A a person connected to B, and drops them when B is killed', async () => {
    const project = await buildProject(a);
    const chapter = await synced(openChapter(b, project.chapterIds[1], project.observer.client.cookie));
    await eventually(async () => (await present(project)).includes(project.observer.id), 'B’s person on A');
    const watcherClient = subscriptionClient(a.url, project.coordinator.client.cookie);
    const changes = collect(
      watcherClient,
      'subscription($projectId: UUID!) { presenceChanged(projectId: $projectId) { entries { user { id } } } }',
      { projectId: project.id },
    );
    await b.kill();
    await eventually(async () => (await present(project)).length === 0, 'B’s person to drop out', 30_000);
    await eventually(
      () =>
        changes.received.some(
          (r) => (r.data as { presenceChanged: { entries: unknown[] } }).presenceChanged.entries.length === 0,
        ),
      'presenceChanged on A without them',
      30_000,
    );
    chapter.destroy();
    await watcherClient.dispose();
  });
});
