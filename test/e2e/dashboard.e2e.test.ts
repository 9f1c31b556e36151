import type { Page } from 'playwright-core';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const KL_APPROVER = 'camilla.holm@kl.dk';
// In the demo data this chapter awaits approval and no organisation has decided yet.
const AWAITING_CHAPTER = 'Koordinering på tværs af sektorer og fagligheder';

describe('coordinator dashboard in the browser', () => {
  const app = useDemoApp();

  async function openDashboard(page: Page) {
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('heading', { name: 'Om projektet' }).waitFor();
    await page.getByRole('link', { name: 'Overblik over godkendelser' }).click();
    await page.getByRole('heading', { name: /Overblik/, level: 1 }).waitFor();
    return page.getByRole('table', { name: /Godkendelser af kapitlerne i Forløbsbeskrivelse/ });
  }

  it('turns a cell approved while the coordinator watches, without a reload', async () => {
    const coordinator = await app.browser.newPage();
    await app.logIn(coordinator, COORDINATOR);
    const matrix = await openDashboard(coordinator);

    // The matrix is a real table: organisations as column headers, chapters as row headers.
    await matrix.getByRole('columnheader', { name: 'KL' }).waitFor();
    const row = matrix.getByRole('row', { name: new RegExp(AWAITING_CHAPTER) });
    await row.getByRole('rowheader', { name: AWAITING_CHAPTER }).waitFor();
    expect(await row.getByRole('cell', { name: 'Afventer', exact: true }).count()).toBe(4);
    expect(await row.getByRole('cell', { name: /Godkendt af/ }).count()).toBe(0);
    // The demo data's other states are there with who decided.
    await matrix.getByRole('cell', { name: /Forældet.*Godkendt af Jonas Bech/ }).waitFor();
    await matrix.getByRole('cell', { name: /Ændringer ønsket af Sara Friis/ }).waitFor();

    // Marks this very document: a reload would lose it.
    await coordinator.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Meanwhile the KL approver, in another browser context, approves the chapter on its page.
    const approver = await app.browser.newPage();
    await app.logIn(approver, KL_APPROVER);
    await approver.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await approver.getByRole('link', { name: AWAITING_CHAPTER }).click();
    await approver.getByRole('heading', { name: 'Godkendelse' }).waitFor();
    await approver.getByRole('button', { name: 'Godkend for KL' }).click();
    await approver.getByRole('status').filter({ hasText: 'Du har godkendt kapitlet for KL.' }).waitFor();

    // The coordinator's cell turns approved, naming the approver, and the change is announced.
    await row.getByRole('cell', { name: /Godkendt af Camilla Holm/ }).waitFor({ timeout: 10_000 });
    expect(await row.getByRole('cell', { name: 'Afventer', exact: true }).count()).toBe(3);
    await coordinator
      .getByRole('status')
      .filter({ hasText: `${AWAITING_CHAPTER} er opdateret` })
      .waitFor();
    expect(
      await coordinator.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);

    await approver.context().close();
    await coordinator.context().close();
  });

  it('filters to the chapters that need action', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    const matrix = await openDashboard(page);
    await matrix.getByRole('rowheader', { name: 'Indledning og formål' }).waitFor();

    await page.getByLabel('Vis kun kapitler, der kræver handling').check();
    await page.getByText('Viser 3 af 10 kapitler').waitFor();
    expect(await matrix.getByRole('rowheader', { name: 'Indledning og formål' }).count()).toBe(0);
    await matrix.getByRole('rowheader', { name: AWAITING_CHAPTER }).waitFor();

    await page.getByLabel('Vis kun kapitler, der kræver handling').uncheck();
    await page.getByLabel('Status').selectOption({ label: 'Kladde' });
    await page.getByText('Viser 5 af 10 kapitler').waitFor();
    await page.context().close();
  });
});
