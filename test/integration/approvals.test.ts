import { errorCode } from '../support/api';
import {
  acknowledged,
  appendParagraph,
  eventually,
  openChapter,
  synced,
  type ChapterClient,
} from '../support/collab';
import {
  addMembership,
  buildOrganization,
  buildProject,
  buildUser,
  type TestProject,
  type TestUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
const open: ChapterClient[] = [];
beforeAll(async () => (server = await startTestServer()));
afterEach(() => open.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.stop());

const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const RETURN =
  'mutation($id: UUID!, $reason: String) { returnChapterToRevision(chapterId: $id, reason: $reason) { id status } }';
const APPROVE = 'mutation($input: ApproveChapterInput!) { approveChapter(input: $input) { id status } }';
const REQUEST =
  'mutation($input: RequestChapterChangesInput!) { requestChapterChanges(input: $input) { id status } }';
const SET_ORGS = `mutation($documentId: UUID!, $ids: [UUID!]!) {
  setApprovingOrganizations(documentId: $documentId, organizationIds: $ids) {
    id approvingOrganizationsAreDefault approvingOrganizations { id } } }`;
const CHAPTER = `query($id: UUID!) { chapter(id: $id) {
  status contentFingerprint
  approvals { organizationId organization { id } state decidedBy { id } decidedAt reason dismissedAt dismissedReason }
} }`;

/** A project whose approving organisations (by default) are those of two authors with the approver flag. */
async function twoOrganisations(): Promise<TestProject & { author2: TestUser; chapterId: string }> {
  const project = await buildProject(server, { chapters: 1 });
  const author2 = await buildUser(server, { name: 'Forfatter 2' });
  await addMembership(server, project.id, author2.id, 'AUTHOR', true);
  return { ...project, author2, chapterId: project.chapterIds[0] };
}

const status = async (chapterId: string) =>
  (await server.db.query<{ status: string }>('SELECT status FROM chapter WHERE id = $1', [chapterId])).rows[0]
    .status;
const setStatus = (chapterId: string, s: string) =>
  server.db.query('UPDATE chapter SET status = $2 WHERE id = $1', [chapterId, s]);
const auditCount = async (projectId: string) =>
  Number(
    (
      await server.db.query<{ n: string }>('SELECT count(*) n FROM audit_event WHERE "projectId" = $1', [
        projectId,
      ])
    ).rows[0].n,
  );
const approvalsOf = async (user: TestUser, chapterId: string) =>
  (await user.client.ok(CHAPTER, { id: chapterId })).chapter as {
    status: string;
    contentFingerprint: string;
    approvals: {
      organizationId: string;
      state: string;
      decidedBy: { id: string } | null;
      decidedAt: string | null;
      reason: string | null;
      dismissedAt: string | null;
      dismissedReason: string | null;
    }[];
  };
const approve = (user: TestUser, chapterId: string, organizationId = user.organizationId) =>
  user.client.gql(APPROVE, { input: { chapterId, organizationId } });

describe('chapter workflow', () => {
  it('lets an author submit a draft chapter, which then awaits approval', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const result = await project.author.client.ok(SUBMIT, { id: chapterId });
    expect(result.submitChapterForApproval.status).toBe('AWAITING_APPROVAL');
    expect(await status(chapterId)).toBe('AWAITING_APPROVAL');
  });

  it('lets a coordinator submit a chapter in revision', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    await setStatus(chapterId, 'REVISION');
    const result = await project.coordinator.client.ok(SUBMIT, { id: chapterId });
    expect(result.submitChapterForApproval.status).toBe('AWAITING_APPROVAL');
  });

  it.each(['reviewer', 'observer'] as const)(
    'refuses a %s submitting (FORBIDDEN) and changes nothing',
    async (role) => {
      const project = await buildProject(server, { chapters: 1 });
      const [chapterId] = project.chapterIds;
      const before = await auditCount(project.id);
      expect(errorCode(await project[role].client.gql(SUBMIT, { id: chapterId }))).toBe('FORBIDDEN');
      expect(await status(chapterId)).toBe('DRAFT');
      expect(await auditCount(project.id)).toBe(before);
    },
  );

  it('answers NOT_FOUND to a non-member submitting, as for a chapter that does not exist', async () => {
    const project = await buildProject(server, { chapters: 1 });
    expect(errorCode(await project.outsider.client.gql(SUBMIT, { id: project.chapterIds[0] }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await project.author.client.gql(SUBMIT, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('NOT_FOUND');
    expect(await status(project.chapterIds[0])).toBe('DRAFT');
  });

  it.each(['AWAITING_APPROVAL', 'APPROVED', 'IN_REVIEW', 'PUBLISHED'])(
    'refuses submitting a chapter that is %s (CONFLICT) and changes nothing',
    async (from) => {
      const project = await buildProject(server, { chapters: 1 });
      const [chapterId] = project.chapterIds;
      await setStatus(chapterId, from);
      const before = await auditCount(project.id);
      const result = await project.author.client.gql(SUBMIT, { id: chapterId });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors?.[0].extensions?.status).toBe(from);
      expect(await status(chapterId)).toBe(from);
      expect(await auditCount(project.id)).toBe(before);
    },
  );

  it('lets only a coordinator return a chapter to revision, and only from the approval phase', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    expect(errorCode(await project.coordinator.client.gql(RETURN, { id: chapterId }))).toBe('CONFLICT');
    await project.author.client.ok(SUBMIT, { id: chapterId });
    expect(errorCode(await project.author.client.gql(RETURN, { id: chapterId }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(RETURN, { id: chapterId }))).toBe('NOT_FOUND');
    expect(
      errorCode(await project.coordinator.client.gql(RETURN, { id: chapterId, reason: 'x'.repeat(4001) })),
    ).toBe('BAD_USER_INPUT');
    expect(await status(chapterId)).toBe('AWAITING_APPROVAL');
    const result = await project.coordinator.client.ok(RETURN, { id: chapterId, reason: 'Afsnit 2 mangler' });
    expect(result.returnChapterToRevision.status).toBe('REVISION');
    const { rows } = await server.db.query(
      `SELECT details FROM audit_event WHERE "subjectId" = $1 AND action = 'chapter.status_changed' ORDER BY at DESC LIMIT 1`,
      [chapterId],
    );
    expect(rows[0].details).toMatchObject({
      from: 'AWAITING_APPROVAL',
      to: 'REVISION',
      reason: 'Afsnit 2 mangler',
    });
  });
});

describe('approvals', () => {
  it('approves a chapter once every approving organisation has approved its current text', async () => {
    const project = await twoOrganisations();
    const { chapterId, author, author2 } = project;
    await author.client.ok(SUBMIT, { id: chapterId });

    let chapter = await approvalsOf(project.observer, chapterId);
    expect(chapter.approvals.map((a) => [a.organizationId, a.state]).sort()).toEqual(
      [
        [author.organizationId, 'PENDING'],
        [author2.organizationId, 'PENDING'],
      ].sort(),
    );

    expect((await approve(author, chapterId)).data.approveChapter.status).toBe('AWAITING_APPROVAL');
    expect((await approve(author2, chapterId)).data.approveChapter.status).toBe('APPROVED');

    chapter = await approvalsOf(project.observer, chapterId);
    expect(chapter.status).toBe('APPROVED');
    for (const a of chapter.approvals) {
      expect(a.state).toBe('APPROVED');
      expect(a.decidedAt).toEqual(expect.any(String));
    }
    const byOrg = Object.fromEntries(chapter.approvals.map((a) => [a.organizationId, a.decidedBy?.id]));
    expect(byOrg).toEqual({ [author.organizationId]: author.id, [author2.organizationId]: author2.id });
    const versions = await server.db.query<{ kind: string }>(
      'SELECT kind FROM chapter_version WHERE "chapterId" = $1 ORDER BY "createdAt"',
      [chapterId],
    );
    expect(versions.rows.map((r) => r.kind)).toEqual(['SUBMISSION', 'APPROVAL']);
  });

  it('refuses an approval for another organisation (FORBIDDEN) and writes nothing', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    const before = await auditCount(project.id);
    const result = await approve(project.author, project.chapterId, project.author2.organizationId);
    expect(errorCode(result)).toBe('FORBIDDEN');
    const chapter = await approvalsOf(project.author, project.chapterId);
    expect(chapter.approvals.every((a) => a.state === 'PENDING')).toBe(true);
    expect(await auditCount(project.id)).toBe(before);
  });

  it('refuses an approval without the approver flag (FORBIDDEN)', async () => {
    const project = await twoOrganisations();
    const colleague = await buildUser(server, { organizationId: project.author.organizationId });
    await addMembership(server, project.id, colleague.id, 'AUTHOR', false);
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    expect(errorCode(await approve(colleague, project.chapterId))).toBe('FORBIDDEN');
    const chapter = await approvalsOf(project.author, project.chapterId);
    expect(chapter.approvals.every((a) => a.state === 'PENDING')).toBe(true);
  });

  it.each(['reviewer', 'observer'] as const)(
    'refuses an approval from a %s even with the approver flag (FORBIDDEN)',
    async (role) => {
      const project = await twoOrganisations();
      await server.db.query('UPDATE membership SET "isApprover" = true WHERE id = $1', [
        project.membershipIds[role],
      ]);
      // Their organisation is an approving one, so only the role stops them.
      await server.db.query(
        'INSERT INTO approving_organization ("documentId", "organizationId") VALUES ($1, $2)',
        [project.documentId, project[role].organizationId],
      );
      await project.author.client.ok(SUBMIT, { id: project.chapterId });
      expect(errorCode(await approve(project[role], project.chapterId))).toBe('FORBIDDEN');
    },
  );

  it('answers NOT_FOUND to a non-member approving', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    expect(errorCode(await approve(project.outsider, project.chapterId))).toBe('NOT_FOUND');
  });

  it.each(['DRAFT', 'REVISION', 'APPROVED', 'PUBLISHED'])(
    'refuses approving a chapter that is %s, not awaiting approval (CONFLICT)',
    async (from) => {
      const project = await twoOrganisations();
      await setStatus(project.chapterId, from);
      const before = await auditCount(project.id);
      expect(errorCode(await approve(project.author, project.chapterId))).toBe('CONFLICT');
      expect(await status(project.chapterId)).toBe(from);
      expect(await auditCount(project.id)).toBe(before);
      const rows = await server.db.query('SELECT 1 FROM chapter_approval WHERE "chapterId" = $1', [
        project.chapterId,
      ]);
      expect(rows.rowCount).toBe(0);
    },
  );

  it('refuses an approval for an organisation that does not approve the document (CONFLICT)', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    // The coordinator has the approver flag, but by default only the AUTHOR members' organisations approve.
    const result = await approve(project.coordinator, project.chapterId);
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.field).toBe('organizationId');
  });

  it('refuses an approval of text the approver has not read (CONFLICT on an outdated fingerprint)', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    const { contentFingerprint } = await approvalsOf(project.author, project.chapterId);
    const editor = await synced(
      open[open.push(openChapter(server, project.chapterId, project.author2.client.cookie)) - 1],
    );
    appendParagraph(editor, 'Ny tekst efter læsning');
    await acknowledged(editor);
    const result = await project.author.client.gql(APPROVE, {
      input: {
        chapterId: project.chapterId,
        organizationId: project.author.organizationId,
        contentFingerprint,
      },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    const fresh = await approvalsOf(project.author, project.chapterId);
    expect(fresh.contentFingerprint).not.toBe(contentFingerprint);
    await project.author.client.ok(APPROVE, {
      input: {
        chapterId: project.chapterId,
        organizationId: project.author.organizationId,
        contentFingerprint: fresh.contentFingerprint,
      },
    });
  });

  it('records a request for changes with its reason, which is required and limited in length', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    const request = (reason: string) =>
      project.author2.client.gql(REQUEST, {
        input: { chapterId: project.chapterId, organizationId: project.author2.organizationId, reason },
      });
    expect(errorCode(await request(''))).toBe('BAD_USER_INPUT');
    expect(errorCode(await request('   '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await request('x'.repeat(4001)))).toBe('BAD_USER_INPUT');
    expect((await request('Målgruppen skal beskrives tydeligere')).data.requestChapterChanges.status).toBe(
      'AWAITING_APPROVAL',
    );
    const chapter = await approvalsOf(project.coordinator, project.chapterId);
    const mine = chapter.approvals.find((a) => a.organizationId === project.author2.organizationId)!;
    expect(mine).toMatchObject({
      state: 'CHANGES_REQUESTED',
      reason: 'Målgruppen skal beskrives tydeligere',
      decidedBy: { id: project.author2.id },
    });
  });

  it('returns an approved chapter to awaiting approval when an organisation then requests changes', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);
    await approve(project.author2, project.chapterId);
    expect(await status(project.chapterId)).toBe('APPROVED');
    const result = await project.author2.client.ok(REQUEST, {
      input: {
        chapterId: project.chapterId,
        organizationId: project.author2.organizationId,
        reason: 'Fejl i tabel 3',
      },
    });
    expect(result.requestChapterChanges.status).toBe('AWAITING_APPROVAL');
    // Approving again supersedes the request.
    expect((await approve(project.author2, project.chapterId)).data.approveChapter.status).toBe('APPROVED');
  });

  it('lets a coordinator name the approving organisations, and a completed list approves waiting chapters', async () => {
    const project = await twoOrganisations();
    const other = await buildOrganization(server);
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);

    expect(
      errorCode(await project.author.client.gql(SET_ORGS, { documentId: project.documentId, ids: [] })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await project.outsider.client.gql(SET_ORGS, { documentId: project.documentId, ids: [] })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await project.coordinator.client.gql(SET_ORGS, {
          documentId: project.documentId,
          ids: ['00000000-0000-4000-8000-000000000000'],
        }),
      ),
    ).toBe('BAD_USER_INPUT');

    const set = await project.coordinator.client.ok(SET_ORGS, {
      documentId: project.documentId,
      ids: [project.author.organizationId],
    });
    expect(set.setApprovingOrganizations).toMatchObject({
      approvingOrganizationsAreDefault: false,
      approvingOrganizations: [{ id: project.author.organizationId }],
    });
    // The one organisation left has approved: the chapter is approved.
    expect(await status(project.chapterId)).toBe('APPROVED');

    // Adding an organisation that has not approved reopens it.
    await project.coordinator.client.ok(SET_ORGS, {
      documentId: project.documentId,
      ids: [project.author.organizationId, other.id],
    });
    expect(await status(project.chapterId)).toBe('AWAITING_APPROVAL');
    const chapter = await approvalsOf(project.author, project.chapterId);
    expect(chapter.approvals.find((a) => a.organizationId === other.id)?.state).toBe('PENDING');

    // An empty list goes back to the default (the working group's organisations that have an approver).
    const reset = await project.coordinator.client.ok(SET_ORGS, { documentId: project.documentId, ids: [] });
    expect(reset.setApprovingOrganizations.approvingOrganizationsAreDefault).toBe(true);
    expect(
      reset.setApprovingOrganizations.approvingOrganizations.map((o: { id: string }) => o.id).sort(),
    ).toEqual([project.author.organizationId, project.author2.organizationId].sort());
  });
});

