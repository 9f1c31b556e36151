import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe';
import { eventually } from '../support/wait';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const REVIEWER = { email: 'karim.nielsen@handicap.dk', name: 'Karim Nielsen' };
// In the demo data the open round covers this chapter, with the reviewer's organisation on its hearing list.
const ROUND_CHAPTER = 'Specialiseret viden og kompetencer';

describe('accessibility in the browser', () => {
  const app = useDemoApp();
  const focusedHeadingOutline = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el.tagName !== 'H1') return null;
      return getComputedStyle(el).outlineStyle;
    });

  it('links the accessibility statement from every page’s footer, before and after logging in', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.getByRole('heading', { name: 'Tilgængelighedserklæring for Samskriv', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Klageadgang' }).waitFor();
    await page.getByRole('link', { name: 'samskriv@socialstyrelsen.dk' }).waitFor();
    await expectAccessible(page);

    await app.logIn(page, COORDINATOR);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('heading', { name: PATHWAY_PROJECT, level: 1 }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).waitFor();
    await page.context().close();
  });

  it('has no axe violations on a coordinator’s pages, and a focused heading shows a focus ring', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await expectAccessible(page);
    // The brand link and the bell are named by their visible words first.
    await page.getByRole('link', { name: 'Tværoffentligt samarbejde – til forsiden' }).waitFor();
    await page
      .getByRole('link', { name: /^Notifikationer \d+ ulæst|^Notifikationer ingen ulæste/ })
      .waitFor();

    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('heading', { name: PATHWAY_PROJECT, level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focusedHeadingOutline(page)).not.toBe('none');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Overblik over godkendelser' }).click();
    await page.getByRole('heading', { name: /Overblik/, level: 1 }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: /^Godkendende organisationer for Forløbsbeskrivelse/ }).click();
    await page.getByRole('heading', { name: /Godkendende organisationer/, level: 1 }).waitFor();
    await expectAccessible(page);

    await page.goBack();
    await page.getByRole('heading', { name: /Overblik/, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Indledning og formål' }).click();
    await page.getByRole('heading', { name: 'Indledning og formål', level: 1 }).waitFor();
    await page.getByRole('toolbar', { name: 'Formatering' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Gemt' }).first().waitFor({ timeout: 10_000 });
    await expectAccessible(page);
    await page.context().close();
  });

  it('gives focus to a reviewer’s new thread after Send kommentar, on a page without axe violations', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, REVIEWER.email);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: ROUND_CHAPTER }).first().click();
    await page.getByRole('heading', { name: ROUND_CHAPTER, level: 1 }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Kapiteltekst' });
    await editor.locator('p').first().waitFor();
    await expectAccessible(page);

    await editor
      .locator('p')
      .first()
      .dblclick({ position: { x: 8, y: 12 } });
    await page.getByRole('button', { name: 'Kommentér', exact: true }).click();
    const sidebar = page.getByRole('complementary', { name: 'Kommentarer' });
    const body = `Tilføj et eksempel (${Date.now().toString(36)}).`;
    await sidebar.getByLabel('Kommentar', { exact: true }).fill(body);
    await sidebar.getByRole('button', { name: 'Send kommentar' }).click();
    const thread = sidebar
      .getByRole('listitem', { name: `Kommentar fra ${REVIEWER.name}` })
      .filter({ hasText: body });
    await thread.waitFor();
    await page.waitForFunction((text) => document.activeElement?.textContent?.includes(text) ?? false, body);
    expect(await thread.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets a keyboard-only reviewer select a passage of the read-only text in caret mode and comment on it', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, REVIEWER.email);
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: ROUND_CHAPTER }).first().click();
    await page.getByRole('heading', { name: ROUND_CHAPTER, level: 1 }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Kapiteltekst' });
    await editor.locator('p').first().waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const tabTo = async (name: string, key = 'Tab') => {
      await eventually(async () => {
        await page.keyboard.press(key);
        return (await focused()) === name;
      }, `focus on ${name}`);
    };

    // The text as it stands, without the suggestions: read-only for the reviewer.
    await page.getByLabel('Uden forslag').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      () => document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'false',
    );
    const toggle = page.getByRole('button', { name: 'Markér tekst med tastaturet' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // F7 gives a caret in the text and says so to screen readers.
    await page.keyboard.press('F7');
    await page.getByRole('status').filter({ hasText: 'Tastaturmarkering er slået til' }).waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror') ?? false);
    // From the heading down to the paragraph, then Shift+arrows select its first two words.
    await eventually(async () => {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
      return page.evaluate(() => {
        const selection = window.getSelection();
        return (selection?.anchorNode?.parentElement?.closest('p')?.textContent ?? '').startsWith('Viden om');
      });
    }, 'the caret at the start of the paragraph');
    for (let i = 0; i < 'Viden om'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Viden om');
    // Typing changes nothing.
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    expect(
      await editor
        .locator('p')
        .filter({ hasText: /^Viden om sjældne/ })
        .count(),
    ).toBe(1);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Viden om');

    // Back to the comment action, and a comment on the passage.
    await tabTo('Kommentér', 'Shift+Tab');
    await page.keyboard.press('Enter');
    const sidebar = page.getByRole('complementary', { name: 'Kommentarer' });
    await sidebar.getByText('»Viden om«').waitFor();
    const body = `Nævn hvor (${Date.now().toString(36)}).`;
    await page.keyboard.type(body);
    await tabTo('Send kommentar');
    await page.keyboard.press('Enter');
    const thread = sidebar
      .getByRole('listitem', { name: `Kommentar fra ${REVIEWER.name}` })
      .filter({ hasText: body });
    await thread.getByText('»Viden om«').waitFor();
    // Anchored on that passage: a highlight covers exactly those words.
    await eventually(async () => {
      const texts = await editor.locator('mark.comment-highlight').evaluateAll((marks) => {
        const byComment = new Map<string, string>();
        for (const mark of marks) {
          const id = mark.getAttribute('data-comment-id') ?? '';
          byComment.set(id, (byComment.get(id) ?? '') + mark.textContent);
        }
        return [...byComment.values()];
      });
      return texts.includes('Viden om');
    }, 'the highlight on the passage');

    // F7 again turns it off.
    await page.keyboard.press('F7');
    await page.getByRole('status').filter({ hasText: 'Tastaturmarkering er slået fra' }).waitFor();
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    await page.context().close();
  });
});
