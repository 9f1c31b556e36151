import * as Y from 'yjs';
import { errorCode } from '../support/api';
import {
  acknowledged,
  appendParagraph,
  blocks,
  eventually,
  openChapter,
  synced,
  type ChapterClient,
} from '../support/collab';
import { buildProject, buildSpecialisationProject, TARGET_GROUP_CHAPTERS } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
const open: ChapterClient[] = [];
beforeAll(async () => (server = await startTestServer()));
afterEach(() => open.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.stop());

const GROUP_FIELDS = `id projectId name description documentId document { id kind title chapters { title } }
  specialists { id } criteria { level html version updatedAt updatedBy { id } history { version html createdBy { id } } }
  viewerIsSpecialist viewerCan { assess editCriteria settle } offerCount`;
const CREATE = `mutation($input: CreateTargetGroupInput!) { createTargetGroup(input: $input) { ${GROUP_FIELDS} } }`;
const MAY_BE_SPECIALIST = 'query($id: UUID!) { project(id: $id) { members { id mayBeSpecialist } } }';
const SET = `mutation($input: SetSpecialistsInput!) { setSpecialists(input: $input) { id specialists { id } } }`;
const GROUP = `query($id: UUID!) { targetGroup(id: $id) { ${GROUP_FIELDS} } }`;
const GROUPS = 'query($projectId: UUID!) { targetGroups(projectId: $projectId) { id name } }';
const SAVE = `mutation($input: SaveLevelCriterionInput!) { saveLevelCriterion(input: $input) {
  level html version updatedBy { id } history { version html } } }`;
const CHAPTER_CAN = 'query($id: UUID!) { chapter(id: $id) { viewerCan { editText } } }';

const connect = async (chapterId: string, cookie: string | undefined) =>
  synced(open[open.push(openChapter(server, chapterId, cookie)) - 1]);

describe('target groups', () => {
  it('lets coordinators create a group with a new målgruppebeskrivelse of level chapters; nobody else', async () => {
    const project = await buildSpecialisationProject(server);
    const input = {
      projectId: project.id,
      name: 'Synsnedsættelse',
      description: 'Borgere med synsnedsættelse',
    };
    for (const user of [project.author, project.groups[0].specialists[0], project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(CREATE, { input }))).toBe('NOT_FOUND');
    const { createTargetGroup: group } = await project.coordinator.client.ok(CREATE, { input });
    expect(group).toMatchObject({
      name: 'Synsnedsættelse',
      description: 'Borgere med synsnedsættelse',
      document: {
        kind: 'TARGET_GROUP',
        title: 'Målgruppebeskrivelse: Synsnedsættelse',
        chapters: TARGET_GROUP_CHAPTERS.map((title) => ({ title })),
      },
      specialists: [],
      criteria: [1, 2, 3].map((level) => ({
        level,
        html: '',
        version: 0,
        updatedAt: null,
        updatedBy: null,
        history: [],
      })),
      viewerIsSpecialist: false,
      // The coordinator who created it manages its criteria and disagreements, but assesses only as a specialist.
      viewerCan: { assess: false, editCriteria: true, settle: true },
      offerCount: 0,
    });
    const { targetGroups } = await project.observer.client.ok(GROUPS, { projectId: project.id });
    expect(targetGroups.map((g: { name: string }) => g.name)).toEqual([
      'Autisme',
      'Erhvervet hjerneskade',
      'Synsnedsættelse',
    ]);
    const viaDocument = await project.reviewer.client.ok(
      'query($id: UUID!) { document(id: $id) { targetGroup { id } project { targetGroups { id } } } }',
      { id: group.documentId },
    );
    expect(viaDocument.document.targetGroup.id).toBe(group.id);
    expect(viaDocument.document.project.targetGroups).toHaveLength(3);
    expect(errorCode(await project.outsider.client.gql(GROUP, { id: group.id }))).toBe('NOT_FOUND');
    const audit = await server.db.query(
      `SELECT 1 FROM audit_event WHERE "subjectId" = $1 AND action = 'targetGroup.created'`,
      [group.id],
    );
    expect(audit.rowCount).toBe(1);
  });

  it('links an existing TARGET_GROUP document; refuses a PATHWAY document, a linked one, a taken name and a pathway project', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const client = project.coordinator.client;
    const { rows } = await server.db.query<{ id: string }>(
      `INSERT INTO document ("projectId", kind, title) VALUES ($1, 'TARGET_GROUP', 'Målgruppebeskrivelse: Demens') RETURNING id`,
      [project.id],
    );
    const { createTargetGroup } = await client.ok(CREATE, {
      input: { projectId: project.id, name: 'Demens', documentId: rows[0].id },
    });
    expect(createTargetGroup.documentId).toBe(rows[0].id);
    const refusal = async (input: Record<string, unknown>) =>
      (await client.gql(CREATE, { input: { projectId: project.id, ...input } })).errors?.[0].extensions;
    expect(await refusal({ name: 'Andet', documentId: project.documentId })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'documentId',
    });
    expect(await refusal({ name: 'Andet', documentId: rows[0].id })).toMatchObject({
      code: 'CONFLICT',
      field: 'documentId',
    });
    expect(await refusal({ name: 'autisme' })).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await refusal({ name: '' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal({ name: 'x'.repeat(121) })).toMatchObject({ code: 'BAD_USER_INPUT' });
    const pathway = await buildProject(server);
    const other = await pathway.coordinator.client.gql(CREATE, {
      input: { projectId: pathway.id, name: 'Autisme' },
    });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
  });
});

