import type { Locator, Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { DEMO_PASSWORD, useDemoApp } from '../support/demo-app';
import { selectText } from '../support/selection';
import { eventually } from '../support/wait';

// In the demo data the open round covers this chapter, with Danske Handicaporganisationer on its hearing list.
const CHAPTER = 'Specialiseret viden og kompetencer';
const REVIEWER = 'karim.nielsen@handicap.dk';
const AUTHOR = 'jonas.bech@sst.dk';
const PARAGRAPH = /Viden om sjældne handicap findes/;

const TEXT = 'query($id: UUID!) { chapter(id: $id) { text } }';
const OPEN_ROUND = `query($id: UUID!) { chapter(id: $id) { documentId } }`;
const ROUNDS = 'query($documentId: UUID!) { reviewRounds(documentId: $documentId) { id isOpen } }';

describe('suggestion mode in the browser', () => {
  const app = useDemoApp();

  async function openChapterAs(email: string): Promise<Page> {
    const page = await app.openChapter(email, CHAPTER);
    await editorOf(page).locator('p').first().waitFor();
    // Typing before the editor takes input would be lost: wait until the socket's scope has made it writable.
    await page.locator('#chapter-editor[contenteditable="true"]').waitFor();
    return page;
  }
  const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Kapiteltekst' });
  const suggestions = (page: Page) => editorOf(page).locator('ins.suggestion, del.suggestion');
  /** Waits until an element's text, without another person's caret and its name label, is `expected`. */
  const textBecomes = (locator: Locator, expected: string) =>
    eventually(async () => {
      const text = await locator.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
        return copy.textContent;
      });
      if (text !== expected) throw new Error(`the text is ${JSON.stringify(text)}`);
      return true;
    }, `the text "${expected}"`);

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
    // The word "sjældne " (with its space), selected the way a person does with the mouse.
    await selectText(editorOf(reviewer).getByText(PARAGRAPH), 'sjældne ');
    await reviewer.keyboard.press('Backspace');
    await editorOf(reviewer).locator('del.suggestion', { hasText: 'sjældne' }).waitFor();
    // The author sees the reviewer's selection lie over the struck-through word, and can still read it.
    await editorOf(author)
      .locator('del.suggestion .ProseMirror-yjs-selection, .ProseMirror-yjs-selection del.suggestion')
      .first()
      .waitFor({ timeout: 10_000 });
    await expectAccessible(author);
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

    // The round's høringsnotat lists the change in section 3, linked to the accepted suggestion's thread.
    const { chapter: where } = await api.ok(OPEN_ROUND, { id: chapterId });
    const { reviewRounds } = await api.ok(ROUNDS, { documentId: where.documentId });
    const round = (reviewRounds as { id: string; isOpen: boolean }[]).find((r) => r.isOpen)!;
    await author.goto(`${app.server.url}/rounds/${round.id}/report`);
    const changes = author.getByRole('region', { name: '3. Ændringer' });
    const inChapter = changes.getByRole('region', { name: CHAPTER });
    const accepted = inChapter.getByRole('table', { name: `Imødekomne ændringsforslag i ${CHAPTER}` });
    const row = accepted.getByRole('row').filter({ hasText: 'Megen' });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      'Danske Handicaporganisationer',
      '–',
      'Megen',
    ]);
    await accepted.getByRole('row').filter({ hasText: 'sjældne' }).waitFor();
    expect(await inChapter.locator('ins').first().innerText()).toMatch(/Megen/);
    expect(await inChapter.locator('del').first().innerText()).toMatch(/sjældne/);
    await expectAccessible(author);
    await row.getByRole('link', { name: 'Danske Handicaporganisationer' }).click();
    await author.getByRole('heading', { name: CHAPTER, level: 1 }).waitFor();
    const thread = author.locator('li.comment-thread[aria-current="true"]');
    await thread.waitFor();
    expect(await thread.innerText()).toMatch(/Megen/);

    await reviewer.context().close();
    await author.context().close();
  });

  it('keeps a suggestion in a table cell inside its cell, and accepting it leaves the table whole', async () => {
    const author = await openChapterAs(AUTHOR);
    const chapterId = new URL(author.url()).pathname.split('/').pop()!;
    // The author adds a table at the end of the chapter and writes in its first body cell.
    await editorOf(author).locator('p').last().click();
    await author.keyboard.press('End');
    await author.keyboard.press('Enter');
    await author.getByRole('button', { name: 'Indsæt tabel' }).click();
    const table = (page: Page) => editorOf(page).locator('table');
    await table(author).waitFor();
    await table(author).locator('tr').nth(1).locator('td').first().click();
    await author.keyboard.type('Kommunen koordinerer');
    await author.locator('.save-state--saved').waitFor();

    // The reviewer replaces a word in that cell by selecting it and typing.
    const reviewer = await openChapterAs(REVIEWER);
    const cell = (page: Page) => table(page).locator('tr').nth(1).locator('td').first();
    await cell(reviewer).getByText('Kommunen koordinerer').waitFor();
    await cell(reviewer).click();
    await selectText(cell(reviewer), 'Kommunen');
    await reviewer.keyboard.type('Regionen');
    await cell(reviewer).locator('ins.suggestion', { hasText: 'Regionen' }).waitFor();
    await cell(reviewer).locator('del.suggestion', { hasText: 'Kommunen' }).waitFor();
    await reviewer.locator('.save-state--saved').waitFor();
    expect(await reviewer.getByText('Ændringen blev ikke lavet').count()).toBe(0);

    // The author sees it marked inside the cell, and accepts it.
    await cell(author).locator('ins.suggestion', { hasText: 'Regionen' }).waitFor({ timeout: 10_000 });
    await cell(author).locator('del.suggestion', { hasText: 'Kommunen' }).waitFor();
    const shape = (page: Page) =>
      table(page).evaluate((el) => [...el.querySelectorAll('tr')].map((tr) => tr.children.length));
    expect(await shape(author)).toEqual([3, 3, 3]);
    const decisions = author.getByRole('region', { name: /^Ændringsforslag i teksten: \d+ afventer/ });
    await decisions.getByText('Efter organisation eller person').click();
    await decisions.getByRole('button', { name: /^Acceptér forslag fra Karim Nielsen/ }).click();
    await decisions
      .getByRole('status')
      .getByText(/accepteret og indsat i teksten/)
      .waitFor();

    // The cell holds the new word, unmarked, and the table keeps its rows and columns for both.
    for (const page of [author, reviewer]) {
      await eventually(async () => (await suggestions(page).count()) === 0, 'the marks to go');
      await textBecomes(cell(page), 'Regionen koordinerer');
      expect(await shape(page)).toEqual([3, 3, 3]);
    }
    const api = await new ApiClient(app.server.url).login(AUTHOR, DEMO_PASSWORD);
    const { chapter } = await api.ok(TEXT, { id: chapterId });
    expect(chapter.text).toMatch(/Regionen koordinerer/);
    expect(chapter.text).not.toMatch(/Kommunen koordinerer/);

    await reviewer.context().close();
    await author.context().close();
  });
  it('deletes across two list items as one suggestion, and accepting it joins the items', async () => {
    const author = await openChapterAs(AUTHOR);
    // The author adds a list of two items after the chapter's first paragraph.
    const first = editorOf(author).locator('p').first();
    await first.click();
    await first.evaluate((el) => {
      const end = document.createRange();
      end.selectNodeContents(el);
      end.collapse(false);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(end);
    });
    await author.keyboard.press('Enter');
    await author.getByRole('button', { name: 'Punktopstilling' }).click();
    await author.keyboard.type('Kommunen koordinerer indsatsen');
    await author.keyboard.press('Enter');
    await author.keyboard.type('Regionen udreder barnet');
    const list = (page: Page) => editorOf(page).locator('ul', { hasText: 'udreder barnet' });
    const items = (page: Page) => list(page).locator('li');
    await items(author).nth(1).getByText('Regionen udreder barnet').waitFor();

    // The reviewer selects from the middle of the first item into the second and deletes.
    const reviewer = await openChapterAs(REVIEWER);
    await items(reviewer).nth(1).getByText('Regionen udreder barnet').waitFor();
    await items(reviewer).first().click();
    await selectText(list(reviewer), 'koordinerer', 'Regionen ');
    await reviewer.keyboard.press('Backspace');
    await items(reviewer).first().locator('del.suggestion', { hasText: 'koordinerer' }).waitFor();
    await items(reviewer).nth(1).locator('del.suggestion', { hasText: 'Regionen' }).waitFor();
    await reviewer.locator('.save-state--saved').waitFor();
    expect(await reviewer.getByText('Ændringen blev ikke lavet').count()).toBe(0);

    // The author sees both items marked, and accepts: the items become one.
    await items(author)
      .nth(1)
      .locator('del.suggestion', { hasText: 'Regionen' })
      .waitFor({ timeout: 10_000 });
    expect(await items(author).count()).toBe(2);
    const decisions = author.getByRole('region', { name: /^Ændringsforslag i teksten: \d+ afventer/ });
    await decisions.getByText('Efter organisation eller person').click();
    await decisions.getByRole('button', { name: /^Acceptér forslag fra Karim Nielsen/ }).click();
    await decisions
      .getByRole('status')
      .getByText(/accepteret og indsat i teksten/)
      .waitFor();
    for (const page of [author, reviewer]) {
      await eventually(async () => (await suggestions(page).count()) === 0, 'the marks to go');
      await eventually(async () => (await items(page).count()) === 1, 'the items to join');
      await textBecomes(items(page).first(), 'Kommunen udreder barnet');
    }

    await reviewer.context().close();
    await author.context().close();
  });
});
