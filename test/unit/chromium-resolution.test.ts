import fs from 'node:fs';
import { CHROMIUM_ARGS, mergeArgs, resolveChromium } from '../support/browser';

describe('which Chromium the browser tests drive', () => {
  it('uses CHROMIUM_PATH when it is set, with our flags only', () => {
    expect(resolveChromium({ CHROMIUM_PATH: '/opt/my-chromium' })).toEqual({
      executablePath: '/opt/my-chromium',
      args: CHROMIUM_ARGS,
      source: 'CHROMIUM_PATH',
    });
  });

  it('falls back to the Chromium shipped in @sparticuz/chromium when the system one is not used', () => {
    const resolved = resolveChromium({ SAMSKRIV_IGNORE_SYSTEM_CHROMIUM: '1' });
    expect(resolved.source).toBe('@sparticuz/chromium');
    fs.accessSync(resolved.executablePath, fs.constants.X_OK);
    expect(resolved.args.slice(0, CHROMIUM_ARGS.length)).toEqual(CHROMIUM_ARGS);
    expect(resolved.args).toContain('--no-zygote');
    expect(resolved.args).not.toContain('--single-process');
    expect(resolved.args).not.toContain('--disable-web-security');
  });

  it('keeps our value of a flag both lists set, and leaves out flags that weaken the tests', () => {
    expect(
      mergeArgs(
        ['--headless', '--no-sandbox'],
        ["--headless='shell'", '--no-sandbox', '--disable-web-security', '--no-zygote'],
      ),
    ).toEqual(['--headless', '--no-sandbox', '--no-zygote']);
  });
});
