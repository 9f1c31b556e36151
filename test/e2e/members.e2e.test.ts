import { ApiClient } from '../support/api';
import { DEMO_PASSWORD, PATHWAY_PROJECT, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';

describe('members in the browser', () => {
  const app = useDemoApp();

  it('lets a coordinator add a person without an account and hands over a one-time invite link', async () => {
    const page = await app.browser.newPage();
    await app.logIn(page, COORDINATOR);

    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    await page.getByRole('heading', { name: 'Om projektet' }).waitFor();
    await page.getByRole('link', { name: 'Administrér medlemmer' }).click();
    await page.getByRole('heading', { name: 'Tilføj medlem' }).waitFor();

    // An email Samskriv does not know: the form asks for the person's name and organisation.
    await page.getByLabel('E-mail').fill('nina.nyholm@example.dk');
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Referencegruppe' });
    await page.getByRole('button', { name: 'Tilføj medlem' }).click();
    const nameField = page.getByLabel('Fulde navn');
    await nameField.waitFor();
    expect(await nameField.evaluate((el) => el === document.activeElement)).toBe(true);

    await nameField.fill('Nina Nyholm');
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Sjældne Diagnoser' });
    await page.getByRole('button', { name: 'Opret bruger og tilføj' }).click();

    const link = page.getByLabel('Invitationslink');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(new RegExp(`^${app.server.url}/invite/[\\w-]{20,}$`));
    await page.getByText('Samskriv har ikke sendt nogen e-mail').waitFor();
    await page.getByRole('button', { name: 'Kopiér link' }).waitFor();

    const table = page.getByRole('table', { name: 'Referencegruppe' });
    const row = table.getByRole('row', { name: /Nina Nyholm/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Sjældne Diagnoser');
    expect(await row.textContent()).toContain('Inviteret');
    expect(await row.getByRole('combobox', { name: 'Rolle for Nina Nyholm' }).inputValue()).toBe('REVIEWER');

    // The project overview lists the new member under the reference group too.
    await page.getByRole('link', { name: PATHWAY_PROJECT }).click();
    const group = page.getByRole('region', { name: /Referencegruppe/ });
    await group.getByText('Nina Nyholm').waitFor();

    await page.context().close();
  });

  it('lets the invited person choose a password from the link and see the project', async () => {
    const coordinator = await new ApiClient(app.server.url).login(COORDINATOR, DEMO_PASSWORD);
    const { myProjects } = await coordinator.ok<{ myProjects: { id: string; title: string }[] }>(
      '{ myProjects { id title } }',
    );
    const project = myProjects.find((p) => PATHWAY_PROJECT.test(p.title))!;
    const { organizations } = await coordinator.ok<{ organizations: { id: string; name: string }[] }>(
      '{ organizations { id name } }',
    );
    const organization = organizations.find((o) => o.name === 'KL')!;
    const { addMember } = await coordinator.ok<{ addMember: { inviteUrl: string } }>(
      `mutation Add($input: AddMemberInput!) { addMember(input: $input) { inviteUrl } }`,
      {
        input: {
          projectId: project.id,
          email: 'ole.olsen@example.dk',
          role: 'AUTHOR',
          name: 'Ole Olsen',
          organizationId: organization.id,
        },
      },
    );

    const page = await app.browser.newPage();
    await page.goto(addMember.inviteUrl);
    await page.getByRole('heading', { name: 'Velkommen, Ole Olsen' }).waitFor();

    // Too short: said in words, nothing sent.
    await page.getByLabel('Vælg adgangskode').fill('kort');
    await page.getByLabel('Gentag adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Gem adgangskode og log ind' }).click();
    await page.getByRole('alert').filter({ hasText: 'mindst 10 tegn' }).waitFor();

    await page.getByLabel('Vælg adgangskode').fill('et-langt-kodeord-2026');
    await page.getByLabel('Gentag adgangskode').fill('et-langt-kodeord-2026');
    await page.getByRole('button', { name: 'Gem adgangskode og log ind' }).click();
    await page.getByRole('heading', { name: 'Mine projekter', level: 1 }).waitFor();
    await page.getByRole('link', { name: PATHWAY_PROJECT }).waitFor();
    await page.getByText('Ole Olsen').waitFor();

    // The link is one-time.
    await page.goto(addMember.inviteUrl);
    await page.getByText('Invitationslinket er allerede brugt').waitFor();
    await page.context().close();
  });
});
