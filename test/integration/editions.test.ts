import * as Y from 'yjs';
import { errorCode } from '../support/api';
import {
  acknowledged,
  appendHeading,
  appendParagraph,
  eventually,
  openChapter,
  synced,
  type ChapterClient,
} from '../support/collab';
import { buildProject, type TestProject } from '../support/factories';
import { pdfText, unzipEntry } from '../support/files';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
const open: ChapterClient[] = [];
beforeAll(async () => (server = await startTestServer()));
afterEach(() => open.splice(0).forEach((c) => c.destroy()));
afterAll(() => server.stop());

const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const APPROVE = 'mutation($input: ApproveChapterInput!) { approveChapter(input: $input) { id status } }';
const PUBLISH = `mutation($input: PublishEditionInput!) { publishEdition(input: $input) {
  id number publicationDate followUpDue revisionDue note followUpOverdue revisionOverdue publishedBy { id }
  chapters { chapterId title position text html } html } }`;
const REVISE =
  'mutation($documentId: UUID!) { startDocumentRevision(documentId: $documentId) { id revisionStartedAt } }';
const EDITION = 'query($id: UUID!) { edition(id: $id) { number chapters { title text } html } }';
const EDITIONS = 'query($documentId: UUID!) { editions(documentId: $documentId) { number } }';
const EXPORTS = 'query($id: UUID!) { edition(id: $id) { id docx pdf } }';

const statuses = async (project: TestProject) =>
  (
    await server.db.query<{ status: string }>(
      'SELECT status FROM chapter WHERE "documentId" = $1 ORDER BY position',
      [project.documentId],
    )
  ).rows.map((r) => r.status);

const write = async (project: TestProject, chapterId: string, text: string) => {
  const client = openChapter(server, chapterId, project.author.client.cookie);
  open.push(client);
  await synced(client);
  appendParagraph(client, text);
  await acknowledged(client);
  return client;
};

/** Submits and approves every chapter (the author's organisation is the one approving organisation). */
const approveAll = async (project: TestProject) => {
  for (const chapterId of project.chapterIds) {
    await project.author.client.ok(SUBMIT, { id: chapterId });
    await project.author.client.ok(APPROVE, {
      input: { chapterId, organizationId: project.author.organizationId },
    });
  }
};

