import { errorCode } from '../support/api';
import {
  buildProvider,
  buildSpecialisationProject,
  countRows,
  validCvr,
  type TestSpecialisationProject,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { collect, started, subscriptionClient } from '../support/ws';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const PROVIDER_FIELDS = 'id projectId name cvr municipality region type offers { id name targetGroupId }';
const CREATE = `mutation($input: ProviderInput!) { createProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const DELETE = 'mutation($id: UUID!) { deleteProvider(id: $id) }';
const CREATE_OFFER = `mutation($input: OfferInput!) { createOffer(input: $input) {
  id name description providerId targetGroupId provider { id } targetGroup { id name } } }`;
const DELETE_OFFER = 'mutation($id: UUID!) { deleteOffer(id: $id) }';
const LIST = `query($projectId: UUID!, $filter: PlacementFilter) { providers(projectId: $projectId, filter: $filter) { name } }`;
const IMPORT_FIELDS =
  'imported rejected createdProviders rows { line status reason field providerName cvr offerName targetGroupName }';
const PREVIEW = `query($projectId: UUID!, $csv: String!) { previewProviderImport(projectId: $projectId, csv: $csv) { ${IMPORT_FIELDS} } }`;
const IMPORT = `mutation($projectId: UUID!, $csv: String!) { importProviders(projectId: $projectId, csv: $csv) { ${IMPORT_FIELDS} } }`;
const EXPORT = 'query($projectId: UUID!) { providersCsv(projectId: $projectId) }';

const HEADER = 'navn;cvr;kommune;region;type;målgruppe;tilbud;beskrivelse';

const providerInput = (project: TestSpecialisationProject, fields: Record<string, unknown> = {}) => ({
  projectId: project.id,
  name: 'Center for Hjerneskade',
  cvr: validCvr(),
  municipality: 'Aarhus',
  region: 'MIDTJYLLAND',
  type: 'MUNICIPAL',
  ...fields,
});

describe('providers', () => {
  it('lets coordinators create, update and delete providers; authors, specialists, reviewers and observers may not', async () => {
    const project = await buildSpecialisationProject(server);
    const input = providerInput(project);
    const specialist = project.groups[0].specialists[0];
    for (const user of [project.author, specialist, project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(CREATE, { input }))).toBe('NOT_FOUND');
    expect(await countRows(server, 'provider')).toBe(0);

    const { createProvider } = await project.coordinator.client.ok(CREATE, { input });
    expect(createProvider).toMatchObject({ name: 'Center for Hjerneskade', cvr: input.cvr, offers: [] });
    const update = {
      ...input,
      projectId: undefined,
      id: createProvider.id,
      name: 'Hjernecenter Øst',
      type: 'REGIONAL',
    };
    delete update.projectId;
    for (const user of [project.author, specialist, project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(UPDATE, { input: update }))).toBe('FORBIDDEN');
    const { updateProvider } = await project.coordinator.client.ok(UPDATE, { input: update });
    expect(updateProvider).toMatchObject({ name: 'Hjernecenter Øst', type: 'REGIONAL' });
    for (const user of [project.author, project.reviewer])
      expect(errorCode(await user.client.gql(DELETE, { id: createProvider.id }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(DELETE, { id: createProvider.id }))).toBe('NOT_FOUND');
    expect((await project.coordinator.client.ok(DELETE, { id: createProvider.id })).deleteProvider).toBe(
      true,
    );

    const audit = await server.db.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE "projectId" = $1 ORDER BY at',
      [project.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'provider.created',
      'provider.updated',
      'provider.deleted',
    ]);
  });

  it('validates the CVR number: 8 digits with the modulus-11 check, whitespace stripped', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const client = project.coordinator.client;
    for (const cvr of ['10150818', '1015081', '1015 081X', '101508170', ''])
      expect(
        (await client.gql(CREATE, { input: providerInput(project, { cvr }) })).errors?.[0].extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'cvr',
      });
    const { createProvider } = await client.ok(CREATE, {
      input: providerInput(project, { cvr: ' 10 15 08 17 ' }),
    });
    expect(createProvider.cvr).toBe('10150817');
    expect(await countRows(server, 'provider')).toBeGreaterThanOrEqual(1);
  });

  it('answers CONFLICT on a CVR number already in the project, on create and on update', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const client = project.coordinator.client;
    const cvr = validCvr();
    await client.ok(CREATE, { input: providerInput(project, { cvr }) });
    const again = await client.gql(CREATE, { input: providerInput(project, { cvr, name: 'Andet navn' }) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'cvr' });
    const { createProvider: other } = await client.ok(CREATE, { input: providerInput(project) });
    const { projectId: _p, ...rest } = providerInput(project, { cvr });
    expect(errorCode(await client.gql(UPDATE, { input: { ...rest, id: other.id } }))).toBe('CONFLICT');
    // The same CVR number in another project is fine.
    const second = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    await second.coordinator.client.ok(CREATE, { input: providerInput(second, { cvr }) });
  });

  it('refuses bad input with the field: names, municipality, lengths', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const client = project.coordinator.client;
    const bad = async (fields: Record<string, unknown>) =>
      (await client.gql(CREATE, { input: providerInput(project, fields) })).errors?.[0].extensions?.code;
    expect(await bad({ name: '' })).toBe('BAD_USER_INPUT');
    expect(await bad({ name: '   ' })).toBe('BAD_USER_INPUT');
    expect(await bad({ name: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await bad({ municipality: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
    expect(await bad({ region: 'BORNHOLM' })).toBe('BAD_USER_INPUT');
  });

  it('lists providers alphabetically for every member, filtered by region, type and target group', async () => {
    const project = await buildSpecialisationProject(server);
    const [brain, autism] = project.groups;
    await buildProvider(server, project.id, {
      name: 'Østerhøj',
      cvr: validCvr(),
      region: 'HOVEDSTADEN',
      type: 'PRIVATE',
      offers: [{ targetGroupId: brain.id }],
    });
    await buildProvider(server, project.id, {
      name: 'Åbo',
      cvr: validCvr(),
      region: 'SYDDANMARK',
      offers: [{ targetGroupId: autism.id }],
    });
    await buildProvider(server, project.id, { name: 'Birkely', cvr: validCvr(), region: 'HOVEDSTADEN' });
    const names = async (filter?: Record<string, unknown>) =>
      (await project.observer.client.ok(LIST, { projectId: project.id, filter })).providers.map(
        (p: { name: string }) => p.name,
      );
    expect(await names()).toEqual(['Birkely', 'Østerhøj', 'Åbo']);
    expect(await names({ region: 'HOVEDSTADEN' })).toEqual(['Birkely', 'Østerhøj']);
    expect(await names({ providerType: 'PRIVATE' })).toEqual(['Østerhøj']);
    expect(await names({ targetGroupId: autism.id })).toEqual(['Åbo']);
    expect(errorCode(await project.outsider.client.gql(LIST, { projectId: project.id }))).toBe('NOT_FOUND');
  });
});

describe('offers', () => {
  it('lets coordinators add offers per target group, unique by name per provider and group', async () => {
    const project = await buildSpecialisationProject(server);
    const [brain, autism] = project.groups;
    const provider = await buildProvider(server, project.id, { cvr: validCvr() });
    const input = {
      providerId: provider.id,
      targetGroupId: brain.id,
      name: 'Botilbud Kastanjen',
      description: 'Døgntilbud',
    };
    for (const user of [project.author, brain.specialists[0], project.reviewer, project.observer])
      expect(errorCode(await user.client.gql(CREATE_OFFER, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await project.outsider.client.gql(CREATE_OFFER, { input }))).toBe('NOT_FOUND');
    const { createOffer } = await project.coordinator.client.ok(CREATE_OFFER, { input });
    expect(createOffer).toMatchObject({ name: 'Botilbud Kastanjen', targetGroup: { id: brain.id } });
    const duplicate = await project.coordinator.client.gql(CREATE_OFFER, {
      input: { ...input, name: 'botilbud kastanjen' },
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    // The same name for another target group is another offer.
    await project.coordinator.client.ok(CREATE_OFFER, { input: { ...input, targetGroupId: autism.id } });
    // A target group of another project is not this project's.
    const other = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const foreign = await project.coordinator.client.gql(CREATE_OFFER, {
      input: { ...input, targetGroupId: other.groups[0].id },
    });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetGroupId' });
    expect(errorCode(await project.reviewer.client.gql(DELETE_OFFER, { id: createOffer.id }))).toBe(
      'FORBIDDEN',
    );
    expect((await project.coordinator.client.ok(DELETE_OFFER, { id: createOffer.id })).deleteOffer).toBe(
      true,
    );
  });
});

describe('CSV import', () => {
  it('previews and imports a file with good and bad rows, with the exact result per row', async () => {
    const project = await buildSpecialisationProject(server);
    const existingCvr = validCvr();
    await buildProvider(server, project.id, {
      name: 'Eksisterende Center',
      cvr: existingCvr,
      offers: [{ targetGroupId: project.groups[0].id, name: 'Dagtilbud' }],
    });
    const [a, b] = [validCvr(), validCvr()];
    const csv = [
      '\uFEFF' + HEADER,
      `Botilbuddet Lyngen;${a};Odense;Syddanmark;selvejende;Autisme;Bofællesskab;"Døgn; 12 pladser"`,
      `Botilbuddet Lyngen;${a};Odense;Syddanmark;selvejende;erhvervet hjerneskade;Rehabilitering;`,
      `Forkert CVR;10150818;Odense;Syddanmark;privat;Autisme;Tilbud;`,
      `Ukendt region;${b};Rønne;Bornholm;privat;Autisme;Tilbud;`,
      `Ukendt type;${b};Aalborg;Nordjylland;statslig;Autisme;Tilbud;`,
      `Ukendt målgruppe;${b};Aalborg;Nordjylland;privat;Demens;Tilbud;`,
      `Mangler kommune;${b};;Nordjylland;privat;Autisme;Tilbud;`,
      `Andet navn;${a};Odense;Syddanmark;selvejende;Autisme;Aflastning;`,
      `Eksisterende Center;${existingCvr};Aarhus;Midtjylland;kommunal;Erhvervet hjerneskade;Dagtilbud;`,
      `eksisterende center;${existingCvr};Aarhus;Midtjylland;kommunal;Autisme;Nyt tilbud;`,
      `Botilbuddet Lyngen;${a};Odense;Syddanmark;selvejende;Autisme;bofællesskab;`,
    ].join('\r\n');
    const expected = [
      {
        line: 2,
        status: 'OK',
        reason: null,
        field: null,
        providerName: 'Botilbuddet Lyngen',
        cvr: a,
        offerName: 'Bofællesskab',
        targetGroupName: 'Autisme',
      },
      { line: 3, status: 'OK', reason: null, field: null, targetGroupName: 'Erhvervet hjerneskade' },
      { line: 4, status: 'REJECTED', reason: 'INVALID_CVR', field: 'cvr', cvr: '10150818' },
      { line: 5, status: 'REJECTED', reason: 'UNKNOWN_REGION', field: 'region' },
      { line: 6, status: 'REJECTED', reason: 'UNKNOWN_TYPE', field: 'type' },
      { line: 7, status: 'REJECTED', reason: 'UNKNOWN_TARGET_GROUP', field: 'målgruppe' },
      { line: 8, status: 'REJECTED', reason: 'MISSING_FIELD', field: 'kommune' },
      { line: 9, status: 'REJECTED', reason: 'CVR_NAME_MISMATCH', field: 'navn' },
      { line: 10, status: 'REJECTED', reason: 'DUPLICATE_OFFER', field: 'tilbud' },
      { line: 11, status: 'OK', reason: null, field: null },
      { line: 12, status: 'REJECTED', reason: 'DUPLICATE_OFFER', field: 'tilbud' },
    ];
    const providersBefore = await countRows(server, 'provider');
    const offersBefore = await countRows(server, 'offer');
    for (const user of [
      project.author,
      project.groups[0].specialists[0],
      project.reviewer,
      project.observer,
    ]) {
      expect(errorCode(await user.client.gql(PREVIEW, { projectId: project.id, csv }))).toBe('FORBIDDEN');
      expect(errorCode(await user.client.gql(IMPORT, { projectId: project.id, csv }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await project.outsider.client.gql(IMPORT, { projectId: project.id, csv }))).toBe(
      'NOT_FOUND',
    );

    const { previewProviderImport: preview } = await project.coordinator.client.ok(PREVIEW, {
      projectId: project.id,
      csv,
    });
    expect(preview.rows).toHaveLength(expected.length);
    expected.forEach((row, i) => expect(preview.rows[i]).toMatchObject(row));
    expect(preview).toMatchObject({ imported: 0, rejected: 8, createdProviders: 1 });
    expect(await countRows(server, 'provider')).toBe(providersBefore);
    expect(await countRows(server, 'offer')).toBe(offersBefore);

    const { importProviders: result } = await project.coordinator.client.ok(IMPORT, {
      projectId: project.id,
      csv,
    });
    expected.forEach((row, i) => expect(result.rows[i]).toMatchObject(row));
    expect(result).toMatchObject({ imported: 3, rejected: 8, createdProviders: 1 });
    expect(await countRows(server, 'provider')).toBe(providersBefore + 1);
    expect(await countRows(server, 'offer')).toBe(offersBefore + 3);
    const lyngen = await server.db.query(
      `SELECT p.region, p.type, o.name, o.description FROM provider p JOIN offer o ON o."providerId" = p.id
        WHERE p.cvr = $1 AND p."projectId" = $2 ORDER BY o.name`,
      [a, project.id],
    );
    expect(lyngen.rows).toEqual([
      { region: 'SYDDANMARK', type: 'SELF_OWNING', name: 'Bofællesskab', description: 'Døgn; 12 pladser' },
      { region: 'SYDDANMARK', type: 'SELF_OWNING', name: 'Rehabilitering', description: '' },
    ]);
    const audit = await server.db.query<{ details: Record<string, number> }>(
      `SELECT details FROM audit_event WHERE "projectId" = $1 AND action = 'providers.imported'`,
      [project.id],
    );
    expect(audit.rows).toEqual([
      { details: expect.objectContaining({ imported: 3, rejected: 8, createdProviders: 1 }) },
    ]);
  });

  it('accepts a comma-separated file with quoted fields and the enum names', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const cvr = validCvr();
    const csv = `NAVN,CVR,Kommune,Region,Type,Målgruppe,Tilbud\n"Center ""Solgården"", Vest",${cvr},Herning,MIDTJYLLAND,PRIVATE,autisme,"Bo, og dagtilbud"\n`;
    const { importProviders } = await project.coordinator.client.ok(IMPORT, { projectId: project.id, csv });
    expect(importProviders.rows).toEqual([
      {
        line: 2,
        status: 'OK',
        reason: null,
        field: null,
        providerName: 'Center "Solgården", Vest',
        cvr,
        offerName: 'Bo, og dagtilbud',
        targetGroupName: 'Autisme',
      },
    ]);
  });

  it('refuses a malformed file as a whole and writes nothing', async () => {
    const project = await buildSpecialisationProject(server);
    const cvr = validCvr();
    const good = `Godt Center;${cvr};Vejle;Syddanmark;privat;Autisme;Tilbud`;
    const before = {
      providers: await countRows(server, 'provider'),
      audit: await countRows(server, 'audit_event'),
    };
    const cases: [string, string][] = [
      ['', 'EMPTY'],
      ['\uFEFF  \r\n', 'EMPTY'],
      [`navn;cvr;kommune;region;type;tilbud\n${good}`, 'MISSING_COLUMN'],
      [`${HEADER}\n${good}\n"Uafsluttet;${cvr};Vejle;Syddanmark;privat;Autisme;Tilbud`, 'UNPARSEABLE'],
      [`${HEADER}\n${good}\nBad"quote;${cvr};Vejle;Syddanmark;privat;Autisme;Tilbud`, 'UNPARSEABLE'],
      [
        `${HEADER}\n${Array.from({ length: 5001 }, (_, i) => `C${i};${cvr};V;Syddanmark;privat;Autisme;T${i}`).join('\n')}`,
        'TOO_MANY_ROWS',
      ],
      [`${HEADER}\n${good};${'x'.repeat(2 * 1024 * 1024)}`, 'TOO_LARGE'],
    ];
    for (const [csv, reason] of cases) {
      for (const operation of [PREVIEW, IMPORT]) {
        const result = await project.coordinator.client.gql(operation, { projectId: project.id, csv });
        expect(result.status).toBeLessThan(500);
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', reason });
      }
    }
    expect(await countRows(server, 'provider')).toBe(before.providers);
    expect(await countRows(server, 'audit_event')).toBe(before.audit);
  });

  it('exports the import’s columns with formulas neutralised, and the export round-trips through the preview', async () => {
    const project = await buildSpecialisationProject(server);
    const [brain, autism] = project.groups;
    const cvr = validCvr();
    const client = project.coordinator.client;
    const { createProvider } = await client.ok(CREATE, {
      input: providerInput(project, {
        name: '=HYPERLINK("http://x")',
        cvr,
        region: 'SJAELLAND',
        type: 'SELF_OWNING',
      }),
    });
    await client.ok(CREATE_OFFER, {
      input: {
        providerId: createProvider.id,
        targetGroupId: autism.id,
        name: 'Bo; og "aflastning"',
        description: '+45 linjer\nto',
      },
    });
    await client.ok(CREATE_OFFER, {
      input: { providerId: createProvider.id, targetGroupId: brain.id, name: 'Rehabilitering' },
    });
    const plainCvr = validCvr();
    await buildProvider(server, project.id, {
      name: 'Uden tilbud',
      cvr: plainCvr,
      municipality: 'Roskilde',
      region: 'SJAELLAND',
      type: 'REGIONAL',
    });

    const { providersCsv } = await project.observer.client.ok(EXPORT, { projectId: project.id });
    expect(providersCsv.split('\r\n')).toEqual([
      HEADER,
      `"'=HYPERLINK(""http://x"")";${cvr};Aarhus;Sjælland;selvejende;Autisme;"Bo; og ""aflastning""";"'+45 linjer\nto"`,
      `"'=HYPERLINK(""http://x"")";${cvr};Aarhus;Sjælland;selvejende;Erhvervet hjerneskade;Rehabilitering;`,
      `Uden tilbud;${plainCvr};Roskilde;Sjælland;regional;;;`,
      '',
    ]);
    expect(errorCode(await project.outsider.client.gql(EXPORT, { projectId: project.id }))).toBe('NOT_FOUND');

    // Into another project with the same target groups: every row would be imported as it was.
    const target = await buildSpecialisationProject(server, { specialists: 0 });
    const { previewProviderImport } = await target.coordinator.client.ok(PREVIEW, {
      projectId: target.id,
      csv: providersCsv,
    });
    expect(previewProviderImport).toMatchObject({ rejected: 0, createdProviders: 2 });
    expect(previewProviderImport.rows).toEqual([
      expect.objectContaining({
        line: 2,
        status: 'OK',
        providerName: '=HYPERLINK("http://x")',
        cvr,
        offerName: 'Bo; og "aflastning"',
        targetGroupName: 'Autisme',
      }),
      expect.objectContaining({
        line: 4,
        status: 'OK',
        cvr,
        offerName: 'Rehabilitering',
        targetGroupName: 'Erhvervet hjerneskade',
      }),
      expect.objectContaining({ line: 5, status: 'OK', providerName: 'Uden tilbud', offerName: null }),
    ]);
    // Imported there, the other project exports the same file.
    await target.coordinator.client.ok(IMPORT, { projectId: target.id, csv: providersCsv });
    expect((await target.coordinator.client.ok(EXPORT, { projectId: target.id })).providersCsv).toBe(
      providersCsv,
    );
    // Into the same project: everything is there already.
    const { previewProviderImport: same } = await client.ok(PREVIEW, {
      projectId: project.id,
      csv: providersCsv,
    });
    expect(same.rows.map((r: { reason: string }) => r.reason)).toEqual([
      'DUPLICATE_OFFER',
      'DUPLICATE_OFFER',
      'DUPLICATE_PROVIDER',
    ]);
  });
});

