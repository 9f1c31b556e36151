import { eventually } from '../support/collab';
import { startControlledPostgres, type ControlledPostgres } from '../support/fault-postgres';
import { buildProject } from '../support/factories';
import {
  timedQuery,
  timedReadyz,
  timedSubscription,
  typeThroughOutage,
  within,
  type Outage,
} from '../support/outages';
import { startTestServer, type TestServer } from '../support/server';

let pg: ControlledPostgres;
let server: TestServer;

beforeAll(async () => {
  pg = await startControlledPostgres();
  server = await startTestServer({ adminUrl: pg.adminUrl, env: { REVIEW_SWEEP_INTERVAL_MS: '1000' } });
}, 120_000);
afterAll(async () => {
  // Whatever a failing test left behind: the database must answer for the server to shut down.
  pg.thaw();
  await pg.start();
  await server.stop();
  await pg.destroy();
}, 60_000);

const stopDatabase: Outage = { begin: () => pg.stop(), end: () => pg.start() };

describe('a database outage', () => {
  it('loses no edit of two authors typing through a 2-second stop, and both are live again within 3 s of the restart', async () => {
    const run = await typeThroughOutage(server, {
      clients: 2,
      outage: stopDatabase,
      outageMs: 2000,
      boundMs: 3000,
    });
    expect(run.refusals).toEqual([]);
    expect(run.lost).toEqual([]);
    expect(run.typed).toBeGreaterThan(20);
  }, 60_000);

  it('tells nobody they were refused during a 60-second stop, answers 503 SERVICE_UNAVAILABLE meanwhile, and everyone converges within 10 s of its return', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const cookie = project.author.client.cookie;
    const answers: Awaited<ReturnType<typeof timedQuery>>[] = [];
    const run = await typeThroughOutage(server, {
      clients: 3,
      outage: stopDatabase,
      outageMs: 60_000,
      boundMs: 10_000,
      during: async () => {
        answers.push(await within(timedReadyz(server), 1000, '/readyz'));
        answers.push(await within(timedQuery(server, cookie), 5000, 'GraphQL over HTTP'));
        answers.push(await within(timedSubscription(server, cookie), 5000, 'graphql-ws'));
      },
    });
    expect(run.refusals).toEqual([]);
    expect(run.lost).toEqual([]);
    const [readyz, http, ws] = answers;
    expect(readyz.status).toBe(503);
    expect(http).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(ws.code).toBe('SERVICE_UNAVAILABLE');
    // Back: the same requests succeed again on the same instance (it did not go down with its database).
    expect((await timedReadyz(server)).status).toBe(200);
    expect(await timedQuery(server, cookie)).toMatchObject({ status: 200, code: undefined });
  }, 150_000);

  it('answers /readyz within 1 s and GraphQL with SERVICE_UNAVAILABLE within 5 s while the database is frozen, and carries out nothing it gave up on', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const { client } = project.coordinator;
    const [chapterId] = project.chapterIds;
    pg.freeze();
    try {
      const readyz = await within(timedReadyz(server), 1000, '/readyz');
      expect(readyz.status).toBe(503);
      const query = await within(timedQuery(server, client.cookie), 5000, 'GraphQL over HTTP');
      expect(query).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      const rename = await within(
        client.gql('mutation($id: UUID!) { renameChapter(id: $id, title: "Under frysning") { id } }', {
          id: chapterId,
        }),
        5000,
        'a mutation',
      );
      expect(rename.status).toBe(503);
      expect(rename.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const ws = await within(timedSubscription(server, client.cookie), 5000, 'graphql-ws');
      expect(ws.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      pg.thaw();
    }
    // Once it answers again: ready, and the refused rename did not happen after all.
    await eventually(async () => (await timedReadyz(server)).status === 200, 'ready after the thaw');
    const { rows } = await server.db.query<{ title: string }>('SELECT title FROM chapter WHERE id = $1', [
      chapterId,
    ]);
    expect(rows[0].title).toBe('Kapitel 1');
  }, 60_000);
});
