import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startTestServer, type TestServer } from './server';

export const DEMO_PASSWORD = 'samskriv-demo';
export const PATHWAY_PROJECT = /Forløbsbeskrivelse om indsatser til børn og unge med sjældne handicap/;

export interface DemoApp {
  readonly server: TestServer;
  readonly browser: Awaited<ReturnType<typeof launchBrowser>>;
  /** Logs a demo user in through the login page, as a person does, and waits for Mine projekter. */
  logIn(page: Page, email: string): Promise<void>;
  /** A new page on which the demo user has logged in and opened a chapter of the pathway project from its list. */
  openChapter(email: string, chapter: string): Promise<Page>;
}

/** A server with the demo data and a Chromium for the enclosing describe block. */
export function useDemoApp(): DemoApp {
  let server: TestServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  async function logIn(page: Page, email: string) {
    await page.goto(`${server!.url}/`);
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Mine projekter', level: 1 }).waitFor();
  }
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    logIn,
    async openChapter(email, chapter) {
      const page = await browser!.newPage();
      await logIn(page, email);
      await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
      await page.getByRole('link', { name: chapter }).first().click();
      await page.getByRole('heading', { name: chapter, level: 1 }).waitFor();
      return page;
    },
  };
}
