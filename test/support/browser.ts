import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium driven by playwright-core; each newPage() is a separate browser context (own cookies). */
export async function launchBrowser() {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    async newPage(): Promise<Page> {
      const context = await browser.newContext({ locale: 'da-DK' });
      return context.newPage();
    },
    close: () => browser.close(),
  };
}
