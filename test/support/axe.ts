import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Evaluated through the debugging protocol: the app's Content-Security-Policy forbids injected script tags.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, plus Label in Name (2.5.3), which axe-core ships as experimental. */
const RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
};

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

// axe-core runs one check at a time per page: a test's own check waits for the automatic one and vice versa.
const running = new WeakMap<Page, Promise<unknown>>();

/** Runs axe-core (from node_modules, no network) on the page as it is now; one line per violation. */
export function axeViolations(page: Page): Promise<string[]> {
  const run = (running.get(page) ?? Promise.resolve()).catch(() => undefined).then(() => runAxe(page));
  running.set(page, run);
  return run;
}

async function runAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (options) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document, options)).violations;
  }, RUN_OPTIONS);
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails with every violation axe-core finds on the page, naming the page. */
export async function expectAccessible(page: Page): Promise<void> {
  const found = await axeViolations(page);
  expect({ url: new URL(page.url()).pathname, violations: found }).toEqual({
    url: new URL(page.url()).pathname,
    violations: [],
  });
}

/** The page has loaded, shows its heading and nothing is loading or moving any more. */
function settled(): boolean {
  return (
    document.readyState === 'complete' &&
    document.fonts.status === 'loaded' &&
    document.querySelector('h1') !== null &&
    document.querySelector('.loading') === null &&
    document.getAnimations().every((a) => a.playState !== 'running')
  );
}

/** What was found on one page state. */
export interface PageStateViolations {
  url: string;
  violations: string[];
}

/**
 * Checks every state of a page the test reaches with axe-core: each navigation (history changes of the
 * single-page app included) once the page has settled, and the page as it is when checkNow() is called (at
 * the end of a test). A state the test leaves before it settled is checked in its next state instead.
 */
export function watchAccessibility(page: Page) {
  const found: PageStateViolations[] = [];
  let queue: Promise<void> = Promise.resolve();
  const check = () => {
    queue = queue
      .then(async () => {
        if (page.isClosed()) return;
        await page.waitForFunction(settled, undefined, { timeout: 15_000, polling: 'raf' });
        const violations = await axeViolations(page);
        if (violations.length > 0) found.push({ url: new URL(page.url()).pathname, violations });
      })
      .catch((error: unknown) => {
        // The test moved on (navigated, closed the page) before this state settled: its next state is checked.
        if (page.isClosed() || /context was destroyed|closed|navigat/i.test(String(error))) return;
        found.push({ url: new URL(page.url()).pathname, violations: [`not checked: ${String(error)}`] });
      });
    return queue;
  };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) void check();
  });
  return {
    /** Checks the page as it is now (after the checks still running) and hands over everything found. */
    async checkNow(): Promise<PageStateViolations[]> {
      await check();
      return found.splice(0);
    },
  };
}
