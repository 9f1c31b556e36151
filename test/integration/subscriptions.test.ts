import { buildProject, buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const MEMBERSHIP_CHANGED = `subscription($projectId: UUID!) {
  membershipChanged(projectId: $projectId) { type userId membership { role user { name } } } }`;
const UPDATE =
  'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }';
const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { membership { id } } }';
const REMOVE = 'mutation($id: UUID!) { removeMember(id: $id) }';

describe('membershipChanged', () => {
  it('delivers additions, changes and removals to members of the project', async () => {
    const project = await buildProject(server);
    const newcomer = await buildUser(server, { name: 'Nyt Medlem' });
    const client = subscriptionClient(server.url, project.observer.client.cookie);
    const events = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
    await started(server, events);
    const added = await project.coordinator.client.ok(ADD, {
      input: { projectId: project.id, email: newcomer.email, role: 'AUTHOR', isApprover: false },
    });
    await project.coordinator.client.ok(UPDATE, {
      id: added.addMember.membership.id,
      input: { role: 'REVIEWER' },
    });
    await project.coordinator.client.ok(REMOVE, { id: added.addMember.membership.id });
    const received = await events.waitFor(3);
    expect(
      received.map((r) => [r.data.membershipChanged.type, r.data.membershipChanged.membership?.role ?? null]),
    ).toEqual([
      ['ADDED', 'AUTHOR'],
      ['UPDATED', 'REVIEWER'],
      ['REMOVED', null],
    ]);
    expect(received[0].data.membershipChanged.membership.user.name).toBe('Nyt Medlem');
    events.dispose();
    await client.dispose();
  });

  it('refuses a non-member as NOT_FOUND and an anonymous socket as UNAUTHENTICATED', async () => {
    const project = await buildProject(server);
    for (const [cookie, code] of [
      [project.outsider.client.cookie, 'NOT_FOUND'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const client = subscriptionClient(server.url, cookie);
      const events = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
      const received = await events.waitFor(1);
      expect(received[0].errors?.[0].extensions?.code).toBe(code);
      await client.dispose();
    }
  });

  it('stops delivering to a member the moment they are removed', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.reviewer.client.cookie);
    const events = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
    await started(server, events);
    await project.coordinator.client.ok(REMOVE, { id: project.membershipIds.reviewer });
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.observer,
      input: { isApprover: true },
    });
    // A watcher who stays a member sees both events; by then the removed reviewer's stream has been judged too.
    const watcher = subscriptionClient(server.url, project.author.client.cookie);
    const watched = collect(watcher, MEMBERSHIP_CHANGED, { projectId: project.id });
    await started(server, watched);
    await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.observer,
      input: { isApprover: false },
    });
    await watched.waitFor(1);
    expect(events.received).toEqual([]);
    events.dispose();
    watched.dispose();
    await client.dispose();
    await watcher.dispose();
  });

  it('refuses a WebSocket from a foreign Origin', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.coordinator.client.cookie, 'https://evil.example');
    const events = collect(client, MEMBERSHIP_CHANGED, { projectId: project.id });
    await events.waitFor(1).catch(() => undefined);
    expect(events.received).toEqual([]);
    expect(events.failure).toBeDefined();
    await client.dispose();
  });
});

describe('queries and mutations over graphql-ws', () => {
  it('apply the same rules as HTTP', async () => {
    const project = await buildProject(server);
    const client = subscriptionClient(server.url, project.reviewer.client.cookie);
    const forbidden = collect(client, 'mutation($id: UUID!) { deleteChapter(id: $id) }', {
      id: project.chapterIds[0],
    });
    expect((await forbidden.waitFor(1))[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await client.dispose();
    const { rows } = await server.db.query('SELECT count(*)::int AS n FROM chapter WHERE id = $1', [
      project.chapterIds[0],
    ]);
    expect(rows[0].n).toBe(1);
  });
});
