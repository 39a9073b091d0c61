import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { createLogger } from '../logger.js';
import { closeProfileDatabase, openProfileDatabase } from './database.js';
import { createIdleTimer } from './idle-timer.js';
import { DEFAULT_SCRYPT, isValidScryptParams, type ScryptParams } from './kdf.js';
import { NO_FAILURES, writeKeyFile, type KeyFile } from './key-file.js';
import { DB_KEY_BYTES, wrapDbKey } from './key-wrap.js';
import { isWeakPassphrase, verifyPassphrase } from './passphrase-gate.js';
import { createSerialQueue } from './serial-queue.js';
import { checkWritable, isReadOnlyError } from './writable.js';

export type { ScryptParams } from './kdf.js';

export type LockReason = 'manual' | 'idle' | 'system';

export type ProfileStore = {
  exists(): boolean;
  create(passphrase: string): Promise<Result<Db>>;
  unlock(passphrase: string): Promise<Result<Db>>;
  lock(reason: LockReason): void;
  /** Rewraps the same database key under `next`; the database itself is not rewritten. */
  changePassphrase(current: string, next: string): Promise<Result<void>>;
  db(): Result<Db>;
  isUnlocked(): boolean;
  /** User activity: restarts the idle timer. */
  touch(): void;
  onLocked(listener: (reason: LockReason) => void): () => void;
  /** Closes the database for good (app quit); later calls fail. Does not emit onLocked. */
  close(): void;
};

export type ProfileStoreOptions = {
  dir: string;
  idleLockMs?: number;
  now?: () => number;
  // Tests pass cheap parameters; a profile made with others is rewrapped on its next unlock.
  kdf?: Partial<ScryptParams>;
};

export const KEY_FILE_NAME = 'profile.json';
export const DATABASE_FILE_NAME = 'yishi.db';
export const DEFAULT_IDLE_LOCK_MS = 10 * 60 * 1000;

const DATABASE_SIDE_FILES = ['', '-wal', '-shm'];
const log = createLogger('profile');

