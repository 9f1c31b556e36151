import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { DEMO_PASSWORD, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
// The demo specialist group of erhvervet hjerneskade.
const SPECIALIST_A = 'rikke.thomsen@socialstyrelsen.dk';
const SPECIALIST_B = 'sofie.lind@socialstyrelsen.dk';
const PROJECT = 'Generel model for beskrivelse af specialiseringsniveauer';
const TARGET_GROUP = 'Erhvervet hjerneskade';
const RATIONALE_A =
  'Tilbuddet dækker de almindelige behov med støtte i hverdagen og samarbejde med kommunen.';
const RATIONALE_B =
  'Borgerne har komplekse følger, og tilbuddet har egen neuropsykologisk ekspertise døgnet rundt.';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Setup {
  offerName: string;
  providerName: string;
}

/** A fresh offer for the test (through the API as the coordinator), so no demo assessment state matters. */
async function createOffer(baseUrl: string): Promise<Setup> {
  const api = await new ApiClient(baseUrl).login(COORDINATOR, DEMO_PASSWORD);
  const { myProjects } = await api.ok<{ myProjects: { id: string; title: string }[] }>(
    '{ myProjects { id title } }',
  );
  const project = myProjects.find((p) => p.title === PROJECT);
  if (!project) throw new Error(`No demo project ${PROJECT}`);
  const { targetGroups, providers } = await api.ok<{
    targetGroups: { id: string; name: string }[];
    providers: { id: string; name: string }[];
  }>('query ($p: UUID!) { targetGroups(projectId: $p) { id name } providers(projectId: $p) { id name } }', {
    p: project.id,
  });
  const group = targetGroups.find((g) => g.name === TARGET_GROUP);
  if (!group || providers.length === 0) throw new Error('Demo target group or providers missing');
  const provider = providers[0];
  const offerName = `Afprøvningstilbud ${Date.now().toString(36)}`;
  await api.ok('mutation ($input: OfferInput!) { createOffer(input: $input) { id } }', {
    input: {
      providerId: provider.id,
      targetGroupId: group.id,
      name: offerName,
      description: 'Til e2e-testen',
    },
  });
  return { offerName, providerName: provider.name };
}

// The current case; the history below repeats every case (collapsed), so checks look here.
const currentCase = (page: Page) => page.getByRole('region', { name: 'Vurdering', exact: true });

describe('specialisation levels in the browser', () => {
  const app = useDemoApp();

  async function openProject(page: Page) {
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { name: PROJECT, level: 1 }).waitFor();
  }

  async function openOffer(page: Page, setup: Setup) {
    await openProject(page);
    const nav = page.getByRole('navigation', { name: 'Specialiseringsniveauer' });
    await nav.getByRole('link', { name: 'Leverandører' }).click();
    await page.getByRole('heading', { name: /^Leverandører/, level: 1 }).waitFor();
    await page.getByRole('link', { name: setup.providerName, exact: true }).click();
    await page
      .getByRole('heading', { name: new RegExp(`^${escapeRegExp(setup.providerName)}`), level: 1 })
      .waitFor();
    await page.getByRole('link', { name: `Åbn vurdering af ${setup.offerName}` }).click();
    await page
      .getByRole('heading', { name: new RegExp(`^Vurdering af ${setup.offerName}`), level: 1 })
      .waitFor();
    // The criteria of the target group stand beside the form.
    await page.getByRole('complementary', { name: `Niveaukriterier for ${TARGET_GROUP}` }).waitFor();
  }

  async function assess(page: Page, level: number, rationale: string) {
    const form = page.getByRole('region', { name: 'Afgiv din vurdering' });
    await form
      .getByRole('group', { name: 'Hvilket specialiseringsniveau kræver tilbuddet?' })
      .getByRole('radio', { name: new RegExp(`^Niveau ${level}`) })
      .check();
    await form.getByLabel('Begrundelse', { exact: true }).fill(rationale);
    await form.getByRole('button', { name: 'Afgiv vurdering' }).click();
    await page.getByRole('status').filter({ hasText: 'Din vurdering er afgivet.' }).waitFor();
  }

  it('two specialists assess independently, a coordinator settles and confirms, and the matrix shows it', async () => {
    const setup = await createOffer(app.server.url);

    // The first specialist assesses level 2.
    const first = await app.browser.newPage();
    await app.logIn(first, SPECIALIST_A);
    await openOffer(first, setup);
    await currentCase(first).getByText('0 af 2 vurderinger afgivet').waitFor();
    await assess(first, 2, RATIONALE_A);
    await currentCase(first).getByText('1 af 2 vurderinger afgivet').waitFor();
    await currentCase(first).getByRole('article', { name: 'Din vurdering' }).getByText('Niveau 2').waitFor();

    // The second sees that one is in, but not its level or rationale.
    const second = await app.browser.newPage();
    await app.logIn(second, SPECIALIST_B);
    await openOffer(second, setup);
    await currentCase(second).getByText('1 af 2 vurderinger afgivet').waitFor();
    expect(await second.getByText(RATIONALE_A).count()).toBe(0);
    expect(await second.getByRole('article').count()).toBe(0);
    expect(await second.getByText(/Rikke Thomsen/).count()).toBe(0);

    await assess(second, 3, RATIONALE_B);
    // Both in, different levels: the disagreement is visible side by side.
    await currentCase(second).getByText('Status: Uenige').waitFor();
    const both = second.getByRole('group', { name: 'Vurderingerne' });
    await both.getByRole('article', { name: 'Vurdering af Rikke Thomsen' }).getByText('Niveau 2').waitFor();
    await both.getByRole('article', { name: 'Din vurdering' }).getByText('Niveau 3').waitFor();
    await both.getByText(RATIONALE_A).waitFor();
    // The first specialist's page follows live.
    await currentCase(first).getByText('Status: Uenige').waitFor({ timeout: 10_000 });
    await currentCase(first).getByText(RATIONALE_B).waitFor();

    // Meanwhile the first specialist watches the placement overview.
    await first
      .getByRole('navigation', { name: 'Specialiseringsniveauer' })
      .getByRole('link', { name: 'Indplacering' })
      .click();
    await first.getByRole('heading', { name: /^Indplacering/, level: 1 }).waitFor();
    const matrix = first.getByRole('table', { name: 'Indplacering af tilbud pr. leverandør og målgruppe' });
    const offerCell = matrix
      .getByRole('row', { name: new RegExp(escapeRegExp(setup.providerName)) })
      .getByRole('listitem')
      .filter({ hasText: setup.offerName });
    await offerCell.getByText('Uenige').waitFor();

    // The coordinator settles the disagreement and confirms the placement.
    const coordinator = await app.browser.newPage();
    await app.logIn(coordinator, COORDINATOR);
    await openOffer(coordinator, setup);
    await coordinator.getByRole('group', { name: 'Vurderingerne' }).getByText(RATIONALE_B).waitFor();
    const settle = coordinator.getByRole('region', { name: 'Afgør uenigheden' });
    await settle
      .getByRole('group', { name: 'Afgjort niveau' })
      .getByRole('radio', { name: /^Niveau 3/ })
      .check();
    await settle
      .getByLabel('Begrundelse for afgørelsen')
      .fill('Den neuropsykologiske ekspertise gør udslaget.');
    await settle.getByRole('button', { name: 'Afgør uenigheden' }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Uenigheden er afgjort.' }).waitFor();
    await currentCase(coordinator).getByText('Status: Afgjort').waitFor();
    await coordinator.getByRole('button', { name: 'Bekræft indplacering' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'Indplaceringen på niveau 3 er bekræftet.' })
      .waitFor();
    await currentCase(coordinator).getByText('Status: Indplaceret').waitFor();
    await coordinator
      .getByText(/^Indplaceret på niveau 3/)
      .first()
      .waitFor();

    // The specialist's overview shows the placement without a reload.
    await offerCell.getByText('Niveau 3').waitFor({ timeout: 10_000 });

    await first.context().close();
    await second.context().close();
    await coordinator.context().close();
  });

  it('marks a bad CVR number on its field, and imports the good rows of a CSV file after a preview', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await openProject(page);
    await page
      .getByRole('navigation', { name: 'Specialiseringsniveauer' })
      .getByRole('link', { name: 'Leverandører' })
      .click();
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    const form = page.getByRole('region', { name: 'Opret leverandør' });
    await form.getByLabel('Leverandørens navn').fill('Prøvecenter Vest');
    await form.getByLabel('CVR-nummer').fill('12345678');
    await form.getByLabel('Kommune').fill('Holstebro');
    await form.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Midtjylland' });
    await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Selvejende' });
    await form.getByRole('button', { name: 'Opret leverandør' }).click();
    const cvr = form.getByLabel('CVR-nummer');
    await form.getByText('CVR-nummeret skal være 8 cifre og gyldigt (modulus 11-kontrol).').waitFor();
    expect(await cvr.getAttribute('aria-invalid')).toBe('true');
    expect(await cvr.evaluate((el) => el === document.activeElement)).toBe(true);

    await cvr.fill('1000 0009');
    await form.getByRole('button', { name: 'Opret leverandør' }).click();
    await page.getByRole('heading', { name: /^Prøvecenter Vest/, level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Prøvecenter Vest er oprettet.' }).waitFor();

    await page.getByRole('link', { name: 'Leverandører', exact: true }).first().click();
    await page.getByRole('link', { name: 'Importér fra CSV' }).click();
    await page.getByRole('heading', { name: /^Importér leverandører/, level: 1 }).waitFor();
    await page
      .getByText('navn;cvr;kommune;region;type;målgruppe;tilbud;beskrivelse', { exact: true })
      .waitFor();
    await page
      .getByLabel('Filens indhold')
      .fill(
        [
          'navn;cvr;kommune;region;type;målgruppe;tilbud;beskrivelse',
          'Prøvecenter Vest;10000009;Holstebro;Midtjylland;selvejende;Autisme;Støttecenter Vest;Dagtilbud',
          'Fejlcenter;11111111;Holstebro;Midtjylland;privat;Autisme;Et tilbud;',
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    const preview = page.getByRole('table', { name: 'Rækkerne i filen med status' });
    await preview
      .getByRole('row', { name: /Støttecenter Vest/ })
      .getByText('OK')
      .waitFor();
    await preview
      .getByRole('row', { name: /Fejlcenter/ })
      .getByText('Ugyldigt CVR-nummer (8 cifre med modulus 11-kontrol) (kolonnen cvr)')
      .waitFor();
    await page.getByRole('button', { name: 'Importér 1 række' }).click();
    await page.getByRole('heading', { name: '3. Resultat' }).waitFor();
    await page.getByText('Importerede rækker: 1. Afviste rækker: 1. Nye leverandører: 0.').waitFor();
    await page.getByRole('link', { name: 'Gå til leverandørerne' }).click();
    await page.getByRole('link', { name: 'Prøvecenter Vest', exact: true }).click();
    await page.getByRole('link', { name: 'Åbn vurdering af Støttecenter Vest' }).waitFor();
    await page.context().close();
  });
});
