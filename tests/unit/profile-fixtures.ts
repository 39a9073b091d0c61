import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, expect } from 'vitest';

import type { Result } from '../../core/result.js';
import type { Db } from '../../db/connection.js';
import type { KeyFile } from '../../main/services/profile/key-file.js';
import {
  createProfileStore,
  type ProfileStore,
  type ProfileStoreOptions,
} from '../../main/services/profile/store.js';

// Shared by the profile*.test.ts files: real folders, real SQLCipher files, cheap scrypt.

export const CHEAP_KDF = { N: 2 ** 10, r: 8, p: 1 };
export const PASSPHRASE = '监督法修订草案-审议用';
export const OTHER_PASSPHRASE = '常委会组成人员 2024';

const realdata = fileURLToPath(new URL('../../../shared/realdata/', import.meta.url));

/** The text of a law from the shared real data (UTF-8 Markdown). */
export function readLaw(fileName: string): string {
  return readFileSync(join(realdata, 'laws', fileName), 'utf8');
}

/** The line of a law that starts with `第X条`, e.g. `articleOf(text, '第一条')`. */
export function articleOf(lawText: string, number: string): string {
  const line = lawText.split('\n').find((candidate) => candidate.startsWith(number + ' '));
  if (line === undefined) throw new Error(`no ${number} in the law text`);
  return line;
}

const folders: string[] = [];
const stores: ProfileStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'yishi-profile-'));
  folders.push(folder);
  return folder;
}

/** A store with cheap scrypt, closed after the test. */
export function openStore(
  dir: string,
  options: Partial<Omit<ProfileStoreOptions, 'dir'>> = {},
): ProfileStore {
  const store = createProfileStore({ dir, kdf: CHEAP_KDF, ...options });
  stores.push(store);
  return store;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function expectError(result: Result<unknown>, code: string): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
}

export function keyFilePath(dir: string): string {
  return join(dir, 'profile.json');
}

export function databasePath(dir: string): string {
  return join(dir, 'yishi.db');
}

export function readKeyFileJson(dir: string): KeyFile {
  return JSON.parse(readFileSync(keyFilePath(dir), 'utf8')) as KeyFile;
}

export function writeKeyFileJson(dir: string, keyFile: unknown): void {
  writeFileSync(keyFilePath(dir), JSON.stringify(keyFile, null, 2));
}

export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function saveText(db: Db, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}

export function loadText(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

/** Every regular file under `folder`, recursively. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}
