import { chmodSync, existsSync } from 'node:fs';

import { err, ok, type Result } from '../../../core/result.js';
import { openEncrypted, type Db } from '../../../db/connection.js';
import { migrate } from '../../../db/migrate.js';

export type OpenMode = 'create' | 'existing';

/**
 * Opens the profile database with its raw key and brings the schema up to date. The key is
 * the caller's to wipe. On any failure the handle is closed again.
 */
export function openProfileDatabase(path: string, dbKey: Buffer, mode: OpenMode): Result<Db> {
  // SQLite would quietly create an empty database; for an existing profile that would hide
  // a lost file behind an empty meeting list.
  if (mode === 'existing' && !existsSync(path)) {
    return err('profile.corrupt', 'database file is missing', { part: 'database' });
  }

  const opened = openEncrypted(path, dbKey);
  if (!opened.ok) return mismatchIsCorrupt(opened);
  const db = opened.value;

  if (mode === 'create') restrictToOwner(path);

  const migrated = migrateSafely(db);
  if (!migrated.ok) {
    db.close();
    return migrated;
  }
  return ok(db);
}

/**
 * Folds the WAL back into the database so no log file lingers, then closes the handle.
 * Returns false when the checkpoint failed: the WAL (encrypted like the database) then stays
 * until the next open replays it.
 */
export function closeProfileDatabase(db: Db): boolean {
  let checkpointed = true;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    checkpointed = false;
  }

  db.close();
  return checkpointed;
}

// The passphrase was right (the key unwrapped), so a key the database rejects means the key
// file and the database are not a pair, or the database is damaged.
function mismatchIsCorrupt(result: Result<never>): Result<never> {
  if (result.ok || result.error.code !== 'profile.wrongPassphrase') return result;
  return err('profile.corrupt', 'database does not open with the unwrapped key', {
    part: 'database',
  });
}

// migrate() lets SQLite errors through as exceptions; here they become values. Each
// migration ran in its own transaction, so a failure leaves the last good version.
function migrateSafely(db: Db): Result<void> {
  try {
    const migrated = migrate(db);
    return migrated.ok ? ok(undefined) : migrated;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_FULL') return err('disk.full');
    if (code?.startsWith('SQLITE_READONLY')) {
      return err('profile.readOnly', 'migration could not write', { part: 'database' });
    }
    return err('profile.corrupt', `migration failed: ${code ?? 'unknown'}`, { part: 'schema' });
  }
}

// The file is ciphertext, but there is no reason for other accounts to read it either. SQLite
// gives the WAL and SHM files the same mode as the database.
function restrictToOwner(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch {
    // Best effort: Windows ignores most of the mode anyway.
  }
}
