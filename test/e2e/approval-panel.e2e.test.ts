import type { Page } from 'playwright-core';
import { PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';
import { eventually } from '../support/wait';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const SST_APPROVER = 'jonas.bech@sst.dk';
const DR_APPROVER = 'sara.friis@regioner.dk';

describe('approval panel, versions and notifications in the browser', () => {
  const app = useDemoApp();

  async function openChapter(page: Page, title: string) {
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('link', { name: title }).click();
    const panel = page.getByRole('region', { name: 'Godkendelse' });
    await panel.waitFor();
    return panel;
  }

  it('asks an approver why changes are needed and records the request', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, DR_APPROVER);
    const panel = await openChapter(page, 'Principper for et sammenhængende forløb');
    const row = panel.getByRole('row', { name: /Danske Regioner/ });
    await row.getByText('Ingen afgørelse endnu').waitFor();

    await panel.getByRole('button', { name: 'Anmod om ændringer' }).click();
    const reason = panel.getByLabel('Hvad skal ændres?');
    await reason.waitFor();
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.getByRole('button', { name: 'Send anmodning' }).click();
    await panel.getByText('Skriv, hvad der skal ændres.').waitFor();

    await reason.fill('Afsnittet skal nævne regionernes rolle i udredningen.');
    await panel.getByRole('button', { name: 'Send anmodning' }).click();
    await panel.getByRole('status').filter({ hasText: 'Din anmodning om ændringer er sendt.' }).waitFor();
    await row.getByText(/Ændringer ønsket af Sara Friis/).waitFor();
    await row.getByText('Begrundelse: Afsnittet skal nævne regionernes rolle i udredningen.').waitFor();
    await page.context().close();
  });

  it('stops offering approval once given, and withdraws its confirmation live when the approval goes stale', async () => {
    const approver = await app.browser.newPage();
    await app.logIn(approver, 'peter.lund@uvm.dk');
    const chapter = 'Koordinering på tværs af sektorer og fagligheder';
    const panel = await openChapter(approver, chapter);
    const row = panel.getByRole('row', { name: /Undervisningsministeriet/ });
    // Before deciding: who may approve for each organisation that has not.
    await row.getByText('Kan godkende: Peter Lund').waitFor();
    await panel.getByRole('button', { name: 'Godkend for UVM' }).click();
    await panel.getByRole('status').filter({ hasText: 'Du har godkendt kapitlet for UVM.' }).waitFor();
    await row.getByText(/Godkendt af Peter Lund/).waitFor();
    await panel.getByText('Undervisningsministeriet har godkendt den aktuelle tekst.').waitFor();
    expect(await panel.getByRole('button', { name: 'Godkend for UVM' }).count()).toBe(0);

    // A colleague edits the text: the approval goes stale in the approver's open page.
    const author = await app.browser.newPage();
    await app.logIn(author, 'camilla.holm@kl.dk');
    await openChapter(author, chapter);
    const editor = author.getByRole('textbox', { name: 'Kapiteltekst' });
    await editor.click();
    await author.keyboard.press('Control+End');
    await author.keyboard.type(' Tilføjet efter godkendelsen.');

    await row.getByText(/forældet, fordi teksten er ændret/).waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: 'Godkend for UVM' }).waitFor();
    expect(await panel.getByText('Du har godkendt kapitlet for UVM.').count()).toBe(0);
    expect(await panel.getByText('Undervisningsministeriet har godkendt den aktuelle tekst.').count()).toBe(
      0,
    );
    await author.context().close();
    await approver.context().close();
  });

  it('counts a new notification live when a chapter is submitted, and marks it read', async () => {
    // The bell counts live from its notificationAdded subscription; a submission before the server has
    // started that subscription would never reach it (the flake this test had), so wait until it has.
    const bellSubscriptions = () => app.server.output().split('"operation":"NotificationAdded"').length - 1;
    const before = bellSubscriptions();
    const approver = await app.browser.newPage();
    await app.logIn(approver, SST_APPROVER);
    // The demo data holds one unread notification for him: his approval went stale.
    const bell = approver.getByRole('link', { name: /^Notifikationer / });
    await approver.getByRole('link', { name: 'Notifikationer 1 ulæst' }).waitFor();
    await eventually(() => bellSubscriptions() > before, 'the bell’s subscription to start');

    const coordinator = await app.browser.newPage();
    await app.logIn(coordinator, COORDINATOR);
    const panel = await openChapter(coordinator, 'Indsatser i dagtilbud og skole');
    await panel.getByRole('button', { name: 'Indsend til godkendelse' }).click();
    await panel.getByRole('status').filter({ hasText: 'Kapitlet er indsendt til godkendelse.' }).waitFor();

    // The approver's unread count goes up without a reload.
    await approver.getByRole('link', { name: 'Notifikationer 2 ulæste' }).waitFor();
    await bell.click();
    await approver.getByRole('heading', { name: 'Notifikationer', level: 1 }).waitFor();
    const item = approver.getByRole('listitem').filter({ hasText: 'Indsatser i dagtilbud og skole' });
    await item.getByText('Ulæst').waitFor();
    await item.getByRole('button', { name: /^Markér som læst/ }).click();
    await approver.getByRole('status').filter({ hasText: 'Notifikationen er markeret som læst.' }).waitFor();
    expect(await item.getByText('Ulæst').count()).toBe(0);
    await approver.context().close();
    await coordinator.context().close();
  });

  it('takes a named version and compares it with the current text', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    await openChapter(page, 'Opfølgning og evaluering');
    await page.getByRole('link', { name: 'Versionshistorik' }).click();
    await page.getByRole('heading', { name: /Versionshistorik/, level: 1 }).waitFor();
    await page.getByLabel('Versionens navn').fill('Version til styregruppemøde');
    await page.getByRole('button', { name: 'Gem version' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Versionen »Version til styregruppemøde« er gemt.' })
      .waitFor();
    await page.getByRole('rowheader', { name: 'Version til styregruppemøde' }).waitFor();

    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await page
      .getByRole('heading', { name: 'Fra »Version til styregruppemøde« til »Den nuværende tekst«' })
      .waitFor();
    await page.getByText('Der er ingen forskel på teksterne.').waitFor();
    await page.context().close();
  });
});
