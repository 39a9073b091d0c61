import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { LockReason } from '../../main/services/profile/store.js';
import {
  CHEAP_KDF,
  PASSPHRASE,
  articleOf,
  databasePath,
  expectError,
  keyFilePath,
  loadText,
  openStore,
  readKeyFileJson,
  readLaw,
  saveText,
  sha256OfFile,
  tempFolder,
  unwrap,
} from './profile-fixtures.js';

const jianduFa2024 = readLaw('jianduFa_2024.md');
const firstArticle = articleOf(jianduFa2024, '第一条');

describe('profile store: create and unlock', () => {
  it('keeps data written before a lock and reads it back after a restart', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    expect(store.exists()).toBe(false);

    const db = unwrap(await store.create(PASSPHRASE));
    saveText(db, 'article', firstArticle);
    store.lock('manual');

    expect(store.isUnlocked()).toBe(false);
    expectError(store.db(), 'profile.locked');

    const restarted = openStore(dir);
    expect(restarted.exists()).toBe(true);
    const reopened = unwrap(await restarted.unlock(PASSPHRASE));
    expect(loadText(reopened, 'article')).toBe(firstArticle);
    expect(unwrap(restarted.db())).toBe(reopened);
  });

  it('writes a format 1 key file, readable only by its owner, naming its KDF', async () => {
    const dir = tempFolder();
    unwrap(await openStore(dir).create(PASSPHRASE));

    const keyFile = readKeyFileJson(dir);
    expect(keyFile).toMatchObject({
      format: 1,
      kdf: { name: 'scrypt', ...CHEAP_KDF },
      wrap: { cipher: 'aes-256-gcm' },
      throttle: { failedAttempts: 0, lastFailureAt: null },
    });
    expect(Buffer.from(keyFile.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(keyFile.wrap.ciphertext, 'base64')).toHaveLength(32);
    if (process.platform !== 'win32') {
      expect(statSync(keyFilePath(dir)).mode & 0o777).toBe(0o600);
      expect(statSync(databasePath(dir)).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses to create a profile over an existing one and leaves it intact', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');
    const before = sha256OfFile(keyFilePath(dir));

    expectError(await store.create('另一个足够长的口令'), 'profile.exists');
    expect(sha256OfFile(keyFilePath(dir))).toBe(before);
    unwrap(await store.unlock(PASSPHRASE));
  });

  it('refuses a passphrase under eight characters but counts 汉字 as characters', async () => {
    const store = openStore(tempFolder());

    expectError(await store.create('1234567'), 'profile.weakPassphrase');
    expectError(await store.create('常委会'), 'profile.weakPassphrase');
    expect(store.exists()).toBe(false);

    unwrap(await store.create('人民代表大会常委'));
    expect(store.exists()).toBe(true);
  });

  it('answers notFound for a folder without a profile', async () => {
    const store = openStore(join(tempFolder(), 'never-created'));
    expectError(await store.unlock(PASSPHRASE), 'profile.notFound');
  });

  it('rejects a wrong passphrase and stays locked', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');

    const result = await store.unlock('监督法修订草案-审议稿');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'profile.wrongPassphrase', details: { failedAttempts: 1 } },
    });
    expect(store.isUnlocked()).toBe(false);
    expect(readKeyFileJson(dir).throttle.failedAttempts).toBe(1);
  });

  it('accepts the passphrase in another Unicode normal form', async () => {
    const store = openStore(tempFolder());
    const composed = 'Café-议事-口令';
    unwrap(await store.create(composed));
    store.lock('manual');

    unwrap(await store.unlock(composed.normalize('NFD')));
  });
});

