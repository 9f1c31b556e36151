import { eventually } from '../support/wait';
import type { Locator, Page } from 'playwright-core';
import { useDemoApp } from '../support/demo-app';
import { selectText } from '../support/selection';

// In the demo data the open round covers this chapter, with Danske Handicaporganisationer on its hearing list.
const CHAPTER = 'Specialiseret viden og kompetencer';
const REVIEWER = { email: 'karim.nielsen@handicap.dk', name: 'Karim Nielsen' };
const AUTHOR = { email: 'jonas.bech@sst.dk', name: 'Jonas Bech' };
const OBSERVER = 'helle.dam@sim.dk';
const PARAGRAPH = /Viden om sjældne handicap findes/;

describe('review comments live in the browser', () => {
  const app = useDemoApp();

  async function openChapterAs(email: string, chapter = CHAPTER): Promise<Page> {
    const page = await app.openChapter(email, chapter);
    await editorOf(page).locator('p').first().waitFor();
    return page;
  }

  const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Kapiteltekst' });
  const sidebarOf = (page: Page): Locator => page.getByRole('complementary', { name: 'Kommentarer' });
  const threadOf = (page: Page, name: string, text: string): Locator =>
    sidebarOf(page)
      .getByRole('listitem', { name: `Kommentar fra ${name}` })
      .filter({ hasText: text });
  // Highlights are <mark> elements (ARIA role "mark"), which Playwright resolves but its types do not list yet.
  const MARK = 'mark' as Parameters<Page['getByRole']>[0];
  const highlightOf = (page: Page, text: string): Locator =>
    editorOf(page).getByRole(MARK).filter({ hasText: text });
  /** The text each comment's highlight covers (overlapping highlights split into several marks). */
  const highlightedTexts = (page: Page): Promise<string[]> =>
    editorOf(page)
      .locator('mark.comment-highlight')
      .evaluateAll((marks) => {
        const byComment = new Map<string, string>();
        for (const mark of marks) {
          const id = mark.getAttribute('data-comment-id')!;
          byComment.set(id, (byComment.get(id) ?? '') + mark.textContent);
        }
        return [...byComment.values()];
      });
  const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

  it('shows a reviewer’s comment on selected text to an author live, who disposes of it and replies', async () => {
    const reviewer = await openChapterAs(REVIEWER.email);
    const author = await openChapterAs(AUTHOR.email);
    const body = `Udredningen bør nævne familiens egne iagttagelser (${Date.now().toString(36)}).`;

    // The reviewer writes in suggestion mode; a double click selects the first word to comment on.
    await reviewer.getByText('Du foreslår ændringer').waitFor();
    await editorOf(reviewer)
      .getByText(PARAGRAPH)
      .dblclick({ position: { x: 8, y: 12 } });
    await reviewer.getByRole('group', { name: 'Kommentarer til markeret tekst' }).waitFor();
    await reviewer.getByRole('button', { name: 'Kommentér', exact: true }).click();
    const composer = sidebarOf(reviewer).getByRole('heading', { name: 'Kommentér markeringen' });
    await composer.waitFor();
    await sidebarOf(reviewer).getByText('»Viden«').waitFor();
    const field = sidebarOf(reviewer).getByLabel('Kommentar', { exact: true });
    expect(await isFocused(field)).toBe(true);
    // @ and the start of a name offers the member; choosing writes the full name and mentions them.
    await field.fill(`${body} @Jon`);
    await sidebarOf(reviewer)
      .getByRole('button', { name: `Nævn ${AUTHOR.name}` })
      .click();
    expect(await field.inputValue()).toBe(`${body} @${AUTHOR.name} `);
    await sidebarOf(reviewer).getByRole('button', { name: 'Send kommentar' }).click();
    await threadOf(reviewer, REVIEWER.name, body).waitFor();
    await highlightOf(reviewer, 'Viden').waitFor();

    // Without a reload, the author sees the highlight in the text and the thread in the sidebar.
    await highlightOf(author, 'Viden').waitFor({ timeout: 10_000 });
    const thread = threadOf(author, REVIEWER.name, body);
    await thread.waitFor();
    await thread.getByText('»Viden«').waitFor();
    // The mention reached the author as a notification (the demo data holds one unread already).
    await author.getByRole('link', { name: 'Notifikationer 2 ulæste' }).waitFor();

    // Clicking the highlight makes its thread the current one.
    await highlightOf(author, 'Viden').click();
    expect(await thread.getAttribute('aria-current')).toBe('true');

    // The highlight follows edits: the author writes before the commented word.
    await author.keyboard.press('Home');
    await author.keyboard.type('Meget ');
    // Move the author's caret (shown to others with their name) out of the way.
    await author.keyboard.press('End');
    await editorOf(reviewer)
      .getByText(/^Meget Viden om sjældne/)
      .waitFor({ timeout: 5000 });
    expect((await highlightOf(reviewer, 'Viden').textContent())?.trim()).toBe('Viden');

    // Disposition and a reply, right in the thread.
    await thread.getByLabel(/^Behandling af kommentaren fra/).selectOption({ label: 'Delvist imødekommet' });
    await thread.getByLabel(/^Svar til (DH|Danske Handicaporganisationer)$/).fill('Vi tilføjer et afsnit.');
    await thread.getByRole('button', { name: 'Gem behandling' }).click();
    await thread.getByRole('status').filter({ hasText: 'Behandlingen er gemt.' }).waitFor();
    await thread.getByLabel(`Svar til ${REVIEWER.name}`).fill('Tak, det tager vi med.');
    await thread.getByRole('button', { name: 'Send svar' }).click();
    await thread.getByRole('status').filter({ hasText: 'Svaret er sendt.' }).waitFor();

    // The reviewer sees both live, and a click on the highlight takes them to the thread.
    const own = threadOf(reviewer, REVIEWER.name, body);
    await own.getByText('Behandling: Delvist imødekommet').waitFor({ timeout: 10_000 });
    await own.getByText('Tak, det tager vi med.').waitFor();
    await highlightOf(reviewer, 'Viden').click();
    expect(await isFocused(own)).toBe(true);

    await reviewer.context().close();
    await author.context().close();
  });

  it('lets an author see a changed proposal as a conflict with the current text and reject it with a reason', async () => {
    const reviewer = await openChapterAs(REVIEWER.email);
    const author = await openChapterAs(AUTHOR.email);
    const body = 'Skriv hvem i arbejdsgruppen.';

    await editorOf(reviewer)
      .getByText(/har i kapitlet lagt vægt på/)
      .dblclick({ position: { x: 20, y: 12 } });
    await reviewer.getByRole('button', { name: 'Foreslå ændring' }).click();
    await sidebarOf(reviewer).getByRole('heading', { name: 'Foreslå en ændring' }).waitFor();
    const newText = sidebarOf(reviewer).getByLabel('Ny tekst');
    expect(await newText.inputValue()).toBe('Arbejdsgruppen');
    await newText.fill('Den tværfaglige arbejdsgruppe');
    await sidebarOf(reviewer).getByLabel('Kommentar', { exact: true }).fill(body);
    await sidebarOf(reviewer).getByRole('button', { name: 'Send ændringsforslag' }).click();
    const own = threadOf(reviewer, REVIEWER.name, body);
    await own.getByText('Ændringsforslag: »Den tværfaglige arbejdsgruppe« (afventer)').waitFor();

    // The author changes the proposal's text before deciding: accepting is refused with the text as it is now.
    const thread = threadOf(author, REVIEWER.name, body);
    await thread.waitFor({ timeout: 10_000 });
    // The highlight's element is redrawn when the comment list refreshes; a double click that lands across a
    // redraw selects no word, so it is repeated until the word is the selection.
    await eventually(async () => {
      await highlightOf(author, 'Arbejdsgruppen').dblclick();
      return (await author.evaluate(() => window.getSelection()?.toString())) === 'Arbejdsgruppen';
    }, 'the proposal’s word selected in the author’s editor');
    expect(await thread.getAttribute('aria-current')).toBe('true');
    await author.keyboard.press('ArrowRight');
    await author.keyboard.press('ArrowLeft');
    await author.keyboard.type('X');
    await author.keyboard.press('End');
    await editorOf(author)
      .getByText(/ArbejdsgruppeXn har i kapitlet/)
      .waitFor();
    await thread.getByRole('button', { name: 'Acceptér ændringsforslaget' }).click();
    const conflict = thread.getByRole('alert').filter({ hasText: 'Teksten er ændret siden forslaget' });
    await conflict.waitFor();
    await conflict.getByText('»ArbejdsgruppeXn«').waitFor();
    expect(await editorOf(author).getByText('Den tværfaglige arbejdsgruppe').count()).toBe(0);

    await thread.getByRole('button', { name: 'Afvis ændringsforslaget' }).click();
    await thread.getByRole('button', { name: 'Afvis forslaget' }).click();
    await thread.getByText('Skriv, hvorfor forslaget afvises.').waitFor();
    await thread.getByLabel('Hvorfor afvises forslaget?').fill('Teksten er allerede omskrevet.');
    await thread.getByRole('button', { name: 'Afvis forslaget' }).click();
    await thread.getByRole('status').filter({ hasText: 'Ændringsforslaget er afvist.' }).waitFor();
    await own
      .getByText('Begrundelse for afvisning: Teksten er allerede omskrevet.')
      .waitFor({ timeout: 10_000 });

    // The reviewer edits and then deletes the comment; the author's thread follows and shows it as deleted.
    // (The thread keeps the quote of when it was written.)
    const mine = threadOf(reviewer, REVIEWER.name, '»Arbejdsgruppen«');
    await mine.getByRole('button', { name: 'Redigér din kommentar' }).click();
    await mine.getByLabel('Ret din kommentar').fill('Skriv hvilke myndigheder der er med.');
    await mine.getByRole('button', { name: 'Gem', exact: true }).click();
    await mine.getByRole('status').filter({ hasText: 'Kommentaren er rettet.' }).waitFor();
    const theirs = threadOf(author, REVIEWER.name, '»Arbejdsgruppen«');
    await theirs.getByText('Skriv hvilke myndigheder der er med.').waitFor({ timeout: 10_000 });
    await theirs.getByText(/\(redigeret\)/).waitFor();
    await mine.getByRole('button', { name: 'Slet din kommentar' }).click();
    await mine.getByRole('button', { name: 'Ja, slet' }).click();
    await mine.getByRole('status').filter({ hasText: 'Kommentaren er slettet.' }).waitFor();
    await theirs.getByText('Slettet', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await theirs.getByText('Skriv hvilke myndigheder der er med.').count()).toBe(0);

    await reviewer.context().close();
    await author.context().close();
  });

  it('applies an accepted proposal live in the text', async () => {
    const author = await openChapterAs(AUTHOR.email, 'Overgange fra barn til ung til voksen');
    // The demo data's pending proposal from Danske Handicaporganisationer.
    const thread = sidebarOf(author)
      .getByRole('listitem', { name: `Kommentar fra ${REVIEWER.name}` })
      .filter({ hasText: 'Ordvalget kan misforstås af forældre.' });
    await thread.getByRole('button', { name: 'Acceptér ændringsforslaget' }).click();
    await thread
      .getByRole('status')
      .filter({ hasText: 'Ændringsforslaget er accepteret og indsat i teksten.' })
      .waitFor();
    // The proposal's highlight covers the new words; the author's own comment on the word the proposal kept
    // is still on it.
    await eventually(async () => {
      const texts = await highlightedTexts(author);
      return texts.includes('Overgange (i samarbejde med familien)') && texts.includes('Overgange');
    }, 'the accepted proposal and the comment on its kept word highlighted');
    await author.context().close();
  });

  it('keeps comments on the rest of the paragraph anchored when a proposal in it is accepted', async () => {
    const reviewer = await openChapterAs(REVIEWER.email);
    const author = await openChapterAs(AUTHOR.email);
    const stamp = Date.now().toString(36);

    const select = (page: Page, text: string) => selectText(editorOf(page).getByText(PARAGRAPH), text);
    const commentOn = async (text: string, body: string, proposal?: string) => {
      await select(reviewer, text);
      await reviewer.getByRole('group', { name: 'Kommentarer til markeret tekst' }).waitFor();
      if (proposal) {
        await reviewer.getByRole('button', { name: 'Foreslå ændring' }).click();
        await sidebarOf(reviewer).getByLabel('Ny tekst').fill(proposal);
      } else await reviewer.getByRole('button', { name: 'Kommentér', exact: true }).click();
      await sidebarOf(reviewer).getByLabel('Kommentar', { exact: true }).fill(body);
      await sidebarOf(reviewer)
        .getByRole('button', { name: proposal ? 'Send ændringsforslag' : 'Send kommentar' })
        .click();
      await threadOf(reviewer, REVIEWER.name, body).waitFor();
    };
    await commentOn('Viden', `Om viden ${stamp}`);
    await commentOn('handicap', `Om handicap ${stamp}`);
    await commentOn('sjældne handicap', `Om begge ord ${stamp}`);
    await commentOn('sjældne', `Om sjældne ${stamp}`);
    // The replacement keeps the word: accepting it only inserts the new one.
    await commentOn('sjældne', `Præcisér ${stamp}`, 'meget sjældne');

    const thread = threadOf(author, REVIEWER.name, `Præcisér ${stamp}`);
    await thread.waitFor({ timeout: 10_000 });
    await thread.getByRole('button', { name: 'Acceptér ændringsforslaget' }).click();
    await thread
      .getByRole('status')
      .filter({ hasText: 'Ændringsforslaget er accepteret og indsat i teksten.' })
      .waitFor();
    for (const page of [author, reviewer]) {
      // The threads were fetched again after the accept, with the server's anchors.
      await threadOf(page, REVIEWER.name, `Præcisér ${stamp}`)
        .getByText('Ændringsforslag: »meget sjældne« (accepteret)')
        .waitFor({ timeout: 10_000 });
      await editorOf(page)
        .getByText(/Viden om meget sjældne handicap/)
        .waitFor({ timeout: 10_000 });
      await eventually(async () => {
        const texts = await highlightedTexts(page);
        return ['meget sjældne', 'sjældne', 'sjældne handicap', 'handicap', 'Viden'].every((t) =>
          texts.includes(t),
        );
      }, 'every comment still highlighted on its words');
      for (const body of [
        `Om viden ${stamp}`,
        `Om handicap ${stamp}`,
        `Om begge ord ${stamp}`,
        `Om sjældne ${stamp}`,
      ])
        expect(
          await threadOf(page, REVIEWER.name, body).getByText('Den kommenterede tekst er slettet').count(),
        ).toBe(0);
    }
    await reviewer.context().close();
    await author.context().close();
  });

  it('tells an observer, and a reviewer on a chapter outside the open round, why they cannot comment', async () => {
    const observer = await openChapterAs(OBSERVER);
    await sidebarOf(observer)
      .getByText('Som observatør kan du læse kommentarerne, men ikke kommentere.')
      .waitFor();
    expect(await observer.getByRole('button', { name: 'Kommentér', exact: true }).count()).toBe(0);
    expect(await sidebarOf(observer).getByRole('textbox').count()).toBe(0);
    await observer.context().close();

    const reviewer = await openChapterAs(REVIEWER.email, 'Indledning og formål');
    await sidebarOf(reviewer)
      .getByText('Kapitlet er ikke med i den åbne høringsrunde, så du kan ikke kommentere det.')
      .waitFor();
    expect(await reviewer.getByRole('button', { name: 'Foreslå ændring' }).count()).toBe(0);
    expect(await sidebarOf(reviewer).getByRole('textbox').count()).toBe(0);
    await reviewer.context().close();
  });
});
