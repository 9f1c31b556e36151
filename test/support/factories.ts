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
  fields: {
    name?: string;
    organizationId?: string;
    admin?: boolean;
    login?: boolean;
    /** Granted the right to start projects. */
    startsProjects?: boolean;
  } = {},
): Promise<TestUser> {
  const organizationId = fields.organizationId ?? (await buildOrganization(server)).id;
  const name = fields.name ?? `Bruger ${unique()}`;
  const email = `user-${unique()}@example.dk`;
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO app_user (name, email, "organizationId", "isSystemAdmin", "canStartProjects", "passwordHash")
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [name, email, organizationId, fields.admin ?? false, fields.startsProjects ?? false, await hashed()],
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

/** The chapters of a målgruppebeskrivelse as the factory and createTargetGroup make them. */
export const TARGET_GROUP_CHAPTERS = [
  'Målgruppen og dens behov',
  'Specialiseringsniveau 1',
  'Specialiseringsniveau 2',
  'Specialiseringsniveau 3',
  'Kompetencer, organisering og samarbejde',
];

export interface TestSpecialist extends TestUser {
  membershipId: string;
}

export interface TestTargetGroup {
  id: string;
  name: string;
  documentId: string;
  chapterIds: string[];
  /** AUTHOR members of the project in this group's specialist group. */
  specialists: TestSpecialist[];
}

export interface TestSpecialisationProject extends TestProject {
  /** Target groups in order, each with its own TARGET_GROUP document and specialists. */
  groups: TestTargetGroup[];
}

/**
 * A SPECIALISATION project: buildProject's members and PATHWAY document (edited by the general working
 * group: `author` is in no specialist group), plus `groups` target groups (default two), each with a
 * TARGET_GROUP document of five chapters (as createTargetGroup makes them) and `specialists` AUTHOR specialists (default two).
 */
export async function buildSpecialisationProject(
  server: TestServer,
  fields: { title?: string; groups?: string[]; specialists?: number } = {},
): Promise<TestSpecialisationProject> {
  const project = await buildProject(server, { title: fields.title, chapters: 2 });
  await server.db.query(`UPDATE project SET kind = 'SPECIALISATION' WHERE id = $1`, [project.id]);
  const groups: TestTargetGroup[] = [];
  for (const name of fields.groups ?? ['Erhvervet hjerneskade', 'Autisme']) {
    const document = await server.db.query<{ id: string }>(
      `INSERT INTO document ("projectId", kind, title) VALUES ($1, 'TARGET_GROUP', $2) RETURNING id`,
      [project.id, `Målgruppebeskrivelse: ${name}`],
    );
    const documentId = document.rows[0].id;
    const chapterIds: string[] = [];
    for (const [position, title] of TARGET_GROUP_CHAPTERS.entries()) {
      const chapter = await server.db.query<{ id: string }>(
        `INSERT INTO chapter ("documentId", "projectId", title, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [documentId, project.id, title, position],
      );
      chapterIds.push(chapter.rows[0].id);
    }
    const group = await server.db.query<{ id: string }>(
      `INSERT INTO target_group ("projectId", name, description, "documentId") VALUES ($1, $2, $3, $4) RETURNING id`,
      [project.id, name, `Borgere med ${name.toLowerCase()}`, documentId],
    );
    const specialists: TestSpecialist[] = [];
    for (let i = 0; i < (fields.specialists ?? 2); i++) {
      const user = await buildUser(server, { name: `Specialist ${i + 1} (${name})` });
      const membershipId = await addMembership(server, project.id, user.id, 'AUTHOR', true);
      await server.db.query(`INSERT INTO specialist ("targetGroupId", "membershipId") VALUES ($1, $2)`, [
        group.rows[0].id,
        membershipId,
      ]);
      specialists.push({ ...user, membershipId });
    }
    groups.push({ id: group.rows[0].id, name, documentId, chapterIds, specialists });
  }
  return { ...project, groups };
}

/** A provider with one offer per given target group, written directly (CVR must be modulus-11 valid). */
export async function buildProvider(
  server: TestServer,
  projectId: string,
  fields: {
    name?: string;
    cvr: string;
    municipality?: string;
    region?: string;
    type?: string;
    offers?: { targetGroupId: string; name?: string }[];
  },
): Promise<{ id: string; offerIds: string[] }> {
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO provider ("projectId", name, cvr, municipality, region, type) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      projectId,
      fields.name ?? `Leverandør ${unique()}`,
      fields.cvr,
      fields.municipality ?? 'Aarhus',
      fields.region ?? 'MIDTJYLLAND',
      fields.type ?? 'MUNICIPAL',
    ],
  );
  const offerIds: string[] = [];
  for (const offer of fields.offers ?? []) {
    const created = await server.db.query<{ id: string }>(
      `INSERT INTO offer ("projectId", "providerId", "targetGroupId", name) VALUES ($1, $2, $3, $4) RETURNING id`,
      [projectId, rows[0].id, offer.targetGroupId, offer.name ?? `Tilbud ${unique()}`],
    );
    offerIds.push(created.rows[0].id);
  }
  return { id: rows[0].id, offerIds };
}

/** A modulus-11 valid CVR number that differs per call (weights 2,7,6,5,4,3,2,1). */
export function validCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [
      1 + Math.floor(Math.random() * 9),
      ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)),
    ];
    const sum = digits.reduce((total, digit, i) => total + digit * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}
