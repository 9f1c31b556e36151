import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { chapterDocumentName, COLLAB_RECONNECT, TRY_AGAIN_CLOSE } from '@samskriv/schema';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { trackCollabProvider } from '../../../app/live-connections';

export interface CollabSession {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

export type SaveState = 'connecting' | 'saved' | 'saving' | 'offline' | 'reconnecting' | 'refused';

export interface ConnectionState {
  status: WebSocketStatus;
  /** A connection has been established at least once in this visit. */
  everConnected: boolean;
  /** The server has sent its state since the current connection opened. */
  synced: boolean;
  /** The server's state has arrived at least once in this visit. */
  everSynced: boolean;
  /** Local updates the server has not acknowledged yet (the provider's counter). */
  unsynced: number;
  online: boolean;
  /** The server's reason when it refused us, e.g. 'not-found'. */
  refused: string | null;
  /**
   * The server closed the connection to be tried again (it could not reach its database): reconnecting,
   * not offline and not refused, until the text is in sync again.
   */
  retrying: boolean;
  /** What the server granted: 'read-write' or 'readonly'. */
  scope: string | null;
}

const collabUrl = () =>
  `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;

/** One Y.Doc and Hocuspocus provider per open chapter; destroyed when the page leaves. */
export function useCollabSession(chapterId: string | null): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    if (!chapterId) return;
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: chapterDocumentName(chapterId),
      document: doc,
      // The server authenticates by the session cookie on the upgrade; Hocuspocus still wants a token message.
      token: 'cookie',
      // Capped low so every open editor is back within seconds of the server (the default grows to 30 s).
      ...COLLAB_RECONNECT,
    });
    const untrack = trackCollabProvider(provider);
    // The provider is an outside resource that must live and die with this effect (StrictMode mounts twice),
    // so it cannot be created during render; publishing it is the one synchronous setState here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession({ doc, provider });
    return () => {
      setSession(null);
      const finish = () => {
        window.clearTimeout(timer);
        untrack();
        provider.destroy();
        doc.destroy();
      };
      // Leaving the page inside the app must not drop edits the server has not acknowledged yet:
      // keep the connection (without presence) until it has them, for at most a minute.
      provider.awareness?.setLocalState(null);
      const timer = window.setTimeout(finish, 60_000);
      if (provider.unsyncedChanges === 0 || provider.authorizedScope === 'readonly') return finish();
      provider.on('unsyncedChanges', () => {
        if (provider.unsyncedChanges === 0) finish();
      });
    };
  }, [chapterId]);
  return session;
}

/** Follows the provider's events into one plain object React can render. */
export function useConnectionState(provider: HocuspocusProvider | null): ConnectionState {
  const [state, setState] = useState<ConnectionState>(() => ({
    status: WebSocketStatus.Connecting,
    everConnected: false,
    synced: false,
    everSynced: false,
    unsynced: 0,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    refused: null,
    retrying: false,
    scope: null,
  }));

  useEffect(() => {
    if (!provider) return;
    const update = (patch: Partial<ConnectionState>) => setState((s) => ({ ...s, ...patch }));
    // Events may have fired before this effect subscribed, so every handler re-reads the provider.
    const read = () => ({
      status: provider.configuration.websocketProvider.status,
      synced: provider.isSynced,
      unsynced: provider.unsyncedChanges,
      ...(provider.authorizedScope ? { scope: provider.authorizedScope } : {}),
    });
    const refresh = () =>
      setState((s) => {
        const now = read();
        return {
          ...s,
          ...now,
          everConnected: s.everConnected || now.status === WebSocketStatus.Connected,
          everSynced: s.everSynced || now.synced,
          retrying: s.retrying && !now.synced,
        };
      });
    const onUnsynced = refresh;
    const onClose = ({ event }: { event?: { code?: number } }) => {
      if (event?.code === TRY_AGAIN_CLOSE.code) update({ retrying: true });
      refresh();
    };
    const onAuthenticated = ({ scope }: { scope: string }) => update({ scope, refused: null });
    const onFailed = ({ reason }: { reason: string }) => {
      if (reason !== TRY_AGAIN_CLOSE.reason) return update({ refused: reason || 'unknown' });
      // Not a refusal: the server could not ask its database. Reconnect (the close starts it).
      update({ retrying: true });
      provider.configuration.websocketProvider.webSocket?.close();
    };
    const onOnline = () => update({ online: true });
    const onOffline = () => update({ online: false });

    provider.on('status', refresh);
    provider.on('synced', refresh);
    provider.on('unsyncedChanges', onUnsynced);
    provider.on('close', onClose);
    provider.on('disconnect', onClose);
    provider.on('authenticated', onAuthenticated);
    provider.on('authenticationFailed', onFailed);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    refresh();
    return () => {
      provider.off('status', refresh);
      provider.off('synced', refresh);
      provider.off('unsyncedChanges', onUnsynced);
      provider.off('close', onClose);
      provider.off('disconnect', onClose);
      provider.off('authenticated', onAuthenticated);
      provider.off('authenticationFailed', onFailed);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [provider]);

  return state;
}

/**
 * "Saved" only when the connection is up, the server's state has arrived and
 * it has acknowledged every local update (Samskriv stores each update before
 * acknowledging it); anything less is one of the other states.
 */
export function deriveSaveState(c: ConnectionState): SaveState {
  if (c.refused) return 'refused';
  if (c.status === WebSocketStatus.Connected && c.online) {
    if (!c.synced) return c.everSynced ? 'reconnecting' : 'connecting';
    return c.unsynced > 0 ? 'saving' : 'saved';
  }
  if (!c.everConnected) return c.online ? 'connecting' : 'offline';
  // Between the server's "try again" and the next connection the socket is briefly closed: still reconnecting.
  if (c.online && c.retrying) return 'reconnecting';
  if (!c.online || c.status === WebSocketStatus.Disconnected) return 'offline';
  return 'reconnecting';
}
