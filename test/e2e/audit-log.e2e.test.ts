import { readFileSync } from 'node:fs';
import { expectAccessible } from '../support/axe';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';

describe('audit log in the browser', () => {
  const app = useDemoApp();

  it('words events in Danish, links what they are about, and names the CSV after the project and date', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: 'Revisionslog' }).click();
    await page.getByRole('heading', { name: /^Revisionslog/, level: 1 }).waitFor();

    const opened = page.getByRole('row', { name: /Høringsrunde åbnet/ });
    await opened.getByText('Frist:').waitFor();
    await opened.getByText(/Kapitler: .+, .+/).waitFor();
    const statusRow = page
      .getByRole('row', { name: /Status ændret/ })
      .filter({ hasText: 'høringsrunde åbnet' });
    await statusRow.getByText('Kladde → I høring').first().waitFor();
    const table = await page.getByRole('table').innerText();
    for (const raw of [
      'review-round.opened',
      'ReviewRound',
      'REVIEW_ROUND_OPENED',
      'chapter.status_changed',
      '{',
    ])
      expect(table).not.toContain(raw);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent som CSV' }).click(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^forloebsbeskrivelse-[a-z-]+-revisionslog-${today}\\.csv$`),
    );
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFTidspunkt (dansk tid),Hvem,Handling,Om,Navn,Detaljer,Fra adresse',
    );
    expect(csv).toContain(',Mette Kjær,Høringsrunde åbnet,Høringsrunde,Høring over kapitel 7–8,');

    await opened.getByRole('link', { name: 'Høring over kapitel 7–8' }).click();
    await page.getByRole('heading', { name: /Høring over kapitel 7–8/, level: 1 }).waitFor();
    await page.context().close();
  });
});
