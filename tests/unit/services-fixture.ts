import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach } from 'vitest';

import { ok, type Result } from '../../core/result.js';
import { openEncrypted, type Db } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { insertAgendaItem, insertMeeting } from '../../main/services/meetings/repository.js';
import { loadOwner, recordCommittee, type Owner } from '../../main/services/owner.js';

// A real encrypted profile database (SQLCipher file in a temp folder, schema migrated) with
// a small committee, for the service tests that do not need the profile store around it.

export type ServiceFixture = Readonly<{
  db: Db;
  owner: Owner;
  // Another member of the committee, whose private notes the owner must never see.
  colleague: Owner;
  meetingId: string;
  agendaItemIds: readonly [string, string];
  otherMeetingAgendaItemId: string;
  openDb: () => Result<Db>;
}>;

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

export function openServiceFixture(): ServiceFixture {
  const dir = mkdtempSync(join(tmpdir(), 'yishi-services-'));
  const opened = openEncrypted(join(dir, 'yishi.db'), randomBytes(32));
  if (!opened.ok) throw new Error(`cannot open test database: ${opened.error.code}`);
  const db = opened.value;
  cleanups.push(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const migrated = migrate(db);
  if (!migrated.ok) throw new Error('cannot migrate test database');

  recordCommittee(db, {
    name: '清和市人民代表大会常务委员会',
    people: [
      { id: 'p-owner', name: '李明华', role: 'member', title: '委员' },
      { id: 'p-colleague', name: '王秀英', role: 'member', title: '委员' },
    ],
    ownerPersonId: 'p-owner',
  });

  const stamp = '2025-03-01T01:00:00.000Z';
  insertMeeting(db, {
    id: 'm-1',
    title: '第二十三次会议',
    startsAt: stamp,
    location: '第一会议室',
    createdAt: stamp,
  });
  insertMeeting(db, {
    id: 'm-2',
    title: '第二十四次会议',
    startsAt: stamp,
    location: '第一会议室',
    createdAt: stamp,
  });
  insertAgendaItem(db, { id: 'a-1', meetingId: 'm-1', ordinal: 1, title: '监督法修订草案审议' });
  insertAgendaItem(db, { id: 'a-2', meetingId: 'm-1', ordinal: 2, title: '学习材料' });
  insertAgendaItem(db, { id: 'a-3', meetingId: 'm-2', ordinal: 1, title: '学习材料' });

  const owner = loadOwner(db);
  if (!owner.ok) throw new Error('fixture has no owner');
  const colleague: Owner = {
    committee: owner.value.committee,
    person: { id: 'p-colleague', name: '王秀英', role: 'member', title: '委员' },
  };

  return {
    db,
    owner: owner.value,
    colleague,
    meetingId: 'm-1',
    agendaItemIds: ['a-1', 'a-2'],
    otherMeetingAgendaItemId: 'a-3',
    openDb: () => ok(db),
  };
}

/** Everything an import could have written, to prove a refused import wrote nothing. */
export function storedState(db: Db): unknown {
  return {
    totalChanges: db.prepare('SELECT total_changes() AS n').get(),
    materials: db.prepare('SELECT id, sha256, version FROM materials ORDER BY rowid').all(),
    chunks: db
      .prepare('SELECT count(*) AS n, sum(length(data)) AS bytes FROM material_chunks')
      .get(),
    meta: db.prepare('SELECT key FROM meta ORDER BY key').all(),
  };
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}
