/**
 * `npm run bench:pages`: prints figures, passes or fails nothing.
 *
 * Against the built server (server/dist, client/dist) with the demo data, in Chromium:
 * 1. The login page's JavaScript as sent over the wire (compressed bytes), on a cold cache.
 * 2. A chapter page's ready time warm (its assets cached, the user logged in): from navigation until the
 *    chapter's heading and the synced text are shown; p50 and p95 of 10 loads.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { DEMO_PASSWORD, PATHWAY_PROJECT } from '../support/demo-app';
import { startTestServer } from '../support/server';
import { startPostgres } from './bench-postgres';

const LOADS = 10;
const AUTHOR = 'jonas.bech@sst.dk';
const CHAPTER = 'Specialiseret viden og kompetencer';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const stopPostgres = await startPostgres();
  const server = await startTestServer({ seedDemo: true });
  const chromium = await launchBrowser();
  try {
    // Plain contexts: the browser tests' accessibility checks would be part of the timings.
    const context = await chromium.browser.newContext({ locale: 'da-DK' });
    const page: Page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(
          response
            .request()
            .sizes()
            .then((s) => s.responseBodySize),
        );
    });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    const loginBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    console.log(
      `login page JavaScript: ${(loginBytes / 1024).toFixed(1)} kB over the wire (${scripts.length} files)`,
    );

    await page.getByLabel('E-mail').fill(AUTHOR);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Mine projekter', level: 1 }).waitFor();
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: CHAPTER }).first().click();
    const ready = async () => {
      await page.getByRole('heading', { name: CHAPTER, level: 1 }).waitFor();
      await page.getByRole('textbox', { name: 'Kapiteltekst' }).locator('p').first().waitFor();
    };
    await ready();
    const chapterUrl = page.url();
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const start = performance.now();
      await page.goto(chapterUrl);
      await ready();
      times.push(performance.now() - start);
    }
    console.log(
      `chapter page ready, warm: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (${LOADS} loads: ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    await context.close();
  } finally {
    await chromium.close();
    await server.stop();
    await stopPostgres();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
