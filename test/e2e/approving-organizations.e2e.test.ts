import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const EXPERTS = /Eksperter \(inviterede\)/;

describe('approving organisations in the browser', () => {
  const app = useDemoApp();

  it('lets a coordinator choose them, warns where nobody can approve, and the dashboard says on whom a chapter waits', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: /^Godkendende organisationer for Forløbsbeskrivelse/ }).click();
    await page.getByRole('heading', { name: /Godkendende organisationer/, level: 1 }).waitFor();

    // The demo names the four authorities; the invited experts have nobody who may approve.
    const experts = page.getByRole('checkbox', { name: EXPERTS });
    expect(await experts.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Sundhedsstyrelsen/ }).isChecked()).toBe(true);
    expect(await experts.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('Ingen i projektet har godkenderret for Eksperter (inviterede).').waitFor();
    await page.getByText('Kan godkende: Jonas Bech').waitFor();

    await experts.check();
    await page.getByText(/Mindst én valgt organisation har ingen med godkenderret/).waitFor();
    await page.getByRole('button', { name: 'Gem godkendende organisationer' }).click();
    await page.getByRole('status').filter({ hasText: 'De godkendende organisationer er gemt.' }).waitFor();

    // On the dashboard, the chapter awaiting its first decision names whom it waits for.
    await page.getByRole('link', { name: 'Tilbage til overblikket' }).click();
    await page.getByRole('heading', { name: /Overblik/, level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Koordinering på tværs af sektorer/ });
    await row.getByText(/Venter på .*SST \(Jonas Bech\)/).waitFor();
    await row.getByText(/Eksperter – ingen har godkenderret/).waitFor();
    // A chapter where an organisation asked for changes says so.
    await page
      .getByRole('row', { name: /Opsporing og udredning/ })
      .getByText('DR har anmodet om ændringer')
      .waitFor();

    // Back to the default: the working group's organisations that have an approver (not the experts).
    await row.getByRole('link', { name: 'Godkendende organisationer' }).click();
    await page.getByRole('heading', { name: /Godkendende organisationer/, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Brug standarden' }).click();
    await page.getByRole('status').filter({ hasText: 'Standarden gælder igen.' }).waitFor();
    expect(await page.getByRole('checkbox', { name: EXPERTS }).isChecked()).toBe(false);
    await page.getByText(/Nu gælder standarden/).waitFor();
    await page.context().close();
  });

  it('keeps a reviewer out of the page', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, 'karim.nielsen@handicap.dk');
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    // The project page offers him no such link.
    await page.getByRole('heading', { name: PATHWAY_PROJECT, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: /^Godkendende organisationer/ }).count()).toBe(0);
    const documentLink = await page
      .getByRole('link', { name: /^Høringsrunder/ })
      .first()
      .getAttribute('href');
    await page.goto(`${app.server.url}${documentLink!.replace('/rounds', '/approving-organizations')}`);
    await page.getByText('Kun projektets koordinatorer vælger de godkendende organisationer.').waitFor();
    expect(await page.getByRole('button', { name: 'Gem godkendende organisationer' }).count()).toBe(0);
    await page.context().close();
  });
});
