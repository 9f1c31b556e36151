import { ApiClient, errorCode } from '../support/api';
import { buildProject, buildUser, countRows } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const ADD = `mutation($input: AddMemberInput!) {
  addMember(input: $input) { inviteUrl membership { id role user { id name email isActive isSystemAdmin canStartProjects } } } }`;
const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { id } }';
const INVITATION = 'query($t: String!) { invitation(token: $t) { email } }';
const MY_PROJECTS = '{ myProjects { id } }';
const CREATE_PROJECT = 'mutation($input: ProjectInput!) { createProject(input: $input) { id } }';
const UPDATE_USER =
  'mutation($id: UUID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id canStartProjects } }';
const USERS = '{ users { id canStartProjects } }';

const tokenOf = (url: unknown) => String(url).split('/invite/')[1];

const CONTACT =
  'query($t: String!) { invitationContact(token: $t) { used inviterName inviterOrganization projectTitle } }';

describe('an invitation belongs to the project and coordinator that made it', () => {
  it('names the inviting coordinator for a used or expired link, and nothing for a live or unknown one', async () => {
    const project = await buildProject(server, { title: 'Projekt om invitationer' });
    const invited = await project.coordinator.client.ok(ADD, {
      input: {
        projectId: project.id,
        email: `contact-${Date.now()}@example.dk`,
        role: 'REVIEWER',
        isApprover: false,
        name: 'Ny Referent',
        organizationId: project.author.organizationId,
      },
    });
    const token = tokenOf(invited.addMember.inviteUrl);
    const anyone = new ApiClient(server.url);
    // A live link greets its holder; nobody is named for it, nor for a made-up token.
    expect((await anyone.ok(CONTACT, { t: token })).invitationContact).toBeNull();
    expect((await anyone.ok(CONTACT, { t: 'not-a-real-token' })).invitationContact).toBeNull();

    await server.db.query(`UPDATE invite SET "expiresAt" = now() - interval '1 day' WHERE "userId" = $1`, [
      invited.addMember.membership.user.id,
    ]);
    expect((await anyone.ok(INVITATION, { t: token })).invitation).toBeNull();
    const orgName = (
      await server.db.query<{ name: string }>('SELECT name FROM organization WHERE id = $1', [
        project.coordinator.organizationId,
      ])
    ).rows[0].name;
    expect((await anyone.ok(CONTACT, { t: token })).invitationContact).toEqual({
      used: false,
      inviterName: project.coordinator.name,
      inviterOrganization: orgName,
      projectTitle: 'Projekt om invitationer',
    });
  });

  it('gives a second project no link for a pending person, keeps the first link working and records the project', async () => {
    const first = await buildProject(server);
    const email = `pending-${Date.now()}@example.dk`;
    const invited = await first.coordinator.client.ok(ADD, {
      input: {
        projectId: first.id,
        email,
        role: 'AUTHOR',
        isApprover: true,
        name: 'Inviteret Forfatter',
        organizationId: first.author.organizationId,
      },
    });
    const token = tokenOf(invited.addMember.inviteUrl);
    const { rows } = await server.db.query<{ projectId: string; createdById: string }>(
      'SELECT "projectId", "createdById" FROM invite WHERE "userId" = $1',
      [invited.addMember.membership.user.id],
    );
    expect(rows).toEqual([{ projectId: first.id, createdById: first.coordinator.id }]);

    // Another user with a project of their own adds the same email.
    const attacker = await buildProject(server);
    const invitesBefore = await countRows(server, 'invite');
    const added = await attacker.coordinator.client.ok(ADD, {
      input: { projectId: attacker.id, email, role: 'OBSERVER', isApprover: false },
    });
    expect(added.addMember.inviteUrl).toBeNull();
    expect(await countRows(server, 'invite')).toBe(invitesBefore);

    // The coordinator's link still works, and only it logs in as the invited person.
    const person = new ApiClient(server.url);
    expect((await person.ok(INVITATION, { t: token })).invitation.email).toBe(email);
    await person.ok(ACCEPT, { input: { token, password: 'a-good-password' } });
    expect((await person.ok(MY_PROJECTS)).myProjects.map((p: { id: string }) => p.id).sort()).toEqual(
      [first.id, attacker.id].sort(),
    );
  });

  it('never hands a logged-in user of another project a token for someone invited elsewhere', async () => {
    const first = await buildProject(server);
    const email = `target-${Date.now()}@example.dk`;
    await first.coordinator.client.ok(ADD, {
      input: {
        projectId: first.id,
        email,
        role: 'COORDINATOR',
        isApprover: true,
        name: 'Mål',
        organizationId: first.author.organizationId,
      },
    });
    const other = await buildProject(server);
    const data = await other.coordinator.client.ok(ADD, {
      input: { projectId: other.id, email: email.toUpperCase(), role: 'AUTHOR', isApprover: true },
    });
    expect(data.addMember.inviteUrl).toBeNull();
    // Asking again (after being removed) yields no link either.
    await other.coordinator.client.ok('mutation($id: UUID!) { removeMember(id: $id) }', {
      id: data.addMember.membership.id,
    });
    const again = await other.coordinator.client.ok(ADD, {
      input: { projectId: other.id, email, role: 'AUTHOR', isApprover: true },
    });
    expect(again.addMember.inviteUrl).toBeNull();
  });
});

describe('who may start a project', () => {
  it('refuses a user without the right as FORBIDDEN, writing nothing', async () => {
    const user = await buildUser(server);
    const projects = await countRows(server, 'project');
    const result = await user.client.gql(CREATE_PROJECT, { input: { title: 'Uden ret' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await countRows(server, 'project')).toBe(projects);
  });

  it('lets a system admin grant and withdraw the right, shown on the users list', async () => {
    const admin = await buildUser(server, { admin: true });
    const user = await buildUser(server);
    const granted = await admin.client.ok(UPDATE_USER, { id: user.id, input: { canStartProjects: true } });
    expect(granted.updateUser.canStartProjects).toBe(true);
    expect((await admin.client.ok(USERS)).users).toContainEqual({ id: user.id, canStartProjects: true });
    expect((await user.client.ok('{ me { canStartProjects } }')).me.canStartProjects).toBe(true);
    await user.client.ok(CREATE_PROJECT, { input: { title: 'Med ret' } });

    await admin.client.ok(UPDATE_USER, { id: user.id, input: { canStartProjects: false } });
    expect(errorCode(await user.client.gql(CREATE_PROJECT, { input: { title: 'Ikke mere' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('does not let a user grant themselves the right', async () => {
    const user = await buildUser(server);
    const result = await user.client.gql(UPDATE_USER, { id: user.id, input: { canStartProjects: true } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect((await user.client.ok('{ me { canStartProjects } }')).me.canStartProjects).toBe(false);
  });
});

describe("addMember's answer about a person", () => {
  it("shows a coordinator name, email and organisation but not the person's account rights", async () => {
    const project = await buildProject(server);
    const admin = await buildUser(server, { admin: true, startsProjects: true });
    const data = await project.coordinator.client.ok(ADD, {
      input: { projectId: project.id, email: admin.email, role: 'OBSERVER', isApprover: false },
    });
    expect(data.addMember.membership.user).toMatchObject({
      name: admin.name,
      email: admin.email,
      isSystemAdmin: null,
      canStartProjects: null,
    });
    // The person sees their own rights.
    expect((await admin.client.ok('{ me { isSystemAdmin canStartProjects } }')).me).toEqual({
      isSystemAdmin: true,
      canStartProjects: true,
    });
  });
});
