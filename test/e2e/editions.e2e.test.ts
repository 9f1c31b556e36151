import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { acknowledged, appendParagraph, appendTable, openChapter, synced } from '../support/collab';
import { buildProject, TEST_PASSWORD, type TestProject, type TestUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const SUBMIT = 'mutation($id: UUID!) { submitChapterForApproval(chapterId: $id) { id status } }';
const APPROVE = 'mutation($input: ApproveChapterInput!) { approveChapter(input: $input) { id status } }';

describe('publishing an edition in the browser', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function logIn(page: Page, user: TestUser) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Mine projekter', level: 1 }).waitFor();
  }

  /** One chapter with a paragraph and a table, submitted and approved by the one approving organisation. */
  async function approvedProject(): Promise<TestProject> {
    const project = await buildProject(server, { title: 'Sjældne handicap – Ærø og Åbenrå', chapters: 1 });
    const [chapterId] = project.chapterIds;
    const client = openChapter(server, chapterId, project.author.client.cookie);
    await synced(client);
    appendParagraph(client, 'Indsatserne fordeler sig sådan:');
    appendTable(client, [
      ['Sektor', 'Indsats'],
      ['Kommune', 'Rådgivning'],
    ]);
    await acknowledged(client);
    client.destroy();
    await project.author.client.ok(SUBMIT, { id: chapterId });
    await project.author.client.ok(APPROVE, {
      input: { chapterId, organizationId: project.author.organizationId },
    });
    return project;
  }

  const editionCount = async (project: TestProject) =>
    (await server.db.query('SELECT 1 FROM edition WHERE "documentId" = $1', [project.documentId])).rowCount;

  it('asks before publishing, names downloads after project, document, edition and date, and shows tables with borders', async () => {
    const project = await approvedProject();
    const page = await browser.newPage();
    await logIn(page, project.coordinator);
    await page.goto(`${server.url}/documents/${project.documentId}/editions`);
    await page.getByLabel('Udgivelsesdato').fill('2026-03-05');
    const publish = page.getByRole('button', { name: 'Udgiv udgave 1' });

    // Cancelling (Escape) publishes nothing and gives focus back to the button.
    await publish.click();
    const dialog = page.getByRole('dialog', { name: /^Udgiv udgave 1 af Sjældne handicap/ });
    await dialog.getByText('dateres 5. marts 2026').waitFor();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await publish.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await editionCount(project)).toBe(0);

    await publish.click();
    await dialog.getByRole('button', { name: 'Ja, udgiv udgave 1' }).click();
    await page.getByRole('status').filter({ hasText: 'Udgave 1 er udgivet.' }).waitFor();
    expect(await editionCount(project)).toBe(1);

    await page.getByRole('link', { name: 'Læs udgave 1' }).click();
    await page.getByRole('heading', { name: /Udgave 1/, level: 1 }).waitFor();
    const cell = page.getByRole('cell', { name: 'Rådgivning' });
    expect(await cell.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await expectAccessible(page);

    const base =
      'sjaeldne-handicap-aeroe-og-aabenraa-sjaeldne-handicap-aeroe-og-aabenraa-udgave-1-2026-03-05';
    for (const [button, ext] of [
      ['Hent som HTML', 'html'],
      ['Hent som Word', 'docx'],
      ['Hent som PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${base}.${ext}`);
      if (ext === 'html') {
        const html = readFileSync(await download.path(), 'utf8');
        expect(html).toContain('Udgivet 5. marts 2026');
        expect(html).toMatch(/th,td\{border:1px solid/);
      }
    }
    await page.context().close();
  });
});
