import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openEncrypted, type Db } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { schemaVersion } from '../../db/migrations/index.js';
import {
  PASSPHRASE,
  articleOf,
  databasePath,
  openStore,
  readLaw,
  saveText,
  sha256OfFile,
  tempFolder,
  unwrap,
} from './profile-fixtures.js';

function emptyDatabase(): Db {
  const db = unwrap(openEncrypted(join(tempFolder(), 'yishi.db'), randomBytes(32)));
  return db;
}

function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tableNames(db: Db): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
    name: string;
  }[];
  return rows.map((row) => row.name).sort();
}

describe('schema migrations', () => {
  it('brings an empty database to the current schema version', () => {
    const db = emptyDatabase();

    expect(unwrap(migrate(db))).toEqual({ from: 0, to: schemaVersion });

    expect(userVersion(db)).toBe(schemaVersion);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['meetings', 'materials', 'meta']));
    expect(unwrap(migrate(db))).toEqual({ from: schemaVersion, to: schemaVersion });
    db.close();
  });

  it('rolls back a failing migration whole and keeps the versions before it', () => {
    const db = emptyDatabase();
    const first = 'CREATE TABLE committee (name TEXT NOT NULL);';
    const failing = `
      CREATE TABLE poll (id TEXT PRIMARY KEY);
      INSERT INTO table_that_does_not_exist VALUES (1);
    `;

    expect(() => migrate(db, [first, failing])).toThrow(/table_that_does_not_exist/);

    expect(userVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['committee']);

    const fixed = 'CREATE TABLE poll (id TEXT PRIMARY KEY);';
    expect(unwrap(migrate(db, [first, fixed]))).toEqual({ from: 1, to: 2 });
    expect(tableNames(db)).toEqual(['committee', 'poll']);
    db.close();
  });
});

describe('profile store: a database newer than the app', () => {
  it('is refused with both versions, stays locked, and is left as it was', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    const article = articleOf(readLaw('jianduFa_2024.md'), '第一条');
    const db = unwrap(await store.create(PASSPHRASE));
    saveText(db, 'article', article);
    db.pragma(`user_version = ${schemaVersion + 3}`);
    store.lock('manual');
    const databaseHash = sha256OfFile(databasePath(dir));

    expect(await store.unlock(PASSPHRASE)).toMatchObject({
      ok: false,
      error: {
        code: 'profile.newerDatabase',
        details: { databaseVersion: schemaVersion + 3, appVersion: schemaVersion },
      },
    });
    expect(store.isUnlocked()).toBe(false);
    expect(sha256OfFile(databasePath(dir))).toBe(databaseHash);
    expect(readdirSync(dir).sort()).toEqual(['profile.json', 'yishi.db']);
  });
});
