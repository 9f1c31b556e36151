import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api';
import { DEMO_PASSWORD, PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';
import { eventually } from '../support/wait';

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

  it('fits the matrix at 1366 px, keeps a 390 px page from stretching, and explains the abbreviations', async () => {
    const page = await app.browser.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await app.logIn(page, COORDINATOR);
    const matrix = await openDashboard(page);
    await matrix.getByRole('rowheader', { name: 'Indledning og formål' }).waitFor();
    // Every column, "Sidst redigeret" included, is in view without scrolling the table.
    const fits = () =>
      matrix.evaluate((table) => {
        const box = table.parentElement!;
        return { table: box.scrollWidth, box: box.clientWidth, page: document.documentElement.scrollWidth };
      });
    const wide = await fits();
    expect(wide.table).toBeLessThanOrEqual(wide.box);
    expect(wide.page).toBeLessThanOrEqual(1366);
    const legend = page.getByRole('heading', { name: 'Forkortelser' }).locator('..');
    await legend.getByText('Sundhedsstyrelsen').waitFor();
    await legend.getByText('Danske Regioner').waitFor();

    // On a phone the table scrolls in its own box; the page itself stays as wide as the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await eventually(async () => (await fits()).page <= 390, 'the page to fit 390 px');
    await page.context().close();
  });

  it('keeps the project page quiet: chapter management is behind one button per document', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('heading', { name: 'Om projektet' }).waitFor();
    const list = page.getByRole('list', { name: /^Kapitler i Forløbsbeskrivelse/ });
    await list.getByRole('link', { name: 'Indledning og formål' }).waitFor();
    expect(await list.getByRole('button').count()).toBe(0);

    const arrange = page.getByRole('button', { name: 'Redigér kapitler (flyt, omdøb, slet)' }).first();
    await arrange.click();
    expect(await arrange.getAttribute('aria-pressed')).toBe('true');
    await list.getByRole('button', { name: 'Flyt ned: Indledning og formål' }).waitFor();
    await list.getByRole('button', { name: 'Omdøb: Indledning og formål' }).waitFor();
    await arrange.click();
    await list.getByRole('button', { name: 'Flyt ned: Indledning og formål' }).waitFor({ state: 'detached' });
    await page.context().close();
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
    await page.getByText('Viser 3 af 10 kapitler').waitFor();
    await page.context().close();
  });

  // Last in the file: closing the demo round moves two chapters to revision.
  it('shows the open review round and the open comments, and follows a comment and the close live', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    const matrix = await openDashboard(page);
    const rounds = page.getByRole('region', { name: /Åbne høringsrunder/ });
    const link = rounds.getByRole('link', { name: 'Høring over kapitel 7–8' });
    await link.waitFor();
    expect(await rounds.getByText(/frist .*2 kapitler/).count()).toBe(1);
    const inReview = matrix.getByRole('row', { name: /Specialiseret viden og kompetencer/ });
    await inReview.getByText('I høring').waitFor();
    await inReview.getByRole('cell', { name: '1 åben kommentar', exact: true }).waitFor();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // A reviewer of the hearing list answers; the coordinator's count follows.
    const reviewer = await new ApiClient(app.server.url).login('karim.nielsen@handicap.dk', DEMO_PASSWORD);
    const { myProjects } = await reviewer.ok(
      '{ myProjects { documents { openReviewRounds { id } chapters { id title } } } }',
    );
    const documents = myProjects.flatMap(
      (p: {
        documents: { openReviewRounds: { id: string }[]; chapters: { id: string; title: string }[] }[];
      }) => p.documents,
    );
    const pathway = documents.find((d: { openReviewRounds: unknown[] }) => d.openReviewRounds.length > 0);
    const chapter = pathway.chapters.find(
      (c: { title: string }) => c.title === 'Specialiseret viden og kompetencer',
    );
    await reviewer.ok('mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }', {
      input: { chapterId: chapter.id, body: 'Afsnittet bør nævne efteruddannelse.' },
    });
    await inReview
      .getByRole('cell', { name: '2 åbne kommentarer', exact: true })
      .waitFor({ timeout: 10_000 });

    // The coordinator closes the round (here through the API): it leaves the list, the chapters go to revision.
    const coordinator = await new ApiClient(app.server.url).login(COORDINATOR, DEMO_PASSWORD);
    await coordinator.ok('mutation($id: UUID!) { closeReviewRound(id: $id) { id } }', {
      id: pathway.openReviewRounds[0].id,
    });
    await rounds.getByText('Ingen høringsrunde er åben.').waitFor({ timeout: 10_000 });
    await inReview.getByText('Under revision').waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );

    await page.context().close();
  });
});
