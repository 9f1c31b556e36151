import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestServer } from './server';
import { eventually } from './wait';

export { eventually };

/** A `ws` WebSocket that sends the session cookie on the upgrade, as a browser does. */
export function cookieWebSocket(cookie: string | undefined) {
  return class CookieWebSocket extends WebSocket {
    constructor(url: string | URL) {
      super(url, { headers: cookie ? { cookie } : {} });
      // Closing a socket that is still connecting (a test ending mid-reconnect) emits an error: not a failure.
      this.on('error', () => undefined);
    }
  };
}

export interface ChapterClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /** The chapter's TipTap content. */
  fragment: Y.XmlFragment;
  /** Resolves with 'readonly' or 'read-write', or rejects with the server's reason. */
  authenticated: Promise<string>;
  destroy(): void;
}

export const collabUrl = (server: TestServer) => `${server.url.replace(/^http/, 'ws')}/collab`;

/** A real Hocuspocus provider over `ws`, logged in by cookie, on chapter:<id>. */
export function openChapter(
  server: TestServer,
  chapterId: string,
  cookie: string | undefined,
  options: {
    documentName?: string;
    /** Reconnect backoff: the browser's (COLLAB_RECONNECT) where recovery times matter. */
    reconnect?: { delay: number; minDelay: number; maxDelay: number; factor: number; jitter?: boolean };
  } = {},
): ChapterClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: collabUrl(server),
    WebSocketPolyfill: cookieWebSocket(cookie),
    // Quick reconnects keep the tests short.
    ...(options.reconnect ?? { delay: 50, minDelay: 50, maxDelay: 500, factor: 1.5 }),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName ?? `chapter:${chapterId}`,
    document: doc,
    // Ignored by the server: it authenticates by the cookie.
    token: 'ignored',
  });
  const authenticated = new Promise<string>((resolve, reject) => {
    provider.on('authenticated', ({ scope }: { scope: string }) => resolve(scope));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(reason)));
  });
  authenticated.catch(() => undefined);
  provider.attach();
  return {
    provider,
    socket,
    doc,
    fragment: doc.getXmlFragment('default'),
    authenticated,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until the provider is synced and the server has acknowledged every local change. */
export function acknowledged(client: ChapterClient, ms?: number): Promise<boolean> {
  return eventually(
    () => client.provider.isSynced && client.provider.unsyncedChanges === 0,
    'the server to acknowledge every change',
    ms,
  );
}

export async function synced(client: ChapterClient): Promise<ChapterClient> {
  await client.authenticated;
  await eventually(() => client.provider.isSynced, 'the first sync');
  return client;
}

/** Appends a paragraph with `text` (the shape TipTap's Collaboration writes). */
export function appendParagraph(client: ChapterClient, text: string, marks: Record<string, object> = {}) {
  client.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    const content = new Y.XmlText();
    content.insert(0, text, marks);
    paragraph.insert(0, [content]);
    client.fragment.push([paragraph]);
  });
}

export function appendHeading(client: ChapterClient, text: string, level: number) {
  client.doc.transact(() => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', level as unknown as string);
    const content = new Y.XmlText();
    content.insert(0, text);
    heading.insert(0, [content]);
    client.fragment.push([heading]);
  });
}

/** Appends a table whose first row is header cells (the shape TipTap's table extension writes). */
export function appendTable(client: ChapterClient, rows: string[][]) {
  client.doc.transact(() => {
    const table = new Y.XmlElement('table');
    table.insert(
      0,
      rows.map((cells, index) => {
        const row = new Y.XmlElement('tableRow');
        row.insert(
          0,
          cells.map((text) => {
            const cell = new Y.XmlElement(index === 0 ? 'tableHeader' : 'tableCell');
            const paragraph = new Y.XmlElement('paragraph');
            const content = new Y.XmlText();
            content.insert(0, text);
            paragraph.insert(0, [content]);
            cell.insert(0, [paragraph]);
            return cell;
          }),
        );
        return row;
      }),
    );
    client.fragment.push([table]);
  });
}

/** The plain text of every block, one per line. */
export function blocks(client: ChapterClient): string[] {
  return client.fragment.toArray().map((node) =>
    node instanceof Y.XmlElement
      ? node
          .toArray()
          .map((t) => (t instanceof Y.XmlText ? t.toString().replace(/<[^>]+>/g, '') : ''))
          .join('')
      : '',
  );
}

/** Counts the chapter's stored updates (the log) and whether it has a snapshot. */
export async function stored(server: TestServer, chapterId: string) {
  const updates = await server.db.query<{ n: string }>(
    'SELECT count(*) AS n FROM chapter_update WHERE "chapterId" = $1',
    [chapterId],
  );
  const snapshot = await server.db.query('SELECT 1 FROM chapter_snapshot WHERE "chapterId" = $1', [
    chapterId,
  ]);
  return { updates: Number(updates.rows[0].n), snapshot: snapshot.rowCount === 1 };
}
