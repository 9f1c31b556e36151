import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { watchAccessibility, type PageStateViolations } from './axe';
import { ROOT } from './paths';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// The npm-shipped build's own flags are meant for Lambda. Left out: --single-process (closing one browser
// context then ends the whole browser), flags that would weaken what the browser tests check (same-origin
// policy, mixed content), and --headless, which we set already.
const PACKAGED_ARGS_LEFT_OUT = [
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--headless',
];

interface ResolvedChromium {
  executablePath: string;
  args: string[];
  env?: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const flagName = (arg: string) => arg.split('=')[0];

/** Ours first; the packaged build's flags that we do not set already (and that do not weaken the tests). */
export function mergeArgs(ours: string[], packaged: string[]): string[] {
  const taken = new Set(ours.map(flagName));
  const extra = packaged.filter(
    (arg) => !taken.has(flagName(arg)) && !PACKAGED_ARGS_LEFT_OUT.includes(flagName(arg)),
  );
  return [...ours, ...extra];
}

/**
 * Unpacks @sparticuz/chromium once per install into node_modules/.cache. The package unpacks into os.tmpdir(),
 * so it runs in a child process (the package is ESM, which Jest's module loader cannot import) with TMPDIR
 * pointing at a private folder; the finished folder is renamed into place, so parallel workers never launch a
 * half-written binary.
 */
function packagedChromium(): ResolvedChromium {
  const packageDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const cache = path.join(ROOT, 'node_modules/.cache');
  const dir = path.join(cache, `sparticuz-chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  const unpack = !isExecutable(executablePath);
  const staging = unpack ? fs.mkdtempSync(path.join(cache, 'sparticuz-chromium-staging-')) : undefined;
  const script = `import c from '@sparticuz/chromium';
const out = { args: c.args };
if (process.env.UNPACK === '1') out.executablePath = await c.executablePath();
process.stdout.write(JSON.stringify(out));`;
  const out = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, UNPACK: unpack ? '1' : '0', ...(staging ? { TMPDIR: staging } : {}) },
      encoding: 'utf8',
    }),
  ) as { args: string[]; executablePath?: string };
  if (staging) {
    if (out.executablePath !== path.join(staging, 'chromium'))
      throw new Error(`@sparticuz/chromium unpacked to an unexpected place: ${out.executablePath}`);
    // The package's fonts.conf names Lambda's folders; point fontconfig at the fonts it ships.
    fs.writeFileSync(
      path.join(staging, 'fonts/fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${dir}/fonts/fonts</dir>\n  <cachedir>${dir}/fonts-cache</cachedir>\n</fontconfig>\n`,
    );
    try {
      fs.renameSync(staging, dir);
    } catch {
      // Another worker finished first: use its copy.
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return {
    executablePath,
    args: mergeArgs(CHROMIUM_ARGS, out.args),
    env: { FONTCONFIG_PATH: path.join(dir, 'fonts') },
    source: '@sparticuz/chromium',
  };
}

/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH; else Debian's /usr/bin/chromium when installed
 * (SAMSKRIV_IGNORE_SYSTEM_CHROMIUM=1 skips it, to exercise the fallback); else the build shipped in the
 * @sparticuz/chromium npm package, so `npm install && npm test` needs no system package.
 */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ResolvedChromium {
  if (env.CHROMIUM_PATH)
    return { executablePath: env.CHROMIUM_PATH, args: CHROMIUM_ARGS, source: 'CHROMIUM_PATH' };
  if (env.SAMSKRIV_IGNORE_SYSTEM_CHROMIUM !== '1' && isExecutable(SYSTEM_CHROMIUM))
    return { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS, source: 'system' };
  return packagedChromium();
}

type Watcher = ReturnType<typeof watchAccessibility>;
const watched = new Map<Page, Watcher>();
const found: PageStateViolations[] = [];

/** Checks the pages still open and those closed since, so a test's last page states are checked too. */
async function checkOpenPages() {
  for (const [page, watcher] of watched) {
    found.push(...(await watcher.checkNow()));
    if (page.isClosed()) watched.delete(page);
  }
  const violations = found.splice(0);
  // Every page state a browser test reaches meets WCAG 2.1 A and AA as far as axe-core can tell.
  expect(violations).toEqual([]);
}

// Registered in every test file that drives the browser (Jest evaluates this module once per file).
if (typeof afterEach === 'function') afterEach(checkOpenPages);

/**
 * Chromium driven by playwright-core; each newPage() is a separate browser context (own cookies). Every page
 * is checked with axe-core at each navigation and at the end of each test (or when its context is closed), and
 * the test fails on any violation.
 */
export async function launchBrowser() {
  const resolved = resolveChromium();
  const browser: Browser = await chromium.launch({
    executablePath: resolved.executablePath,
    args: resolved.args,
    env: resolved.env ? { ...process.env, ...resolved.env } : undefined,
  });
  return {
    browser,
    async newPage(): Promise<Page> {
      const context = await browser.newContext({ locale: 'da-DK' });
      const page = await context.newPage();
      const watcher = watchAccessibility(page);
      watched.set(page, watcher);
      const close = context.close.bind(context);
      context.close = async (...args) => {
        if (!page.isClosed()) found.push(...(await watcher.checkNow()));
        watched.delete(page);
        return close(...args);
      };
      return page;
    },
    close: () => browser.close(),
  };
}
