import type { Locator, Page } from 'playwright-core';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const AUTHOR = 'camilla.holm@kl.dk';
const CHAPTER = 'Inddragelse af barnet, den unge og familien';

describe('comment highlights in the commenting author’s own editor', () => {
  const app = useDemoApp();
  const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Kapiteltekst' });
  // Highlights are <mark> elements (ARIA role "mark"), which Playwright resolves but its types do not list yet.
  const MARK = 'mark' as Parameters<Page['getByRole']>[0];

  it('keeps the highlight on the commented word while the author types before it, and drops it when the word is deleted', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, AUTHOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: CHAPTER }).first().click();
    await page.getByRole('heading', { name: CHAPTER, level: 1 }).waitFor();
    const paragraph = editorOf(page).locator('p').first();
    await paragraph.waitFor();
    await page.getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor({ timeout: 10_000 });

    // Double click selects the paragraph's first word; comment on it.
    await paragraph.dblclick({ position: { x: 8, y: 12 } });
    const word = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
    expect(word.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Kommentér', exact: true }).click();
    const sidebar = page.getByRole('complementary', { name: 'Kommentarer' });
    await sidebar.getByLabel('Kommentar', { exact: true }).fill('Kan det siges enklere?');
    await sidebar.getByRole('button', { name: 'Send kommentar' }).click();
    const highlights = editorOf(page).getByRole(MARK);
    await highlights.filter({ hasText: word }).waitFor();

    // Typing before the word (in this editor) keeps the highlight exactly on it.
    await paragraph.click({ position: { x: 2, y: 12 } });
    await page.keyboard.press('Home');
    await page.keyboard.type('Helt ');
    await paragraph.getByText(/^Helt /).waitFor();
    expect((await highlights.first().textContent())?.trim()).toBe(word);
    await page.getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor({ timeout: 10_000 });
    expect((await highlights.first().textContent())?.trim()).toBe(word);

    // Deleting the commented word leaves no highlight on the neighbouring text, and the thread says so.
    for (let i = 0; i < word.length; i++) await page.keyboard.press('Delete');
    await page.waitForFunction(
      (w) => !document.querySelector('.ProseMirror p')?.textContent?.includes(`Helt ${w}`),
      word,
    );
    expect(await highlights.count()).toBe(0);
    await sidebar.getByText('Den kommenterede tekst er slettet').first().waitFor({ timeout: 10_000 });
    expect(await highlights.count()).toBe(0);
    await page.context().close();
  });
});
