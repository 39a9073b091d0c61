// Whether main can still be reached. The bridge's answers stay plain Results (the shared
// YishiBridge type has no room for transport state), so the transports report a lost
// connection here and the app listens: it then drops every decrypted screen, as a lock does.
//
//   unreachable  the service did not answer at all (the browser shell's process stopped)
//   staleToken   the service answered but refused this page's launch token: the shell was
//                restarted and printed a new address, which this page cannot know

export type ConnectionLoss = 'unreachable' | 'staleToken';

type Listener = (loss: ConnectionLoss) => void;

const listeners = new Set<Listener>();

export function reportConnectionLoss(loss: ConnectionLoss): void {
  for (const listener of [...listeners]) listener(loss);
}

export function onConnectionLoss(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
