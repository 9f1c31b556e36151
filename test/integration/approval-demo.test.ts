import { ApiClient } from '../support/api';
import { eventually } from '../support/collab';
import { startTestServer, type TestServer } from '../support/server';

let demo: TestServer;
beforeAll(async () => (demo = await startTestServer({ seedDemo: true })));
afterAll(() => demo.stop());

const DOCUMENTS = `{ myProjects { documents {
  title approvingOrganizations { shortName }
  chapters { title status approvals { organization { shortName } state reason } }
  editions { number publicationDate followUpDue revisionDue followUpOverdue revisionOverdue chapters { text } }
} } }`;

interface DemoDocument {
  title: string;
  approvingOrganizations: { shortName: string }[];
  chapters: {
    title: string;
    status: string;
    approvals: { organization: { shortName: string }; state: string }[];
  }[];
  editions: {
    number: number;
    publicationDate: string;
    followUpDue: string;
    revisionDue: string;
    followUpOverdue: boolean;
    revisionOverdue: boolean;
    chapters: { text: string }[];
  }[];
}

const documents = async (email: string): Promise<DemoDocument[]> => {
  const client = await new ApiClient(demo.url).login(email, 'samskriv-demo');
  const { myProjects } = await client.ok(DOCUMENTS);
  return myProjects.flatMap((p: { documents: DemoDocument[] }) => p.documents);
};

describe('demo data', () => {
  it('shows the pathway description mid-approval: approved, stale, changes requested and pending', async () => {
    const [pathway] = await documents('jonas.bech@sst.dk');
    expect(pathway.approvingOrganizations.map((o) => o.shortName).sort()).toEqual(['DR', 'KL', 'SST', 'UVM']);
    const states = pathway.chapters.map((c) => [
      c.status,
      c.approvals
        .map((a) => a.state)
        .sort()
        .join(','),
    ]);
    expect(states.slice(0, 5)).toEqual([
      ['APPROVED', 'APPROVED,APPROVED,APPROVED,APPROVED'],
      ['APPROVED', 'APPROVED,APPROVED,APPROVED,APPROVED'],
      ['AWAITING_APPROVAL', 'APPROVED,PENDING,STALE,STALE'],
      ['AWAITING_APPROVAL', 'APPROVED,CHANGES_REQUESTED,PENDING,PENDING'],
      ['AWAITING_APPROVAL', 'PENDING,PENDING,PENDING,PENDING'],
    ]);
    // Still so after the start-up re-check of standing approvals against the stored text.
    await eventually(() => demo.output().includes('"approvals.reconciled"'), 'the start-up re-check');
    const [again] = await documents('jonas.bech@sst.dk');
    expect(again.chapters.map((c) => c.status)).toEqual(pathway.chapters.map((c) => c.status));
  });

  it('shows a published edition with its follow-up and revision dates', async () => {
    const all = await documents('ida.kristensen@regioner.dk');
    const published = all.find((d) => d.title === 'Målgruppebeskrivelse: Synsnedsættelse')!;
    expect(published.chapters.every((c) => c.status === 'PUBLISHED')).toBe(true);
    expect(published.editions).toEqual([
      expect.objectContaining({
        number: 1,
        publicationDate: '2021-06-15',
        followUpDue: '2022-06-15',
        revisionDue: '2024-06-15',
        followUpOverdue: true,
        revisionOverdue: true,
      }),
    ]);
    expect(published.editions[0].chapters.length).toBe(published.chapters.length);
    expect(published.editions[0].chapters[0].text.length).toBeGreaterThan(100);
  });

  it('has told the coordinator that the published edition’s follow-up and revision are due', async () => {
    const client = await new ApiClient(demo.url).login('mette.kjaer@socialstyrelsen.dk', 'samskriv-demo');
    const due = await eventually(async () => {
      const { notifications } = await client.ok('{ notifications { kind data } }');
      const found = (notifications as { kind: string; data: { documentTitle: string } }[]).filter((n) =>
        ['FOLLOW_UP_DUE', 'REVISION_DUE'].includes(n.kind),
      );
      return found.length === 2 ? found : null;
    }, 'the deadline notifications');
    expect(due.map((n) => n.data.documentTitle)).toEqual([
      'Målgruppebeskrivelse: Synsnedsættelse',
      'Målgruppebeskrivelse: Synsnedsættelse',
    ]);
  });
});