describe('editions', () => {
  it('refuses publishing while a chapter is not approved (CONFLICT naming it) and changes nothing', async () => {
    const project = await buildProject(server, { chapters: 2 });
    await project.author.client.ok(SUBMIT, { id: project.chapterIds[0] });
    await project.author.client.ok(APPROVE, {
      input: { chapterId: project.chapterIds[0], organizationId: project.author.organizationId },
    });
    const result = await project.coordinator.client.gql(PUBLISH, {
      input: { documentId: project.documentId },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.chapterIds).toEqual([project.chapterIds[1]]);
    expect(await statuses(project)).toEqual(['APPROVED', 'DRAFT']);
    const { rows } = await server.db.query('SELECT 1 FROM edition WHERE "documentId" = $1', [
      project.documentId,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('lets only a coordinator publish (FORBIDDEN for an author, NOT_FOUND for a non-member)', async () => {
    const project = await buildProject(server, { chapters: 1 });
    await approveAll(project);
    const input = { documentId: project.documentId };
    expect(errorCode(await project.author.client.gql(PUBLISH, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(PUBLISH, { input }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await project.coordinator.client.gql(PUBLISH, { input: { ...input, publicationDate: '2025-02-30' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await statuses(project)).toEqual(['APPROVED']);
  });

  it('publishes an approved document with deadlines counted from the publication date', async () => {
    const project = await buildProject(server, { chapters: 2 });
    await write(project, project.chapterIds[0], 'Indledning.');
    await approveAll(project);
    const { publishEdition } = await project.coordinator.client.ok(PUBLISH, {
      input: { documentId: project.documentId, publicationDate: '2024-02-29', note: 'Første udgave' },
    });
    expect(publishEdition).toMatchObject({
      number: 1,
      publicationDate: '2024-02-29',
      followUpDue: '2025-02-28',
      revisionDue: '2027-02-28',
      note: 'Første udgave',
      publishedBy: { id: project.coordinator.id },
      // Overdue flags compare with today in Denmark.
      followUpOverdue: new Date() > new Date('2025-03-01T00:00:00+01:00'),
      revisionOverdue: new Date() > new Date('2027-03-01T00:00:00+01:00'),
      chapters: [
        {
          chapterId: project.chapterIds[0],
          title: 'Kapitel 1',
          position: 0,
          text: 'Indledning.',
          html: '<p>Indledning.</p>',
        },
        { chapterId: project.chapterIds[1], title: 'Kapitel 2', position: 1, text: '', html: '' },
      ],
    });
    expect(publishEdition.html).toContain('<section><h2>Kapitel 1</h2><p>Indledning.</p></section>');
    // The standalone file is dated in Danish, not ISO.
    expect(publishEdition.html).toContain('<p>Udgivet 29. februar 2024</p>');
    expect(await statuses(project)).toEqual(['PUBLISHED', 'PUBLISHED']);
    const versions = await server.db.query(
      `SELECT name FROM chapter_version WHERE kind = 'PUBLICATION' AND "chapterId" = $1`,
      [project.chapterIds[0]],
    );
    expect(versions.rows).toEqual([{ name: 'Udgave 1' }]);

    // Published chapters are no longer APPROVED: publishing again needs a revision and new approvals.
    expect(
      errorCode(await project.coordinator.client.gql(PUBLISH, { input: { documentId: project.documentId } })),
    ).toBe('CONFLICT');
  });

  it('keeps an edition’s text frozen after later edits and through the next revision', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const [chapterId] = project.chapterIds;
    const editor = await write(project, chapterId, 'Udgivet tekst.');
    await approveAll(project);
    const first = (
      await project.coordinator.client.ok(PUBLISH, { input: { documentId: project.documentId } })
    ).publishEdition;
    expect(first.publicationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.followUpOverdue).toBe(false);

    expect(errorCode(await project.author.client.gql(REVISE, { documentId: project.documentId }))).toBe(
      'FORBIDDEN',
    );
    await project.coordinator.client.ok(REVISE, { documentId: project.documentId });
    expect(await statuses(project)).toEqual(['REVISION']);
    expect(errorCode(await project.coordinator.client.gql(REVISE, { documentId: project.documentId }))).toBe(
      'CONFLICT',
    );

    appendParagraph(editor, 'Revideret tekst.');
    await acknowledged(editor);
    const frozen = (await project.observer.client.ok(EDITION, { id: first.id })).edition;
    expect(frozen.chapters).toEqual([{ title: 'Kapitel 1', text: 'Udgivet tekst.' }]);

    await approveAll(project);
    const second = (
      await project.coordinator.client.ok(PUBLISH, { input: { documentId: project.documentId } })
    ).publishEdition;
    expect(second.number).toBe(2);
    expect(second.chapters[0].text).toBe('Udgivet tekst.\n\nRevideret tekst.');
    expect((await project.observer.client.ok(EDITION, { id: first.id })).edition.chapters[0].text).toBe(
      'Udgivet tekst.',
    );
    expect((await project.reviewer.client.ok(EDITIONS, { documentId: project.documentId })).editions).toEqual(
      [{ number: 2 }, { number: 1 }],
    );
    expect(errorCode(await project.outsider.client.gql(EDITION, { id: first.id }))).toBe('NOT_FOUND');
  });

  it('exports the edition as DOCX and PDF with its Danish text as published, to members only', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const editor = await write(project, project.chapterIds[0], 'Børn på Ærø får støtte – »altid«.');
    await approveAll(project);
    const { publishEdition } = await project.coordinator.client.ok(PUBLISH, {
      input: { documentId: project.documentId, note: 'Første udgave' },
    });
    // Written after publication: not in the edition, nor in its exports.
    appendParagraph(editor, 'Senere ændring');
    await acknowledged(editor);

    expect(errorCode(await project.outsider.client.gql(EXPORTS, { id: publishEdition.id }))).toBe(
      'NOT_FOUND',
    );
    const { edition } = await project.reviewer.client.ok(EXPORTS, { id: publishEdition.id });
    const docx = Buffer.from(edition.docx, 'base64');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = unzipEntry(docx, 'word/document.xml') ?? '';
    expect(xml).toContain('Børn på Ærø får støtte – »altid«.');
    expect(xml).toContain('Kapitel 1');
    expect(xml).not.toContain('Senere ændring');

    const pdf = Buffer.from(edition.pdf, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Ærø');
    expect(text).toContain('»altid«.');
    expect(text).toContain('Kapitel');
    expect(text).not.toContain('Senere');
  });

  it('exports an accessible PDF (tagged headings, lists, real tables, da-DK, bookmarks) and a DOCX with Word headings', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const editor = openChapter(server, project.chapterIds[0], project.author.client.cookie);
    open.push(editor);
    await synced(editor);
    appendHeading(editor, 'Målgruppen', 2);
    appendParagraph(editor, 'Børn med sjældne handicap.');
    editor.doc.transact(() => editor.fragment.push([list(['Første punkt', 'Andet punkt']), table()]));
    await acknowledged(editor);
    await approveAll(project);
    const { publishEdition } = await project.coordinator.client.ok(PUBLISH, {
      input: { documentId: project.documentId },
    });
    const { edition } = await project.reviewer.client.ok(EXPORTS, { id: publishEdition.id });

    const pdf = Buffer.from(edition.pdf, 'base64').toString('latin1');
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(pdf)?.[1];
    expect(pdf).toMatch(new RegExp(`\\b${markInfo} 0 obj\\s*<<\\s*/Marked true\\s*>>`));
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toContain('/Lang (da-DK)');
    expect(pdf).toContain('/DisplayDocTitle true');
    for (const tag of ['H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD'])
      expect(pdf).toMatch(new RegExp(`/S /${tag}\\b`));
    expect(pdf).toContain('/Outlines');
    // The table's cells are drawn as text of their own, not one "a | b" line.
    const text = pdfText(Buffer.from(edition.pdf, 'base64'));
    expect(text).toContain('Niveau');
    expect(text).not.toContain('|');

    const xml = unzipEntry(Buffer.from(edition.docx, 'base64'), 'word/document.xml') ?? '';
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*Målgruppen/s);
    expect(xml).toContain('<w:tbl>');
  });

  it('refuses publishing text changed after its approval, even before the staleness check has run', async () => {
    const project = await buildProject(server, { chapters: 1 });
    const editor = await write(project, project.chapterIds[0], 'Godkendt tekst.');
    await approveAll(project);
    appendParagraph(editor, 'Ændret lige før udgivelsen.');
    await acknowledged(editor);
    const result = await project.coordinator.client.gql(PUBLISH, {
      input: { documentId: project.documentId },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await statuses(project)).not.toEqual(['PUBLISHED']);
  });

  it('tells the coordinators once when an edition’s follow-up and revision fall due', async () => {
    const project = await buildProject(server, { chapters: 1 });
    await approveAll(project);
    await project.coordinator.client.ok(PUBLISH, {
      input: { documentId: project.documentId, publicationDate: '2020-01-15' },
    });
    const kinds = async (userId: string) =>
      (
        await server.db.query<{ kind: string; data: { due: string; editionNumber: number } }>(
          `SELECT kind, data FROM notification WHERE "userId" = $1 AND kind IN ('FOLLOW_UP_DUE', 'REVISION_DUE')
            ORDER BY kind`,
          [userId],
        )
      ).rows;
    const due = await eventually(async () => {
      const rows = await kinds(project.coordinator.id);
      return rows.length === 2 ? rows : null;
    }, 'the deadline notifications');
    expect(due).toEqual([
      { kind: 'FOLLOW_UP_DUE', data: expect.objectContaining({ due: '2021-01-15', editionNumber: 1 }) },
      { kind: 'REVISION_DUE', data: expect.objectContaining({ due: '2023-01-15', editionNumber: 1 }) },
    ]);
    expect(await kinds(project.author.id)).toEqual([]);

    // Later checks (another publication triggers one) do not repeat them. The other edition is overdue too,
    // so its own notifications show that a later check has run.
    const other = await buildProject(server, { chapters: 1 });
    await approveAll(other);
    await other.coordinator.client.ok(PUBLISH, {
      input: { documentId: other.documentId, publicationDate: '2020-01-15' },
    });
    await eventually(async () => (await kinds(other.coordinator.id)).length === 2, 'the later check');
    expect(await kinds(project.coordinator.id)).toHaveLength(2);
    expect(await kinds(other.coordinator.id)).toHaveLength(2);
  });
});

const textNode = (text: string) => {
  const content = new Y.XmlText();
  content.insert(0, text);
  return content;
};
const element = (name: string, children: (Y.XmlElement | Y.XmlText)[]) => {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
};
const list = (items: string[]) =>
  element(
    'bulletList',
    items.map((text) => element('listItem', [element('paragraph', [textNode(text)])])),
  );
const table = () =>
  element('table', [
    element(
      'tableRow',
      ['Niveau', 'Tilbud'].map((t) => element('tableHeader', [element('paragraph', [textNode(t)])])),
    ),
    element(
      'tableRow',
      ['Højt', 'Rådgivning'].map((t) => element('tableCell', [element('paragraph', [textNode(t)])])),
    ),
  ]);
