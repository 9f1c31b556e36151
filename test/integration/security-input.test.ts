import { ApiClient, errorCode } from '../support/api';
import { openChapter } from '../support/collab';
import { buildProject, buildUser, countRows } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

interface Answer {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

async function overHttp(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBeLessThan(500);
  return (await response.json()) as Answer;
}

async function overWs(query: string, variables: Record<string, unknown>, cookie?: string) {
  const client = subscriptionClient(server.url, cookie);
  try {
    const [answer] = await collect(client, query, variables).waitFor(1);
    return answer;
  } finally {
    await client.dispose();
  }
}

/** The same answer code (and field) on both transports, and no data. */
async function bothRefuse(
  query: string,
  variables: Record<string, unknown>,
  cookie: string | undefined,
  expected: { code: string; field?: string; message?: RegExp },
) {
  for (const answer of [await overHttp(query, variables, cookie), await overWs(query, variables, cookie)]) {
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0].extensions?.code).toBe(expected.code);
    if (expected.field) expect(answer.errors?.[0].extensions?.field).toBe(expected.field);
    if (expected.message) expect(answer.errors?.map((e) => e.message).join(' ')).toMatch(expected.message);
  }
}

const RENAME = 'mutation($id: UUID!, $title: String!) { renameChapter(id: $id, title: $title) { id title } }';
const CHAPTER = 'query($id: UUID!) { chapter(id: $id) { id title } }';

