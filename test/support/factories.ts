import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { ApiClient } from './api';
import type { TestServer } from './server';

export const TEST_PASSWORD = 'test-password-123';
let passwordHash: Promise<string> | undefined;
const hashed = () =>
  (passwordHash ??= argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  }));

const unique = () => randomBytes(4).toString('hex');

export type Role = 'COORDINATOR' | 'AUTHOR' | 'REVIEWER' | 'OBSERVER';

export interface TestUser {
  id: string;
  name: string;
  email: string;
  organizationId: string;
  /** A client logged in as this user. */
  client: ApiClient;
}

export async function buildOrganization(server: TestServer, fields: { name?: string } = {}) {
  const name = fields.name ?? `Organisation ${unique()}`;
  const { rows } = await server.db.query<{ id: string }>(
    'INSERT INTO organization (name) VALUES ($1) RETURNING id',
    [name],
  );
  return { id: rows[0].id, name };
}

export async function buildUser(
  server: TestServer,
  fields: { name?: string; organizationId?: string; admin?: boolean; login?: boolean } = {},
): Promise<TestUser> {
  const organizationId = fields.organizationId ?? (await buildOrganization(server)).id;
  const name = fields.name ?? `Bruger ${unique()}`;
  const email = `user-${unique()}@example.dk`;
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO app_user (name, email, "organizationId", "isSystemAdmin", "passwordHash")
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [name, email, organizationId, fields.admin ?? false, await hashed()],
  );
  const client = new ApiClient(server.url);
  if (fields.login !== false) await client.login(email, TEST_PASSWORD);
  return { id: rows[0].id, name, email, organizationId, client };
}

export async function addMembership(
  server: TestServer,
  projectId: string,
  userId: string,
  role: Role,
  isApprover = false,
): Promise<string> {
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO membership ("projectId", "userId", role, "isApprover") VALUES ($1, $2, $3, $4) RETURNING id`,
    [projectId, userId, role, isApprover],
  );
  return rows[0].id;
}

export interface TestProject {
  id: string;
  documentId: string;
  chapterIds: string[];
  coordinator: TestUser;
  author: TestUser;
  reviewer: TestUser;
  observer: TestUser;
  /** Logged in, but not a member. */
  outsider: TestUser;
  membershipIds: Record<'coordinator' | 'author' | 'reviewer' | 'observer', string>;
}

/** A project with one document of `chapters` chapters and one member of each role (plus an outsider). */
export async function buildProject(
  server: TestServer,
  fields: { title?: string; chapters?: number } = {},
): Promise<TestProject> {
  const title = fields.title ?? `Projekt ${unique()}`;
  const { rows } = await server.db.query<{ id: string }>(
    'INSERT INTO project (title) VALUES ($1) RETURNING id',
    [title],
  );
  const projectId = rows[0].id;
  const document = await server.db.query<{ id: string }>(
    `INSERT INTO document ("projectId", kind, title) VALUES ($1, 'PATHWAY', $2) RETURNING id`,
    [projectId, title],
  );
  const documentId = document.rows[0].id;
  const chapterIds: string[] = [];
  for (let position = 0; position < (fields.chapters ?? 3); position++) {
    const chapter = await server.db.query<{ id: string }>(
      `INSERT INTO chapter ("documentId", "projectId", title, position) VALUES ($1, $2, $3, $4) RETURNING id`,
      [documentId, projectId, `Kapitel ${position + 1}`, position],
    );
    chapterIds.push(chapter.rows[0].id);
  }
  const [coordinator, author, reviewer, observer, outsider] = await Promise.all([
    buildUser(server, { name: 'Koordinator' }),
    buildUser(server, { name: 'Forfatter' }),
    buildUser(server, { name: 'Referent' }),
    buildUser(server, { name: 'Observatør' }),
    buildUser(server, { name: 'Udenforstående' }),
  ]);
  const membershipIds = {
    coordinator: await addMembership(server, projectId, coordinator.id, 'COORDINATOR', true),
    author: await addMembership(server, projectId, author.id, 'AUTHOR', true),
    reviewer: await addMembership(server, projectId, reviewer.id, 'REVIEWER'),
    observer: await addMembership(server, projectId, observer.id, 'OBSERVER'),
  };
  return {
    id: projectId,
    documentId,
    chapterIds,
    coordinator,
    author,
    reviewer,
    observer,
    outsider,
    membershipIds,
  };
}

/** Counts rows, to show that a refused mutation wrote nothing. */
export async function countRows(server: TestServer, table: string): Promise<number> {
  const { rows } = await server.db.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
  return Number(rows[0].n);
}
