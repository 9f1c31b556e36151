import type { Page } from 'playwright-core';
import { useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const AUTHOR = 'camilla.holm@kl.dk';
const REVIEWER = 'karim.nielsen@handicap.dk';
const CHAPTER = 'Opfølgning og evaluering';

describe('restoring a version in the browser', () => {
  const app = useDemoApp();

  const openChapterAs = (email: string): Promise<Page> => app.openChapter(email, CHAPTER);

  const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Kapiteltekst' });

  it('restores a named version after a confirmation, live in another author’s open editor', async () => {
    const coordinator = await openChapterAs(COORDINATOR);
    const chapterUrl = coordinator.url();
    await coordinator.getByRole('link', { name: 'Versionshistorik' }).click();
    await coordinator.getByLabel('Versionens navn').fill('Før ændringen');
    await coordinator.getByRole('button', { name: 'Gem version' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Versionen »Før ændringen« er gemt.' }).waitFor();

    // An author adds a sentence and keeps the chapter open.
    const author = await openChapterAs(AUTHOR);
    await author.getByRole('status').filter({ hasText: 'Gemt' }).waitFor({ timeout: 10_000 });
    const typed = `En sætning der skal væk ${Date.now().toString(36)}.`;
    await editorOf(author).click();
    await author.keyboard.press('Control+End');
    await author.keyboard.press('Enter');
    await author.keyboard.type(typed);
    await editorOf(author).getByText(typed).waitFor();
    await author.getByRole('status').filter({ hasText: 'Gemt' }).waitFor({ timeout: 10_000 });

    await coordinator.goto(chapterUrl.replace(/\/?$/, '/versions'));
    await coordinator.getByRole('link', { name: /^Vis versionen Før ændringen/ }).click();
    await coordinator.getByRole('heading', { name: 'Version: Før ændringen', level: 1 }).waitFor();
    await coordinator.getByRole('button', { name: 'Gendan denne version' }).click();
    await coordinator.getByRole('button', { name: 'Ja, gendan' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'Versionen »Før ændringen« er gendannet som kapitlets nuværende tekst.' })
      .waitFor();
    await coordinator.getByText('Der er ingen forskel på teksterne.').waitFor();

    // Gone from the author's open editor without a reload.
    await editorOf(author).getByText(typed).waitFor({ state: 'detached', timeout: 5000 });
    await author.context().close();
    await coordinator.context().close();
  });

  it('offers no restore to a reviewer', async () => {
    const reviewer = await openChapterAs(REVIEWER);
    await reviewer.getByRole('link', { name: 'Versionshistorik' }).click();
    await reviewer
      .getByRole('link', { name: /^Vis versionen/ })
      .first()
      .click();
    await reviewer.getByRole('heading', { name: /^Version: /, level: 1 }).waitFor();
    await reviewer.getByRole('heading', { name: 'Versionens tekst' }).waitFor();
    expect(await reviewer.getByRole('button', { name: 'Gendan denne version' }).count()).toBe(0);
    await reviewer.context().close();
  });
});
