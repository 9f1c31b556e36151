import type { Locator, Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { DEMO_PASSWORD, PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';
import { eventually } from '../support/wait';

// In the demo data the open round covers this chapter, with Danske Handicaporganisationer on its hearing list.
const CHAPTER = 'Specialiseret viden og kompetencer';
const REVIEWER = 'karim.nielsen@handicap.dk';
const AUTHOR = 'jonas.bech@sst.dk';
const PARAGRAPH = /Viden om sjældne handicap findes/;

const TEXT = 'query($id: UUID!) { chapter(id: $id) { text } }';

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
  const suggestions = (page: Page) => editorOf(page).locator('ins.suggestion, del.suggestion');

  it('lets a reviewer suggest in the text, shows it live and attributed to an author, who accepts it into the text', async () => {
    const reviewer = await openChapterAs(REVIEWER);
    const author = await openChapterAs(AUTHOR);
    const chapterId = new URL(author.url()).pathname.split('/').pop()!;
    // A chapter in an open round cannot be submitted for approval, so approvals going stale on an accept are
    // checked through the API (suggestions.test.ts); here the accepted text is what the API serves.
    const api = await new ApiClient(app.server.url).login(AUTHOR, DEMO_PASSWORD);

    // The reviewer types in the text itself: an insertion, and a deleted word.
    await reviewer.getByText('Du foreslår ændringer').waitFor();
    expect(await editorOf(reviewer).getAttribute('contenteditable')).toBe('true');
    await editorOf(reviewer)
      .getByText(PARAGRAPH)
      .click({ position: { x: 2, y: 10 } });
    await reviewer.keyboard.press('Home');
    await reviewer.keyboard.type('Megen ');
    await editorOf(reviewer).getByText('sjældne', { exact: false }).first().waitFor();
    await editorOf(reviewer)
      .getByText(PARAGRAPH)
      .evaluate((el) => {
        // Select the word "sjældne " (with its space) the way a person does with the mouse.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf('sjældne ');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 'sjældne '.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
      });
    await reviewer.keyboard.press('Backspace');
    await editorOf(reviewer).locator('del.suggestion', { hasText: 'sjældne' }).waitFor();
    // The struck-through word stays selected; the reviewer moves on.
    await reviewer.keyboard.press('End');
    // Nothing was refused: the text is still there after the server has acknowledged it.
    await reviewer.locator('.save-state--saved').waitFor();
    expect(await reviewer.getByText('Ændringen blev ikke lavet').count()).toBe(0);
    await expectAccessible(reviewer);

    // The author sees both live, marked and attributed (on hover and for screen readers).
    const inserted = editorOf(author).locator('ins.suggestion', { hasText: 'Megen' });
    await inserted.waitFor({ timeout: 10_000 });
    const deleted = editorOf(author).locator('del.suggestion', { hasText: 'sjældne' });
    await deleted.waitFor();
    const label = (locator: Locator) =>
      locator.evaluate(
        (el) => el.querySelector('[title]')?.getAttribute('title') ?? el.getAttribute('title'),
      );
    await eventually(
      async () => /Danske Handicaporganisationer|DH/.test((await label(inserted)) ?? ''),
      'the names',
    );
    expect(await label(inserted)).toMatch(
      /^Indsat af Karim Nielsen \((DH|Danske Handicaporganisationer)\), \d/,
    );
    expect(await label(deleted)).toMatch(/^Slettet af Karim Nielsen /);
    expect(
      await inserted.evaluate((el) =>
        el.querySelector('[aria-description]')?.getAttribute('aria-description'),
      ),
    ).toBe(await label(inserted));

    // "Uden forslag" shows the text as it stands; "Med forslag" marks them again.
    await author.getByRole('radio', { name: 'Uden forslag' }).check();
    expect(await inserted.isVisible()).toBe(false);
    await author.getByRole('radio', { name: 'Med forslag' }).check();
    expect(await inserted.isVisible()).toBe(true);

    // The author accepts the reviewer's suggestions at once.
    const decisions = author.getByRole('region', { name: /^Ændringsforslag i teksten: \d+ afventer/ });
    await decisions.waitFor();
    await expectAccessible(author);
    await decisions.getByText('Efter organisation eller person').click();
    await decisions.getByRole('button', { name: /^Acceptér forslag fra Karim Nielsen/ }).click();
    await decisions
      .getByRole('status')
      .getByText(/accepteret og indsat i teksten/)
      .waitFor();

    // The text becomes plain for both, and the API serves it as the chapter's text.
    await eventually(async () => (await suggestions(author).count()) === 0, 'the marks to go for the author');
    await eventually(
      async () => (await suggestions(reviewer).count()) === 0,
      'the marks to go for the reviewer',
    );
    expect(await editorOf(reviewer).innerText()).toMatch(/Megen Viden om handicap findes/);
    const { chapter } = await api.ok(TEXT, { id: chapterId });
    expect(chapter.text).toMatch(/Megen Viden om handicap findes/);

    await reviewer.context().close();
    await author.context().close();
  });
});
