import { TEST_PASSWORD, buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

// Behind a trusted proxy each test speaks from its own address (X-Forwarded-For), so the limits are its own.
let server: TestServer;
beforeAll(async () => (server = await startTestServer({ env: { TRUST_PROXY: 'true' } })));
afterAll(() => server.stop());

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id } }';

async function login(email: string, password: string, address: string): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? 'OK';
}

const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>(
    (counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }),
    {},
  );

describe('login throttling under concurrent requests', () => {
  it('checks at most five passwords of one account when 40 wrong ones arrive at once', async () => {
    const user = await buildUser(server, { login: false });
    const codes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(user.email, `wrong-${i}`, '10.0.0.1')),
    );
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 35 });
    const { rows } = await server.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM login_failure WHERE key = $1',
      [`email:${user.email}`],
    );
    expect(Number(rows[0].n)).toBe(5);
    // Even the right password waits now.
    expect(await login(user.email, TEST_PASSWORD, '10.0.0.9')).toBe('RATE_LIMITED');
  });

  it('checks at most thirty passwords from one address when 40 accounts are tried at once', async () => {
    const codes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(`spray-${i}@example.dk`, 'guess-guess', '10.0.0.2')),
    );
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 30, RATE_LIMITED: 10 });
  });

  it('lets other accounts and addresses log in meanwhile, and a right password clears the account', async () => {
    const attacked = await buildUser(server, { login: false });
    const other = await buildUser(server, { login: false });
    await Promise.all(Array.from({ length: 12 }, (_, i) => login(attacked.email, `wrong-${i}`, '10.0.0.3')));
    expect(await login(other.email, TEST_PASSWORD, '10.0.0.3')).toBe('OK');

    const fresh = await buildUser(server, { login: false });
    for (let i = 0; i < 4; i++)
      expect(await login(fresh.email, `wrong-${i}`, '10.0.0.4')).toBe('UNAUTHENTICATED');
    expect(await login(fresh.email, TEST_PASSWORD, '10.0.0.4')).toBe('OK');
    // The account starts afresh: five more wrong passwords are checked before it is throttled.
    const after = await Promise.all(
      Array.from({ length: 6 }, (_, i) => login(fresh.email, `again-${i}`, '10.0.0.4')),
    );
    expect(tally(after)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 1 });
  });
});
