import { ApiClient, errorCode } from '../support/api';
import { buildProject, buildUser, countRows } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const ADD = `mutation($input: AddMemberInput!) {
  addMember(input: $input) { inviteUrl membership { id role isApprover user { id email name isActive } } } }`;
const UPDATE =
  'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role isApprover } }';
const REMOVE = 'mutation($id: UUID!) { removeMember(id: $id) }';
const PROJECT = '{ myProjects { id } }';

describe('adding members', () => {
  it('adds an existing user by email, in any case, without an invite link', async () => {
    const project = await buildProject(server);
    const user = await buildUser(server);
    const data = await project.coordinator.client.ok(ADD, {
      input: { projectId: project.id, email: user.email.toUpperCase(), role: 'AUTHOR', isApprover: true },
    });
    expect(data.addMember.inviteUrl).toBeNull();
    expect(data.addMember.membership).toMatchObject({
      role: 'AUTHOR',
      isApprover: true,
      user: { id: user.id },
    });
    expect((await user.client.ok(PROJECT)).myProjects.map((p: { id: string }) => p.id)).toContain(project.id);
  });

  it('invites an unknown email: the one-time link sets the password and logs in, once', async () => {
    const project = await buildProject(server);
    const email = `invited-${Date.now()}@example.dk`;
    const data = await project.coordinator.client.ok(ADD, {
      input: {
        projectId: project.id,
        email,
        role: 'REVIEWER',
        isApprover: false,
        name: 'Inviteret Person',
        organizationId: project.reviewer.organizationId,
      },
    });
    expect(data.addMember.membership.user).toMatchObject({ email, isActive: false });
    const token = String(data.addMember.inviteUrl).split('/invite/')[1];
    expect(token.length).toBeGreaterThan(30);

    const anonymous = new ApiClient(server.url);
    const invitation = await anonymous.ok('query($t: String!) { invitation(token: $t) { name email } }', {
      t: token,
    });
    expect(invitation.invitation).toEqual({ name: 'Inviteret Person', email });
    // Not usable to log in before the password is set.
    expect(
      errorCode(
        await anonymous.gql(
          'mutation { login(input: {email: "' + email + '", password: "anything-at-all"}) { id } }',
        ),
      ),
    ).toBe('UNAUTHENTICATED');

    const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { id isActive } }';
    const accepted = await anonymous.ok(ACCEPT, { input: { token, password: 'a-good-password' } });
    expect(accepted.acceptInvite.isActive).toBe(true);
    expect((await anonymous.ok(PROJECT)).myProjects).toEqual([{ id: project.id }]);

    const reuse = await new ApiClient(server.url).gql(ACCEPT, {
      input: { token, password: 'another-password' },
    });
    expect(errorCode(reuse)).toBe('BAD_USER_INPUT');
    await expect(new ApiClient(server.url).login(email, 'a-good-password')).resolves.toBeDefined();
    await expect(new ApiClient(server.url).login(email, 'another-password')).rejects.toThrow(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a too-short password on the invite and keeps the link usable', async () => {
    const project = await buildProject(server);
    const data = await project.coordinator.client.ok(ADD, {
      input: {
        projectId: project.id,
        email: `short-${Date.now()}@example.dk`,
        role: 'OBSERVER',
        isApprover: false,
        name: 'K',
        organizationId: project.observer.organizationId,
      },
    });
    const token = String(data.addMember.inviteUrl).split('/invite/')[1];
    const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { id } }';
    const short = await new ApiClient(server.url).gql(ACCEPT, { input: { token, password: 'short' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.field).toBe('password');
    await new ApiClient(server.url).ok(ACCEPT, { input: { token, password: 'long-enough-now' } });
  });

  it('asks for name and organisation when the email is unknown, and writes nothing', async () => {
    const project = await buildProject(server);
    const users = await countRows(server, 'app_user');
    const members = await countRows(server, 'membership');
    const result = await project.coordinator.client.gql(ADD, {
      input: {
        projectId: project.id,
        email: `nobody-${Date.now()}@example.dk`,
        role: 'AUTHOR',
        isApprover: false,
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('name');
    const noOrg = await project.coordinator.client.gql(ADD, {
      input: {
        projectId: project.id,
        email: `nobody2-${Date.now()}@example.dk`,
        role: 'AUTHOR',
        isApprover: false,
        name: 'Navn',
      },
    });
    expect(noOrg.errors?.[0].extensions?.field).toBe('organizationId');
    expect(await countRows(server, 'app_user')).toBe(users);
    expect(await countRows(server, 'membership')).toBe(members);
  });

  it('rolls back the new user when the organisation does not exist', async () => {
    const project = await buildProject(server);
    const users = await countRows(server, 'app_user');
    const result = await project.coordinator.client.gql(ADD, {
      input: {
        projectId: project.id,
        email: `ghost-${Date.now()}@example.dk`,
        role: 'AUTHOR',
        isApprover: false,
        name: 'Spøgelse',
        organizationId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await countRows(server, 'app_user')).toBe(users);
  });

  it('refuses adding someone twice as CONFLICT', async () => {
    const project = await buildProject(server);
    const result = await project.coordinator.client.gql(ADD, {
      input: { projectId: project.id, email: project.author.email, role: 'REVIEWER', isApprover: false },
    });
    expect(errorCode(result)).toBe('CONFLICT');
  });

  it.each(['author', 'reviewer', 'observer'] as const)(
    'forbids a %s to add members, writing nothing',
    async (who) => {
      const project = await buildProject(server);
      const stranger = await buildUser(server);
      const members = await countRows(server, 'membership');
      const result = await project[who].client.gql(ADD, {
        input: { projectId: project.id, email: stranger.email, role: 'COORDINATOR', isApprover: true },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await countRows(server, 'membership')).toBe(members);
    },
  );

  it('answers NOT_FOUND to a non-member adding members', async () => {
    const project = await buildProject(server);
    const result = await project.outsider.client.gql(ADD, {
      input: { projectId: project.id, email: project.outsider.email, role: 'COORDINATOR', isApprover: true },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});

describe('changing and removing members', () => {
  it('lets a coordinator change a role and the approver flag', async () => {
    const project = await buildProject(server);
    const data = await project.coordinator.client.ok(UPDATE, {
      id: project.membershipIds.reviewer,
      input: { role: 'AUTHOR', isApprover: true },
    });
    expect(data.updateMember).toMatchObject({ role: 'AUTHOR', isApprover: true });
  });

  it('forbids a reviewer to promote themselves', async () => {
    const project = await buildProject(server);
    const result = await project.reviewer.client.gql(UPDATE, {
      id: project.membershipIds.reviewer,
      input: { role: 'COORDINATOR' },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
    const { rows } = await server.db.query('SELECT role FROM membership WHERE id = $1', [
      project.membershipIds.reviewer,
    ]);
    expect(rows[0].role).toBe('REVIEWER');
  });

  it('keeps at least one coordinator', async () => {
    const project = await buildProject(server);
    expect(
      errorCode(
        await project.coordinator.client.gql(UPDATE, {
          id: project.membershipIds.coordinator,
          input: { role: 'AUTHOR' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(await project.coordinator.client.gql(REMOVE, { id: project.membershipIds.coordinator })),
    ).toBe('CONFLICT');
  });

  it('removes a member, who then gets NOT_FOUND for the project', async () => {
    const project = await buildProject(server);
    await project.coordinator.client.ok(REMOVE, { id: project.membershipIds.author });
    const result = await project.author.client.gql('query($id: UUID!) { project(id: $id) { id } }', {
      id: project.id,
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('forbids an author to remove members', async () => {
    const project = await buildProject(server);
    expect(errorCode(await project.author.client.gql(REMOVE, { id: project.membershipIds.reviewer }))).toBe(
      'FORBIDDEN',
    );
    expect(await countRows(server, 'membership')).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for an unknown membership and BAD_USER_INPUT for a malformed id', async () => {
    const project = await buildProject(server);
    expect(
      errorCode(await project.coordinator.client.gql(REMOVE, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await project.coordinator.client.gql(REMOVE, { id: 'not-a-uuid' }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