describe('profile store: locking', () => {
  it('tells listeners why it locked, once, and closes the database', async () => {
    const store = openStore(tempFolder());
    const reasons: LockReason[] = [];
    const unsubscribe = store.onLocked((reason) => reasons.push(reason));
    const db = unwrap(await store.create(PASSPHRASE));

    store.lock('system');
    store.lock('manual');

    expect(reasons).toEqual(['system']);
    expect(db.open).toBe(false);

    unwrap(await store.unlock(PASSPHRASE));
    unsubscribe();
    store.lock('manual');
    expect(reasons).toEqual(['system']);
  });

  it('leaves no WAL or shared-memory file after a lock', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    const db = unwrap(await store.create(PASSPHRASE));
    saveText(db, 'law', jianduFa2024);
    expect(existsSync(databasePath(dir) + '-wal')).toBe(true);

    store.lock('manual');

    expect(readdirSync(dir).sort()).toEqual(['profile.json', 'yishi.db']);
  });

  it('opens one handle when two unlocks race', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');

    const [first, second] = await Promise.all([store.unlock(PASSPHRASE), store.unlock(PASSPHRASE)]);

    expect(unwrap(first)).toBe(unwrap(second));
    expect(unwrap(store.db())).toBe(unwrap(first));
  });

  it('counts every one of several wrong passphrases sent at once', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');

    const wrong = ['口令一二三四五六七', '口令二三四五六七八', '口令三四五六七八九'];
    const results = await Promise.all(wrong.map((guess) => store.unlock(guess)));

    for (const result of results) expectError(result, 'profile.wrongPassphrase');
    expect(readKeyFileJson(dir).throttle.failedAttempts).toBe(3);
  });

  it('still checks the passphrase when already unlocked', async () => {
    const store = openStore(tempFolder());
    const db = unwrap(await store.create(PASSPHRASE));

    expectError(await store.unlock('不是这个口令-12345'), 'profile.wrongPassphrase');
    expect(unwrap(store.db())).toBe(db);
  });

  it('does not open the database when a lock arrives during the key derivation', async () => {
    const store = openStore(tempFolder());
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');

    const pending = store.unlock(PASSPHRASE);
    store.lock('system');

    expectError(await pending, 'profile.locked');
    expect(store.isUnlocked()).toBe(false);
  });

  it('refuses every operation after close without emitting a lock', async () => {
    const store = openStore(tempFolder());
    const reasons: LockReason[] = [];
    store.onLocked((reason) => reasons.push(reason));
    const db = unwrap(await store.create(PASSPHRASE));

    store.close();

    expect(db.open).toBe(false);
    expect(reasons).toEqual([]);
    expectError(await store.unlock(PASSPHRASE), 'internal');
    expectError(store.db(), 'profile.locked');
  });
});

describe('profile store: key file upkeep', () => {
  it('rewraps the same key under new KDF parameters on unlock, data untouched', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    saveText(unwrap(await store.create(PASSPHRASE)), 'article', firstArticle);
    store.lock('manual');
    const before = readKeyFileJson(dir);
    const databaseHash = sha256OfFile(databasePath(dir));

    const stronger = openStore(dir, { kdf: { N: 2 ** 11 } });
    unwrap(await stronger.unlock(PASSPHRASE));
    stronger.lock('manual');

    const after = readKeyFileJson(dir);
    expect(after.kdf.N).toBe(2 ** 11);
    expect(after.keyId).toBe(before.keyId);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(sha256OfFile(databasePath(dir))).toBe(databaseHash);
    expect(loadText(unwrap(await stronger.unlock(PASSPHRASE)), 'article')).toBe(firstArticle);
  });

  it('sets aside a database left without a key file instead of deleting it', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');
    const orphanHash = sha256OfFile(databasePath(dir));
    rmSync(keyFilePath(dir));

    unwrap(await openStore(dir, { now: () => 1_700_000_000_000 }).create(PASSPHRASE));

    const orphan = join(dir, 'yishi.db.orphaned-1700000000000');
    expect(sha256OfFile(orphan)).toBe(orphanHash);
    expect(sha256OfFile(databasePath(dir))).not.toBe(orphanHash);
  });
});
