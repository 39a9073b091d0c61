import { err, ok, type Result } from '../core/result.js';
import type { Db } from './connection.js';
import { migrations as defaultMigrations } from './migrations/index.js';

/**
 * Brings the schema up to date, one transaction per migration, using SQLite's `user_version`
 * as the schema version. A database written by a newer Yishi is refused rather than guessed
 * at: its tables may mean things this version does not know.
 */
export function migrate(
  db: Db,
  migrations: readonly string[] = defaultMigrations,
): Result<{ from: number; to: number }> {
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = migrations.length;

  if (from > to) {
    return err('profile.newerDatabase', `database schema ${from} is newer than ${to}`, {
      databaseVersion: from,
      appVersion: to,
    });
  }

  for (let version = from + 1; version <= to; version += 1) {
    const sql = migrations[version - 1] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }

  return ok({ from, to });
}
