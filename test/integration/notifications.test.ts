import { errorCode } from '../support/api';
import { addMembership, buildProject, buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const LIST = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) {
  id kind projectId chapterId actorId data readAt createdAt } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation($ids: [UUID!]) { markNotificationsRead(ids: $ids) }';
const ADDED = 'subscription { notificationAdded { id kind chapterId data } }';

/** A project where a second organisation's author approves; plus a colleague of theirs without the flag. */
async function setup(chapters = 2) {
  const project = await buildProject(server, { chapters });
  const approver = await buildUser(server, { name: 'Godkender' });
  await addMembership(server, project.id, approver.id, 'AUTHOR', true);
  const colleague = await buildUser(server, { organizationId: approver.organizationId });
  await addMembership(server, project.id, colleague.id, 'AUTHOR', false);
  return { ...project, approver, colleague };
}

describe('notifications', () => {
  it('tells the approvers of the approving organisations that approval is requested, not the submitter', async () => {
    const project = await setup();
    const [chapterId] = project.chapterIds;
    await project.author.client.ok(SUBMIT, { id: chapterId });

    const mine = (await project.approver.client.ok(LIST)).notifications;
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'APPROVAL_REQUESTED',
        projectId: project.id,
        chapterId,
        actorId: project.author.id,
        data: { chapterTitle: 'Kapitel 1', documentId: project.documentId },
        readAt: null,
      }),
    ]);
    // The submitter (an approver too), a member without the flag, a reviewer and the coordinator
    // (whose organisation does not approve this document) are not asked.
    for (const user of [project.author, project.colleague, project.reviewer, project.coordinator])
      expect((await user.client.ok(LIST)).notifications).toEqual([]);
  });

  it('counts unread notifications and marks mine read, never anyone else’s', async () => {
    const project = await setup();
    for (const id of project.chapterIds) await project.coordinator.client.ok(SUBMIT, { id });
    expect((await project.approver.client.ok(COUNT)).unreadNotificationCount).toBe(2);
    expect((await project.author.client.ok(COUNT)).unreadNotificationCount).toBe(2);
    const [first] = (await project.approver.client.ok(LIST)).notifications;

    // Someone else's notification id changes nothing.
    expect((await project.author.client.ok(MARK, { ids: [first.id] })).markNotificationsRead).toBe(0);
    expect((await project.approver.client.ok(MARK, { ids: [first.id] })).markNotificationsRead).toBe(1);
    expect((await project.approver.client.ok(COUNT)).unreadNotificationCount).toBe(1);
    expect((await project.approver.client.ok(LIST, { unreadOnly: true })).notifications).toHaveLength(1);
    expect((await project.approver.client.ok(MARK)).markNotificationsRead).toBe(1);
    expect((await project.approver.client.ok(COUNT)).unreadNotificationCount).toBe(0);
    expect((await project.author.client.ok(COUNT)).unreadNotificationCount).toBe(2);
  });

  it('hides notifications from a project I am no longer a member of', async () => {
    const project = await setup();
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[0] });
    await server.db.query('DELETE FROM membership WHERE "userId" = $1', [project.approver.id]);
    expect((await project.approver.client.ok(LIST)).notifications).toEqual([]);
    expect((await project.approver.client.ok(COUNT)).unreadNotificationCount).toBe(0);
  });

  it('delivers a new notification live to its recipient only, checked per event', async () => {
    const project = await setup(3);
    const mineClient = subscriptionClient(server.url, project.approver.client.cookie);
    const mine = collect(mineClient, ADDED, {});
    const othersClient = subscriptionClient(server.url, project.colleague.client.cookie);
    const others = collect(othersClient, ADDED, {});
    await started(server, mine, others);
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[0] });
    const [event] = await mine.waitFor(1);
    expect(event.data.notificationAdded).toMatchObject({
      kind: 'APPROVAL_REQUESTED',
      chapterId: project.chapterIds[0],
    });

    // Removed from the project while the socket stays open: the next event is not delivered.
    const { rows } = await server.db.query('DELETE FROM membership WHERE "userId" = $1 RETURNING *', [
      project.approver.id,
    ]);
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[1] });
    // Back in the project, the next submission reaches them; nothing arrived in between.
    await server.db.query('INSERT INTO membership SELECT * FROM json_populate_record(NULL::membership, $1)', [
      JSON.stringify(rows[0]),
    ]);
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[2] });
    const [, marker] = await mine.waitFor(2);
    expect(marker.data.notificationAdded.chapterId).toBe(project.chapterIds[2]);
    expect(mine.received).toHaveLength(2);
    expect(others.received).toHaveLength(0);
    mine.dispose();
    others.dispose();
    await othersClient.dispose();
    await mineClient.dispose();
  });

  it('refuses anonymous callers', async () => {
    const anonymous = await buildUser(server, { login: false });
    expect(errorCode(await anonymous.client.gql(COUNT))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.client.gql(MARK))).toBe('UNAUTHENTICATED');
  });
});
