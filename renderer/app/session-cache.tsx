import { createContext, useContext, useState, type ReactNode } from 'react';

// Answers already shown during this unlocked session, by key, so that coming back to a
// screen shows them at once while main is asked again. That matters when main is busy: it
// decrypts a large material in one go, and an agenda the member returns to after cancelling
// would otherwise wait for it. The provider lives inside the unlocked subtree, so a lock
// or a lost connection drops the cache with every other decrypted thing.
export type SessionCache = Map<string, unknown>;

const SessionCacheContext = createContext<SessionCache | null>(null);

export function SessionCacheProvider(props: { children: ReactNode }) {
  const [cache] = useState<SessionCache>(() => new Map());

  return (
    <SessionCacheContext.Provider value={cache}>{props.children}</SessionCacheContext.Provider>
  );
}

export function useSessionCache(): SessionCache | null {
  return useContext(SessionCacheContext);
}
