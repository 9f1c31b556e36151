import type { Locator } from 'playwright-core';
import { ApiClient } from '../support/api';
import { eventually } from '../support/collab';
import { DEMO_PASSWORD, useDemoApp } from '../support/demo-app';

const INDEXED = 'query($query: String!) { search(query: $query, filter: { kinds: [CHAPTER] }) { hitCount } }';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';

describe('searching in the browser', () => {
  const app = useDemoApp();

  it('types in the header, filters to chapters, and opens a chapter at the highlighted passage', async () => {
    // The demo's chapter text is indexed at start: wait for it through the API (a condition, not a sleep).
    const api = await new ApiClient(app.server.url).login(COORDINATOR, DEMO_PASSWORD);
    await eventually(
      async () => (await api.ok(INDEXED, { query: '"koordinerende sagsbehandler"' })).search.hitCount > 0,
      'the demo chapters to be indexed',
      30_000,
    );
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);

    // "/" jumps to the header's search field from anywhere outside a text field.
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Søg' });
    await expectFocused(field);
    await field.fill('koordinerende sagsbehandler');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Søgning: koordinerende sagsbehandler', level: 1 }).waitFor();

    await page.getByLabel('Type').selectOption({ label: 'Kapitel' });
    await page.getByRole('main').getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL(/kind=CHAPTER/);
    const hits = page.locator('.search-hit');
    await hits.first().waitFor();
    // Only chapters, each with the matched words marked in its snippet.
    for (const meta of await page.locator('.search-hit__meta').allTextContents())
      expect(meta).toMatch(/^Kapitel/);
    await expect(hits.first().locator('mark').first().textContent()).resolves.toMatch(
      /koordinerende|sagsbehandler/i,
    );

    const title = (await hits.first().getByRole('link').textContent())!;
    await hits.first().getByRole('link').click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Kapiteltekst' });
    const first = editor.locator('.search-highlight--first');
    await first.waitFor();
    await expect(first.textContent()).resolves.toMatch(/koordinerende|sagsbehandler/i);
    await expect(first.isVisible()).resolves.toBe(true);
    // The passage is scrolled into view.
    const viewport = page.viewportSize()!;
    await eventually(async () => {
      const box = await first.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
    }, 'the highlighted passage to be scrolled into view');
    await page.context().close();
  });

  it('says why nothing was found and offers suggestions', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    const field = page.getByRole('searchbox', { name: 'Søg' });
    await field.fill('og i at');
    await field.press('Enter');
    await page.getByText('Søgningen indeholder kun småord').waitFor();
    await page.getByRole('link', { name: 'autisme Syddanmark' }).click();
    await page.getByRole('link', { name: 'Beskyttet beskæftigelse' }).waitFor();
    await page.context().close();
  });
});

async function expectFocused(locator: Locator) {
  await expect(locator.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
}
