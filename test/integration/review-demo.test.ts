import { ApiClient } from '../support/api';
import { startTestServer, type TestServer } from '../support/server';

let demo: TestServer;
beforeAll(async () => (demo = await startTestServer({ seedDemo: true })));
afterAll(() => demo.stop());

const DOCUMENTS = '{ myProjects { documents { id kind } } }';
const ROUNDS = `query($documentId: UUID!) { reviewRounds(documentId: $documentId) { id title isOpen chapters { id status } } }`;
const THREADS = `query($chapterId: UUID!) { commentThreads(chapterId: $chapterId) {
  body internal proposalStatus anchor { detached currentText } organization { shortName } replies { body } } }`;
const REPORT = `query($id: UUID!) { consultationReport(roundId: $id) {
  hearingList { organization { shortName } responded }
  chapters { organizations { comments { disposition } } } } }`;

interface Round {
  id: string;
  title: string;
  isOpen: boolean;
  chapters: { id: string; status: string }[];
}

const login = (email: string) => new ApiClient(demo.url).login(email, 'samskriv-demo');

async function pathwayRounds(client: ApiClient): Promise<Round[]> {
  const { myProjects } = await client.ok(DOCUMENTS);
  const documents = myProjects.flatMap((p: { documents: { id: string; kind: string }[] }) => p.documents);
  const pathway = documents.find((d: { kind: string }) => d.kind === 'PATHWAY');
  return (await client.ok(ROUNDS, { documentId: pathway.id })).reviewRounds;
}

describe('demo review data', () => {
  it('holds an open round with comments and a pending proposal, and a closed round with its report', async () => {
    const coordinator = await login('mette.kjaer@socialstyrelsen.dk');
    const rounds = await pathwayRounds(coordinator);
    const open = rounds.find((r) => r.isOpen)!;
    const closed = rounds.find((r) => !r.isOpen)!;
    expect(open).toBeDefined();
    expect(closed).toBeDefined();
    // The open round's chapters are under review; the closed round's have moved on (approved since).
    expect(open.chapters.map((c) => c.status)).toEqual(['IN_REVIEW', 'IN_REVIEW']);
    expect(closed.chapters.map((c) => c.status)).not.toContain('IN_REVIEW');
    const { commentThreads } = await coordinator.ok(THREADS, { chapterId: open.chapters[0].id });
    expect(commentThreads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          proposalStatus: 'PENDING',
          anchor: expect.objectContaining({ detached: false }),
          replies: [expect.objectContaining({ body: expect.any(String) })],
        }),
      ]),
    );
    const { consultationReport } = await coordinator.ok(REPORT, { id: closed.id });
    expect(consultationReport.hearingList.every((p: { responded: boolean }) => p.responded)).toBe(true);
    const dispositions = consultationReport.chapters.flatMap(
      (c: { organizations: { comments: { disposition: string }[] }[] }) =>
        c.organizations.flatMap((o) => o.comments.map((x) => x.disposition)),
    );
    expect(dispositions.length).toBeGreaterThanOrEqual(3);
    expect(dispositions).not.toContain(null);
    // A reviewer of the open round sees only their own organisation's comments there.
    const dh = await login('karim.nielsen@handicap.dk');
    const seen = await dh.ok(THREADS, { chapterId: open.chapters[1].id });
    expect(seen.commentThreads).toEqual([]);
  });

  it('holds in-text suggestions in every state in the open round, pending ones from two organisations', async () => {
    const author = await login('jonas.bech@sst.dk');
    const open = (await pathwayRounds(author)).find((r) => r.isOpen)!;
    const chapterId = open.chapters[0].id;
    const { commentThreads } = await author.ok(
      `query($chapterId: UUID!) { commentThreads(chapterId: $chapterId) {
        suggestionId proposalStatus proposalReason organization { shortName } } }`,
      { chapterId },
    );
    const suggestions = (
      commentThreads as {
        suggestionId: string | null;
        proposalStatus: string;
        proposalReason: string | null;
        organization: { shortName: string };
      }[]
    ).filter((t) => t.suggestionId);
    const pending = suggestions.filter((t) => t.proposalStatus === 'PENDING');
    expect(new Set(pending.map((t) => t.organization.shortName)).size).toBe(2);
    expect(suggestions.some((t) => t.proposalStatus === 'ACCEPTED')).toBe(true);
    expect(suggestions.find((t) => t.proposalStatus === 'REJECTED')?.proposalReason).toEqual(
      expect.any(String),
    );
    // The pending ones are marks in the live text, not part of the accepted text.
    const { chapter } = await author.ok(
      'query($id: UUID!) { chapter(id: $id) { text htmlWithSuggestions } }',
      {
        id: chapterId,
      },
    );
    for (const t of pending)
      expect(chapter.htmlWithSuggestions).toContain(`data-suggestion-id="${t.suggestionId}"`);
    expect(chapter.text).toContain('kritisk');
    expect(chapter.text).not.toContain('sårbar');
    // The accepted one is plain text now; the rejected one's word is gone and the word it would replace kept.
    expect(chapter.text).toContain('viden let går tabt');
    expect(chapter.htmlWithSuggestions).not.toContain('sektorer');
    expect(chapter.text).toContain('forvaltninger');
    // It was made after the round opened, so the draft høringsnotat lists it among the changes.
    const { consultationNotat } = await (
      await login('mette.kjaer@socialstyrelsen.dk')
    ).ok(
      `query($id: UUID!) { consultationNotat(roundId: $id) {
        changes { chapterId segments { type text } accepted { proposal } } } }`,
      { id: open.id },
    );
    const change = consultationNotat.changes.find((c: { chapterId: string }) => c.chapterId === chapterId);
    expect(change.accepted).toEqual([{ proposal: 'let' }]);
    expect(change.segments).toContainEqual({ type: 'INSERT', text: 'let ' });
  });

  it('holds a finalised høringsnotat for the closed round and a draft for the open one', async () => {
    const reviewer = await login('karim.nielsen@handicap.dk');
    const coordinator = await login('mette.kjaer@socialstyrelsen.dk');
    const rounds = await pathwayRounds(coordinator);
    const NOTAT = `query($id: UUID!) { consultationNotat(roundId: $id) { version status
      hearingList { responded noRemarks } chapters { subjects { heading edited responses { registered } } }
      changes { insertedWords } } }`;
    const closed = rounds.find((r) => !r.isOpen)!;
    const { consultationNotat: final } = await reviewer.ok(NOTAT, { id: closed.id });
    expect(final).toMatchObject({ version: 1, status: 'FINAL' });
    expect(final.hearingList.every((p: { responded: boolean }) => p.responded)).toBe(true);
    expect(final.hearingList.some((p: { noRemarks: boolean }) => p.noRemarks)).toBe(true);
    const subjects = final.chapters.flatMap((c: { subjects: unknown[] }) => c.subjects);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ edited: true }),
        expect.objectContaining({ responses: expect.arrayContaining([{ registered: true }]) }),
      ]),
    );
    expect(final.changes[0].insertedWords).toBeGreaterThan(0);
    const open = rounds.find((r) => r.isOpen)!;
    const { consultationNotat: draft } = await coordinator.ok(NOTAT, { id: open.id });
    expect(draft).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(draft.chapters[1].subjects).toContainEqual(
      expect.objectContaining({ heading: 'Kompetencer hos den kommunale sagsbehandler', edited: true }),
    );
  });
});
