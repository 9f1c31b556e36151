import type { Locator, Page } from 'playwright-core';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

// In the demo data the open round covers this chapter, with Danske Handicaporganisationer on its hearing list.
const CHAPTER = 'Specialiseret viden og kompetencer';
const REVIEWER = { email: 'karim.nielsen@handicap.dk', name: 'Karim Nielsen' };
const AUTHOR = 'jonas.bech@sst.dk';
const PARAGRAPH = /Viden om sjældne handicap findes/;

describe('suggestion mode in the browser', () => {
  const app = useDemoApp();

  async function openChapterAs(email: string): Promise<Page> {
    const page = await app.browser.newPage();
    await app.logIn(page, email);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: CHAPTER }).first().click();
    await page.getByRole('heading', { name: CHAPTER, level: 1 }).waitFor();
    await editorOf(page).locator('p').first().waitFor();
    return page;
  }

  const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Kapiteltekst' });
  const sidebarOf = (page: Page): Locator => page.getByRole('complementary', { name: 'Kommentarer' });

  it('lets a reviewer suggest in the text, shows it to an author live, who accepts it', async () => {
    const reviewer = await openChapterAs(REVIEWER.email);
    const author = await openChapterAs(AUTHOR);
    const word = `Nyt${Date.now().toString(36)}`;

    await reviewer.getByText(/Du foreslår ændringer/).waitFor();
    // No formatting in suggestion mode.
    expect(await reviewer.getByRole('toolbar', { name: 'Formatering' }).count()).toBe(0);
    await editorOf(reviewer)
      .getByText(PARAGRAPH)
      .click({ position: { x: 2, y: 8 } });
    await reviewer.keyboard.press('Home');
    await reviewer.keyboard.type(`${word} `);
    // The reviewer's own text shows as an insertion; the server stored it (Gemt).
    await editorOf(reviewer).locator('ins', { hasText: word }).waitFor();
    await reviewer.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });

    // Live for the author, marked as a suggestion, with its thread in the sidebar.
    await editorOf(author).locator('ins', { hasText: word }).waitFor({ timeout: 15_000 });
    const thread = sidebarOf(author)
      .getByRole('listitem', { name: `Kommentar fra ${REVIEWER.name}` })
      .filter({ hasText: word });
    await thread.waitFor({ timeout: 15_000 });
    await thread.getByRole('button', { name: 'Acceptér ændringsforslaget' }).click();

    // Accepted: the text stays, the marks go, in both browsers.
    await editorOf(author)
      .getByText(new RegExp(`^${word} Viden om sjældne`))
      .waitFor();
    expect(await editorOf(author).locator('ins', { hasText: word }).count()).toBe(0);
    await reviewer.waitForFunction(
      (w) => !Array.from(document.querySelectorAll('ins')).some((el) => el.textContent?.includes(w)),
      word,
    );
    await reviewer.context().close();
    await author.context().close();
  }, 120_000);
});
