import * as Y from 'yjs';
import { errorCode } from '../support/api';
import { acknowledged, appendParagraph, openChapter, synced } from '../support/collab';
import { addMembership, buildOrganization, buildProject, buildUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const REPORT = `query($id: UUID!) { consultationReport(roundId: $id) {
  projectTitle documentTitle periodStart periodEnd html
  hearingList { organization { name } responded }
  chapters { chapter { title } organizations { organization { name } comments {
    authorName body quote proposal proposalStatus disposition dispositionReply } } } } }`;

describe('consultation report (høringsnotat)', () => {
  it('lists the period, the hearing list with responses and each organisation’s comments with dispositions', async () => {
    const project = await buildProject(server, { chapters: 2 });
    const suffix = project.id.slice(0, 8);
    const [dh, sjaeldne, kl] = await Promise.all(
      [`Danske Handicaporganisationer ${suffix}`, `Sjældne Diagnoser ${suffix}`, `Ældre Sagen ${suffix}`].map(
        (name) => buildOrganization(server, { name }),
      ),
    );
    const reviewers = await Promise.all(
      [dh, sjaeldne, kl].map(async (org, i) => {
        const user = await buildUser(server, { name: `Referent ${i + 1}`, organizationId: org.id });
        await addMembership(server, project.id, user.id, 'REVIEWER');
        return user;
      }),
    );
    const editor = await synced(openChapter(server, project.chapterIds[0], project.author.client.cookie));
    appendParagraph(editor, 'Kommunen koordinerer indsatsen.');
    await acknowledged(editor);
    const text = (editor.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const encode = (p: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(p)).toString('base64');
    const range = {
      anchor: encode(Y.createRelativePositionFromTypeIndex(text, 0)),
      head: encode(Y.createRelativePositionFromTypeIndex(text, 'Kommunen'.length, -1)),
      quote: 'Kommunen',
    };
    editor.destroy();

    const { openReviewRound: round } = await project.coordinator.client.ok(
      `mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }`,
      {
        input: {
          documentId: project.documentId,
          title: 'Høring 2018',
          letter: 'Kære parter <b>',
          chapterIds: project.chapterIds,
          organizationIds: [kl.id, sjaeldne.id, dh.id],
        },
      },
    );
    const create = `mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }`;
    const first = await reviewers[0].client.ok(create, {
      input: {
        chapterId: project.chapterIds[0],
        body: 'Hvem <script>?',
        range,
        proposal: 'Den ansvarlige kommune',
      },
    });
    const second = await reviewers[1].client.ok(create, {
      input: { chapterId: project.chapterIds[0], body: 'Husk de sjældne.' },
    });
    await project.author.client.ok(create, { input: { chapterId: project.chapterIds[0], body: 'Internt' } });
    const dispose = `mutation($input: DisposeCommentInput!) { disposeComment(input: $input) { id } }`;
    await project.author.client.ok(dispose, {
      input: { commentId: first.createComment.id, disposition: 'ACCEPTED', reply: 'Rettet.' },
    });
    await project.author.client.ok(dispose, {
      input: { commentId: second.createComment.id, disposition: 'NOTED', reply: '' },
    });
    // Reviewers read the report once the round is closed.
    expect(errorCode(await reviewers[0].client.gql(REPORT, { id: round.id }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(REPORT, { id: round.id }))).toBe('NOT_FOUND');
    await project.coordinator.client.ok('mutation($id: UUID!) { closeReviewRound(id: $id) { id } }', {
      id: round.id,
    });
    const { consultationReport: report } = await reviewers[2].client.ok(REPORT, { id: round.id });
    expect(report.hearingList).toEqual([
      { organization: { name: dh.name }, responded: true },
      { organization: { name: sjaeldne.name }, responded: true },
      { organization: { name: kl.name }, responded: false },
    ]);
    expect(new Date(report.periodEnd).getTime()).toBeGreaterThan(new Date(report.periodStart).getTime());
    expect(report.chapters).toEqual([
      {
        chapter: { title: 'Kapitel 1' },
        organizations: [
          {
            organization: { name: dh.name },
            comments: [
              {
                authorName: 'Referent 1',
                body: 'Hvem <script>?',
                quote: 'Kommunen',
                proposal: 'Den ansvarlige kommune',
                proposalStatus: 'PENDING',
                disposition: 'ACCEPTED',
                dispositionReply: 'Rettet.',
              },
            ],
          },
          {
            organization: { name: sjaeldne.name },
            comments: [
              {
                authorName: 'Referent 2',
                body: 'Husk de sjældne.',
                quote: null,
                proposal: null,
                proposalStatus: null,
                disposition: 'NOTED',
                dispositionReply: '',
              },
            ],
          },
        ],
      },
      { chapter: { title: 'Kapitel 2' }, organizations: [] },
    ]);
    expect(report.html).toContain('Hvem &lt;script&gt;?');
    expect(report.html).toContain('Kære parter &lt;b&gt;');
    expect(report.html).not.toContain('<script>');
    expect(report.html).not.toContain('Internt');
    expect(report.html).toContain('Imødekommet');
    expect(report.html.indexOf(dh.name)).toBeLessThan(report.html.indexOf(kl.name));
    const { consultationReportDocx } = await project.author.client.ok(
      'query($id: UUID!) { consultationReportDocx(roundId: $id) }',
      { id: round.id },
    );
    const docx = Buffer.from(consultationReportDocx, 'base64');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes('word/document.xml')).toBe(true);
    expect(
      errorCode(
        await project.outsider.client.gql('query($id: UUID!) { consultationReportDocx(roundId: $id) }', {
          id: round.id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('includes an internal comment only when the working group chooses it for the round’s report', async () => {
    const project = await buildProject(server, { chapters: 2 });
    const { openReviewRound: round } = await project.coordinator.client.ok(
      `mutation($input: OpenReviewRoundInput!) { openReviewRound(input: $input) { id } }`,
      {
        input: {
          documentId: project.documentId,
          title: 'Høring',
          letter: '',
          chapterIds: [project.chapterIds[0]],
          organizationIds: [project.reviewer.organizationId],
        },
      },
    );
    const create = `mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }`;
    const internal = await project.author.client.ok(create, {
      input: { chapterId: project.chapterIds[0], body: 'Arbejdsgruppen har valgt at samle afsnittene.' },
    });
    const outside = await project.author.client.ok(create, {
      input: { chapterId: project.chapterIds[1], body: 'Kapitel 2 er ikke i høring.' },
    });
    const response = await project.reviewer.client.ok(create, {
      input: { chapterId: project.chapterIds[0], body: 'Et høringssvar.' },
    });
    const { replyToComment: reply } = await project.coordinator.client.ok(
      'mutation($input: ReplyInput!) { replyToComment(input: $input) { id } }',
      { input: { parentId: internal.createComment.id, body: 'Enig.' } },
    );
    const SET = `mutation($id: UUID!, $include: Boolean!, $roundId: UUID) {
      setCommentInReport(id: $id, include: $include, roundId: $roundId) { id reportRoundId } }`;
    const id = internal.createComment.id;

    // May not: reviewers do not see internal comments, observers do not handle comments.
    expect(errorCode(await project.reviewer.client.gql(SET, { id, include: true }))).toBe('NOT_FOUND');
    expect(errorCode(await project.observer.client.gql(SET, { id, include: true }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(SET, { id, include: true }))).toBe('NOT_FOUND');
    // Only the working group's own first comments, on a chapter of the round.
    expect(
      errorCode(await project.author.client.gql(SET, { id: response.createComment.id, include: true })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await project.author.client.gql(SET, { id: reply.id, include: true }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await project.author.client.gql(SET, {
          id: outside.createComment.id,
          include: true,
          roundId: round.id,
        }),
      ),
    ).toBe('BAD_USER_INPUT');

    const SHORT = `query($id: UUID!) { consultationReport(roundId: $id) { html
      hearingList { responded }
      chapters { organizations { comments { body internal disposition } } } } }`;
    const bodies = async () => {
      const { consultationReport: r } = await project.coordinator.client.ok(SHORT, { id: round.id });
      return r as {
        html: string;
        chapters: { organizations: { comments: { body: string; internal: boolean }[] }[] }[];
      };
    };
    expect((await bodies()).html).not.toContain('Arbejdsgruppen har valgt');

    // May: an author chooses it (the round defaults to the chapter's latest round).
    const { setCommentInReport } = await project.author.client.ok(SET, { id, include: true });
    expect(setCommentInReport.reportRoundId).toBe(round.id);
    const chosen = await bodies();
    expect(chosen.chapters[0].organizations.flatMap((o) => o.comments)).toEqual(
      expect.arrayContaining([
        { body: 'Arbejdsgruppen har valgt at samle afsnittene.', internal: true, disposition: null },
        { body: 'Et høringssvar.', internal: false, disposition: null },
      ]),
    );
    expect(chosen.html).toContain('Arbejdsgruppens bemærkning');
    expect(chosen.html).not.toContain('Kapitel 2 er ikke i høring.');

    // A coordinator takes it out again.
    await project.coordinator.client.ok(SET, { id, include: false });
    expect((await bodies()).html).not.toContain('Arbejdsgruppen har valgt');
  });
});
