import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeAuditEvent } from '@samskriv/schema';
import { errorCode } from '../support/api';
import { ROOT } from '../support/paths';
import { addMembership, buildProject, buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const APPROVE = 'mutation($input: ApproveChapterInput!) { approveChapter(input: $input) { id status } }';
const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { membership { id } } }';
const UPDATE =
  'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }';
const REMOVE = 'mutation($id: UUID!) { removeMember(id: $id) }';
const LOG = `query($projectId: UUID!, $limit: Int, $offset: Int) {
  auditLog(projectId: $projectId, limit: $limit, offset: $offset) {
    totalCount hasMore items { action actorId subjectType subjectId details ip at } } }`;
const CSV = 'query($projectId: UUID!) { auditLogCsv(projectId: $projectId) }';

/** The transaction id that wrote a row: equal xmins mean the same transaction. */
const xmin = async (sql: string, params: unknown[]) =>
  (await server.db.query<{ xmin: string }>(sql, params)).rows.map((r) => r.xmin);

describe('audit log', () => {
  it('writes workflow transitions and approvals in the same transaction as the change', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    await project.author.client.ok(SUBMIT, { id: chapterId });
    const [chapterTx] = await xmin('SELECT xmin::text FROM chapter WHERE id = $1', [chapterId]);
    expect(
      await xmin(
        `SELECT xmin::text FROM audit_event WHERE "subjectId" = $1 AND action = 'chapter.status_changed'`,
        [chapterId],
      ),
    ).toEqual([chapterTx]);

    await project.author.client.ok(APPROVE, {
      input: { chapterId, organizationId: project.author.organizationId },
    });
    const [approvalTx] = await xmin('SELECT xmin::text FROM chapter_approval WHERE "chapterId" = $1', [
      chapterId,
    ]);
    expect(
      await xmin(`SELECT xmin::text FROM audit_event WHERE "subjectId" = $1 AND action = 'approval.given'`, [
        chapterId,
      ]),
    ).toEqual([approvalTx]);

    const { auditLog } = await project.coordinator.client.ok(LOG, { projectId: project.id });
    expect(auditLog.items.map((e: { action: string }) => e.action)).toEqual([
      // Newest first: the approval completed the chapter in the same transaction.
      expect.stringMatching(/approval.given|chapter.status_changed/),
      expect.stringMatching(/approval.given|chapter.status_changed/),
      'chapter.status_changed',
    ]);
    const submitted = auditLog.items[2];
    expect(submitted).toMatchObject({
      actorId: project.author.id,
      subjectType: 'Chapter',
      subjectId: chapterId,
      details: { from: 'DRAFT', to: 'AWAITING_APPROVAL', automatic: false },
      ip: expect.any(String),
    });
  });

  it('writes membership and role changes in the same transaction as the change', async () => {
    const project = await buildProject(server, { chapters: 0 });
    const newcomer = await buildUser(server);
    const added = await project.coordinator.client.ok(ADD, {
      input: { projectId: project.id, email: newcomer.email, role: 'AUTHOR', isApprover: false },
    });
    const membershipId = added.addMember.membership.id;
    const [addTx] = await xmin('SELECT xmin::text FROM membership WHERE id = $1', [membershipId]);
    expect(
      await xmin(`SELECT xmin::text FROM audit_event WHERE action = 'member.added' AND "subjectId" = $1`, [
        membershipId,
      ]),
    ).toEqual([addTx]);

    await project.coordinator.client.ok(UPDATE, {
      id: membershipId,
      input: { role: 'REVIEWER', isApprover: true },
    });
    await project.coordinator.client.ok(REMOVE, { id: membershipId });
    const { rows } = await server.db.query(
      `SELECT action, details, "actorId" FROM audit_event WHERE "subjectId" = $1 ORDER BY at`,
      [membershipId],
    );
    expect(rows).toEqual([
      {
        action: 'member.added',
        actorId: project.coordinator.id,
        details: { userId: newcomer.id, role: 'AUTHOR', isApprover: false },
      },
      {
        action: 'member.changed',
        actorId: project.coordinator.id,
        details: {
          userId: newcomer.id,
          from: { role: 'AUTHOR', isApprover: false },
          to: { role: 'REVIEWER', isApprover: true },
        },
      },
      {
        action: 'member.removed',
        actorId: project.coordinator.id,
        details: { userId: newcomer.id, role: 'REVIEWER', isApprover: true },
      },
    ]);
  });

  it('leaves no audit row for a refused action', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const count = async () =>
      Number(
        (await server.db.query('SELECT count(*) n FROM audit_event WHERE "projectId" = $1', [project.id]))
          .rows[0].n,
      );
    expect(errorCode(await project.reviewer.client.gql(SUBMIT, { id: chapterId }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await project.author.client.gql(APPROVE, {
          input: { chapterId, organizationId: project.author.organizationId },
        }),
      ),
    ).toBe('CONFLICT');
    expect(errorCode(await project.author.client.gql(REMOVE, { id: project.membershipIds.observer }))).toBe(
      'FORBIDDEN',
    );
    // The last coordinator cannot step down: refused after the lock, still nothing written.
    expect(
      errorCode(
        await project.coordinator.client.gql(UPDATE, {
          id: project.membershipIds.coordinator,
          input: { role: 'AUTHOR' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(await count()).toBe(0);
  });

  it('lets only coordinators read the log (FORBIDDEN for other members, NOT_FOUND for non-members), in pages', async () => {
    const project = await buildProject(server, { chapters: 3 });
    for (const id of project.chapterIds) await project.author.client.ok(SUBMIT, { id });
    for (const role of ['author', 'reviewer', 'observer'] as const)
      expect(errorCode(await project[role].client.gql(LOG, { projectId: project.id }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(LOG, { projectId: project.id }))).toBe('NOT_FOUND');
    expect(errorCode(await project.outsider.client.gql(CSV, { projectId: project.id }))).toBe('NOT_FOUND');
    expect(errorCode(await project.author.client.gql(CSV, { projectId: project.id }))).toBe('FORBIDDEN');
    expect(errorCode(await project.coordinator.client.gql(LOG, { projectId: project.id, limit: 201 }))).toBe(
      'BAD_USER_INPUT',
    );

    const first = (await project.coordinator.client.ok(LOG, { projectId: project.id, limit: 2 })).auditLog;
    expect(first).toMatchObject({ totalCount: 3, hasMore: true });
    expect(first.items).toHaveLength(2);
    const second = (await project.coordinator.client.ok(LOG, { projectId: project.id, limit: 2, offset: 2 }))
      .auditLog;
    expect(second).toMatchObject({ totalCount: 3, hasMore: false });
    const seen = [...first.items, ...second.items].map((e: { subjectId: string }) => e.subjectId).sort();
    expect(seen).toEqual([...project.chapterIds].sort());
  });

  it('names what a page’s events are about, and words every action the server records', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const newcomer = await buildUser(server, { name: 'Nina Nybegynder' });
    await project.coordinator.client.ok(ADD, {
      input: { projectId: project.id, email: newcomer.email, role: 'OBSERVER', isApprover: false },
    });
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[0] });
    const { auditLog } = await project.coordinator.client.ok(
      `query($projectId: UUID!) { auditLog(projectId: $projectId) { items { subjectId } names { id name } } }`,
      { projectId: project.id },
    );
    const names = new Map(auditLog.names.map((n: { id: string; name: string }) => [n.id, n.name]));
    expect(names.get(project.chapterIds[0])).toBe('Kapitel 1');
    expect(names.get(newcomer.id)).toBe('Nina Nybegynder');
    expect(names.get(project.author.id)).toBe('Forfatter');

    // Every action the server's code records has Danish and English wording (security log lines are not audit).
    const sources = readdirSync(path.join(ROOT, 'server/src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(ROOT, 'server/src', f), 'utf8'))
      .filter((text) => /recordAudit\(|this\.audit\(/.test(text));
    const recorded = new Set(
      sources.flatMap((text) =>
        [...text.matchAll(/(?:action:\s*|this\.audit\(em,\s*\w+,\s*\w+,\s*)([^\n]+)/g)].flatMap((line) =>
          [...line[1].matchAll(/'([a-z][\w-]*\.[\w-]+)'/g)].map((m) => m[1]),
        ),
      ),
    );
    recorded.delete('specialisation.evaluate');
    expect(recorded.size).toBeGreaterThan(30);
    const worded = (action: string, lang: 'da' | 'en') =>
      describeAuditEvent(
        { action, subjectType: 'Chapter', subjectId: null, details: {} },
        lang,
        () => undefined,
      ).action;
    expect([...recorded].filter((a) => worded(a, 'da') === a || worded(a, 'en') === a)).toEqual([]);
  });

  it('exports the log as CSV with spreadsheet formulas neutralised', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const sneaky = await buildUser(server, { name: '=HYPERLINK("http://evil")' });
    await addMembership(server, project.id, sneaky.id, 'COORDINATOR');
    const newcomer = await buildUser(server);
    await sneaky.client.ok(ADD, {
      input: { projectId: project.id, email: newcomer.email, role: 'OBSERVER', isApprover: false },
    });
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[0] });

    const csv: string = (await project.coordinator.client.ok(CSV, { projectId: project.id })).auditLogCsv;
    const lines = csv.trimEnd().split('\r\n');
    // Danish headers and words, Danish time, details as words rather than JSON.
    expect(lines[0]).toBe('Tidspunkt (dansk tid),Hvem,Handling,Om,Navn,Detaljer,Fra adresse');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);
    expect(lines[1]).toContain(
      `,"'=HYPERLINK(""http://evil"")",Medlem tilføjet,Medlem,${newcomer.name},Rolle: Observatør,`,
    );
    expect(lines[2]).toContain(',Forfatter,Status ændret,Kapitel,Kapitel 1,Kladde → Afventer godkendelse');
    expect(csv).not.toMatch(/[{}]/);
  });
});
