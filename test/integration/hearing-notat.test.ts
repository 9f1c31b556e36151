import * as Y from 'yjs';
import { errorCode } from '../support/api';
import { acknowledged, appendParagraph, openChapter, synced, type ChapterClient } from '../support/collab';
import {
  addMembership,
  buildOrganization,
  buildProject,
  buildUser,
  countRows,
  type TestProject,
  type TestUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const NOTAT = `query($id: UUID!, $version: Int) { consultationNotat(roundId: $id, version: $version) {
  version status versions finalisedAt projectTitle documentTitle roundTitle materialUrl periodDays
  hearingList { name responded noRemarks }
  chapters { title subjects { key heading quote summary comment edited
    responses { organizationName registered attachmentName body disposition } } }
  changes { title startVersionId endVersionId insertedWords deletedWords segments { type text } omittedChanges
    accepted { organizationName quote proposal } }
  viewerCan { edit finalise newDraft } } }`;
const EDIT = `mutation($input: EditNotatSubjectInput!) { editNotatSubject(input: $input) {
  version status chapters { subjects { key heading summary comment edited } } } }`;
const FINALISE =
  'mutation($id: UUID!) { finaliseConsultationNotat(roundId: $id) { version status versions } }';
const NEW_DRAFT = 'mutation($id: UUID!) { newConsultationNotatDraft(roundId: $id) { version status } }';
const NO_REMARKS = `mutation($id: UUID!, $org: UUID!, $no: Boolean!) {
  setNoRemarks(roundId: $id, organizationId: $org, noRemarks: $no) { noRemarksOrganizationIds } }`;
const CREATE = 'mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }';
const DISPOSE = 'mutation($input: DisposeCommentInput!) { disposeComment(input: $input) { id } }';
const CLOSE = 'mutation($id: UUID!) { closeReviewRound(id: $id) { id } }';

const encode = (p: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(p)).toString('base64');
function rangeOf(client: ChapterClient, word: string) {
  const text = (client.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
  const index = text.toString().indexOf(word);
  return {
    anchor: encode(Y.createRelativePositionFromTypeIndex(text, index)),
    head: encode(Y.createRelativePositionFromTypeIndex(text, index + word.length, -1)),
    quote: word,
  };
}

interface Hearing {
  project: TestProject;
  roundId: string;
  /** Reviewers of three organisations named so they sort Å-last, A-first. */
  parties: { org: { id: string; name: string }; reviewer: TestUser }[];
  editor: ChapterClient;
}

/** A project whose first chapter has text, and an open round on both chapters with three parties. */
async function openHearing(text = 'Kommunen koordinerer indsatsen for barnet.'): Promise<Hearing> {
  const project = await buildProject(server, { chapters: 2 });
  const suffix = project.id.slice(0, 8);
  const names = [`Ældre Sagen ${suffix}`, `Danske Handicaporganisationer ${suffix}`, `KL ${suffix}`];
  const parties = await Promise.all(
    names.map(async (name, i) => {
      const org = await buildOrganization(server, { name });
      const reviewer = await buildUser(server, { name: `Referent ${i + 1}`, organizationId: org.id });
      await addMembership(server, project.id, reviewer.id, 'REVIEWER');
      return { org: { id: org.id, name }, reviewer };
    }),
  );
  const editor = await synced(openChapter(server, project.chapterIds[0], project.author.client.cookie));
  appendParagraph(editor, text);
  await acknowledged(editor);
  const { openReviewRound } = await project.coordinator.client.ok(
    `mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }`,
    {
      input: {
        documentId: project.documentId,
        title: 'Høring 2018',
        letter: 'Kære parter',
        chapterIds: project.chapterIds,
        organizationIds: parties.map((p) => p.org.id),
      },
    },
  );
  return { project, roundId: openReviewRound.id, parties, editor };
}

async function upload(
  user: TestUser,
  fields: Record<string, string>,
  file: { name: string; data: Buffer } | null,
  headers: Record<string, string> = { 'x-samskriv-upload': '1' },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('attachment', new Blob([new Uint8Array(file.data)]), file.name);
  const response = await fetch(`${server.url}/files/hearing-responses`, {
    method: 'POST',
    headers: { cookie: user.client.cookie ?? '', ...headers },
    body: form,
  });
  const body = (await response.json()) as {
    data?: { commentId: string };
    errors?: { extensions: { code: string; field?: string } }[];
  };
  return { status: response.status, body, code: body.errors?.[0]?.extensions.code };
}

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n% høringssvar\n'),
  Buffer.alloc(2000, 32),
  Buffer.from('%%EOF'),
]);

