import type { EventName, EventPayload, Method } from '../../core/api/contract.js';
import { err, type Result } from '../../core/result.js';
import { failureOf } from './failures.js';
import { createHandlers } from './handlers.js';
import type { EventListener, ServiceHost, ServiceHostOptions } from './host.js';
import { createLogger } from './logger.js';
import { createProfileStore, DEFAULT_IDLE_LOCK_MS, type ScryptParams } from './profile/store.js';

// The composition root of the service layer: one profile store, one handler per API
// method, and the events both transports forward to the renderer.

export type { ServiceHost, ServiceHostOptions } from './host.js';

/** Knobs for tests and benchmarks; the app runs with the defaults. */
export type ServiceHostTuning = Readonly<{
  idleLockMs?: number;
  kdf?: Partial<ScryptParams>;
}>;

// Calls that do not count as the member using an unlocked profile: polling the app state,
// and the calls that open a profile (which start the idle timer themselves).
const UNTRACKED: ReadonlySet<Method> = new Set<Method>([
  'app.info',
  'profile.createDemo',
  'profile.unlock',
]);

const log = createLogger('services');

export function createServiceHost(options: ServiceHostOptions & ServiceHostTuning): ServiceHost {
  const now = options.now ?? (() => new Date());
  const idleLockMs = options.idleLockMs ?? DEFAULT_IDLE_LOCK_MS;
  const store = createProfileStore({
    dir: options.profileDir,
    idleLockMs,
    now: () => now().getTime(),
    kdf: options.kdf,
  });

  const handlers = createHandlers({
    store,
    demoDir: options.demoDir,
    transport: options.transport,
    appVersion: options.appVersion,
    idleLockMinutes: Math.max(1, Math.round(idleLockMs / 60_000)),
    now,
  });

  const listeners = new Set<EventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event, payload);
      } catch {
        log.error('event listener threw', { event });
      }
    }
  };
  store.onLocked((reason) => emit('profile.locked', { reason }));

  async function invoke(method: Method, input: unknown): Promise<Result<unknown>> {
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (handler === undefined) return err('ipc.unknownMethod');

    if (!UNTRACKED.has(method)) store.touch();
    try {
      return (await handler(input)) as Result<unknown>;
    } catch (error) {
      return failureOf(error, method, log);
    }
  }

  return {
    invoke,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock(reason) {
      store.lock(reason);
    },
    close() {
      store.close();
      listeners.clear();
    },
  };
}
