import { ApiClient, errorCode } from '../support/api';
import { TEST_PASSWORD, buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

// A server of its own: the address limit it reaches would refuse every later login from 127.0.0.1.
let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id name } }';

describe('throttling by address', () => {
  it('stops one address that tries many accounts', async () => {
    const client = new ApiClient(server.url);
    const victim = await buildUser(server, { login: false });
    let code: string | undefined;
    for (let i = 0; i < 31 && code !== 'RATE_LIMITED'; i++)
      code = errorCode(
        await client.gql(LOGIN, { input: { email: `spray-${i}@example.dk`, password: 'guess-guess' } }),
      );
    expect(code).toBe('RATE_LIMITED');
    expect(
      errorCode(await client.gql(LOGIN, { input: { email: victim.email, password: TEST_PASSWORD } })),
    ).toBe('RATE_LIMITED');
  });
});
