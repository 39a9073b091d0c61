import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { LockReason } from '../../main/services/profile/store.js';
import { PASSPHRASE, expectError, openStore, tempFolder, unwrap } from './profile-fixtures.js';

const TEN_MINUTES = 10 * 60 * 1000;

// Only the timers are faked: scrypt and SQLite still run for real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('profile store: idle lock', () => {
  it('locks after ten minutes without activity by default and says it was idle', async () => {
    const store = openStore(tempFolder());
    const reasons: LockReason[] = [];
    store.onLocked((reason) => reasons.push(reason));
    const db = unwrap(await store.create(PASSPHRASE));

    vi.advanceTimersByTime(TEN_MINUTES - 1);
    expect(store.isUnlocked()).toBe(true);

    vi.advanceTimersByTime(1);
    expect(reasons).toEqual(['idle']);
    expect(db.open).toBe(false);
    expectError(store.db(), 'profile.locked');
  });

  it('counts the idle period from the last activity', async () => {
    const store = openStore(tempFolder(), { idleLockMs: 60_000 });
    const reasons: LockReason[] = [];
    store.onLocked((reason) => reasons.push(reason));
    unwrap(await store.create(PASSPHRASE));

    vi.advanceTimersByTime(59_000);
    store.touch();
    vi.advanceTimersByTime(59_000);
    expect(store.isUnlocked()).toBe(true);

    vi.advanceTimersByTime(1000);
    expect(reasons).toEqual(['idle']);
  });

  it('does not fire after a manual lock, nor restart on activity while locked', async () => {
    const store = openStore(tempFolder(), { idleLockMs: 60_000 });
    const reasons: LockReason[] = [];
    store.onLocked((reason) => reasons.push(reason));
    unwrap(await store.create(PASSPHRASE));

    store.lock('manual');
    store.touch();
    vi.advanceTimersByTime(120_000);

    expect(reasons).toEqual(['manual']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('can be turned off for one-shot command-line runs', async () => {
    const store = openStore(tempFolder(), { idleLockMs: Infinity });
    unwrap(await store.create(PASSPHRASE));

    expect(vi.getTimerCount()).toBe(0);
    expect(store.isUnlocked()).toBe(true);
  });
});
