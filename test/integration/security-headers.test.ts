import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, subscriptionClient } from '../support/ws';

// A stand-in for the built client, with a source map beside its script.
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-client-'));
fs.mkdirSync(path.join(clientDir, 'assets'));
fs.writeFileSync(
  path.join(clientDir, 'index.html'),
  '<!doctype html><script type="module" src="/assets/app.js"></script>',
);
fs.writeFileSync(path.join(clientDir, 'assets/app.js'), 'console.log("app");');
fs.writeFileSync(path.join(clientDir, 'assets/app.js.map'), '{"version":3,"sources":["secret.ts"]}');

const PUBLIC = 'https://samskriv.example.dk';
let development: TestServer;
let production: TestServer;
beforeAll(async () => {
  // One after the other: two servers starting at once on a busy machine may miss the readiness deadline.
  development = await startTestServer({ env: { NODE_ENV: 'development', CLIENT_DIR: clientDir } });
  production = await startTestServer({
    env: { NODE_ENV: 'production', CLIENT_DIR: clientDir, PUBLIC_URL: PUBLIC },
  });
});
afterAll(async () => {
  await Promise.all([development?.stop(), production?.stop()]);
  fs.rmSync(clientDir, { recursive: true, force: true });
});

const directives = (csp: string | null) =>
  Object.fromEntries(
    (csp ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('browser security headers', () => {
  it('sends a CSP without inline script, no framing, nosniff and no referrer on the client and the API', async () => {
    for (const url of [`${development.url}/`, `${development.url}/graphql?query=%7B__typename%7D`]) {
      const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['connect-src']).toContain("'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      // Plain http: no HSTS, and no upgrading of the page's requests.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(csp['upgrade-insecure-requests']).toBeUndefined();
    }
  });

  it('asks for HTTPS (HSTS) when PUBLIC_URL is https, and allows WebSockets to that origin', async () => {
    const response = await fetch(`${production.url}/`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['connect-src']).toContain('wss://samskriv.example.dk');
  });
});

describe('what the server does not give away', () => {
  it('answers malformed JSON in development with JSON, not an HTML stack trace', async () => {
    const response = await fetch(`${development.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/<html|<pre|at .*\.js:\d+/i);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('serves the client but not its source maps in production (development still serves them)', async () => {
    expect((await fetch(`${production.url}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${production.url}/assets/app.js.map`)).status).toBe(404);
    expect((await fetch(`${development.url}/assets/app.js.map`)).status).toBe(200);
  });

  it('hides field suggestions in production over HTTP and graphql-ws alike', async () => {
    const query = '{ me { nmae } }';
    const user = await buildUser(production);
    const http = (await (
      await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: user.client.cookie! },
        body: JSON.stringify({ query }),
      })
    ).json()) as { errors: { message: string }[] };
    const client = subscriptionClient(production.url, user.client.cookie, PUBLIC);
    const [ws] = await collect(client, query, {}).waitFor(1);
    await client.dispose();
    for (const message of [http.errors[0].message, ws.errors![0].message]) {
      expect(message).toMatch(/Cannot query field "nmae"/);
      expect(message).not.toMatch(/Did you mean/);
    }
    // Development keeps suggestions: the same query shows them there.
    const dev = await buildUser(development);
    const devClient = subscriptionClient(development.url, dev.client.cookie);
    const [devWs] = await collect(devClient, query, {}).waitFor(1);
    await devClient.dispose();
    expect(devWs.errors![0].message).toMatch(/Did you mean "name"/);
  });
});
