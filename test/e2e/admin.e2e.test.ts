import { useDemoApp } from '../support/demo-app';
import { eventually } from '../support/wait';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';
const ADMIN = 'admin@samskriv.dk';

describe('starting projects and administration in the browser', () => {
  const app = useDemoApp();

  it('lets a coordinator start a project, explains a bad period, and lands on its overview', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);

    await page.getByRole('link', { name: 'Start et projekt' }).click();
    await page.getByRole('heading', { name: 'Start et projekt', level: 1 }).waitFor();
    expect(await page.title()).toBe('Start et projekt – Samskriv');

    await page.getByLabel('Titel').fill('Forløbsbeskrivelse om demens');
    await page.getByLabel('Type').selectOption({ label: 'Specialiseringsniveauer' });
    await page.getByLabel('Periodens start').fill('2027-03-01');
    await page.getByLabel('Periodens slut').fill('2026-12-31');
    await page.getByLabel('Målgruppe').fill('Borgere med demens og deres pårørende');
    await page.getByLabel('Kontaktperson').fill('Mette Kjær');
    await page.getByRole('button', { name: 'Start projektet' }).click();

    // The server refuses an end before the start; the end field says why and nothing was created.
    await page.getByRole('alert').filter({ hasText: 'Periodens slut skal være' }).waitFor();
    const end = page.getByLabel('Periodens slut');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { name: 'Start et projekt', level: 1 }).count()).toBe(1);

    await end.fill('2027-12-31');
    await page.getByRole('button', { name: 'Start projektet' }).click();
    await page.getByRole('heading', { name: 'Forløbsbeskrivelse om demens', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Om projektet' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`^${app.server.url}/projects/[0-9a-f-]{36}$`));
    await page.getByText('Din rolle: Koordinator').waitFor();
    await page.getByText('Borgere med demens og deres pårørende').waitFor();

    // It is on Mine projekter with the coordinator role.
    await page.getByRole('link', { name: 'Mine projekter' }).first().click();
    const row = page.getByRole('row', { name: /Forløbsbeskrivelse om demens/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Koordinator');
    expect(await row.textContent()).toContain('Specialiseringsniveauer');
    await page.context().close();
  });

  it('lets the system admin create an organisation and invite a user into it', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, ADMIN);

    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
    await page.getByRole('row', { name: /Socialstyrelsen/ }).waitFor();

    await page.getByLabel('Navn', { exact: true }).fill('Alzheimerforeningen');
    await page.getByLabel('Forkortelse').fill('ALZ');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Bruger-/interesseorganisation' });
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await page.getByRole('status').filter({ hasText: 'Alzheimerforeningen er oprettet.' }).waitFor();
    const orgRow = page.getByRole('row', { name: /Alzheimerforeningen/ });
    await orgRow.waitFor();
    expect(await orgRow.textContent()).toContain('Bruger-/interesseorganisation');

    // A name that exists is refused on the name field.
    await page.getByLabel('Navn', { exact: true }).fill('KL');
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Der findes allerede en organisation med det navn' })
      .waitFor();

    // Rename.
    await page.getByRole('button', { name: 'Redigér: Alzheimerforeningen' }).click();
    await page.getByRole('heading', { name: 'Redigér Alzheimerforeningen' }).waitFor();
    await page.getByLabel('Navn', { exact: true }).fill('Alzheimerforeningen Danmark');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('row', { name: /Alzheimerforeningen Danmark/ }).waitFor();

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Brugere' })
      .click();
    await page.getByRole('heading', { name: 'Brugere', level: 1 }).waitFor();
    await page.getByRole('row', { name: /Mette Kjær/ }).waitFor();

    await page.getByLabel('Fulde navn').fill('Karen Alstrup');
    await page.getByLabel('E-mail').fill('karen.alstrup@alzheimer.dk');
    await page
      .getByLabel('Organisation', { exact: true })
      .selectOption({ label: 'Alzheimerforeningen Danmark' });
    await page.getByRole('button', { name: 'Opret bruger og invitér' }).click();

    const link = page.getByLabel('Invitationslink');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(new RegExp(`^${app.server.url}/invite/[\\w-]{20,}$`));
    await page.getByText('Karen Alstrup er oprettet og inviteret').waitFor();
    await page.getByRole('button', { name: 'Kopiér link' }).waitFor();

    const userRow = page.getByRole('row', { name: /Karen Alstrup/ });
    await userRow.waitFor();
    expect(await userRow.textContent()).toContain('Inviteret');
    const orgSelect = userRow.getByRole('combobox', { name: 'Organisation for Karen Alstrup' });
    expect(await orgSelect.locator('option:checked').textContent()).toBe('Alzheimerforeningen Danmark');

    // Move her to KL and make her a system admin; each change is announced and stored.
    await orgSelect.selectOption({ label: 'KL' });
    await page.getByRole('status').filter({ hasText: 'Ændringen for Karen Alstrup er gemt.' }).waitFor();
    await userRow.getByRole('checkbox', { name: /^Systemadministrator\W+Karen Alstrup$/ }).check();
    // The row saves at once; wait until the server has it.
    const stored = async () =>
      (
        await app.server.db.query<{ isSystemAdmin: boolean; organization: string }>(
          `SELECT u."isSystemAdmin", o.name AS organization
             FROM app_user u JOIN organization o ON o.id = u."organizationId"
            WHERE u.email = $1`,
          ['karen.alstrup@alzheimer.dk'],
        )
      ).rows[0];
    await eventually(async () => (await stored()).isSystemAdmin, 'the server to store the system admin flag');
    expect(await stored()).toEqual({ isSystemAdmin: true, organization: 'KL' });
    await page.context().close();
  });

  it('tells a person who is not a system admin that administration is not for them', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);
    expect(
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: 'Administration' })
        .count(),
    ).toBe(0);

    await page.goto(`${app.server.url}/admin/users`);
    await page.getByRole('heading', { name: 'Ingen adgang', level: 1 }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'forbeholdt systemadministratorer' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByLabel('Fulde navn').count()).toBe(0);
    await page.context().close();
  });
});
