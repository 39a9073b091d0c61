import type { Result } from '../result.js';
import type { EventName, EventPayload, Input, Method, Output } from './contract.js';

// The single object the preload (Electron) or the web adapter (browser shell) exposes to the
// renderer as `window.yishi`. Nothing else crosses the boundary.
export type YishiBridge = Readonly<{
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}>;