describe('live events', () => {
  const EVENTS =
    'subscription($projectId: UUID!) { specialisationEvents(projectId: $projectId) { type projectId targetGroupId offerId } }';

  it('publishes PROVIDERS_CHANGED to members, not to a member removed meanwhile, and refuses outsiders', async () => {
    const project = await buildSpecialisationProject(server, { groups: ['Autisme'], specialists: 0 });
    const observer = subscriptionClient(server.url, project.observer.client.cookie);
    const removed = subscriptionClient(server.url, project.reviewer.client.cookie);
    const outsider = subscriptionClient(server.url, project.outsider.client.cookie);
    try {
      const seen = collect(observer, EVENTS, { projectId: project.id });
      const gone = collect(removed, EVENTS, { projectId: project.id });
      const refused = collect(outsider, EVENTS, { projectId: project.id });
      expect((await refused.waitFor(1))[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
      await started(server, seen, gone);
      await server.db.query('DELETE FROM membership WHERE id = $1', [project.membershipIds.reviewer]);
      await project.coordinator.client.ok(CREATE, { input: providerInput(project) });
      const [first] = await seen.waitFor(1);
      expect(first.data.specialisationEvents).toEqual({
        type: 'PROVIDERS_CHANGED',
        projectId: project.id,
        targetGroupId: null,
        offerId: null,
      });
      // The event went to both streams at once: by the time the member has it, the other stream judged it.
      expect(gone.received).toHaveLength(0);
    } finally {
      await Promise.all([observer.dispose(), removed.dispose(), outsider.dispose()]);
    }
  });
});
