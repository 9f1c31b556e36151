import { randomUUID } from 'node:crypto';
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
import {
  addMembership,
  buildProject,
  buildUser,
  type TestProject,
  type TestUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const TEXT = 'Barnet skal tilbydes en koordinator.';

const OPEN = 'mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }';
const CHAPTER = 'query($id: UUID!) { chapter(id: $id) { text html htmlWithSuggestions } }';
const SUGGEST_ONLY = 'query($id: UUID!) { chapter(id: $id) { viewerCan { editText suggestOnly } } }';
const THREADS = `query($chapterId: UUID!) { commentThreads(chapterId: $chapterId) {
  id roundId internal quote proposal proposalStatus proposalReason suggestionId organizationId author { id } } }`;
const THREAD_FIELDS = 'id suggestionId proposalStatus proposalReason';
const ACCEPT = `mutation($input: SuggestionScopeInput!) { acceptSuggestions(input: $input) { ${THREAD_FIELDS} } }`;
const REJECT = `mutation($input: RejectSuggestionsInput!) { rejectSuggestions(input: $input) { ${THREAD_FIELDS} } }`;

interface Thread {
  id: string;
  roundId: string | null;
  internal: boolean;
  quote: string | null;
  proposal: string | null;
  proposalStatus: string | null;
  proposalReason: string | null;
  suggestionId: string | null;
  organizationId: string;
  author: { id: string };
}

/** A project whose first chapter holds TEXT, in an open round whose hearing list has the reviewers' organisations. */
async function roundWithText(extraReviewers = 0) {
  const project = await buildProject(server, { chapters: 2 });
  const reviewers: TestUser[] = [project.reviewer];
  for (let i = 0; i < extraReviewers; i++) {
    const user = await buildUser(server, { name: `Referent ${i + 2}` });
    await addMembership(server, project.id, user.id, 'REVIEWER');
    reviewers.push(user);
  }
  const chapterId = project.chapterIds[0];
  const author = await synced(openChapter(server, chapterId, project.author.client.cookie));
  appendParagraph(author, TEXT);
  await acknowledged(author);
  const { openReviewRound } = await project.coordinator.client.ok(OPEN, {
    input: {
      documentId: project.documentId,
      title: 'Høring',
      chapterIds: [chapterId],
      organizationIds: reviewers.map((r) => r.organizationId),
    },
  });
  return { project, reviewers, chapterId, author, roundId: openReviewRound.id as string };
}

const textNode = (client: ChapterClient, block = 0) =>
  (client.fragment.get(block) as Y.XmlElement).get(0) as Y.XmlText;
const attribution = (user: TestUser, id = randomUUID()) => ({
  id,
  authorId: user.id,
  organizationId: user.organizationId,
  createdAt: new Date().toISOString(),
});

/** What the editor's suggestion mode writes: the old word marked deleted, the new one inserted after it. */
function suggestReplace(
  client: ChapterClient,
  user: TestUser,
  word: string,
  replacement: string,
  id = randomUUID(),
) {
  const text = textNode(client);
  const index = text
    .toString()
    .replace(/<[^>]+>/g, '')
    .indexOf(word);
  if (index < 0) throw new Error(`${word} not in the text`);
  const marks = attribution(user, id);
  client.doc.transact(() => {
    text.format(index, word.length, { deletion: marks });
    text.insert(index + word.length, replacement, { insertion: marks });
  });
  return id;
}

const plain = (client: ChapterClient) =>
  textNode(client)
    .toDelta()
    .map((op: { insert: string }) => op.insert)
    .join('');
const chapterOf = async (project: TestProject, chapterId: string) =>
  (await project.author.client.ok(CHAPTER, { id: chapterId })).chapter as {
    text: string;
    html: string;
    htmlWithSuggestions: string;
  };
const threadsOf = async (project: TestProject, chapterId: string) =>
  ((await project.author.client.ok(THREADS, { chapterId })).commentThreads as Thread[]).filter(
    (t) => t.suggestionId,
  );

/** Collects the close reasons a provider is sent. */
function closeReasons(client: ChapterClient): string[] {
  const reasons: string[] = [];
  client.provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
  return reasons;
}

describe('suggestion mode on the collab socket', () => {
  it('stores a reviewer’s suggestion as marks, shows it live to an author and opens its thread in the round', async () => {
    const { project, chapterId, author, roundId } = await roundWithText();
    const reviewer = await synced(openChapter(server, chapterId, project.reviewer.client.cookie));
    expect(await reviewer.authenticated).toBe('read-write');

    const id = suggestReplace(reviewer, project.reviewer, 'skal', 'bør');
    await acknowledged(reviewer);
    // Live: the author's document carries the marks with the reviewer's attribution.
    await eventually(() => plain(author).includes('skalbør'), 'the suggestion to reach the author');
    const delta = textNode(author).toDelta() as {
      insert: string;
      attributes?: Record<string, { authorId: string }>;
    }[];
    expect(delta.find((op) => op.insert === 'bør')?.attributes?.insertion).toMatchObject({
      id,
      authorId: project.reviewer.id,
      organizationId: project.reviewer.organizationId,
    });
    expect(delta.find((op) => op.insert === 'skal')?.attributes?.deletion).toMatchObject({ id });

    // The accepted text is unchanged; the view with suggestions marks them.
    const chapter = await chapterOf(project, chapterId);
    expect(chapter.text).toBe(TEXT);
    expect(chapter.htmlWithSuggestions).toContain(`<del data-suggestion-id="${id}"`);
    expect(chapter.htmlWithSuggestions).toContain(
      `<ins data-suggestion-id="${id}" data-author-id="${project.reviewer.id}">bør</ins>`,
    );

    // Stored: a server restart-free reload from PostgreSQL shows the marks too.
    const fresh = await synced(openChapter(server, chapterId, project.coordinator.client.cookie));
    expect(plain(fresh)).toBe('Barnet skalbør tilbydes en koordinator.');

    const [thread] = await eventually(async () => {
      const threads = await threadsOf(project, chapterId);
      return threads.length === 1 ? threads : null;
    }, 'the suggestion’s thread');
    expect(thread).toMatchObject({
      suggestionId: id,
      roundId,
      internal: false,
      quote: 'skal',
      proposal: 'bør',
      proposalStatus: 'PENDING',
      organizationId: project.reviewer.organizationId,
      author: { id: project.reviewer.id },
    });
    for (const c of [author, reviewer, fresh]) c.destroy();
  });

  it('accepts a suggestion typed a keystroke at a time, each update sent before the last is applied', async () => {
    const { project, chapterId, author } = await roundWithText();
    const reviewer = await synced(openChapter(server, chapterId, project.reviewer.client.cookie));
    const reasons = closeReasons(reviewer);
    const marks = attribution(project.reviewer);
    const at = plain(reviewer).indexOf(' tilbydes');
    // One transaction (so one update message) per keystroke, as an editor sends them, without waiting.
    for (const [i, letter] of [...' altid'].entries())
      reviewer.doc.transact(() => textNode(reviewer).insert(at + i, letter, { insertion: marks }));
    for (let i = 0; i < 4; i++)
      reviewer.doc.transact(() =>
        textNode(reviewer).format(plain(reviewer).indexOf('koordinator') + i, 1, { deletion: marks }),
      );
    await acknowledged(reviewer);
    await eventually(
      () => plain(author) === 'Barnet skal altid tilbydes en koordinator.',
      'every keystroke to reach the author',
    );
    expect(reasons).toEqual([]);
    const fresh = await synced(openChapter(server, chapterId, project.coordinator.client.cookie));
    expect(plain(fresh)).toBe('Barnet skal altid tilbydes en koordinator.');
    expect((await chapterOf(project, chapterId)).htmlWithSuggestions).toContain(
      `<ins data-suggestion-id="${marks.id}" data-author-id="${project.reviewer.id}"> altid</ins>`,
    );

    // A plain edit at the end of such a burst is still refused, and only it is left out.
    reviewer.doc.transact(() => textNode(reviewer).insert(0, 'X', { insertion: marks }));
    reviewer.doc.transact(() => textNode(reviewer).insert(textNode(reviewer).length, 'Y'));
    await eventually(() => reasons.includes('not-a-suggestion'), 'the refusal of the plain edit');
    reviewer.destroy();
    appendParagraph(author, 'Markør');
    await acknowledged(author);
    const after = await synced(openChapter(server, chapterId, project.coordinator.client.cookie));
    expect(blocks(after)[1]).toBe('Markør');
    expect(plain(after)).toBe('XBarnet skal altid tilbydes en koordinator.');
    for (const c of [author, fresh, after]) c.destroy();
  });

  it('refuses a reviewer’s plain edit and stores nothing of it', async () => {
    const { project, chapterId, author } = await roundWithText();
    // Chapter.viewerCan says what the socket enforces: the reviewer writes suggestions only, the author edits.
    const can = async (user: TestUser) =>
      (await user.client.ok(SUGGEST_ONLY, { id: chapterId })).chapter.viewerCan;
    expect(await can(project.reviewer)).toEqual({ editText: false, suggestOnly: true });
    expect(await can(project.author)).toEqual({ editText: true, suggestOnly: false });
    const reviewer = await synced(openChapter(server, chapterId, project.reviewer.client.cookie));
    const reasons = closeReasons(reviewer);
    textNode(reviewer).insert(0, 'Uden forslag: ');
    await eventually(() => reasons.includes('not-a-suggestion'), 'the refusal');
    reviewer.destroy();
    // The channel delivers: a later edit by the author is stored and read back, the refused one is not.
    appendParagraph(author, 'Markør');
    await acknowledged(author);
    const chapter = await chapterOf(project, chapterId);
    expect(chapter.text).toBe(`${TEXT}\n\nMarkør`);
    expect(chapter.htmlWithSuggestions).not.toContain('Uden forslag');
    author.destroy();
  });

  it('refuses a suggestion in someone else’s name and a change to another reviewer’s suggestion', async () => {
    const { project, reviewers, chapterId, author } = await roundWithText(1);
    const [first, second] = reviewers;
    const one = await synced(openChapter(server, chapterId, first.client.cookie));
    const id = suggestReplace(one, first, 'skal', 'bør');
    await acknowledged(one);

    const other = await synced(openChapter(server, chapterId, second.client.cookie));
    await eventually(() => plain(other).includes('skalbør'), 'the first suggestion to arrive');
    const reasons = closeReasons(other);
    // Withdrawing (deleting) the first reviewer's inserted word is not the second reviewer's to do.
    const index = plain(other).indexOf('bør');
    textNode(other).delete(index, 3);
    await eventually(() => reasons.length > 0, 'the refusal of a change to another’s suggestion');
    other.destroy();

    const impostor = await synced(openChapter(server, chapterId, second.client.cookie));
    const impostorReasons = closeReasons(impostor);
    suggestReplace(impostor, first, 'koordinator', 'tovholder');
    await eventually(() => impostorReasons.length > 0, 'the refusal of a suggestion in another’s name');
    impostor.destroy();

    appendParagraph(author, 'Markør');
    await acknowledged(author);
    const fresh = await synced(openChapter(server, chapterId, project.coordinator.client.cookie));
    expect(plain(fresh)).toBe('Barnet skalbør tilbydes en koordinator.');
    expect(blocks(fresh)[1]).toBe('Markør');
    const threads = await eventually(async () => {
      const t = await threadsOf(project, chapterId);
      return t.length === 1 ? t : null;
    }, 'the one thread');
    expect(threads.map((t) => t.suggestionId)).toEqual([id]);
    for (const c of [one, author, fresh]) c.destroy();
  });

  it('keeps a reviewer outside the round, and every observer, read-only', async () => {
    const { project } = await roundWithText();
    // Neither suggests: Chapter.viewerCan.suggestOnly is false where the socket is read-only.
    for (const [user, chapterId] of [
      [project.reviewer, project.chapterIds[1]],
      [project.observer, project.chapterIds[0]],
    ] as const)
      expect((await user.client.ok(SUGGEST_ONLY, { id: chapterId })).chapter.viewerCan).toEqual({
        editText: false,
        suggestOnly: false,
      });
    // The second chapter is not in the round.
    const outside = openChapter(server, project.chapterIds[1], project.reviewer.client.cookie);
    expect(await outside.authenticated).toBe('readonly');
    const observer = openChapter(server, project.chapterIds[0], project.observer.client.cookie);
    expect(await observer.authenticated).toBe('readonly');
    outside.destroy();
    observer.destroy();
  });

  it('converges when an author edits around a reviewer’s suggestion at the same time', async () => {
    const { project, chapterId, author } = await roundWithText();
    const reviewer = await synced(openChapter(server, chapterId, project.reviewer.client.cookie));
    // Both change the paragraph before hearing of the other's change.
    const id = suggestReplace(reviewer, project.reviewer, 'koordinator', 'tovholder');
    textNode(author).insert(0, 'Hvert ');
    textNode(author).insert(plain(author).indexOf('tilbydes'), 'altid ');
    await acknowledged(reviewer);
    await acknowledged(author);
    await eventually(
      () => plain(author) === plain(reviewer) && plain(author).includes('tovholder'),
      'convergence',
    );
    expect(plain(author)).toBe('Hvert Barnet skal altid tilbydes en koordinatortovholder.');
    const accepted = await project.author.client.ok(ACCEPT, { input: { chapterId, suggestionId: id } });
    expect(accepted.acceptSuggestions).toMatchObject([{ suggestionId: id, proposalStatus: 'ACCEPTED' }]);
    expect((await chapterOf(project, chapterId)).text).toBe('Hvert Barnet skal altid tilbydes en tovholder.');
    await eventually(
      () => plain(reviewer) === 'Hvert Barnet skal altid tilbydes en tovholder.',
      'the accept live',
    );
    author.destroy();
    reviewer.destroy();
  });
});

describe('accepting and rejecting suggestions', () => {
  /** Three reviewers of three organisations, one suggestion each, in one paragraph. */
  async function threeSuggestions() {
    const setup = await roundWithText(2);
    const ids: string[] = [];
    const words: [string, string][] = [
      ['skal', 'bør'],
      ['tilbydes', 'have'],
      ['koordinator', 'tovholder'],
    ];
    for (const [i, reviewer] of setup.reviewers.entries()) {
      const client = await synced(openChapter(server, setup.chapterId, reviewer.client.cookie));
      ids.push(suggestReplace(client, reviewer, words[i][0], words[i][1]));
      await acknowledged(client);
      client.destroy();
    }
    await eventually(
      async () => (await threadsOf(setup.project, setup.chapterId)).length === 3,
      'three threads',
    );
    return { ...setup, ids };
  }

  it('lets authors and coordinators decide one, by person, by organisation and all; each thread records it', async () => {
    const { project, reviewers, chapterId, author, ids } = await threeSuggestions();
    const text = async () => (await chapterOf(project, chapterId)).text;

    const one = await project.author.client.ok(ACCEPT, { input: { chapterId, suggestionId: ids[0] } });
    expect(one.acceptSuggestions).toMatchObject([{ suggestionId: ids[0], proposalStatus: 'ACCEPTED' }]);
    expect(await text()).toBe('Barnet bør tilbydes en koordinator.');

    const byPerson = await project.coordinator.client.ok(REJECT, {
      input: { chapterId, authorId: reviewers[1].id, reason: 'Ordvalget står i loven' },
    });
    expect(byPerson.rejectSuggestions).toMatchObject([
      { suggestionId: ids[1], proposalStatus: 'REJECTED', proposalReason: 'Ordvalget står i loven' },
    ]);
    expect(await text()).toBe('Barnet bør tilbydes en koordinator.');

    const byOrganisation = await project.author.client.ok(ACCEPT, {
      input: { chapterId, organizationId: reviewers[2].organizationId },
    });
    expect(byOrganisation.acceptSuggestions).toMatchObject([
      { suggestionId: ids[2], proposalStatus: 'ACCEPTED' },
    ]);
    expect(await text()).toBe('Barnet bør tilbydes en tovholder.');
    // Nothing pending is left to decide, and every mark is gone from the live text.
    await eventually(() => plain(author) === 'Barnet bør tilbydes en tovholder.', 'the live text');
    expect((await chapterOf(project, chapterId)).htmlWithSuggestions).not.toMatch(/<(ins|del) /);
    const all = await project.author.client.ok(ACCEPT, { input: { chapterId } });
    expect(all.acceptSuggestions).toEqual([]);
    const statuses = (await threadsOf(project, chapterId)).map((t) => [t.suggestionId, t.proposalStatus]);
    expect(statuses.sort()).toEqual(
      [
        [ids[0], 'ACCEPTED'],
        [ids[1], 'REJECTED'],
        [ids[2], 'ACCEPTED'],
      ].sort(),
    );
    author.destroy();
  });

  it('rejects all at once with one reason, leaving the text as it was', async () => {
    const { project, chapterId, author } = await threeSuggestions();
    const rejected = await project.coordinator.client.ok(REJECT, {
      input: { chapterId, reason: 'Udsat til næste udgave' },
    });
    expect(rejected.rejectSuggestions).toHaveLength(3);
    expect(
      rejected.rejectSuggestions.every((t: Thread) => t.proposalReason === 'Udsat til næste udgave'),
    ).toBe(true);
    await eventually(() => plain(author) === TEXT, 'the live text without suggestions');
    expect((await chapterOf(project, chapterId)).htmlWithSuggestions).toBe(`<p>${TEXT}</p>`);
    author.destroy();
  });

  it('refuses reviewers, observers and outsiders, an unknown suggestion and a reject without reason', async () => {
    const { project, chapterId, author, ids } = await threeSuggestions();
    const input = { chapterId, suggestionId: ids[0] };
    expect(errorCode(await project.reviewer.client.gql(ACCEPT, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.observer.client.gql(ACCEPT, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(ACCEPT, { input }))).toBe('NOT_FOUND');
    expect(
      errorCode(await project.author.client.gql(ACCEPT, { input: { chapterId, suggestionId: 'nope' } })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await project.author.client.gql(REJECT, { input: { ...input, reason: '' } }))).toBe(
      'BAD_USER_INPUT',
    );
    // Nothing was decided.
    expect((await threadsOf(project, chapterId)).every((t) => t.proposalStatus === 'PENDING')).toBe(true);
    expect((await chapterOf(project, chapterId)).htmlWithSuggestions).toContain(ids[0]);
    author.destroy();
  });
});

describe('approvals and suggestions', () => {
  const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
  const APPROVE = 'mutation($input: ApproveChapterInput!) { approveChapter(input: $input) { id status } }';
  const APPROVALS = 'query($id: UUID!) { chapter(id: $id) { status approvals { state } } }';

  it('makes standing approvals stale when a suggestion is accepted', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const author = await synced(openChapter(server, chapterId, project.author.client.cookie));
    appendParagraph(author, TEXT);
    // An author in suggestion mode: the same marks, in their own name.
    const id = suggestReplace(author, project.author, 'skal', 'bør');
    await acknowledged(author);
    await project.author.client.ok(SUBMIT, { id: chapterId });
    await project.author.client.ok(APPROVE, {
      input: { chapterId, organizationId: project.author.organizationId },
    });
    const approved = (await project.author.client.ok(APPROVALS, { id: chapterId })).chapter;
    expect(approved.status).toBe('APPROVED');

    await project.coordinator.client.ok(ACCEPT, { input: { chapterId, suggestionId: id } });
    const after = await eventually(async () => {
      const { chapter } = await project.author.client.ok(APPROVALS, { id: chapterId });
      const stale = chapter.approvals.every((a: { state: string }) => a.state === 'STALE');
      return stale && chapter.status === 'AWAITING_APPROVAL' ? chapter : null;
    }, 'the approvals to go stale and the chapter back to awaiting approval');
    expect(after.approvals).toHaveLength(1);
    author.destroy();
  });
});