export function createProfileStore(options: ProfileStoreOptions): ProfileStore {
  const keyPath = join(options.dir, KEY_FILE_NAME);
  const dbPath = join(options.dir, DATABASE_FILE_NAME);
  const now = options.now ?? Date.now;
  const kdf = resolveKdf(options.kdf);
  const serial = createSerialQueue();
  const listeners = new Set<(reason: LockReason) => void>();

  let openDb: Db | null = null;
  let closed = false;
  // Bumped by every lock: an unlock requested before a lock must not open the database after
  // it (a system suspend during the key derivation, say).
  let lockEpoch = 0;

  const idle = createIdleTimer(options.idleLockMs ?? DEFAULT_IDLE_LOCK_MS, () => lock('idle'));

  function exists(): boolean {
    return existsSync(keyPath);
  }

  // Checked before a passphrase is tried: a wrong guess must be counted in the key file.
  function checkProfileWritable(): Result<void> {
    return checkWritable([
      ['folder', options.dir],
      ['keyFile', keyPath],
      ...DATABASE_SIDE_FILES.map((side) => ['database', dbPath + side] as const),
    ]);
  }

  function lock(reason: LockReason): void {
    lockEpoch += 1;
    idle.stop();
    if (openDb === null) return;

    releaseDatabase();
    log.info('profile locked', { reason });
    for (const listener of [...listeners]) notify(listener, reason);
  }

  function releaseDatabase(): void {
    if (openDb === null) return;
    const checkpointed = closeProfileDatabase(openDb);
    openDb = null;
    if (!checkpointed) log.warn('WAL checkpoint failed before close');
  }

  function becomeUnlocked(db: Db): Result<Db> {
    openDb = db;
    idle.restart();
    return ok(db);
  }

  async function create(passphrase: string, epoch: number): Promise<Result<Db>> {
    if (closed) return storeClosed();
    if (exists()) return err('profile.exists');
    if (isWeakPassphrase(passphrase)) return err('profile.weakPassphrase');

    const prepared = prepareFolder();
    if (!prepared.ok) return prepared;

    const dbKey = randomBytes(DB_KEY_BYTES);
    try {
      const keyFile = await wrapDbKey(dbKey, passphrase, kdf, randomUUID());
      if (epoch !== lockEpoch) return err('profile.locked', 'locked while creating');

      const opened = openProfileDatabase(dbPath, dbKey, 'create');
      if (!opened.ok) return abandonCreate(opened);

      // The key file is written last: until it exists there is no profile, and a crash
      // before this point leaves only a database nobody can open, set aside next time.
      const written = await writeKeyFile(keyPath, keyFile);
      if (!written.ok) {
        closeProfileDatabase(opened.value);
        return abandonCreate(written);
      }

      log.info('profile created', { keyId: keyFile.keyId });
      return becomeUnlocked(opened.value);
    } finally {
      dbKey.fill(0);
    }
  }

  function prepareFolder(): Result<void> {
    try {
      mkdirSync(options.dir, { recursive: true, mode: 0o700 });
      const writable = checkWritable([['folder', options.dir]]);
      if (!writable.ok) return writable;

      setAsideOrphanDatabase();
      return ok(undefined);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOSPC') return err('disk.full');
      if (isReadOnlyError(error)) return err('profile.readOnly', undefined, { part: 'folder' });
      return err('internal', `cannot prepare profile folder: ${code ?? 'unknown'}`);
    }
  }

  // A database without a key file cannot be read by anyone, but a backup of the key file
  // might still turn up: keep it under another name rather than delete it.
  function setAsideOrphanDatabase(): void {
    if (!existsSync(dbPath)) return;

    const suffix = `.orphaned-${now()}`;
    for (const side of DATABASE_SIDE_FILES) {
      const path = dbPath + side;
      if (existsSync(path)) renameSync(path, path + suffix);
    }
    log.warn('database without key file set aside');
  }

  function abandonCreate(failure: Result<never>): Result<never> {
    for (const side of DATABASE_SIDE_FILES) rmSync(dbPath + side, { force: true });
    return failure;
  }

  async function unlock(passphrase: string, epoch: number): Promise<Result<Db>> {
    if (closed) return storeClosed();
    const writable = checkProfileWritable();
    if (!writable.ok) return writable;

    const verified = await verifyPassphrase(keyPath, passphrase, now(), log);
    if (!verified.ok) return verified;
    const { keyFile, dbKey } = verified.value;

    try {
      await refreshKeyFile(keyFile, dbKey, passphrase);
      if (epoch !== lockEpoch) return err('profile.locked', 'locked while unlocking');

      // Already open: the passphrase was checked like any other, and the same handle is
      // returned rather than a second one.
      if (openDb !== null) return becomeUnlocked(openDb);

      const opened = openProfileDatabase(dbPath, dbKey, 'existing');
      if (!opened.ok) return opened;

      log.info('profile unlocked', { keyId: keyFile.keyId });
      return becomeUnlocked(opened.value);
    } finally {
      dbKey.fill(0);
    }
  }

  // After a right passphrase: clear the failure counters and, when this build uses other
  // KDF parameters than the key file, rewrap under them. Neither is worth failing unlock for.
  async function refreshKeyFile(keyFile: KeyFile, dbKey: Buffer, passphrase: string) {
    const stale = keyFile.kdf.N !== kdf.N || keyFile.kdf.r !== kdf.r || keyFile.kdf.p !== kdf.p;
    const counted = keyFile.throttle.failedAttempts > 0 || keyFile.throttle.lastFailureAt !== null;
    if (!stale && !counted) return;

    const next = stale
      ? await wrapDbKey(dbKey, passphrase, kdf, keyFile.keyId)
      : { ...keyFile, throttle: NO_FAILURES };
    const written = await writeKeyFile(keyPath, next);
    if (!written.ok) log.warn('could not update key file', { code: written.error.code });
  }

  async function changePassphrase(current: string, next: string): Promise<Result<void>> {
    if (closed) return storeClosed();
    if (isWeakPassphrase(next)) return err('profile.weakPassphrase');
    const writable = checkProfileWritable();
    if (!writable.ok) return writable;

    const verified = await verifyPassphrase(keyPath, current, now(), log);
    if (!verified.ok) return verified;
    const { keyFile, dbKey } = verified.value;

    try {
      const rewrapped = await wrapDbKey(dbKey, next, kdf, keyFile.keyId);
      const written = await writeKeyFile(keyPath, rewrapped);
      if (written.ok) log.info('passphrase changed', { keyId: keyFile.keyId });
      return written;
    } finally {
      dbKey.fill(0);
    }
  }

  function close(): void {
    closed = true;
    lockEpoch += 1;
    idle.stop();
    releaseDatabase();
    listeners.clear();
  }

  return {
    exists,
    // The epoch is taken when the call is made, not when its turn in the queue comes: a
    // lock issued after the call cancels it.
    create: (passphrase) => {
      const epoch = lockEpoch;
      return serial(() => create(passphrase, epoch));
    },
    unlock: (passphrase) => {
      const epoch = lockEpoch;
      return serial(() => unlock(passphrase, epoch));
    },
    lock,
    changePassphrase: (current, next) => serial(() => changePassphrase(current, next)),
    db: () => (openDb === null ? err('profile.locked') : ok(openDb)),
    isUnlocked: () => openDb !== null,
    touch: () => {
      if (openDb !== null) idle.restart();
    },
    onLocked: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close,
  };
}

function resolveKdf(overrides: Partial<ScryptParams> | undefined): ScryptParams {
  const params = { ...DEFAULT_SCRYPT, ...overrides };
  if (!isValidScryptParams(params)) throw new Error('invalid scrypt parameters');
  return params;
}

function storeClosed(): Result<never> {
  return err('internal', 'profile store is closed');
}

// A listener that throws is a bug in the listener; the lock itself has already happened.
function notify(listener: (reason: LockReason) => void, reason: LockReason): void {
  try {
    listener(reason);
  } catch (error) {
    log.error('lock listener threw', { errorMessage: (error as Error).message });
  }
}
