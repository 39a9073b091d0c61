import { describe, expect, it } from 'vitest';

import {
  OTHER_PASSPHRASE,
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

const article = articleOf(readLaw('jianduFa_2024.md'), '第二十条');

describe('profile store: changing the passphrase', () => {
  it('rewraps the same key: old passphrase fails, new one opens the same bytes', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    saveText(unwrap(await store.create(PASSPHRASE)), 'article', article);
    store.lock('manual');
    const databaseHash = sha256OfFile(databasePath(dir));
    const before = readKeyFileJson(dir);

    unwrap(await store.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE));

    expect(sha256OfFile(databasePath(dir))).toBe(databaseHash);
    const after = readKeyFileJson(dir);
    expect(after.keyId).toBe(before.keyId);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(after.wrap.ciphertext).not.toBe(before.wrap.ciphertext);

    expectError(await store.unlock(PASSPHRASE), 'profile.wrongPassphrase');
    expect(loadText(unwrap(await store.unlock(OTHER_PASSPHRASE)), 'article')).toBe(article);
  });

  it('keeps an unlocked profile open and usable while the passphrase changes', async () => {
    const store = openStore(tempFolder());
    const db = unwrap(await store.create(PASSPHRASE));

    unwrap(await store.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE));

    expect(unwrap(store.db())).toBe(db);
    saveText(db, 'article', article);
    store.lock('manual');
    expect(loadText(unwrap(await store.unlock(OTHER_PASSPHRASE)), 'article')).toBe(article);
  });

  it('changes nothing when the current passphrase is wrong', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    store.lock('manual');
    const before = readKeyFileJson(dir);

    expectError(
      await store.changePassphrase('监督法修订草案-审议稿', OTHER_PASSPHRASE),
      'profile.wrongPassphrase',
    );

    const after = readKeyFileJson(dir);
    expect({ ...after, throttle: before.throttle }).toEqual(before);
    expectError(await store.unlock(OTHER_PASSPHRASE), 'profile.wrongPassphrase');
    unwrap(await store.unlock(PASSPHRASE));
  });

  it('refuses a weak new passphrase before touching the key file', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    unwrap(await store.create(PASSPHRASE));
    const keyFileHash = sha256OfFile(keyFilePath(dir));

    expectError(await store.changePassphrase(PASSPHRASE, '短口令'), 'profile.weakPassphrase');
    expect(sha256OfFile(keyFilePath(dir))).toBe(keyFileHash);
  });
});
