export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

/** A GraphQL client over real HTTP that keeps its session cookie, like a browser tab. */
export class ApiClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  // Test data shapes vary per query; callers name the type they expect.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Like gql, but throws on errors and returns data. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)} (status ${result.status})`);
    return result.data;
  }

  async login(email: string, password: string): Promise<this> {
    await this.ok('mutation Login($input: LoginInput!) { login(input: $input) { id } }', {
      input: { email, password },
    });
    return this;
  }
}

/** The error code of the first error (the test fails with the whole answer if there is none). */
export function errorCode(result: GqlResult<unknown>): string | undefined {
  if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0].extensions?.code;
}