describe('høringsnotat', () => {
  it('has the three sections: the period and hearing list, responses per chapter and subject, and the changes', async () => {
    const { project, roundId, parties, editor } = await openHearing();
    const [aeldre, dh, kl] = parties;
    const range = rangeOf(editor, 'koordinerer');
    const first = await dh.reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Hvem koordinerer?', range, proposal: 'sikrer' },
    });
    const second = await aeldre.reviewer.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Uklart ansvar.',
        range: rangeOf(editor, 'koordinerer'),
      },
    });
    await aeldre.reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Kapitlet er godt.' },
    });
    // Commented last, but its passage stands first in the chapter.
    await aeldre.reviewer.client.ok(CREATE, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Hvilken kommune?',
        range: rangeOf(editor, 'Kommunen'),
      },
    });
    // May not: the working group's draft is not the reviewers' until it is finalised and the round closed.
    expect(errorCode(await dh.reviewer.client.gql(NOTAT, { id: roundId }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(NOTAT, { id: roundId }))).toBe('NOT_FOUND');
    expect(
      errorCode(await project.author.client.gql(NO_REMARKS, { id: roundId, org: kl.org.id, no: true })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await project.coordinator.client.gql(NO_REMARKS, {
          id: roundId,
          org: project.reviewer.organizationId,
          no: true,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await project.coordinator.client.ok(NO_REMARKS, { id: roundId, org: kl.org.id, no: true });

    await project.author.client.ok('mutation($id: UUID!) { acceptProposal(commentId: $id) { id } }', {
      id: first.createComment.id,
    });
    await project.author.client.ok(DISPOSE, {
      input: { commentId: first.createComment.id, disposition: 'ACCEPTED', reply: 'Teksten er rettet.' },
    });
    await project.author.client.ok(DISPOSE, {
      input: {
        commentId: second.createComment.id,
        disposition: 'NOT_ACCEPTED',
        reply: 'Ansvaret står i kapitel 2.',
      },
    });

    const { consultationNotat: notat } = await project.observer.client.ok(NOTAT, { id: roundId });
    expect(notat).toMatchObject({ version: 1, status: 'DRAFT', versions: [1], roundTitle: 'Høring 2018' });
    expect(notat.materialUrl).toMatch(new RegExp(`/rounds/${roundId}$`));
    expect(notat.periodDays).toBe(28);
    // 1.2: alphabetical (Danish: Æ after Z), marked, "ingen bemærkninger" registered for KL.
    expect(notat.hearingList).toEqual([
      { name: dh.org.name, responded: true, noRemarks: false },
      { name: kl.org.name, responded: true, noRemarks: true },
      { name: aeldre.org.name, responded: true, noRemarks: false },
    ]);
    // 2: the passages in the order they stand in the chapter (one subject for the passage both parties
    // commented on, its word since replaced), then the chapter as a whole.
    const [chapter1, chapter2] = notat.chapters;
    expect(chapter2).toEqual({ title: 'Kapitel 2', subjects: [] });
    expect(chapter1.subjects.map((s: { heading: string }) => s.heading)).toEqual([
      '»Kommunen«',
      '»koordinerer«',
      'Kapitlet som helhed',
    ]);
    const passage = chapter1.subjects[1];
    expect(passage.responses.map((r: { organizationName: string }) => r.organizationName)).toEqual([
      dh.org.name,
      aeldre.org.name,
    ]);
    expect(passage.summary).toContain(`${dh.org.name} anfører: »Hvem koordinerer?«`);
    expect(passage.summary).toContain('foreslår teksten »sikrer«');
    expect(passage.comment).toContain(`${dh.org.name}: Imødekommet. Teksten er rettet.`);
    expect(passage.comment).toContain(`${aeldre.org.name}: Ikke imødekommet. Ansvaret står i kapitel 2.`);
    // 3: the accepted proposal, and the words changed since the round opened.
    expect(notat.changes[0]).toMatchObject({
      title: 'Kapitel 1',
      endVersionId: null,
      insertedWords: 1,
      deletedWords: 1,
      accepted: [{ organizationName: dh.org.name, quote: 'koordinerer', proposal: 'sikrer' }],
    });
    expect(notat.changes[0].startVersionId).toEqual(expect.any(String));
    expect(notat.changes[0].omittedChanges).toBe(0);
    expect(notat.changes[0].segments).toEqual(
      expect.arrayContaining([
        { type: 'DELETE', text: 'koordinerer' },
        { type: 'INSERT', text: 'sikrer' },
      ]),
    );
    expect(notat.changes[1]).toMatchObject({ insertedWords: 0, deletedWords: 0, accepted: [] });
    expect(notat.viewerCan).toEqual({ edit: false, finalise: false, newDraft: false });
    const { consultationNotat: mine } = await project.coordinator.client.ok(NOTAT, { id: roundId });
    expect(mine.viewerCan).toEqual({ edit: true, finalise: false, newDraft: false });
    editor.destroy();
  });

  it('lets the coordinator edit the draft, freezes it when finalised, and versions a new draft', async () => {
    const { project, roundId, parties, editor } = await openHearing();
    editor.destroy();
    const [aeldre, dh] = parties;
    const { createComment } = await dh.reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[1], body: 'Mangler pårørende.' },
    });
    const { consultationNotat: before } = await project.coordinator.client.ok(NOTAT, { id: roundId });
    const key = before.chapters[1].subjects[0].key;
    const edit = {
      roundId,
      subjectKey: key,
      summary: 'DH savner de pårørende.',
      comment: 'Tilføjet i afsnit 2.3.',
    };
    // May not: authors and reviewers do not word the notat; unknown subjects are refused.
    expect(errorCode(await project.author.client.gql(EDIT, { input: edit }))).toBe('FORBIDDEN');
    expect(errorCode(await dh.reviewer.client.gql(EDIT, { input: edit }))).toBe('FORBIDDEN');
    expect(
      errorCode(await project.coordinator.client.gql(EDIT, { input: { ...edit, subjectKey: 'x:y' } })),
    ).toBe('BAD_USER_INPUT');
    const { editNotatSubject } = await project.coordinator.client.ok(EDIT, { input: edit });
    expect(editNotatSubject.chapters[1].subjects[0]).toMatchObject({
      summary: 'DH savner de pårørende.',
      comment: 'Tilføjet i afsnit 2.3.',
      edited: true,
    });
    // Finalising waits for the round to close.
    const open = await project.coordinator.client.gql(FINALISE, { id: roundId });
    expect(errorCode(open)).toBe('CONFLICT');
    expect(open.errors?.[0].extensions?.reason).toBe('ROUND_OPEN');
    await project.coordinator.client.ok(CLOSE, { id: roundId });
    // A reviewer reads nothing before it is finalised.
    expect((await aeldre.reviewer.client.ok(NOTAT, { id: roundId })).consultationNotat).toBeNull();
    expect(errorCode(await project.author.client.gql(FINALISE, { id: roundId }))).toBe('FORBIDDEN');

    const { finaliseConsultationNotat } = await project.coordinator.client.ok(FINALISE, { id: roundId });
    expect(finaliseConsultationNotat).toEqual({ version: 1, status: 'FINAL', versions: [1] });
    // Frozen: edits are refused and later dispositions do not change it.
    const refused = await project.coordinator.client.gql(EDIT, { input: { ...edit, summary: 'Ny' } });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions?.reason).toBe('NOTAT_FINALISED');
    expect(errorCode(await project.coordinator.client.gql(FINALISE, { id: roundId }))).toBe('CONFLICT');
    await project.author.client.ok(DISPOSE, {
      input: { commentId: createComment.id, disposition: 'ACCEPTED', reply: 'Senere behandling.' },
    });
    const { consultationNotat: frozen } = await aeldre.reviewer.client.ok(NOTAT, { id: roundId });
    expect(frozen).toMatchObject({
      version: 1,
      status: 'FINAL',
      viewerCan: { edit: false, newDraft: false },
    });
    expect(frozen.chapters[1].subjects[0].comment).toBe('Tilføjet i afsnit 2.3.');
    expect(frozen.chapters[1].subjects[0].responses[0].disposition).toBeNull();
    expect(frozen.changes[0].endVersionId).toEqual(expect.any(String));
    const versions = await server.db.query(
      `SELECT kind FROM chapter_version WHERE "roundId" = $1 ORDER BY kind`,
      [roundId],
    );
    expect(versions.rows.map((r: { kind: string }) => r.kind).sort()).toEqual([
      'HEARING_NOTE',
      'HEARING_NOTE',
      'ROUND_START',
      'ROUND_START',
    ]);

    // Version 2 starts from version 1's wording; the reviewers keep reading version 1 until it is final.
    expect(errorCode(await project.author.client.gql(NEW_DRAFT, { id: roundId }))).toBe('FORBIDDEN');
    const { newConsultationNotatDraft } = await project.coordinator.client.ok(NEW_DRAFT, { id: roundId });
    expect(newConsultationNotatDraft).toEqual({ version: 2, status: 'DRAFT' });
    expect(errorCode(await project.coordinator.client.gql(NEW_DRAFT, { id: roundId }))).toBe('CONFLICT');
    await project.coordinator.client.ok(EDIT, { input: { ...edit, comment: '' } });
    expect((await aeldre.reviewer.client.ok(NOTAT, { id: roundId })).consultationNotat.version).toBe(1);
    await project.coordinator.client.ok(FINALISE, { id: roundId });
    const { consultationNotat: v2 } = await aeldre.reviewer.client.ok(NOTAT, { id: roundId });
    expect(v2).toMatchObject({ version: 2, status: 'FINAL', versions: [1, 2] });
    // The emptied comment went back to the one from the dispositions.
    expect(v2.chapters[1].subjects[0].summary).toBe('DH savner de pårørende.');
    expect(v2.chapters[1].subjects[0].comment).toBe(`${dh.org.name}: Imødekommet. Senere behandling.`);
    const { consultationNotat: v1 } = await aeldre.reviewer.client.ok(NOTAT, { id: roundId, version: 1 });
    expect(v1.chapters[1].subjects[0].comment).toBe('Tilføjet i afsnit 2.3.');
  });

  it('exports a tagged PDF, a Word document with headings and escaped HTML', async () => {
    const { project, roundId, parties, editor } = await openHearing();
    editor.destroy();
    await parties[0].reviewer.client.ok(CREATE, {
      input: { chapterId: project.chapterIds[0], body: 'Et <script>svar</script>.' },
    });
    const { consultationNotat } = await project.coordinator.client.ok(
      'query($id: UUID!) { consultationNotat(roundId: $id) { html docx pdf } }',
      { id: roundId },
    );
    const pdf = Buffer.from(consultationNotat.pdf, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/S \/Table/);
    expect(raw).toContain('/Outlines');
    const docx = Buffer.from(consultationNotat.docx, 'base64');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const html: string = consultationNotat.html;
    expect(html).toContain('<html lang="da">');
    for (const heading of [
      '<h2>1. Høringen</h2>',
      '<h3>1.2 Høringslisten</h3>',
      '<h2>2. Høringssvarene</h2>',
      '<h2>3. Ændringer</h2>',
    ])
      expect(html).toContain(heading);
    expect(html.indexOf('1. Høringen')).toBeLessThan(html.indexOf('2. Høringssvarene'));
    expect(html).toContain('<th scope="col">Part</th>');
    expect(html).toContain('Et &lt;script&gt;svar&lt;/script&gt;.');
    expect(html).not.toContain('<script>');
  });

  it('registers a response received by e-mail with its PDF, for the coordinator only', async () => {
    const { project, roundId, parties, editor } = await openHearing();
    editor.destroy();
    const [aeldre, dh, kl] = parties;
    const fields = {
      roundId,
      organizationId: kl.org.id,
      chapterId: project.chapterIds[1],
      body: 'Se vedlagte brev.',
    };
    const before = await countRows(server, 'registered_response');

    // May not: other roles, a request without the upload header, a non-PDF, an oversized file.
    expect((await upload(project.author, fields, { name: 'svar.pdf', data: PDF })).code).toBe('FORBIDDEN');
    expect((await upload(kl.reviewer, fields, { name: 'svar.pdf', data: PDF })).code).toBe('FORBIDDEN');
    expect((await upload(project.outsider, fields, { name: 'svar.pdf', data: PDF })).code).toBe('NOT_FOUND');
    expect((await upload(project.coordinator, fields, { name: 'svar.pdf', data: PDF }, {})).status).toBe(403);
    const disguised = await upload(project.coordinator, fields, {
      name: 'svar.pdf',
      data: Buffer.from('PK\u0003\u0004 not a pdf'),
    });
    expect(disguised).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(disguised.body.errors?.[0].extensions.field).toBe('attachment');
    const big = await upload(project.coordinator, fields, {
      name: 'stor.pdf',
      data: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    });
    expect(big).toMatchObject({ status: 413, code: 'BAD_USER_INPUT' });
    expect(
      (
        await upload(
          project.coordinator,
          { ...fields, organizationId: project.reviewer.organizationId },
          null,
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    expect(await countRows(server, 'registered_response')).toBe(before);

    const ok = await upload(project.coordinator, fields, { name: 'KL høringssvar.pdf', data: PDF });
    expect(ok.status).toBe(201);
    const commentId = ok.body.data!.commentId;
    const { consultationNotat } = await project.coordinator.client.ok(NOTAT, { id: roundId });
    expect(consultationNotat.hearingList.find((p: { name: string }) => p.name === kl.org.name)).toEqual({
      name: kl.org.name,
      responded: true,
      noRemarks: false,
    });
    expect(consultationNotat.chapters[1].subjects[0].responses).toEqual([
      {
        organizationName: kl.org.name,
        registered: true,
        attachmentName: 'KL høringssvar.pdf',
        body: 'Se vedlagte brev.',
        disposition: null,
      },
    ]);
    // It is handled like any response.
    await project.author.client.ok(DISPOSE, { input: { commentId, disposition: 'NOTED', reply: '' } });

    const download = (user: TestUser) =>
      fetch(`${server.url}/files/hearing-responses/${commentId}/attachment`, {
        headers: { cookie: user.client.cookie ?? '' },
      });
    const mine = await download(project.coordinator);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toContain("filename*=UTF-8''KL%20h%C3%B8ringssvar.pdf");
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(kl.reviewer)).status).toBe(200);
    // Another party's reviewers see it only once the round has closed, like its comments; outsiders never.
    expect((await download(dh.reviewer)).status).toBe(404);
    expect((await download(project.outsider)).status).toBe(404);
    await project.coordinator.client.ok(CLOSE, { id: roundId });
    expect((await download(aeldre.reviewer)).status).toBe(200);
  });

  it('says how many changes section 3 leaves out where it stops listing them', async () => {
    const words = Array.from({ length: 80 }, (_, i) => `ord${i}`);
    const { project, roundId, editor } = await openHearing(words.join(' '));
    // Every other word replaced: 40 deletions and 40 insertions, with an unchanged word between each.
    const text = (editor.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    editor.doc.transact(() => {
      for (let i = words.length - 2; i >= 0; i -= 2) {
        const at = words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
        text.delete(at, words[i].length);
        text.insert(at, `nyt${i}`);
      }
    });
    await acknowledged(editor);
    const { consultationNotat: notat } = await project.coordinator.client.ok(
      `query($id: UUID!) { consultationNotat(roundId: $id) {
        changes { insertedWords deletedWords segments { type } omittedChanges } html } }`,
      { id: roundId },
    );
    const change = notat.changes[0];
    expect(change).toMatchObject({ insertedWords: 40, deletedWords: 40 });
    expect(change.segments).toHaveLength(60);
    const shown = change.segments.filter((s: { type: string }) => s.type !== 'EQUAL').length;
    expect(shown).toBeGreaterThan(0);
    expect(change.omittedChanges).toBe(80 - shown);
    expect(notat.html).toContain(`… og ${80 - shown} ændringer mere`);
    editor.destroy();
  });
});
