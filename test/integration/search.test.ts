import { ApiClient, errorCode } from '../support/api';
import { acknowledged, appendParagraph, eventually, openChapter, synced } from '../support/collab';
import {
  addMembership,
  buildOrganization,
  buildProject,
  buildUser,
  type TestProject,
  type TestUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { buildAssessmentProject, submit } from '../support/specialisation-factories';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const SEARCH = `query($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter) {
    hitCount hasMore emptyReason
    groups { projectId projectTitle documents { documentId documentTitle hits {
      kind id title rank chapterId chapterTitle parentId organizationName occurredAt snippet { text match } } } }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  rank: number;
  chapterId: string | null;
  parentId: string | null;
  organizationName: string | null;
  snippet: { text: string; match: boolean }[];
}
interface Result {
  hitCount: number;
  hasMore: boolean;
  emptyReason: string | null;
  groups: { projectId: string; documents: { documentId: string | null; hits: Hit[] }[] }[];
}

async function search(user: TestUser, query: string, filter?: Record<string, unknown>): Promise<Result> {
  const { search: result } = await user.client.ok<{ search: Result }>(SEARCH, { query, filter });
  return result;
}
const hitsOf = (result: Result) => result.groups.flatMap((g) => g.documents.flatMap((d) => d.hits));
const ids = async (user: TestUser, query: string, filter?: Record<string, unknown>) =>
  hitsOf(await search(user, query, filter)).map((h) => h.id);

/** Types paragraphs into a chapter through a real Hocuspocus provider, as the editor does. */
async function type(project: TestProject, chapterIndex: number, ...paragraphs: string[]) {
  const editor = await synced(
    openChapter(server, project.chapterIds[chapterIndex], project.author.client.cookie),
  );
  for (const paragraph of paragraphs) appendParagraph(editor, paragraph);
  await acknowledged(editor);
  editor.destroy();
}

/** Waits (condition, not a fixed sleep) until `query` finds the chapter for `user`. */
const found = (user: TestUser, query: string, id: string) =>
  eventually(async () => (await ids(user, query)).includes(id), `search "${query}" to find ${id}`);

const COMMENT = 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }';
const REPLY = 'mutation($input: ReplyInput!) { replyToComment(input: $input) { id } }';
const DELETE = 'mutation($id: UUID!) { deleteComment(id: $id) { id } }';
const OPEN_ROUND = 'mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }';
const CLOSE_ROUND = 'mutation($id: UUID!) { closeReviewRound(id: $id) { id } }';
const comment = async (user: TestUser, chapterId: string, body: string) =>
  (await user.client.ok(COMMENT, { input: { chapterId, body } })).createComment.id as string;

describe('Danish full-text search over chapter text', () => {
  it('finds text typed through a real provider within seconds, stemmed ("koordineringen" finds "koordinering")', async () => {
    const project = await buildProject(server);
    await type(project, 0, 'Kommunen står for koordinering af indsatsen omkring barnet.');
    const chapterId = project.chapterIds[0];
    await found(project.reviewer, 'koordineringen', chapterId);
    const [hit] = hitsOf(await search(project.reviewer, 'koordineringen'));
    expect(hit).toMatchObject({ kind: 'CHAPTER', id: chapterId, chapterId, title: 'Kapitel 1' });
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['koordinering']);
    // A later edit replaces the indexed text: the old word goes, the new one comes.
    await type(project, 1, 'Overgangen til voksenlivet kræver planlægning.');
    await found(project.coordinator, 'voksenlivet', project.chapterIds[1]);
    expect(await ids(project.coordinator, 'ungdomsuddannelse')).toEqual([]);
  });

  it('marks the matched words in the snippet of a long chapter, wherever in it they are', async () => {
    const project = await buildProject(server);
    const filler = 'Handleplanen beskriver mål, indsatser og ansvarsfordeling for familien. ';
    // About 6,000 characters before the word and 1,500 after: the snippet is cut from around it.
    await type(
      project,
      0,
      filler.repeat(80),
      'Sundhedsplejersken følger barnets trivsel tæt.',
      filler.repeat(20),
    );
    await found(project.author, 'sundhedsplejersken', project.chapterIds[0]);
    const [hit] = hitsOf(await search(project.author, 'sundhedsplejerske'));
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Sundhedsplejersken']);
    expect(hit.snippet.map((p) => p.text).join('')).toContain('følger barnets trivsel');
  });

  it('matches quoted phrases only in that order, excludes -words, and takes "or"', async () => {
    const project = await buildProject(server);
    await type(project, 0, 'Barnet får en koordinerende sagsbehandler i kommunen.');
    await type(project, 1, 'Sagsbehandler og lærer er ikke koordinerende for skolen.');
    const [phrase, loose] = project.chapterIds;
    await found(project.author, 'skolen', loose);
    await found(project.author, 'barnet', phrase);
    expect(await ids(project.author, '"koordinerende sagsbehandler"')).toEqual([phrase]);
    expect((await ids(project.author, 'koordinerende sagsbehandler')).sort()).toEqual([phrase, loose].sort());
    expect(await ids(project.author, 'sagsbehandler -skolen')).toEqual([phrase]);
    expect((await ids(project.author, 'barnet or skolen')).sort()).toEqual([phrase, loose].sort());
  });

  it('ranks a chapter about the words above one that mentions them once, and matches the last word as a prefix', async () => {
    const project = await buildProject(server, { chapters: 3 });
    await project.coordinator.client.ok(
      'mutation($id: UUID!, $title: String!) { renameChapter(id: $id, title: $title) { id } }',
      { id: project.chapterIds[1], title: 'Høreapparater og høretab' },
    );
    await type(
      project,
      0,
      'Dette kapitel handler om mange ting: skole, fritid, bolig og familie. Et høretab nævnes her én gang, ' +
        'men resten handler om uddannelse, beskæftigelse, økonomi, transport og samarbejde mellem sektorerne.',
    );
    await type(project, 1, 'Høretab hos børn opdages tidligt. Ved høretab tilbydes høreapparater.');
    await found(project.author, 'høretab', project.chapterIds[0]);
    await found(project.author, 'høretab', project.chapterIds[1]);
    const ranked = hitsOf(await search(project.author, 'høretab')).filter((h) => h.kind === 'CHAPTER');
    expect(ranked.map((h) => h.id)).toEqual([project.chapterIds[1], project.chapterIds[0]]);
    expect(ranked[0].rank).toBeGreaterThan(ranked[1].rank);
    // As one types: "høreappa" already finds "høreapparater"; a finished word does not match as a prefix.
    expect(await ids(project.author, 'høreappa')).toContain(project.chapterIds[1]);
    expect(await ids(project.author, 'høreappa ')).toEqual([]);
  });
});

describe('who finds what', () => {
  it('finds a project’s content for its members only', async () => {
    const project = await buildProject(server, { title: 'Projekt om døvblindhed' });
    await type(project, 0, 'Døvblinde borgere har brug for kontaktpersoner.');
    await found(project.observer, 'kontaktpersoner', project.chapterIds[0]);
    expect(await ids(project.observer, 'døvblindhed')).toContain(project.id);
    expect(await ids(project.outsider, 'kontaktpersoner')).toEqual([]);
    expect(await ids(project.outsider, 'døvblindhed')).toEqual([]);
    const anonymous = await new ApiClient(server.url).gql(SEARCH, { query: 'døvblindhed' });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('shows a reviewer their organisation’s round comments, others’ only after the deadline, internal ones never', async () => {
    const project = await buildProject(server);
    const otherOrg = await buildOrganization(server, { name: 'Sjældne Diagnoser' });
    const other = await buildUser(server, { organizationId: otherOrg.id });
    await addMembership(server, project.id, other.id, 'REVIEWER');
    const chapterId = project.chapterIds[0];
    const { openReviewRound } = await project.coordinator.client.ok(OPEN_ROUND, {
      input: {
        documentId: project.documentId,
        title: 'Høring',
        letter: 'Kære parter',
        chapterIds: [chapterId],
      },
    });
    const own = await comment(project.reviewer, chapterId, 'Hvad med ventetiden på udredning?');
    const theirs = await comment(other, chapterId, 'Ventetiden på udredning er for lang.');
    const internal = await comment(project.author, chapterId, 'Intern note: ventetiden skal belyses.');
    const reply = (
      await project.author.client.ok(REPLY, { input: { parentId: own, body: 'Svar om ventetiden.' } })
    ).replyToComment.id as string;

    expect((await ids(project.reviewer, 'ventetiden')).sort()).toEqual([own, reply].sort());
    expect((await ids(other, 'ventetiden')).sort()).toEqual([theirs]);
    // The working group and observers see every comment.
    expect((await ids(project.coordinator, 'ventetiden')).sort()).toEqual(
      [own, theirs, internal, reply].sort(),
    );
    expect((await ids(project.observer, 'ventetiden')).sort()).toEqual([own, theirs, internal, reply].sort());

    await project.coordinator.client.ok(CLOSE_ROUND, { id: openReviewRound.id });
    expect((await ids(project.reviewer, 'ventetiden')).sort()).toEqual([own, theirs, reply].sort());
    const hit = hitsOf(await search(project.reviewer, 'ventetiden')).find((h) => h.id === reply)!;
    expect(hit).toMatchObject({ kind: 'COMMENT', chapterId, parentId: own });

    // A deleted comment is found by nobody.
    await project.author.client.ok(DELETE, { id: internal });
    expect(await ids(project.coordinator, 'intern')).toEqual([]);
  });

  it('shows no other assessor’s rationale before both assessments are in', async () => {
    const { project, a, offerA } = await buildAssessmentProject(server);
    const [first, second] = a.specialists;
    expect((await submit(first, offerA, 2, 'Kræver døgndækning med neuropædagog')).errors).toBeUndefined();
    const rationale = 'neuropædagog';
    expect(await ids(first, rationale)).toHaveLength(1);
    expect(await ids(second, rationale)).toEqual([]);
    expect(await ids(project.coordinator, rationale)).toEqual([]);

    expect((await submit(second, offerA, 3, 'Behov for neuropædagog og sygepleje')).errors).toBeUndefined();
    expect(await ids(second, rationale)).toHaveLength(2);
    expect(await ids(project.coordinator, rationale)).toHaveLength(2);
    const [hit] = hitsOf(await search(project.coordinator, 'døgndækning'));
    expect(hit).toMatchObject({ kind: 'ASSESSMENT', parentId: offerA });
    // The reference group, observers and another group's specialists never see contents.
    expect(await ids(project.reviewer, rationale)).toEqual([]);
    expect(await ids(project.observer, rationale)).toEqual([]);
    expect(await ids(project.author, rationale)).toEqual([]);
  });
});

describe('filters and grouping', () => {
  it('narrows by project, kind, author organisation and date, and groups by project and document', async () => {
    const project = await buildProject(server, { title: 'Tilgængelighed i skolen' });
    const second = await buildProject(server, { title: 'Tilgængelighed i fritiden' });
    await addMembership(server, second.id, project.author.id, 'AUTHOR');
    await type(project, 0, 'Tilgængelighed handler om adgang for alle.');
    await found(project.author, 'adgang', project.chapterIds[0]);
    const note = await comment(project.author, project.chapterIds[1], 'Adgang til bygningerne?');

    const all = await search(project.author, 'tilgængelighed');
    expect(all.groups.map((g) => g.projectId).sort()).toEqual([project.id, second.id].sort());
    const own = all.groups.find((g) => g.projectId === project.id)!;
    expect(own.documents.find((d) => d.documentId === project.documentId)!.hits.map((h) => h.id)).toContain(
      project.chapterIds[0],
    );
    expect(own.documents.find((d) => d.documentId === null)!.hits.map((h) => h.id)).toEqual([project.id]);

    expect(await ids(project.author, 'tilgængelighed', { projectId: second.id })).toEqual([second.id]);
    expect(await ids(project.author, 'adgang', { kinds: ['COMMENT'] })).toEqual([note]);
    expect(await ids(project.author, 'adgang', { kinds: ['CHAPTER'] })).toEqual([project.chapterIds[0]]);
    expect(
      await ids(project.author, 'adgang', { authorOrganizationId: project.author.organizationId }),
    ).toEqual([note]);
    expect(
      await ids(project.author, 'adgang', { authorOrganizationId: project.reviewer.organizationId }),
    ).toEqual([]);
    const hour = 3600_000;
    expect(
      (await ids(project.author, 'adgang', { from: new Date(Date.now() - hour).toISOString() })).sort(),
    ).toEqual([project.chapterIds[0], note].sort());
    expect(await ids(project.author, 'adgang', { to: new Date(Date.now() - hour).toISOString() })).toEqual(
      [],
    );
  });
});

describe('bad input', () => {
  it('answers empty, stop-word-only and unbalanced queries with a helpful empty result, and refuses 1 000 characters', async () => {
    const project = await buildProject(server);
    expect(await search(project.author, '   ')).toMatchObject({ hitCount: 0, emptyReason: 'EMPTY_QUERY' });
    expect(await search(project.author, 'og i at det')).toMatchObject({
      hitCount: 0,
      emptyReason: 'ONLY_STOP_WORDS',
    });
    expect(await search(project.author, '"koordinerende sagsbehandler')).toMatchObject({
      emptyReason: 'NO_MATCHES',
    });
    expect(await search(project.author, '" - or ( ) : * & | !')).toMatchObject({ hitCount: 0 });
    const long = await project.author.client.gql(SEARCH, { query: 'a'.repeat(1000) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].extensions?.field).toBe('query');
    // The refused query did not stop the next one.
    expect(await ids(project.author, 'Kapitel')).toEqual(expect.arrayContaining([project.chapterIds[0]]));
  });
});
