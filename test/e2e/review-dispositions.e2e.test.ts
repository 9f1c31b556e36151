import { expectAccessible } from '../support/axe';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';

describe('the round’s disposition table in the browser', () => {
  const app = useDemoApp();

  it('asks for a disposition before saving a row, then saves it with its reply', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('heading', { name: 'Om projektet' }).waitFor();
    await page.getByRole('link', { name: 'Overblik over godkendelser' }).click();
    await page
      .getByRole('region', { name: /Åbne høringsrunder/ })
      .getByRole('link', { name: 'Høring over kapitel 7–8' })
      .click();
    const table = page.getByRole('table', { name: 'Høringssvar og deres behandling' });
    await table.waitFor();

    // A row without a disposition yet: saving it names what is missing and takes focus to the choice.
    const CHOICE = /^Behandling af kommentaren fra/;
    const rows = table.getByRole('row').filter({ has: page.getByLabel(CHOICE) });
    const count = await rows.count();
    let index = -1;
    for (let i = 0; i < count && index < 0; i++)
      if ((await rows.nth(i).getByLabel(CHOICE).inputValue()) === '') index = i;
    expect(index).toBeGreaterThanOrEqual(0);
    const cells = rows.nth(index);
    const choice = cells.getByLabel(CHOICE);
    await cells.getByRole('button', { name: /^Gem behandlingen af kommentaren fra/ }).click();
    await cells.getByText('Vælg en behandling.').waitFor();
    expect(await choice.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await choice.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await choice.selectOption({ label: 'Taget til efterretning' });
    await cells.getByLabel(/^Svar til /).fill('Tak, vi tager det med i næste udgave.');
    await cells.getByRole('button', { name: /^Gem behandlingen af kommentaren fra/ }).click();
    await cells.getByRole('status').filter({ hasText: 'Behandlingen er gemt.' }).waitFor();
    expect(await cells.getByText('Vælg en behandling.').count()).toBe(0);
    await page.context().close();
  });
});
