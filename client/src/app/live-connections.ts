import type { HocuspocusProvider } from '@hocuspocus/provider';

const collabProviders = new Set<HocuspocusProvider>();

/** Registers an open chapter's connection so logging out can close it; returns the unregistration. */
export function trackCollabProvider(provider: HocuspocusProvider): () => void {
  collabProviders.add(provider);
  return () => collabProviders.delete(provider);
}

/**
 * Closes every co-editing connection of this tab, after the server has acknowledged what was typed
 * (for at most `timeoutMs`), so the next person at the computer inherits no open document.
 */
export async function closeCollabConnections(timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ([...collabProviders].some((p) => p.unsyncedChanges > 0) && Date.now() < deadline)
    await new Promise((resolve) => window.setTimeout(resolve, 100));
  for (const provider of collabProviders) provider.destroy();
  collabProviders.clear();
}
