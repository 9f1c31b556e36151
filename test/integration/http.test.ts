import { buildProject } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('bad requests never give a 500', () => {
  it('answers malformed JSON with 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });

  it('answers a syntax error with a GraphQL error and 400', async () => {
    const response = await post(JSON.stringify({ query: '{ me { ' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a body over the size limit without a 500', async () => {
    const response = await post(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(200_000)}` }));
    expect(response.status).toBe(413);
  });

  it('refuses a GET mutation-shaped request without the CSRF preflight header', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });
});

describe('query limits hold on both transports', () => {
  const manyAliases = `{ me { ${Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ')} } }`;
  const tooManyTokens = `{ me { ${'id '.repeat(6000)}} }`;
  /** chapter -> document -> project -> documents -> chapters -> document -> ... : 3 levels per round. */
  const tooDeep = `query($id: UUID!) { chapter(id: $id) { ${'document { project { documents { chapters { '.repeat(3)} id ${'} } } } '.repeat(3)} } }`;

  const overBoth = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const http = await post(JSON.stringify({ query, variables }), { cookie });
    expect(http.status).toBeLessThan(500);
    const httpBody = (await http.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    const client = subscriptionClient(server.url, cookie);
    const [ws] = await collect(client, query, variables).waitFor(1);
    await client.dispose();
    expect(httpBody.data ?? undefined).toBeUndefined();
    expect(ws.data ?? undefined).toBeUndefined();
    return { http: httpBody.errors[0], ws: ws.errors![0] };
  };

  it('refuses too many aliases', async () => {
    const project = await buildProject(server);
    const { http, ws } = await overBoth(manyAliases, {}, project.author.client.cookie!);
    expect(http.message).toMatch(/aliases limit of 30 exceeded/i);
    expect(http.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(ws.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document with too many tokens', async () => {
    const project = await buildProject(server);
    const { http, ws } = await overBoth(tooManyTokens, {}, project.author.client.cookie!);
    expect(http.message).toMatch(/more th\w+ 5000 tokens/i);
    expect(ws.message).toMatch(/more th\w+ 5000 tokens/i);
    expect(ws.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a query nested deeper than the limit', async () => {
    const project = await buildProject(server);
    const { http, ws } = await overBoth(
      tooDeep,
      { id: project.chapterIds[0] },
      project.author.client.cookie!,
    );
    expect(http.message).toMatch(/depth limit of 12 exceeded, found \d+/i);
    expect(ws.message).toMatch(/depth limit of 12 exceeded, found \d+/i);
  });

  it('answers the same query when it is within the limits', async () => {
    const project = await buildProject(server);
    const shallow = `query($id: UUID!) { chapter(id: $id) { document { project { title } } } }`;
    const data = await project.author.client.ok(shallow, { id: project.chapterIds[0] });
    expect(data.chapter.document.project.title).toMatch(/^Projekt/);
  });
});
