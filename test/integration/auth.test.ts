import { ApiClient, errorCode } from '../support/api';
import { TEST_PASSWORD, buildUser, countRows } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id name } }';
const ME = '{ me { id email organization { id } } }';

describe('login', () => {
  it('starts a session in an httpOnly SameSite=Lax cookie and me answers who is logged in', async () => {
    const user = await buildUser(server, { login: false });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^samskriv_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const client = new ApiClient(server.url);
    client.cookie = cookie.split(';')[0];
    const data = await client.ok(ME);
    expect(data.me).toEqual({ id: user.id, email: user.email, organization: { id: user.organizationId } });
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const user = await buildUser(server, { login: false });
    const client = new ApiClient(server.url);
    await client.login(`  ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect((await client.ok(ME)).me.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await buildUser(server, { login: false });
    const wrong = await new ApiClient(server.url).gql(LOGIN, {
      input: { email: user.email, password: 'wrong-password' },
    });
    const unknown = await new ApiClient(server.url).gql(LOGIN, {
      input: { email: 'nobody-here@example.dk', password: 'wrong-password' },
    });
    expect(wrong.errors).toEqual(unknown.errors);
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.data).toBeNull();
  });

  it('throttles an account after five failures, even with the right password', async () => {
    const user = await buildUser(server, { login: false });
    const client = new ApiClient(server.url);
    for (let i = 0; i < 5; i++)
      expect(
        errorCode(await client.gql(LOGIN, { input: { email: user.email, password: `wrong-${i}` } })),
      ).toBe('UNAUTHENTICATED');
    const blocked = await client.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(client.cookie).toBeUndefined();
  });

  it('does not throttle other accounts because one account is attacked', async () => {
    const attacked = await buildUser(server, { login: false });
    const other = await buildUser(server, { login: false });
    const client = new ApiClient(server.url);
    for (let i = 0; i < 6; i++)
      await client.gql(LOGIN, { input: { email: attacked.email, password: `wrong-${i}` } });
    await expect(client.login(other.email, TEST_PASSWORD)).resolves.toBe(client);
  });

  it('refuses a 10,000-character email as BAD_USER_INPUT and writes nothing', async () => {
    const before = await countRows(server, 'login_failure');
    const result = await new ApiClient(server.url).gql(LOGIN, {
      input: { email: `${'a'.repeat(10_000)}@example.dk`, password: 'x' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('email');
    expect(await countRows(server, 'login_failure')).toBe(before);
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const user = await buildUser(server);
    const stolenCookie = user.client.cookie;
    await user.client.ok('mutation { logout }');
    const replay = new ApiClient(server.url);
    replay.cookie = stolenCookie;
    expect((await replay.ok(ME)).me).toBeNull();
  });

  it('refuses logout without a session', async () => {
    expect(errorCode(await new ApiClient(server.url).gql('mutation { logout }'))).toBe('UNAUTHENTICATED');
  });

  it('ignores a forged session cookie', async () => {
    const client = new ApiClient(server.url);
    client.cookie = 'samskriv_session=forged-token-value-that-does-not-exist';
    expect((await client.ok(ME)).me).toBeNull();
  });
});

describe('system administration', () => {
  const CREATE_ORG = 'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name } }';
  const CREATE_USER =
    'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id isActive } inviteUrl } }';

  it('lets a system admin create organisations and invite users', async () => {
    const admin = await buildUser(server, { admin: true });
    const org = await admin.client.ok(CREATE_ORG, { input: { name: `Ny organisation ${Date.now()}` } });
    const created = await admin.client.ok(CREATE_USER, {
      input: {
        name: 'Ny Bruger',
        email: `ny-${Date.now()}@example.dk`,
        organizationId: org.createOrganization.id,
      },
    });
    expect(created.createUser.user.isActive).toBe(false);
    expect(created.createUser.inviteUrl).toMatch(new RegExp(`^${server.url}/invite/[\\w-]+$`));
  });

  it('forbids a user who is not a system admin to manage organisations and users, writing nothing', async () => {
    const user = await buildUser(server);
    const orgsBefore = await countRows(server, 'organization');
    const usersBefore = await countRows(server, 'app_user');
    expect(errorCode(await user.client.gql(CREATE_ORG, { input: { name: 'Må ikke' } }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await user.client.gql(CREATE_USER, {
          input: { name: 'X', email: 'x-forbidden@example.dk', organizationId: user.organizationId },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await user.client.gql('{ users { id } }'))).toBe('FORBIDDEN');
    expect(await countRows(server, 'organization')).toBe(orgsBefore);
    expect(await countRows(server, 'app_user')).toBe(usersBefore);
  });

  it('refuses a duplicate organisation name as CONFLICT', async () => {
    const admin = await buildUser(server, { admin: true });
    const name = `Dublet ${Date.now()}`;
    await admin.client.ok(CREATE_ORG, { input: { name } });
    expect(errorCode(await admin.client.gql(CREATE_ORG, { input: { name: name.toUpperCase() } }))).toBe(
      'CONFLICT',
    );
  });

  it('asks anonymous callers to log in', async () => {
    expect(errorCode(await new ApiClient(server.url).gql('{ organizations { id } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('organisation updates', () => {
  it('refuses a malformed organisation id as bad input, not a server error', async () => {
    const admin = await buildUser(server, { admin: true });
    const result = await admin.client.gql(
      'mutation($id: UUID!) { updateOrganization(id: $id, input: { name: "X" }) { id } }',
      { id: 'not-a-uuid' },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
