import { expectAccessible } from '../support/axe';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const REVIEWER = 'karim.nielsen@handicap.dk';
// In the demo data the open round covers chapters 7 and 8; the working group replied to Karim's proposal on 7.
const ROUND = 'Høring over kapitel 7–8';
const CHAPTER_7 = 'Overgange fra barn til ung til voksen';

describe('review panels in the browser', () => {
  const app = useDemoApp();

  it('does not offer a coordinator the chapters of another open round, and names the round', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: 'Høringsrunder' }).first().click();
    await page.getByRole('heading', { name: /^Høringsrunder/, level: 1 }).waitFor();
    // The breadcrumb does not repeat the document's title when it is the project's.
    const crumbs = await page.getByRole('navigation', { name: /Brødkrumme|Du er her/ }).innerText();
    expect(crumbs.match(/Forløbsbeskrivelse om indsatser/g)).toHaveLength(1);

    const chapters = page.getByRole('group', { name: 'Kapitler i høring' });
    const taken = chapters.getByRole('checkbox', { name: new RegExp(`^${CHAPTER_7}`) });
    expect(await taken.isDisabled()).toBe(true);
    await chapters.getByText(`(er allerede i den åbne høringsrunde »${ROUND}«)`).first().waitFor();
    expect(
      await chapters.getByRole('checkbox', { name: /^Indsatser i dagtilbud og skole/ }).isDisabled(),
    ).toBe(false);
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows a reviewer the working group’s reply without an internal tag, and no “when a round includes it” notice', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, REVIEWER);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: CHAPTER_7 }).first().click();
    await page.getByRole('heading', { name: CHAPTER_7, level: 1 }).waitFor();
    const sidebar = page.getByRole('complementary', { name: 'Kommentarer' });
    const reply = sidebar.getByText('Tak – vi ser på det på næste arbejdsgruppemøde.');
    await reply.waitFor();
    expect(await sidebar.getByText('Intern', { exact: true }).count()).toBe(0);
    expect(await page.getByText('når en høringsrunde omfatter kapitlet').count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});