describe('default approving organisations', () => {
  const CHOICES = `query($id: UUID!) { document(id: $id) {
    approvingOrganizationsAreDefault approvingOrganizations { id }
    approvingOrganizationChoices { organization { id } approving approvers { id } } } }`;
  const UPDATE_MEMBER = `mutation($id: UUID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) { id isApprover } }`;
  type Choices = {
    approvingOrganizations: { id: string }[];
    approvingOrganizationChoices: {
      organization: { id: string };
      approving: boolean;
      approvers: { id: string }[];
    }[];
  };

  /** Two approving authors and an invited expert in the working group without the approver flag. */
  async function withExpert() {
    const project = await twoOrganisations();
    const expert = await buildUser(server, { name: 'Ekspert' });
    const expertMembershipId = await addMembership(server, project.id, expert.id, 'AUTHOR', false);
    return { ...project, expert, expertMembershipId };
  }

  it('leaves out a working-group organisation nobody may approve for, so the others complete a chapter', async () => {
    const project = await withExpert();
    const doc = (await project.reviewer.client.ok(CHOICES, { id: project.documentId })).document as Choices;
    expect(doc.approvingOrganizations.map((o) => o.id).sort()).toEqual(
      [project.author.organizationId, project.author2.organizationId].sort(),
    );
    // The coordinator sees the expert's organisation as a choice, with nobody who may approve for it.
    const expertChoice = doc.approvingOrganizationChoices.find(
      (c) => c.organization.id === project.expert.organizationId,
    );
    expect(expertChoice).toEqual({
      organization: { id: project.expert.organizationId },
      approving: false,
      approvers: [],
    });
    expect(
      doc.approvingOrganizationChoices.find((c) => c.organization.id === project.author.organizationId),
    ).toEqual({
      organization: { id: project.author.organizationId },
      approving: true,
      approvers: [{ id: project.author.id }],
    });

    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);
    expect(await status(project.chapterId)).toBe('AWAITING_APPROVAL');
    await approve(project.author2, project.chapterId);
    expect(await status(project.chapterId)).toBe('APPROVED');
    // The expert may not approve: no flag, and the organisation does not approve.
    expect(errorCode(await approve(project.expert, project.chapterId))).toBe('FORBIDDEN');
  });

  it('takes an organisation in when a member gets the approver flag, and an approved chapter awaits it', async () => {
    const project = await withExpert();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);
    await approve(project.author2, project.chapterId);
    expect(await status(project.chapterId)).toBe('APPROVED');

    // An author may not hand out the approver flag; nothing changes.
    expect(
      errorCode(
        await project.author.client.gql(UPDATE_MEMBER, {
          id: project.expertMembershipId,
          input: { isApprover: true },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await status(project.chapterId)).toBe('APPROVED');

    await project.coordinator.client.ok(UPDATE_MEMBER, {
      id: project.expertMembershipId,
      input: { isApprover: true },
    });
    expect(await status(project.chapterId)).toBe('AWAITING_APPROVAL');
    const chapter = await approvalsOf(project.coordinator, project.chapterId);
    expect(chapter.approvals.find((a) => a.organizationId === project.expert.organizationId)?.state).toBe(
      'PENDING',
    );
    expect(
      ((await approve(project.expert, project.chapterId)).data as { approveChapter: { status: string } })
        .approveChapter.status,
    ).toBe('APPROVED');

    // Taking the flag away again changes nothing for a chapter every organisation approved.
    await project.coordinator.client.ok(UPDATE_MEMBER, {
      id: project.expertMembershipId,
      input: { isApprover: false },
    });
    expect(await status(project.chapterId)).toBe('APPROVED');
  });

  it('does not touch a document whose approving organisations a coordinator named', async () => {
    const project = await withExpert();
    await project.coordinator.client.ok(SET_ORGS, {
      documentId: project.documentId,
      ids: [project.author.organizationId],
    });
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);
    expect(await status(project.chapterId)).toBe('APPROVED');
    await project.coordinator.client.ok(UPDATE_MEMBER, {
      id: project.expertMembershipId,
      input: { isApprover: true },
    });
    expect(await status(project.chapterId)).toBe('APPROVED');
    const doc = (await project.coordinator.client.ok(CHOICES, { id: project.documentId }))
      .document as Choices;
    expect(doc.approvingOrganizations).toEqual([{ id: project.author.organizationId }]);
  });

  it('hides the choices from a non-member (NOT_FOUND)', async () => {
    const project = await withExpert();
    expect(errorCode(await project.outsider.client.gql(CHOICES, { id: project.documentId }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('progress over time', () => {
  const PROGRESS = `query($documentId: UUID!) { documentProgress(documentId: $documentId) {
    at draft awaitingApproval approved revision } }`;

  it('replays the chapters’ statuses from their creation through each transition to now, for members only', async () => {
    const project = await twoOrganisations();
    const second = await server.db.query<{ id: string }>(
      `INSERT INTO chapter ("documentId", "projectId", title, position) VALUES ($1, $2, 'Kapitel 2', 1) RETURNING id`,
      [project.documentId, project.id],
    );
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);
    await approve(project.author2, project.chapterId);
    await project.author.client.ok(SUBMIT, { id: second.rows[0].id });

    const { documentProgress } = await project.observer.client.ok(PROGRESS, {
      documentId: project.documentId,
    });
    const counts = documentProgress.map((p: Record<string, number>) => [
      p.draft,
      p.awaitingApproval,
      p.approved,
    ]);
    expect(counts).toEqual([
      [1, 0, 0], // chapter 1 created
      [2, 0, 0], // chapter 2 created
      [1, 1, 0], // chapter 1 submitted
      [1, 0, 1], // approved by both organisations
      [0, 1, 1], // chapter 2 submitted
      [0, 1, 1], // now
    ]);
    const times = documentProgress.map((p: { at: string }) => Date.parse(p.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(errorCode(await project.outsider.client.gql(PROGRESS, { documentId: project.documentId }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('live workflow changes', () => {
  const CHANGED = `subscription($projectId: UUID!) { chapterWorkflowChanged(projectId: $projectId) {
    chapterId chapter { status approvals { organizationId state decidedBy { id } } } } }`;

  it('tells members live when a chapter is submitted, approved or returned, with its approvals', async () => {
    const project = await twoOrganisations();
    const client = subscriptionClient(server.url, project.coordinator.client.cookie);
    const events = collect(client, CHANGED, { projectId: project.id });
    await started(server, events);
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author2, project.chapterId);
    await approve(project.author, project.chapterId);
    await project.coordinator.client.ok(RETURN, { id: project.chapterId });
    const received = await events.waitFor(4);
    const summary = received.map((r) => {
      const { chapter } = r.data.chapterWorkflowChanged;
      return [
        chapter.status,
        chapter.approvals.filter((a: { state: string }) => a.state === 'APPROVED').length,
      ];
    });
    // Each event carries the chapter as it is when delivered; the last is certainly current.
    expect(summary[3]).toEqual(['REVISION', 2]);
    expect(received.every((r) => r.data.chapterWorkflowChanged.chapterId === project.chapterId)).toBe(true);
    events.dispose();
    await client.dispose();
  });

  it('refuses a non-member as NOT_FOUND', async () => {
    const project = await twoOrganisations();
    const client = subscriptionClient(server.url, project.outsider.client.cookie);
    const events = collect(client, CHANGED, { projectId: project.id });
    const [first] = await events.waitFor(1);
    expect(first.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await client.dispose();
  });
});

describe('stale approvals', () => {
  it('makes approvals stale after a collab edit, returns the chapter to awaiting approval and notifies the approvers', async () => {
    const project = await twoOrganisations();
    const { chapterId, author, author2 } = project;
    const editor = await synced(
      open[open.push(openChapter(server, chapterId, project.coordinator.client.cookie)) - 1],
    );
    appendParagraph(editor, 'Barnet og familien har én koordinator.');
    await acknowledged(editor);
    await author.client.ok(SUBMIT, { id: chapterId });
    await approve(author, chapterId);
    await approve(author2, chapterId);
    expect(await status(chapterId)).toBe('APPROVED');

    appendParagraph(editor, 'En ændring efter godkendelsen.');
    await acknowledged(editor);

    const chapter = await eventually(async () => {
      const c = await approvalsOf(project.observer, chapterId);
      // The dismissal and the status change land together from the debounced change check.
      return c.approvals.every((a) => a.state === 'STALE') && c.status === 'AWAITING_APPROVAL' ? c : null;
    }, 'the approvals to become stale and the chapter to await approval again');
    expect(chapter.status).toBe('AWAITING_APPROVAL');
    for (const a of chapter.approvals) {
      expect(a.dismissedReason).toBe('CONTENT_CHANGED');
      expect(a.dismissedAt).toEqual(expect.any(String));
      expect(a.decidedBy).not.toBeNull(); // kept: who approved, and when
    }
    const dismissed = await server.db.query<{ userId: string; actorId: string }>(
      `SELECT "userId", "actorId" FROM notification WHERE "chapterId" = $1 AND kind = 'APPROVAL_DISMISSED'`,
      [chapterId],
    );
    expect(dismissed.rows.map((r) => r.userId).sort()).toEqual([author.id, author2.id].sort());
    expect(dismissed.rows.every((r) => r.actorId === project.coordinator.id)).toBe(true);
    const audit = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE "subjectId" = $1 AND action IN ('approval.dismissed', 'chapter.status_changed')
        ORDER BY at DESC, action`,
      [chapterId],
    );
    expect(audit.rows.filter((r) => r.action === 'approval.dismissed')).toHaveLength(2);

    // What changed since the approval: the approved text is kept as a version.
    const { chapter: withVersions } = await project.author.client.ok(
      'query($id: UUID!) { chapter(id: $id) { approvals { versionId } } }',
      { id: chapterId },
    );
    const versionIds = withVersions.approvals.map((a: { versionId: string | null }) => a.versionId);
    expect(versionIds[0]).toEqual(expect.any(String));
    const { chapterVersionDiff } = await author.client.ok(
      'query($from: UUID!) { chapterVersionDiff(fromVersionId: $from) { type text } }',
      { from: versionIds[0] },
    );
    expect(chapterVersionDiff).toEqual([
      { type: 'EQUAL', text: 'Barnet og familien har én koordinator.' },
      { type: 'INSERT', text: '\n\nEn ændring efter godkendelsen.' },
    ]);

    // Approving the new text approves the chapter again.
    await approve(author, chapterId);
    await approve(author2, chapterId);
    expect(await status(chapterId)).toBe('APPROVED');
  });

  it('keeps a request for changes standing through later edits (only approvals go stale)', async () => {
    const project = await twoOrganisations();
    await project.author.client.ok(SUBMIT, { id: project.chapterId });
    await approve(project.author, project.chapterId);
    await project.author2.client.ok(REQUEST, {
      input: {
        chapterId: project.chapterId,
        organizationId: project.author2.organizationId,
        reason: 'Uddyb',
      },
    });
    const editor = await synced(
      open[open.push(openChapter(server, project.chapterId, project.author.client.cookie)) - 1],
    );
    appendParagraph(editor, 'Uddybning');
    await acknowledged(editor);
    const chapter = await eventually(async () => {
      const c = await approvalsOf(project.author, project.chapterId);
      return c.approvals.some((a) => a.state === 'STALE') ? c : null;
    }, 'the approval to become stale');
    const states = Object.fromEntries(chapter.approvals.map((a) => [a.organizationId, a.state]));
    expect(states).toEqual({
      [project.author.organizationId]: 'STALE',
      [project.author2.organizationId]: 'CHANGES_REQUESTED',
    });
  });

  it('finds approvals made stale by edits stored just before a restart', async () => {
    const project = await twoOrganisations();
    const { chapterId } = project;
    await project.author.client.ok(SUBMIT, { id: chapterId });
    await approve(project.author, chapterId);
    await approve(project.author2, chapterId);
    expect(await status(chapterId)).toBe('APPROVED');
    await server.kill();
    // An update stored but never checked (the process died within the debounce window).
    const Y = await import('yjs');
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Skrevet lige før nedbruddet')]);
    doc.getXmlFragment('default').push([paragraph]);
    await server.db.query('INSERT INTO chapter_update ("chapterId", update, "userId") VALUES ($1, $2, $3)', [
      chapterId,
      Buffer.from(Y.encodeStateAsUpdate(doc)),
      project.author.id,
    ]);
    await server.restart();
    await eventually(async () => (await status(chapterId)) === 'AWAITING_APPROVAL', 'the restart re-check');
    const chapter = await approvalsOf(project.author, chapterId);
    expect(chapter.approvals.every((a) => a.state === 'STALE')).toBe(true);
  });
});
