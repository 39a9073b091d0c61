import { describe, expect, it } from 'vitest';

import { checkThrottle, delayAfterFailures } from '../../main/services/profile/throttle.js';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  expectError,
  openStore,
  readKeyFileJson,
  tempFolder,
  unwrap,
  writeKeyFileJson,
} from './profile-fixtures.js';

const WRONG = '监督法修订草案-审议稿';
const FIFTEEN_MINUTES = 15 * 60 * 1000;

// A clock the test moves by hand.
function manualClock(start: number): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

async function lockedProfile(now: () => number): Promise<{ dir: string }> {
  const dir = tempFolder();
  const store = openStore(dir, { now });
  unwrap(await store.create(PASSPHRASE));
  store.lock('manual');
  return { dir };
}

describe('throttle rule', () => {
  it('gives three free attempts, then doubles from one second up to fifteen minutes', () => {
    const delays = [0, 1, 2, 3, 4, 5, 12, 13, 14, 60, 10_000].map(delayAfterFailures);
    expect(delays).toEqual([
      0,
      0,
      0,
      1000,
      2000,
      4000,
      512_000,
      FIFTEEN_MINUTES,
      FIFTEEN_MINUTES,
      FIFTEEN_MINUTES,
      FIFTEEN_MINUTES,
    ]);
  });

  it('counts the wait from the last failure', () => {
    const state = { failedAttempts: 5, lastFailureAt: 10_000 };
    expect(checkThrottle(state, 10_500)).toEqual({
      allowed: false,
      retryAfterMs: 3500,
      clockMovedBack: false,
    });
    expect(checkThrottle(state, 14_000)).toEqual({ allowed: true });
  });
});

describe('profile store: growing delay after wrong passphrases', () => {
  it('refuses even the right passphrase while the delay runs, and grows the delay', async () => {
    const clock = manualClock(1_750_000_000_000);
    const { dir } = await lockedProfile(clock.now);
    const store = openStore(dir, { now: clock.now });

    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectError(await store.unlock(WRONG), 'profile.wrongPassphrase');
    }

    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'profile.throttled', details: { retryAfterMs: 1000 } },
    });

    clock.advance(999);
    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.throttled', details: { retryAfterMs: 1 } },
    });

    clock.advance(1);
    expect(await store.unlock(WRONG)).toMatchObject({
      error: { code: 'profile.wrongPassphrase', details: { failedAttempts: 4 } },
    });
    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.throttled', details: { retryAfterMs: 2000 } },
    });
    expect(readKeyFileJson(dir).throttle).toEqual({
      failedAttempts: 4,
      lastFailureAt: clock.now(),
    });
  });

  it('resets the count after the right passphrase', async () => {
    const clock = manualClock(1_750_000_000_000);
    const { dir } = await lockedProfile(clock.now);
    const store = openStore(dir, { now: clock.now });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      clock.advance(60_000);
      expectError(await store.unlock(WRONG), 'profile.wrongPassphrase');
    }

    clock.advance(2000);
    unwrap(await store.unlock(PASSPHRASE));
    expect(readKeyFileJson(dir).throttle).toEqual({ failedAttempts: 0, lastFailureAt: null });

    store.lock('manual');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectError(await store.unlock(WRONG), 'profile.wrongPassphrase');
    }
    expectError(await store.unlock(PASSPHRASE), 'profile.throttled');
  });

  it('keeps counting across a restart of the app', async () => {
    const clock = manualClock(1_750_000_000_000);
    const { dir } = await lockedProfile(clock.now);
    const first = openStore(dir, { now: clock.now });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectError(await first.unlock(WRONG), 'profile.wrongPassphrase');
    }
    first.close();

    const restarted = openStore(dir, { now: clock.now });
    expectError(await restarted.unlock(PASSPHRASE), 'profile.throttled');
  });

  it('never asks for more than fifteen minutes', async () => {
    const clock = manualClock(1_750_000_000_000);
    const { dir } = await lockedProfile(clock.now);
    const keyFile = readKeyFileJson(dir);
    writeKeyFileJson(dir, {
      ...keyFile,
      throttle: { failedAttempts: 40, lastFailureAt: clock.now() },
    });
    const store = openStore(dir, { now: clock.now });

    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.throttled', details: { retryAfterMs: FIFTEEN_MINUTES } },
    });
    clock.advance(FIFTEEN_MINUTES);
    unwrap(await store.unlock(PASSPHRASE));
  });

  it('restarts the wait from now when the clock was set back', async () => {
    const clock = manualClock(1_750_000_000_000);
    const { dir } = await lockedProfile(clock.now);
    const keyFile = readKeyFileJson(dir);
    const tomorrow = clock.now() + 24 * 60 * 60 * 1000;
    writeKeyFileJson(dir, {
      ...keyFile,
      throttle: { failedAttempts: 5, lastFailureAt: tomorrow },
    });
    const store = openStore(dir, { now: clock.now });

    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.throttled', details: { retryAfterMs: 4000 } },
    });
    expect(readKeyFileJson(dir).throttle).toEqual({
      failedAttempts: 5,
      lastFailureAt: clock.now(),
    });

    clock.advance(4000);
    unwrap(await store.unlock(PASSPHRASE));
  });

  it('applies the same delay to a passphrase change', async () => {
    const clock = manualClock(1_750_000_000_000);
    const { dir } = await lockedProfile(clock.now);
    const store = openStore(dir, { now: clock.now });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectError(await store.changePassphrase(WRONG, OTHER_PASSPHRASE), 'profile.wrongPassphrase');
    }

    expectError(await store.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE), 'profile.throttled');
    clock.advance(1000);
    unwrap(await store.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE));
    expect(readKeyFileJson(dir).throttle.failedAttempts).toBe(0);
  });
});
