import { typeThroughOutage } from '../support/outages';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

describe('an instance killed while people type', () => {
  it('brings 20 providers with the browser’s reconnect backoff back within 10 s of readiness, losing nothing acknowledged', async () => {
    const run = await typeThroughOutage(server, {
      clients: 20,
      // SIGKILL: no shutdown hooks; restart() resolves once /readyz answers 200.
      outage: { begin: () => server.kill(), end: () => server.restart() },
      outageMs: 3000,
      boundMs: 10_000,
    });
    expect(run.refusals).toEqual([]);
    expect(run.lost).toEqual([]);
  }, 90_000);
});