describe('specialist groups', () => {
  it('lets coordinators set AUTHOR and COORDINATOR members as specialists, and shows who is one', async () => {
    const project = await buildSpecialisationProject(server, { specialists: 1 });
    const [brain, autism] = project.groups;
    const input = {
      targetGroupId: brain.id,
      membershipIds: [brain.specialists[0].membershipId, project.membershipIds.coordinator],
    };
    // Membership.mayBeSpecialist says whom setSpecialists takes: the working group, never reviewers or observers.
    const { project: withMembers } = await project.coordinator.client.ok(MAY_BE_SPECIALIST, {
      id: project.id,
    });
    const mayBe = new Map(
      withMembers.members.map((m: { id: string; mayBeSpecialist: boolean }) => [m.id, m.mayBeSpecialist]),
    );
    expect(mayBe.get(project.membershipIds.coordinator)).toBe(true);
    expect(mayBe.get(project.membershipIds.author)).toBe(true);
    expect(mayBe.get(project.membershipIds.reviewer)).toBe(false);
    expect(mayBe.get(project.membershipIds.observer)).toBe(false);
    for (const notEligible of [project.membershipIds.reviewer, project.membershipIds.observer])
      expect(
        errorCode(
          await project.coordinator.client.gql(SET, {
            input: { targetGroupId: brain.id, membershipIds: [notEligible] },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
    for (const user of [project.author, brain.specialists[0], project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(SET, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(SET, { input }))).toBe('NOT_FOUND');
    const { setSpecialists } = await project.coordinator.client.ok(SET, { input });
    expect(setSpecialists.specialists.map((m: { id: string }) => m.id).sort()).toEqual(
      [...input.membershipIds].sort(),
    );

    const view = async (user: { client: typeof project.author.client }, id: string) =>
      (await user.client.ok(GROUP, { id })).targetGroup;
    expect(await view(project.coordinator, brain.id)).toMatchObject({
      viewerIsSpecialist: true,
      viewerCan: { assess: true, editCriteria: true, settle: true },
    });
    // A coordinator who is not in the group does not assess it.
    expect(await view(project.coordinator, autism.id)).toMatchObject({
      viewerIsSpecialist: false,
      viewerCan: { assess: false, editCriteria: true, settle: true },
    });
    expect(await view(brain.specialists[0], brain.id)).toMatchObject({
      viewerIsSpecialist: true,
      viewerCan: { assess: true, editCriteria: true, settle: true },
    });
    // A specialist of another group may do none of it here.
    expect(await view(brain.specialists[0], autism.id)).toMatchObject({
      viewerIsSpecialist: false,
      viewerCan: { assess: false, editCriteria: false, settle: false },
    });
    expect(await view(project.reviewer, brain.id)).toMatchObject({
      viewerIsSpecialist: false,
      viewerCan: { assess: false, editCriteria: false, settle: false },
    });

    const bad = async (membershipIds: string[]) =>
      (await project.coordinator.client.gql(SET, { input: { targetGroupId: brain.id, membershipIds } }))
        .errors?.[0].extensions;
    expect(await bad([project.membershipIds.reviewer])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'membershipIds',
    });
    expect(await bad([project.membershipIds.observer])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'membershipIds',
    });
    const stranger = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 1 });
    expect(await bad([stranger.groups[0].specialists[0].membershipId])).toMatchObject({
      code: 'BAD_USER_INPUT',
    });

    // Removing a membership removes it from the group.
    await project.coordinator.client.ok('mutation($id: UUID!) { removeMember(id: $id) }', {
      id: brain.specialists[0].membershipId,
    });
    expect((await view(project.coordinator, brain.id)).specialists).toEqual([
      { id: project.membershipIds.coordinator },
    ]);
    const audit = await server.db.query<{ details: { added: string[] } }>(
      `SELECT details FROM audit_event WHERE "subjectId" = $1 AND action = 'targetGroup.specialistsSet'`,
      [brain.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].details.added).toEqual([project.membershipIds.coordinator]);
  });

  it('takes a specialist out of the group when their role becomes reviewer or observer', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'] });
    const [group] = project.groups;
    const [stays, leaves] = group.specialists;
    const UPDATE_MEMBER =
      'mutation($id: UUID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { role } }';
    await project.coordinator.client.ok(UPDATE_MEMBER, {
      id: leaves.membershipId,
      input: { role: 'REVIEWER' },
    });
    const { targetGroup } = await project.coordinator.client.ok(GROUP, { id: group.id });
    expect(targetGroup.specialists).toEqual([{ id: stays.membershipId }]);
    // Back to author, they are in the general working group, not the specialist group.
    await project.coordinator.client.ok(UPDATE_MEMBER, {
      id: leaves.membershipId,
      input: { role: 'AUTHOR' },
    });
    expect((await leaves.client.ok(GROUP, { id: group.id })).targetGroup.viewerIsSpecialist).toBe(false);
  });
});

