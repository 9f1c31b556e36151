import { errorCode } from '../support/api';
import { buildProvider, buildSpecialisationProject, validCvr, type TestUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { CONFIRM, REVISIT, SETTLE, submitOk } from '../support/specialisation-factories';

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const OVERVIEW = `query($projectId: UUID!, $filter: PlacementFilter) { placementOverview(projectId: $projectId, filter: $filter) {
  targetGroups { id name } unplaced counts { targetGroupId level count }
  rows { provider { id name } cells { targetGroupId offerId offerName status level } } } }`;
const CSV = `query($projectId: UUID!, $filter: PlacementFilter) { placementOverviewCsv(projectId: $projectId, filter: $filter) }`;
const REPORT = `query($projectId: UUID!) { evaluationReport(projectId: $projectId) {
  generatedAt totalOffers totalAssessed totalPlaced totalPairs totalAgreements agreementRate openDisagreements html
  notes { id body author { id } createdAt }
  targetGroups { targetGroup { id name } offers assessed placed placedPerLevel pairs agreements agreementRate openDisagreements } } }`;
const CAN_EVALUATE = 'query($id: UUID!) { project(id: $id) { viewerCan { evaluate } } }';
const NOTES = 'query($projectId: UUID!) { evaluationNotes(projectId: $projectId) { id body author { id } } }';
const ADD_NOTE = `mutation($projectId: UUID!, $body: String!) { addEvaluationNote(projectId: $projectId, body: $body) { id body projectId author { id } } }`;

/**
 * A known set. Target groups A, B, C (C without offers); providers (created out of order):
 *   Bakkehuset  HOVEDSTADEN MUNICIPAL   A1 agreed on 2, placed · B1 disagreed 1/2 (open)
 *   Cedergården MIDTJYLLAND PRIVATE     A2 disagreed 1/3, settled on 3, placed · A3 awaiting, one in
 *   Dalen       MIDTJYLLAND MUNICIPAL   B2 agreed on 1, placed; revisited, agreed on 2, not confirmed
 *   Egely; Nord SYDDANMARK SELF_OWNING  no offers; municipality "@SUM(A1)" (a formula in a CSV)
 */
async function knownSet() {
  const project = await buildSpecialisationProject(server, {
    groups: ['A-gruppen', 'B-gruppen', 'C-gruppen'],
  });
  const [A, B, C] = project.groups;
  const coordinator = project.coordinator;
  const egely = await buildProvider(server, project.id, {
    name: 'Egely; Nord',
    cvr: validCvr(),
    municipality: '@SUM(A1)',
    region: 'SYDDANMARK',
    type: 'SELF_OWNING',
  });
  const dalen = await buildProvider(server, project.id, {
    name: 'Dalen',
    cvr: validCvr(),
    region: 'MIDTJYLLAND',
    type: 'MUNICIPAL',
    offers: [{ targetGroupId: B.id, name: 'B2' }],
  });
  const cedergaarden = await buildProvider(server, project.id, {
    name: 'Cedergården',
    cvr: validCvr(),
    region: 'MIDTJYLLAND',
    type: 'PRIVATE',
    offers: [
      { targetGroupId: A.id, name: 'A3' },
      { targetGroupId: A.id, name: 'A2' },
    ],
  });
  const bakkehuset = await buildProvider(server, project.id, {
    name: 'Bakkehuset',
    cvr: validCvr(),
    region: 'HOVEDSTADEN',
    type: 'MUNICIPAL',
    offers: [
      { targetGroupId: A.id, name: 'A1' },
      { targetGroupId: B.id, name: 'B1' },
    ],
  });
  const [A1, B1] = bakkehuset.offerIds;
  const [A3, A2] = cedergaarden.offerIds;
  const [B2] = dalen.offerIds;
  const pair = async (specialists: TestUser[], offerId: string, levels: [number, number]) => {
    const kase = await submitOk(specialists[0], offerId, levels[0]);
    await submitOk(specialists[1], offerId, levels[1]);
    return kase.id;
  };
  const confirm = (caseId: string) => coordinator.client.ok(CONFIRM, { input: { caseId } });

  await confirm(await pair(A.specialists, A1, [2, 2]));
  await pair(B.specialists, B1, [1, 2]);
  const a2 = await pair(A.specialists, A2, [1, 3]);
  await coordinator.client.ok(SETTLE, {
    input: { caseId: a2, level: 3, rationale: 'Niveau 3 efter drøftelse' },
  });
  await confirm(a2);
  await submitOk(A.specialists[0], A3, 1);
  await confirm(await pair(B.specialists, B2, [1, 1]));
  await coordinator.client.ok(REVISIT, { input: { offerId: B2, reason: 'Ny viden' } });
  await pair(B.specialists, B2, [2, 2]);
  return {
    project,
    A,
    B,
    C,
    offers: { A1, A2, A3, B1, B2 },
    providers: { bakkehuset, cedergaarden, dalen, egely },
  };
}

let set: Awaited<ReturnType<typeof knownSet>>;
beforeAll(async () => (set = await knownSet()));

const counts = (
  overview: { counts: { targetGroupId: string; level: number; count: number }[] },
  groupId: string,
) => overview.counts.filter((c) => c.targetGroupId === groupId).map((c) => [c.level, c.count]);

describe('the placement overview', () => {
  it('shows every provider alphabetically with its offers’ status and placement in force, counts with zeros', async () => {
    const { project, A, B, C, offers } = set;
    const { placementOverview: o } = await project.reviewer.client.ok(OVERVIEW, { projectId: project.id });
    expect(o.targetGroups.map((g: { id: string }) => g.id)).toEqual([A.id, B.id, C.id]);
    expect(o.rows.map((r: { provider: { name: string } }) => r.provider.name)).toEqual([
      'Bakkehuset',
      'Cedergården',
      'Dalen',
      'Egely; Nord',
    ]);
    expect(o.rows.map((r: { cells: unknown[] }) => r.cells)).toEqual([
      [
        { targetGroupId: A.id, offerId: offers.A1, offerName: 'A1', status: 'PLACED', level: 2 },
        { targetGroupId: B.id, offerId: offers.B1, offerName: 'B1', status: 'DISAGREED', level: null },
      ],
      [
        { targetGroupId: A.id, offerId: offers.A2, offerName: 'A2', status: 'PLACED', level: 3 },
        {
          targetGroupId: A.id,
          offerId: offers.A3,
          offerName: 'A3',
          status: 'AWAITING_ASSESSMENTS',
          level: null,
        },
      ],
      // Revisit under way: the newest case is AGREED, the old placement (1) still in force.
      [{ targetGroupId: B.id, offerId: offers.B2, offerName: 'B2', status: 'AGREED', level: 1 }],
      [],
    ]);
    expect(counts(o, A.id)).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
    expect(counts(o, B.id)).toEqual([
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
    expect(counts(o, C.id)).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(o.unplaced).toBe(2);
  });

  it('filters by region, provider type and target group', async () => {
    const { project, A, B } = set;
    const overview = async (filter: Record<string, string>) =>
      (await project.observer.client.ok(OVERVIEW, { projectId: project.id, filter })).placementOverview;
    const names = (o: { rows: { provider: { name: string } }[] }) => o.rows.map((r) => r.provider.name);

    const midt = await overview({ region: 'MIDTJYLLAND' });
    expect(names(midt)).toEqual(['Cedergården', 'Dalen']);
    expect(counts(midt, A.id)).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
    expect(counts(midt, B.id)).toEqual([
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
    expect(midt.unplaced).toBe(1);

    const municipal = await overview({ providerType: 'MUNICIPAL' });
    expect(names(municipal)).toEqual(['Bakkehuset', 'Dalen']);
    expect(counts(municipal, A.id)).toEqual([
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
    expect(municipal.unplaced).toBe(1);

    const groupB = await overview({ targetGroupId: B.id });
    expect(groupB.targetGroups.map((g: { id: string }) => g.id)).toEqual([B.id]);
    expect(names(groupB)).toEqual(['Bakkehuset', 'Dalen']);
    expect(groupB.rows[0].cells.map((c: { offerName: string }) => c.offerName)).toEqual(['B1']);
    expect(groupB.counts).toHaveLength(3);
    expect(groupB.unplaced).toBe(1);

    const none = await overview({ region: 'NORDJYLLAND' });
    expect(none).toMatchObject({ rows: [], unplaced: 0 });
    expect(none.counts).toHaveLength(9);
  });

  it('exports the overview as CSV with formulas neutralised; members only', async () => {
    const { project } = set;
    const { placementOverviewCsv: csv } = await project.reviewer.client.ok(CSV, { projectId: project.id });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('navn;cvr;kommune;region;type;målgruppe;tilbud;status;niveau');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^Bakkehuset;\d{8};Aarhus;Hovedstaden;kommunal;A-gruppen;A1;indplaceret;2$/);
    expect(lines[4]).toMatch(/;A-gruppen;A3;afventer vurderinger;$/);
    expect(lines[5]).toMatch(/^Dalen;.*;B-gruppen;B2;enige;1$/);
    expect(lines[6]).toMatch(/^"Egely; Nord";\d{8};'@SUM\(A1\);Syddanmark;selvejende;;;;$/);
    const filtered = await project.reviewer.client.ok(CSV, {
      projectId: project.id,
      filter: { region: 'SYDDANMARK' },
    });
    expect(filtered.placementOverviewCsv.trimEnd().split('\r\n')).toHaveLength(2);
    expect(errorCode(await project.outsider.client.gql(CSV, { projectId: project.id }))).toBe('NOT_FOUND');
    expect(errorCode(await project.outsider.client.gql(OVERVIEW, { projectId: project.id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('the evaluation report', () => {
  it('computes offers, placements and the agreement rate per target group and in total', async () => {
    const { project, A, B, C } = set;
    const { evaluationReport: r } = await project.author.client.ok(REPORT, { projectId: project.id });
    const group = (id: string) =>
      r.targetGroups.find((g: { targetGroup: { id: string } }) => g.targetGroup.id === id);
    expect(r.targetGroups.map((g: { targetGroup: { id: string } }) => g.targetGroup.id)).toEqual([
      A.id,
      B.id,
      C.id,
    ]);
    expect(group(A.id)).toMatchObject({
      offers: 3,
      assessed: 2,
      placed: 2,
      placedPerLevel: [0, 1, 1],
      pairs: 2,
      agreements: 1,
      agreementRate: 0.5,
      openDisagreements: 0,
    });
    expect(group(B.id)).toMatchObject({
      offers: 2,
      assessed: 2,
      placed: 1,
      placedPerLevel: [1, 0, 0],
      pairs: 3,
      agreements: 2,
      openDisagreements: 1,
    });
    expect(group(B.id).agreementRate).toBeCloseTo(2 / 3, 10);
    expect(group(C.id)).toMatchObject({
      offers: 0,
      pairs: 0,
      agreementRate: null,
      placedPerLevel: [0, 0, 0],
    });
    expect(r).toMatchObject({
      totalOffers: 5,
      totalAssessed: 4,
      totalPlaced: 3,
      totalPairs: 5,
      totalAgreements: 3,
      agreementRate: 0.6,
      openDisagreements: 1,
    });
    expect(r.html).toContain('60 %');
    expect(r.html).toContain('66,7 %');
  });

  it('takes notes from coordinators and authors, newest first, escaped in the report', async () => {
    const { project } = set;
    const first = await project.coordinator.client.ok(ADD_NOTE, {
      projectId: project.id,
      body: 'Specialistgrupperne fandt niveau 2 og 3 svære at skelne.',
    });
    expect(first.addEvaluationNote).toMatchObject({
      projectId: project.id,
      author: { id: project.coordinator.id },
    });
    await project.author.client.ok(ADD_NOTE, {
      projectId: project.id,
      body: '<script>alert(1)</script> & mere',
    });
    const { evaluationNotes } = await project.author.client.ok(NOTES, { projectId: project.id });
    expect(evaluationNotes.map((n: { body: string }) => n.body)).toEqual([
      '<script>alert(1)</script> & mere',
      'Specialistgrupperne fandt niveau 2 og 3 svære at skelne.',
    ]);
    const { evaluationReport } = await project.coordinator.client.ok(REPORT, { projectId: project.id });
    expect(evaluationReport.notes).toHaveLength(2);
    expect(evaluationReport.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; mere');
    expect(evaluationReport.html).not.toContain('<script>');

    const blank = await project.author.client.gql(ADD_NOTE, { projectId: project.id, body: '  ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const long = await project.author.client.gql(ADD_NOTE, {
      projectId: project.id,
      body: 'x'.repeat(10_001),
    });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('is not for the reference group, observers or outsiders', async () => {
    const { project } = set;
    const mayEvaluate = async (user: typeof project.author) =>
      (await user.client.ok(CAN_EVALUATE, { id: project.id })).project.viewerCan.evaluate;
    expect(await mayEvaluate(project.coordinator)).toBe(true);
    expect(await mayEvaluate(project.author)).toBe(true);
    for (const user of [project.reviewer, project.observer]) {
      expect(await mayEvaluate(user)).toBe(false);
      expect(errorCode(await user.client.gql(REPORT, { projectId: project.id }))).toBe('FORBIDDEN');
      expect(errorCode(await user.client.gql(NOTES, { projectId: project.id }))).toBe('FORBIDDEN');
      expect(errorCode(await user.client.gql(ADD_NOTE, { projectId: project.id, body: 'Nej' }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(errorCode(await project.outsider.client.gql(REPORT, { projectId: project.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(await project.outsider.client.gql(ADD_NOTE, { projectId: project.id, body: 'Nej' })),
    ).toBe('NOT_FOUND');
  });
});
