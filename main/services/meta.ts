import type { Db } from '../../db/connection.js';

// Profile-wide facts kept in the `meta` table. Keys are namespaced so that the service layer
// and the profile store never step on each other.
export const metaKeys = {
  committeeName: 'committee.name',
  ownerPersonId: 'owner.personId',
  // HMAC key for trace IDs (hex); created on first use, never leaves the profile.
  traceSecret: 'trace.secret',
} as const;

export type MetaKey = (typeof metaKeys)[keyof typeof metaKeys];

export function readMeta(db: Db, key: MetaKey): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: MetaKey, value: string): void {
  db.prepare(
    `INSERT INTO meta (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}