describe('level criteria', () => {
  it('lets the group’s specialists and coordinators save criteria; other specialists, authors, reviewers and observers may not', async () => {
    const project = await buildSpecialisationProject(server);
    const [brain, autism] = project.groups;
    const input = { targetGroupId: brain.id, level: 3, html: '<p>Meget komplekse behov</p>', baseVersion: 0 };
    for (const user of [autism.specialists[0], project.author, project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(SAVE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(SAVE, { input }))).toBe('NOT_FOUND');

    const first = (await brain.specialists[0].client.ok(SAVE, { input })).saveLevelCriterion;
    expect(first).toMatchObject({
      level: 3,
      version: 1,
      html: '<p>Meget komplekse behov</p>',
      updatedBy: { id: brain.specialists[0].id },
    });
    // The second specialist edited from version 0 too: CONFLICT, nothing saved.
    const stale = await brain.specialists[1].client.gql(SAVE, { input: { ...input, html: '<p>Andet</p>' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const second = (
      await project.coordinator.client.ok(SAVE, {
        input: {
          ...input,
          html: '<p onclick="x()">Højt <b>specialiseret</b><script>alert(1)</script></p>',
          baseVersion: 1,
        },
      })
    ).saveLevelCriterion;
    expect(second).toMatchObject({ version: 2, html: '<p>Højt <strong>specialiseret</strong></p>' });
    expect(second.history.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const { targetGroup } = await project.observer.client.ok(GROUP, { id: brain.id });
    expect(targetGroup.criteria.map((c: { level: number; version: number }) => [c.level, c.version])).toEqual(
      [
        [1, 0],
        [2, 0],
        [3, 2],
      ],
    );
    expect(targetGroup.criteria[2].history[1]).toMatchObject({
      html: '<p>Meget komplekse behov</p>',
      createdBy: { id: brain.specialists[0].id },
    });
    for (const bad of [{ level: 0 }, { level: 4 }, { html: 'x'.repeat(50_001) }])
      expect(
        errorCode(
          await project.coordinator.client.gql(SAVE, { input: { ...input, baseVersion: 2, ...bad } }),
        ),
      ).toBe('BAD_USER_INPUT');
    const audit = await server.db.query(
      `SELECT details FROM audit_event WHERE "subjectId" = $1 AND action = 'criterion.saved' ORDER BY at`,
      [brain.id],
    );
    expect(audit.rows.map((r) => r.details.version)).toEqual([1, 2]);
  });

  it('tells members live that a criterion was saved', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 1 });
    const [group] = project.groups;
    const client = subscriptionClient(server.url, project.reviewer.client.cookie);
    try {
      const events = collect(
        client,
        'subscription($projectId: UUID!) { specialisationEvents(projectId: $projectId) { type targetGroupId } }',
        {
          projectId: project.id,
        },
      );
      await started(server, events);
      await group.specialists[0].client.ok(SAVE, {
        input: { targetGroupId: group.id, level: 1, html: '<p>x</p>', baseVersion: 0 },
      });
      const [event] = await events.waitFor(1);
      expect(event.data.specialisationEvents).toEqual({ type: 'CRITERION_SAVED', targetGroupId: group.id });
    } finally {
      await client.dispose();
    }
  });
});

describe('edit scope of specialist groups', () => {
  it('opens the collab socket read-write only on the own group’s document for a specialist, and viewerCan mirrors it', async () => {
    const project = await buildSpecialisationProject(server, { specialists: 1 });
    const [brain, autism] = project.groups;
    const specialist = brain.specialists[0];
    const cases: [string, { client: { cookie?: string } }, string, string][] = [
      ['own group', specialist, brain.chapterIds[1], 'read-write'],
      ['another group', specialist, autism.chapterIds[1], 'readonly'],
      ['the general document', specialist, project.chapterIds[0], 'readonly'],
      ['general author on a group', project.author, autism.chapterIds[1], 'read-write'],
      ['coordinator', project.coordinator, autism.chapterIds[2], 'read-write'],
      ['reviewer', project.reviewer, brain.chapterIds[1], 'readonly'],
    ];
    for (const [what, user, chapterId, scope] of cases) {
      const client = await connect(chapterId, user.client.cookie);
      expect([what, await client.authenticated]).toEqual([what, scope]);
      const { chapter } = await (user as typeof specialist).client.ok(CHAPTER_CAN, { id: chapterId });
      expect([what, chapter.viewerCan.editText]).toEqual([what, scope === 'read-write']);
    }
  });

  it('drops what a specialist types into another group’s chapter', async () => {
    const project = await buildSpecialisationProject(server, { specialists: 1 });
    const [brain, autism] = project.groups;
    const chapterId = autism.chapterIds[1];
    const owner = await connect(chapterId, autism.specialists[0].client.cookie);
    appendParagraph(owner, 'Niveau 1: lette behov.');
    await acknowledged(owner);
    const outsider = await connect(chapterId, brain.specialists[0].client.cookie);
    expect(await outsider.authenticated).toBe('readonly');
    await eventually(
      () => blocks(outsider)[0] === 'Niveau 1: lette behov.',
      'the text to reach the read-only client',
    );
    appendParagraph(outsider, 'Skal ikke med');
    appendParagraph(owner, 'Niveau 1: og mere.');
    await acknowledged(owner);
    // The owner's later edit reaching the read-only client shows the server has dealt with its refused one.
    await eventually(
      () => blocks(outsider).includes('Niveau 1: og mere.'),
      'the owner’s edit to reach the reader',
    );
    expect(blocks(owner)).toEqual(['Niveau 1: lette behov.', 'Niveau 1: og mere.']);
    const { chapter } = await project.observer.client.ok('query($id: UUID!) { chapter(id: $id) { text } }', {
      id: chapterId,
    });
    expect(chapter.text).not.toContain('Skal ikke med');
  });

  it('reconnects an open socket read-only when its user leaves the specialist group, read-write when they join', async () => {
    const project = await buildSpecialisationProject(server, { specialists: 1 });
    const [brain, autism] = project.groups;
    const specialist = brain.specialists[0];
    const client = await connect(autism.chapterIds[0], specialist.client.cookie);
    expect(await client.authenticated).toBe('readonly');
    const scopes: string[] = [];
    client.provider.on('authenticated', ({ scope }: { scope: string }) => scopes.push(scope));
    // Joining the autism group as well: that document becomes theirs to edit.
    await project.coordinator.client.ok(SET, {
      input: {
        targetGroupId: autism.id,
        membershipIds: [autism.specialists[0].membershipId, specialist.membershipId],
      },
    });
    await eventually(() => scopes.includes('read-write'), 'a read-write reconnect');
    // Leaving it again (still in the brain-injury group): read-only again.
    await project.coordinator.client.ok(SET, {
      input: { targetGroupId: autism.id, membershipIds: [autism.specialists[0].membershipId] },
    });
    await eventually(() => scopes.at(-1) === 'readonly', 'a read-only reconnect');
  });

  it('refuses a version restore and a proposal accept outside the own group as FORBIDDEN', async () => {
    const project = await buildSpecialisationProject(server, { specialists: 1 });
    const [brain, autism] = project.groups;
    const chapterId = autism.chapterIds[1];
    const editor = await connect(chapterId, autism.specialists[0].client.cookie);
    appendParagraph(editor, 'Borgeren har brug for støtte.');
    await acknowledged(editor);
    const { createChapterVersion } = await autism.specialists[0].client.ok(
      'mutation($chapterId: UUID!, $name: String!) { createChapterVersion(chapterId: $chapterId, name: $name) { id } }',
      { chapterId, name: 'Udkast' },
    );
    const RESTORE = 'mutation($id: UUID!) { restoreChapterVersion(versionId: $id) { id } }';
    expect(errorCode(await brain.specialists[0].client.gql(RESTORE, { id: createChapterVersion.id }))).toBe(
      'FORBIDDEN',
    );
    await autism.specialists[0].client.ok(RESTORE, { id: createChapterVersion.id });

    const text = (editor.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const index = text.toString().indexOf('støtte');
    const encode = (position: Y.RelativePosition) =>
      Buffer.from(Y.encodeRelativePosition(position)).toString('base64');
    const { createComment } = await autism.specialists[0].client.ok(
      'mutation($input: CreateCommentInput!) { createComment(input: $input) { id proposalStatus } }',
      {
        input: {
          chapterId,
          body: 'Mere præcist',
          range: {
            anchor: encode(Y.createRelativePositionFromTypeIndex(text, index)),
            head: encode(Y.createRelativePositionFromTypeIndex(text, index + 'støtte'.length, -1)),
            quote: 'støtte',
          },
          proposal: 'specialiseret støtte',
        },
      },
    );
    const ACCEPT = 'mutation($id: UUID!) { acceptProposal(commentId: $id) { id proposalStatus } }';
    expect(errorCode(await brain.specialists[0].client.gql(ACCEPT, { id: createComment.id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await autism.specialists[0].client.ok(ACCEPT, { id: createComment.id })).acceptProposal.proposalStatus,
    ).toBe('ACCEPTED');
    await eventually(
      () => blocks(editor)[0] === 'Borgeren har brug for specialiseret støtte.',
      'the accepted proposal',
    );
  });
});
