// Locks the profile after a stretch without user activity. The timer is unref'd: an idle
// lock must never be the reason a CLI run or a test process stays alive.

// setTimeout fires at once for delays past 2^31 - 1 ms (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

export type IdleTimer = Readonly<{
  restart(): void;
  stop(): void;
}>;

/** `idleMs` of Infinity turns the idle lock off (the CLI runs one command and exits). */
export function createIdleTimer(idleMs: number, onIdle: () => void): IdleTimer {
  if (Number.isNaN(idleMs) || idleMs <= 0) {
    throw new Error(`idle lock delay must be positive, got ${idleMs}`);
  }

  let timer: NodeJS.Timeout | undefined;

  const stop = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const restart = (): void => {
    stop();
    if (idleMs === Infinity) return;

    timer = setTimeout(
      () => {
        timer = undefined;
        onIdle();
      },
      Math.min(idleMs, MAX_TIMER_MS),
    );
    timer.unref();
  };

  return { restart, stop };
}
