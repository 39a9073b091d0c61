import type { EventName, EventPayload, Method } from '../../core/api/contract.js';
import type { Result } from '../../core/result.js';

// What a transport (Electron IPC gate, browser shell) talks to. Transport-free: nothing here
// knows about Electron, HTTP or who the caller is; the transport checks the caller first.

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export type ServiceHost = Readonly<{
  /**
   * Runs one API method. `input` has already passed the contract's zod schema (the gate does
   * that); the result is always a value, never a throw.
   */
  invoke(method: Method, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to pushed events (for example the idle lock). Returns an unsubscribe. */
  onEvent(listener: EventListener): () => void;
  /** Locks the profile now, for a reason the transport knows (screen lock, suspend). */
  lock(reason: 'manual' | 'idle' | 'system'): void;
  /** Locks the profile and releases the database; called on quit. */
  close(): void;
}>;

export type ServiceHostOptions = Readonly<{
  profileDir: string;
  // Folder with the demo committee's materials (demo/ in the repo, resources in a package).
  demoDir: string;
  transport: 'electron' | 'web';
  appVersion: string;
  now?: () => Date;
}>;
