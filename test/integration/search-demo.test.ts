import { ApiClient } from '../support/api';
import { eventually } from '../support/collab';
import { startTestServer, type TestServer } from '../support/server';

let demo: TestServer;
beforeAll(async () => (demo = await startTestServer({ seedDemo: true })));
afterAll(() => demo.stop());

const SEARCH = `query($query: String!) { search(query: $query) {
  groups { projectTitle documents { documentTitle hits { kind title chapterTitle snippet { text match } } } } } }`;

interface Hit {
  kind: string;
  title: string;
  chapterTitle: string | null;
  snippet: { text: string; match: boolean }[];
}

const login = (email: string) => new ApiClient(demo.url).login(email, 'samskriv-demo');

async function hits(client: ApiClient, query: string): Promise<Hit[]> {
  const { search } = await client.ok(SEARCH, { query });
  return search.groups.flatMap((g: { documents: { hits: Hit[] }[] }) => g.documents.flatMap((d) => d.hits));
}
const text = (hit: Hit) => hit.snippet.map((p) => p.text).join('');

describe('the README’s suggested searches on the demo data', () => {
  it('finds the chapter about the koordinerende sagsbehandler, the comment about the transition to adult life and autism offers in Syddanmark', async () => {
    const mette = await login('mette.kjaer@socialstyrelsen.dk');
    // Demo chapter text is indexed at start: wait for it rather than sleep.
    const chapters = await eventually(async () => {
      const found = (await hits(mette, '"koordinerende sagsbehandler"')).filter((h) => h.kind === 'CHAPTER');
      return found.length > 0 ? found : null;
    }, 'the demo chapters to be indexed');
    expect(text(chapters[0]).toLowerCase()).toContain('koordinerende sagsbehandler');

    const [comment] = await hits(mette, 'overgangen til voksenlivet');
    expect(comment).toMatchObject({ kind: 'COMMENT' });
    expect(comment.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(
      expect.arrayContaining(['overgangen', 'voksenlivet']),
    );

    const offers = (await hits(mette, 'autisme Syddanmark')).filter((h) => h.kind === 'OFFER');
    expect(offers.map((h) => h.title)).toContain('Beskyttet beskæftigelse');
  });

  it('shows the reviewer of Danske Handicaporganisationer the closed round’s comments, but not the working group’s internal note', async () => {
    const karim = await login('karim.nielsen@handicap.dk');
    expect((await hits(karim, 'voksenlivet')).map((h) => h.kind)).toContain('COMMENT');
    expect(await hits(karim, '"tjek kilden"')).toEqual([]);
    const mette = await login('mette.kjaer@socialstyrelsen.dk');
    expect((await hits(mette, '"tjek kilden"')).map((h) => h.kind)).toEqual(['COMMENT']);
  });
});
