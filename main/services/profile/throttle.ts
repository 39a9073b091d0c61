import type { ThrottleState } from './key-file.js';

// Growing delay after wrong passphrases: three free tries, then 1 s, 2 s, 4 s ... after each
// further failure, never more than 15 minutes, counted from the last failure.

const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 15 * 60 * 1000;

export type ThrottleVerdict =
  | Readonly<{ allowed: true }>
  | Readonly<{ allowed: false; retryAfterMs: number; clockMovedBack: boolean }>;

/** How long the member must wait after `failedAttempts` failures before trying again. */
export function delayAfterFailures(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;

  // 2 ** 10 s already exceeds the cap; stopping there keeps the power finite.
  const exponent = Math.min(failedAttempts - FREE_ATTEMPTS, 10);
  return Math.min(2 ** exponent * 1000, MAX_DELAY_MS);
}

export function checkThrottle(state: ThrottleState, now: number): ThrottleVerdict {
  const delay = delayAfterFailures(state.failedAttempts);
  if (delay === 0 || state.lastFailureAt === null) return { allowed: true };

  // A clock set back before the last failure would otherwise lock the member out until it
  // catches up; the caller restarts the wait from now instead.
  if (now < state.lastFailureAt) {
    return { allowed: false, retryAfterMs: delay, clockMovedBack: true };
  }

  const elapsed = now - state.lastFailureAt;
  if (elapsed >= delay) return { allowed: true };
  return { allowed: false, retryAfterMs: delay - elapsed, clockMovedBack: false };
}

export function recordFailure(state: ThrottleState, now: number): ThrottleState {
  return { failedAttempts: state.failedAttempts + 1, lastFailureAt: now };
}
