import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
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
  writeKeyFileJson,
} from './profile-fixtures.js';

const article = articleOf(readLaw('jianduFa_2024.md'), '第三条');

async function lockedProfile(): Promise<string> {
  const dir = tempFolder();
  const store = openStore(dir);
  saveText(unwrap(await store.create(PASSPHRASE)), 'article', article);
  store.lock('manual');
  return dir;
}

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

describe('profile key file: damage and tampering', () => {
  it.each(['ciphertext', 'tag', 'iv'] as const)(
    'names a flipped bit in the wrapped key (%s) as damage, not a wrong passphrase',
    async (field) => {
      const dir = await lockedProfile();
      const original = readFileSync(keyFilePath(dir));
      const keyFile = readKeyFileJson(dir);
      writeKeyFileJson(dir, {
        ...keyFile,
        wrap: { ...keyFile.wrap, [field]: flipFirstByte(keyFile.wrap[field]) },
      });
      const tamperedHash = sha256OfFile(keyFilePath(dir));
      const databaseHash = sha256OfFile(databasePath(dir));
      const store = openStore(dir);

      expect(await store.unlock(PASSPHRASE)).toMatchObject({
        ok: false,
        error: { code: 'profile.corrupt', details: { part: 'wrappedKey' } },
      });

      // Nothing was rewritten or counted, and the original key file still works.
      expect(sha256OfFile(keyFilePath(dir))).toBe(tamperedHash);
      expect(sha256OfFile(databasePath(dir))).toBe(databaseHash);
      writeFileSync(keyFilePath(dir), original);
      expect(loadText(unwrap(await store.unlock(PASSPHRASE)), 'article')).toBe(article);
    },
  );

  it('treats a key file cut short (a half-finished copy) as corrupt', async () => {
    const dir = await lockedProfile();
    const text = readFileSync(keyFilePath(dir), 'utf8');
    writeFileSync(keyFilePath(dir), text.slice(0, text.length / 2));

    expect(await openStore(dir).unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.corrupt', details: { part: 'keyFile' } },
    });
  });

  it('refuses a key file from a newer Yishi and says which format it has', async () => {
    const dir = await lockedProfile();
    writeKeyFileJson(dir, { ...readKeyFileJson(dir), format: 2, kdf: { name: 'argon2id' } });

    expect(await openStore(dir).unlock(PASSPHRASE)).toMatchObject({
      error: {
        code: 'profile.newerDatabase',
        details: { keyFileFormat: 2, appKeyFileFormat: 1 },
      },
    });
  });

  it('refuses scrypt parameters that would exhaust memory before running scrypt', async () => {
    const dir = await lockedProfile();
    const keyFile = readKeyFileJson(dir);
    writeKeyFileJson(dir, { ...keyFile, kdf: { ...keyFile.kdf, N: 2 ** 30 } });

    expectError(await openStore(dir).unlock(PASSPHRASE), 'profile.corrupt');
  });

  it('says the database is missing rather than creating an empty one', async () => {
    const dir = await lockedProfile();
    rmSync(databasePath(dir));

    expect(await openStore(dir).unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.corrupt', details: { part: 'database' } },
    });
    expect(readdirSync(dir)).toEqual(['profile.json']);
  });

  it('says the key file and database do not belong together', async () => {
    const dir = await lockedProfile();
    const other = await lockedProfile();
    writeFileSync(keyFilePath(dir), readFileSync(keyFilePath(other)));

    expect(await openStore(dir).unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'profile.corrupt', details: { part: 'database' } },
    });
  });

  it('removes temporary key files left by a process killed mid-write', async () => {
    const dir = await lockedProfile();
    const leftover = `${dir}/.profile.json.0a1b2c3d4e5f.tmp`;
    writeFileSync(leftover, '{"format":1,"keyId":"half-writ');

    const store = openStore(dir);
    expectError(await store.unlock('监督法修订草案-审议稿'), 'profile.wrongPassphrase');

    expect(readdirSync(dir).sort()).toEqual(['profile.json', 'yishi.db']);
    unwrap(await store.unlock(PASSPHRASE));
  });
});
