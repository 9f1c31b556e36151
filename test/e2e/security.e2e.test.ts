import type { Page, WebSocket } from 'playwright-core';
import { DEMO_PASSWORD, PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';
import { eventually } from '../support/wait';

const AUTHOR = { email: 'jonas.bech@sst.dk', name: 'Jonas Bech' };
const COORDINATOR = { email: 'mette.kjaer@socialstyrelsen.dk', name: 'Mette Kjær' };
const CHAPTER = 'Indledning og formål';

/** Records what the Content-Security-Policy blocked (Chromium reports each violation on the console). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Every WebSocket the page opens, with whether it has closed. */
function watchSockets(page: Page) {
  const sockets: { url: string; closed: boolean }[] = [];
  page.on('websocket', (ws: WebSocket) => {
    const entry = { url: ws.url(), closed: false };
    sockets.push(entry);
    ws.on('close', () => (entry.closed = true));
  });
  return sockets;
}

describe('security in the browser', () => {
  const app = useDemoApp();

  it('works under its Content-Security-Policy: login, live subscriptions and co-editing, with no violation', async () => {
    const page = await app.browser.newPage();
    const violations = watchCsp(page);
    const sockets = watchSockets(page);
    await app.logIn(page, AUTHOR.email);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: CHAPTER }).first().click();
    const editor = page.getByRole('textbox', { name: 'Kapiteltekst' });
    await page.getByRole('status').filter({ hasText: 'Gemt' }).waitFor({ timeout: 10_000 });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' CSP ok.');
    await page.getByRole('status').filter({ hasText: 'Gemt' }).waitFor({ timeout: 10_000 });
    // Both sockets went to the page's own origin: GraphQL subscriptions and co-editing.
    const origin = app.server.url.replace(/^http/, 'ws');
    expect(sockets.map((s) => s.url).sort()).toEqual(
      expect.arrayContaining([`${origin}/collab`, `${origin}/graphql`]),
    );
    // The policy is really in force: an inline script the page tries to add is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await eventually(() => violations.length > 0, 'the CSP report of the inline script');
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations).toHaveLength(1);
    await page.context().close();
  }, 90_000);

  it('forgets the previous person on Log af: header, notifications and every live connection', async () => {
    const page = await app.browser.newPage();
    const sockets = watchSockets(page);
    await app.logIn(page, COORDINATOR.email);
    const header = page.getByRole('banner');
    await header.getByText(COORDINATOR.name).waitFor();
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: CHAPTER }).first().click();
    await page.getByRole('status').filter({ hasText: 'Gemt' }).waitFor({ timeout: 10_000 });
    await eventually(
      () => sockets.filter((s) => !s.closed).length >= 2,
      'the GraphQL and co-editing sockets',
    );

    await page.getByRole('button', { name: 'Log af' }).click();
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    // Nothing of the coordinator stays on screen, and no connection opened with their cookie stays open.
    await eventually(() => sockets.every((s) => s.closed), 'every WebSocket to close');
    expect(await header.getByText(COORDINATOR.name).count()).toBe(0);
    expect(await header.getByText('Socialstyrelsen').count()).toBe(0);
    expect(await header.getByRole('link', { name: /Notifikationer/ }).count()).toBe(0);

    // The next person at the same computer sees only themselves.
    await page.getByLabel('E-mail').fill(AUTHOR.email);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Mine projekter', level: 1 }).waitFor();
    await header.getByText(AUTHOR.name).waitFor();
    expect(await header.getByText(COORDINATOR.name).count()).toBe(0);
    // Jonas may not start projects: the button is not offered to him (Mette had it).
    expect(await page.getByRole('link', { name: 'Start et projekt' }).count()).toBe(0);
    await page.context().close();
  }, 90_000);
});
