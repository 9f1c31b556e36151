import { ApiClient } from '../support/api';
import { openChapter, synced } from '../support/collab';
import { startTestServer, type TestServer } from '../support/server';
import { normalizeCvr } from '../../server/src/modules/catalogue/cvr';

let demo: TestServer;
beforeAll(async () => (demo = await startTestServer({ seedDemo: true })));
afterAll(() => demo.stop());

const login = (email: string) => new ApiClient(demo.url).login(email, 'samskriv-demo');

const PROJECT = `{ myProjects { id kind targetGroups {
  name document { title chapters { id } } specialists { user { email } } viewerIsSpecialist offerCount
  criteria { level version html } } } }`;
const PROVIDERS = `query($projectId: UUID!) { providers(projectId: $projectId) { name cvr region type offers { targetGroup { name } } } }`;

interface Group {
  name: string;
  document: { title: string; chapters: { id: string }[] };
  specialists: { user: { email: string } }[];
  viewerIsSpecialist: boolean;
  offerCount: number;
  criteria: { level: number; version: number; html: string }[];
}

describe('specialisation demo data', () => {
  it('has three target groups on their documents, two specialists each, and criteria for every level', async () => {
    const sofie = await login('sofie.lind@socialstyrelsen.dk');
    const { myProjects } = await sofie.ok(PROJECT);
    const project = myProjects.find((p: { kind: string }) => p.kind === 'SPECIALISATION');
    const groups: Group[] = project.targetGroups;
    expect(groups.map((g) => [g.name, g.document.title])).toEqual([
      ['Autisme', 'Målgruppebeskrivelse: Autisme'],
      ['Erhvervet hjerneskade', 'Målgruppebeskrivelse: Erhvervet hjerneskade'],
      ['Synsnedsættelse', 'Målgruppebeskrivelse: Synsnedsættelse'],
    ]);
    for (const group of groups) {
      expect(group.specialists).toHaveLength(2);
      expect(group.criteria.map((c) => c.level)).toEqual([1, 2, 3]);
      for (const criterion of group.criteria) {
        expect(criterion.version).toBeGreaterThanOrEqual(1);
        expect(criterion.html.length).toBeGreaterThan(80);
      }
      expect(group.offerCount).toBeGreaterThanOrEqual(4);
    }
    expect(groups.map((g) => g.viewerIsSpecialist)).toEqual([false, true, false]);

    // Sofie edits the brain-injury description, and only reads the autism one.
    const own = await synced(openChapter(demo, groups[1].document.chapters[1].id, sofie.cookie));
    const other = await synced(openChapter(demo, groups[0].document.chapters[1].id, sofie.cookie));
    expect([await own.authenticated, await other.authenticated]).toEqual(['read-write', 'readonly']);
    own.destroy();
    other.destroy();

    const { providers } = await sofie.ok(PROVIDERS, { projectId: project.id });
    expect(providers.length).toBeGreaterThanOrEqual(12);
    for (const provider of providers) expect(normalizeCvr(provider.cvr)).toBe(provider.cvr);
    expect(new Set(providers.map((p: { region: string }) => p.region)).size).toBe(5);
    expect(new Set(providers.map((p: { type: string }) => p.type)).size).toBe(4);
  });
});
