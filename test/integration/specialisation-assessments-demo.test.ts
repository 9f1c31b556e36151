import { ApiClient } from '../support/api';
import { startTestServer, type TestServer } from '../support/server';

let demo: TestServer;
beforeAll(async () => (demo = await startTestServer({ seedDemo: true })));
afterAll(() => demo.stop());

const login = (email: string) => new ApiClient(demo.url).login(email, 'samskriv-demo');

describe('demo assessment data', () => {
  it('has assessments in every state for all three target groups, and two evaluation notes', async () => {
    const { rows: groups } = await demo.db.query<{ id: string; name: string; projectId: string }>(
      `SELECT g.id, g.name, g."projectId" FROM target_group g JOIN project p ON p.id = g."projectId"
        WHERE p.kind = 'SPECIALISATION' ORDER BY g.name`,
    );
    expect(groups).toHaveLength(3);
    for (const group of groups) {
      const { rows } = await demo.db.query<{ status: string; sequence: number; n: number }>(
        `SELECT c.status, c.sequence, (SELECT count(*)::int FROM assessment a WHERE a."caseId" = c.id) AS n
           FROM assessment_case c WHERE c."targetGroupId" = $1`,
        [group.id],
      );
      const statuses = (n: number) => rows.filter((r) => r.n === n).map((r) => r.status);
      expect({ group: group.name, oneIn: statuses(1) }).toEqual({
        group: group.name,
        oneIn: expect.arrayContaining(['AWAITING_ASSESSMENTS']),
      });
      expect({ group: group.name, pairs: statuses(2) }).toEqual({
        group: group.name,
        pairs: expect.arrayContaining(['AGREED', 'DISAGREED', 'SETTLED', 'PLACED']),
      });
      // A revisit under way: a second case, open, for an offer whose first case is placed.
      expect({
        group: group.name,
        revisit: rows.some((r) => r.sequence === 2 && r.status !== 'PLACED'),
      }).toEqual({
        group: group.name,
        revisit: true,
      });
      // Each group's two specialists assessed.
      const { rows: assessors } = await demo.db.query(
        `SELECT DISTINCT a."assessorId" FROM assessment a JOIN assessment_case c ON c.id = a."caseId"
          WHERE c."targetGroupId" = $1`,
        [group.id],
      );
      expect(assessors).toHaveLength(2);
    }

    const coordinator = await login('mette.kjaer@socialstyrelsen.dk');
    const { evaluationReport } = await coordinator.ok(
      `query($projectId: UUID!) { evaluationReport(projectId: $projectId) {
        totalPairs totalPlaced openDisagreements notes { body } targetGroups { pairs placed } } }`,
      { projectId: groups[0].projectId },
    );
    expect(evaluationReport.notes).toHaveLength(2);
    expect(evaluationReport.openDisagreements).toBe(3);
    for (const g of evaluationReport.targetGroups) {
      expect(g.pairs).toBeGreaterThanOrEqual(4);
      expect(g.placed).toBeGreaterThanOrEqual(1);
    }
    expect(evaluationReport.totalPairs).toBeGreaterThanOrEqual(12);
  });
});
