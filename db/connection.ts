import Database from 'better-sqlite3-multiple-ciphers';

import { err, ok, type Result } from '../core/result.js';

export type Db = Database.Database;

// SQLCipher v4 page format (via SQLite3 Multiple Ciphers), so the file can be inspected with
// standard sqlcipher tooling given the raw key.
const CIPHER_PRAGMAS = ['cipher = sqlcipher', 'legacy = 4'];

// Where Electron loads a build of the native module compiled for its own ABI; Node (tests,
// CLI, browser shell) uses the default build. See scripts/build-native-electron.mjs.
function nativeBinding(): string | undefined {
  return process.env['YISHI_SQLITE_BINDING'] || undefined;
}

/**
 * Opens (or creates) the profile database with a raw 256-bit key. Returns
 * `profile.wrongPassphrase` when the key does not decrypt the file; with a wrapped key that
 * only happens if the key file and database belong to different profiles.
 */
export function openEncrypted(path: string, key: Buffer): Result<Db> {
  if (key.length !== 32) return err('internal', 'database key must be 32 bytes');

  const binding = nativeBinding();
  const db = binding ? new Database(path, { nativeBinding: binding }) : new Database(path);
  try {
    for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
    db.pragma(`key = "x'${key.toString('hex')}'"`);

    // The first read fails with SQLITE_NOTADB when the key is wrong.
    db.prepare('SELECT count(*) FROM sqlite_master').get();

    // Temporary tables and sort spills stay in memory: a temp file would be plaintext.
    db.pragma('temp_store = MEMORY');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    return ok(db);
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB')
      return err('profile.wrongPassphrase', 'key does not open the database');
    if (code === 'SQLITE_FULL') return err('disk.full');
    if (code?.startsWith('SQLITE_READONLY'))
      return err('profile.readOnly', undefined, { part: 'database' });
    return err('profile.corrupt', (error as Error).message);
  }
}
