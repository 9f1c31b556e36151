import { ApiClient } from '../support/api';
import { expectAccessible } from '../support/axe';
import { DEMO_PASSWORD, useDemoApp } from '../support/demo-app';

const COORDINATOR = 'mette.kjaer@socialstyrelsen.dk';

describe('the notification bell in the browser', () => {
  const app = useDemoApp();

  it('counts a notification that arrived while its live connection was starting', async () => {
    const page = await app.browser.newPage();
    // What the page sends on the GraphQL socket waits here until the test lets it through: the
    // bell's count query (over HTTP) is answered while its subscriptions cannot have started yet.
    let open = false;
    const held: (() => void)[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (open) server.send(message);
        else held.push(() => server.send(message));
      });
    });
    const api = await new ApiClient(app.server.url).login(COORDINATOR, DEMO_PASSWORD);
    const before = (await api.ok('{ unreadNotificationCount }')).unreadNotificationCount as number;
    const bell = (count: number) =>
      page.getByRole('link', {
        name: count === 0 ? /^Notifikationer.*ingen ulæste$/ : new RegExp(`^Notifikationer.* ${count} ulæst`),
      });
    await app.logIn(page, COORDINATOR);
    await bell(before).waitFor();

    // A notification arrives now: no subscription listens, so no event will ever tell the page.
    const {
      rows: [{ id: userId }],
    } = await app.server.db.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [COORDINATOR]);
    await app.server.db.query(
      `INSERT INTO notification ("userId", kind, "projectId", data)
       SELECT $1, 'FOLLOW_UP_DUE', m."projectId", '{}' FROM membership m WHERE m."userId" = $1 LIMIT 1`,
      [userId],
    );
    expect((await api.ok('{ unreadNotificationCount }')).unreadNotificationCount).toBe(before + 1);

    // The socket goes through; the bell learns the count once its subscription listens.
    open = true;
    for (const send of held.splice(0)) send();
    await bell(before + 1).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
