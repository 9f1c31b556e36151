import type { Locator, Page } from 'playwright-core';
import { useDemoApp } from '../support/demo-app';

const AUTHOR_1 = { email: 'jonas.bech@sst.dk', name: 'Jonas Bech' };
const AUTHOR_2 = { email: 'camilla.holm@kl.dk', name: 'Camilla Holm' };
const REVIEWER = { email: 'karim.nielsen@handicap.dk', name: 'Karim Nielsen' };
const CHAPTER = 'Indledning og formål';

describe('co-editing a chapter in the browser', () => {
  const app = useDemoApp();

  const openChapterAs = (email: string): Promise<Page> => app.openChapter(email, CHAPTER);

  const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Kapiteltekst' });
  const saveState = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

  /** The chapter's text as the server renders it from what it has stored. */
  async function storedText(page: Page): Promise<string> {
    const id = new URL(page.url()).pathname.split('/').pop();
    return page.evaluate(async (chapterId) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query ($id: UUID!) { chapter(id: $id) { text } }',
          variables: { id: chapterId },
        }),
      });
      const body = (await response.json()) as { data: { chapter: { text: string } } };
      return body.data.chapter.text;
    }, id);
  }

  it("shows what one author types to another within a second, with the writer's caret, and says Gemt once stored", async () => {
    const writer = await openChapterAs(AUTHOR_1.email);
    const reader = await openChapterAs(AUTHOR_2.email);
    await saveState(writer, 'Gemt').waitFor({ timeout: 10_000 });
    await saveState(reader, 'Gemt').waitFor({ timeout: 10_000 });
    await editorOf(reader).getByText('Indledning og formål').first().waitFor();

    const typed = `Arbejdsgruppen aftalte ${Date.now().toString(36)} i dag.`;
    await editorOf(writer).click();
    await writer.keyboard.press('Control+End');
    await writer.keyboard.press('Enter');
    await writer.keyboard.type(typed);

    // Within a second on the other page: the text, and the writer's name on their caret.
    await editorOf(reader).getByText(typed).waitFor({ timeout: 1000 });
    await editorOf(reader).getByText(AUTHOR_1.name, { exact: true }).waitFor({ timeout: 1000 });
    // Both people are listed as here.
    await reader.getByText(`${AUTHOR_1.name} skriver`).waitFor({ timeout: 5000 });

    // "Gemt" once the server has acknowledged the edit, and the server has really stored it.
    await saveState(writer, 'Gemt').waitFor({ timeout: 10_000 });
    expect(await storedText(writer)).toContain(typed);

    await writer.context().close();
    await reader.context().close();
  }, 90_000);

  it('keeps writing through a server outage: offline state, no Gemt, and the edit is stored on reconnect', async () => {
    const page = await openChapterAs(AUTHOR_2.email);
    await saveState(page, 'Gemt').waitFor({ timeout: 10_000 });

    await app.server.kill();
    await saveState(page, 'Offline – ændringer gemmes lokalt').waitFor({ timeout: 10_000 });
    // Watch every change of the page while the server is down: "Gemt" must never show meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as { gemtWhileOffline: boolean };
      w.gemtWhileOffline = false;
      const check = () => {
        for (const status of document.querySelectorAll('[role="status"]'))
          if (status.textContent?.includes('Gemt')) w.gemtWhileOffline = true;
      };
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const typed = `Skrevet uden forbindelse ${Date.now().toString(36)}.`;
    await editorOf(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    await editorOf(page).getByText(typed).waitFor();
    expect(await saveState(page, 'Gemt').count()).toBe(0);

    // Never "Gemt" while the server has not got the edit: the watcher saw none since the outage began.
    expect(
      await page.evaluate(() => (window as unknown as { gemtWhileOffline: boolean }).gemtWhileOffline),
    ).toBe(false);
    await app.server.restart();
    await saveState(page, 'Gemt').waitFor({ timeout: 30_000 });
    expect(await storedText(page)).toContain(typed);

    await page.context().close();
  }, 90_000);

  it('gives a reviewer a read-only chapter with a notice, no toolbar and no way to type', async () => {
    const page = await openChapterAs(REVIEWER.email);
    await page.getByText('Du kan læse, men ikke redigere teksten').waitFor();
    await page
      .getByText(/høringsrunde/)
      .first()
      .waitFor();
    expect(await page.getByRole('toolbar', { name: 'Formatering' }).count()).toBe(0);

    const editor = editorOf(page);
    await editor.getByText('Indledning og formål').first().waitFor();
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');

    const before = await editor.innerText();
    await editor.click();
    await page.keyboard.press('Control+End');
    // keyboard.type returns once the page has handled every key, so a change would show now.
    await page.keyboard.type('Referencegruppen skriver ind');
    expect(await editor.innerText()).toBe(before);
    expect(await storedText(page)).not.toContain('Referencegruppen skriver ind');

    await page.context().close();
  }, 60_000);
});
