import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';

/** What each client puts in its awareness state under `user` (CollaborationCaret shares it). */
export interface CaretUser {
  id: string;
  name: string;
  color: string;
  canEdit: boolean;
}

export interface PresentUser extends CaretUser {
  isMe: boolean;
  /** Their caret is in the text (a writable editor with focus or a selection). */
  editing: boolean;
}

interface AwarenessState {
  user?: Partial<CaretUser>;
  cursor?: unknown;
}

/** Who has this chapter open, from the provider's awareness: one entry per person, however many tabs. */
export function useAwarenessUsers(
  provider: HocuspocusProvider | null,
  myId: string | undefined,
): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    const read = () => {
      const byId = new Map<string, PresentUser>();
      for (const state of awareness.getStates().values() as Iterable<AwarenessState>) {
        const u = state.user;
        if (!u?.id || !u.name) continue;
        const editing = Boolean(u.canEdit && state.cursor);
        const previous = byId.get(u.id);
        byId.set(u.id, {
          id: u.id,
          name: u.name,
          color: u.color ?? '#454545',
          canEdit: Boolean(u.canEdit),
          isMe: u.id === myId,
          editing: editing || (previous?.editing ?? false),
        });
      }
      // Me first, then by name, so the list does not jump around.
      setUsers(
        [...byId.values()].sort(
          (a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name, 'da'),
        ),
      );
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider, myId]);
  return users;
}