describe('query limits from GraphQL Armor, alike on HTTP and graphql-ws', () => {
  /** 22 fragments, each spreading the one below twice: 2^22 paths for a walk without memo. */
  const fragmentBomb = () => {
    const fragments = ['fragment F0 on Chapter { id }'];
    for (let i = 1; i <= 22; i++)
      fragments.push(`fragment F${i} on Chapter { document { chapters { ...F${i - 1} ...F${i - 1} } } }`);
    return `query($id: UUID!) { chapter(id: $id) { ...F22 } } ${fragments.join(' ')}`;
  };

  it('refuses a document of nested fragment spreads, and the server answers the next request', async () => {
    const project = await buildProject(server);
    const cookie = project.author.client.cookie;
    await bothRefuse(fragmentBomb(), { id: project.chapterIds[0] }, cookie, {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /depth limit of 12 exceeded/,
    });
    expect((await project.author.client.ok(CHAPTER, { id: project.chapterIds[0] })).chapter.id).toBe(
      project.chapterIds[0],
    );
  });

  it('refuses too many aliases and too many directives, and answers a query within the limits', async () => {
    const project = await buildProject(server);
    const cookie = project.author.client.cookie;
    const aliases = `{ me { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    await bothRefuse(aliases, {}, cookie, { code: 'GRAPHQL_VALIDATION_FAILED', message: /Aliases limit/i });
    const directives = `{ me { id ${'@include(if: true) '.repeat(21)} } }`;
    await bothRefuse(directives, {}, cookie, {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Directives limit/i,
    });
    const fine = `{ me { ${Array.from({ length: 30 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    expect((await overHttp(fine, {}, cookie)).errors).toBeUndefined();
    expect((await overWs(fine, {}, cookie)).errors).toBeUndefined();
  });

  it('counts root fields inside fragment spreads towards the limit of 30', async () => {
    const project = await buildProject(server);
    const cookie = project.author.client.cookie;
    const fields = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}: me { id }`).join(' ');
    const spread = `query { ...A ...B } fragment A on Query { ${fields(16, 'a')} } fragment B on Query { ${fields(15, 'b')} }`;
    await bothRefuse(spread, {}, cookie, {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /More than 30 root fields/,
    });
    const within = `query { ...A } fragment A on Query { ${fields(30, 'a')} }`;
    expect((await overHttp(within, {}, cookie)).errors).toBeUndefined();
  });
});

describe('bad input is BAD_USER_INPUT with its field on both transports, and changes nothing', () => {
  it('refuses a NUL character in a variable and in a literal', async () => {
    const project = await buildProject(server);
    const cookie = project.coordinator.client.cookie;
    const id = project.chapterIds[0];
    await bothRefuse(RENAME, { id, title: 'Før\u0000efter' }, cookie, {
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    await bothRefuse(`mutation { renameChapter(id: "${id}", title: "Før\\u0000efter") { id } }`, {}, cookie, {
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect((await project.coordinator.client.ok(CHAPTER, { id })).chapter.title).toBe('Kapitel 1');
  });

  it('refuses a lone surrogate inside an input object, naming the nested field', async () => {
    const project = await buildProject(server);
    const admin = await buildUser(server, { admin: true });
    const organizations = await countRows(server, 'organization');
    await bothRefuse(
      'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'Halv \ud83d emoji' } },
      admin.client.cookie,
      { code: 'BAD_USER_INPUT', field: 'input.name' },
    );
    expect(await countRows(server, 'organization')).toBe(organizations);
    // A whole emoji (a surrogate pair) is fine.
    await project.coordinator.client.ok(RENAME, { id: project.chapterIds[1], title: 'Kapitel 🙂' });
  });

  it('refuses a date that does not exist, writing nothing', async () => {
    const user = await buildUser(server, { startsProjects: true });
    const projects = await countRows(server, 'project');
    const result = await user.client.gql(
      'mutation($input: ProjectInput!) { createProject(input: $input) { id } }',
      { input: { title: 'Skæv dato', periodStart: '2021-02-30' } },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('periodStart');
    expect(await countRows(server, 'project')).toBe(projects);
    await user.client.ok('mutation($input: ProjectInput!) { createProject(input: $input) { id } }', {
      input: { title: 'Skudår', periodStart: '2024-02-29' },
    });
  });

  it('answers variable errors over graphql-ws as HTTP does: wrong type, missing, invalid enum value', async () => {
    const project = await buildProject(server);
    const cookie = project.coordinator.client.cookie;
    await bothRefuse(RENAME, { id: project.chapterIds[0], title: 42 }, cookie, {
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    await bothRefuse(RENAME, { id: project.chapterIds[0] }, cookie, {
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    await bothRefuse(
      'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }',
      { id: project.membershipIds.author, input: { role: 'EMPEROR' } },
      cookie,
      { code: 'BAD_USER_INPUT', field: 'input' },
    );
    const { rows } = await server.db.query<{ role: string }>('SELECT role FROM membership WHERE id = $1', [
      project.membershipIds.author,
    ]);
    expect(rows[0].role).toBe('AUTHOR');
  });

  it('refuses a subscription sent over HTTP and a persisted-query hash that does not match', async () => {
    const project = await buildProject(server);
    const subscription = await project.author.client.gql(
      'subscription($p: UUID!) { membershipChanged(projectId: $p) { type } }',
      { p: project.id },
    );
    expect(errorCode(subscription)).toBe('BAD_USER_INPUT');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ me { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Answer;
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who is asked to log in', () => {
  it('answers anonymous calls to admin-only operations UNAUTHENTICATED, and a logged-in non-admin FORBIDDEN', async () => {
    const anonymous = new ApiClient(server.url);
    expect(errorCode(await anonymous.gql('{ users { id } }'))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(
        await anonymous.gql(
          'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
          {
            input: { name: 'Anonym' },
          },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    const user = await buildUser(server);
    expect(errorCode(await user.client.gql('{ users { id } }'))).toBe('FORBIDDEN');
  });
});

describe('one live document per chapter', () => {
  it('refuses a chapter document name that is not in canonical lower case', async () => {
    const project = await buildProject(server);
    const upper = openChapter(server, project.chapterIds[0], project.author.client.cookie, {
      documentName: `chapter:${project.chapterIds[0].toUpperCase()}`,
    });
    await expect(upper.authenticated).rejects.toThrow('not-found');
    upper.destroy();
    const canonical = openChapter(server, project.chapterIds[0], project.author.client.cookie);
    await expect(canonical.authenticated).resolves.toBe('read-write');
    canonical.destroy();
  });
});
