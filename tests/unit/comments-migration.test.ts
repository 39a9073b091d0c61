import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openEncrypted, type Db } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { migration0001 } from '../../db/migrations/0001_initial.js';
import { schemaVersion } from '../../db/migrations/index.js';
import { findMaterial, readMaterialBytes } from '../../main/services/materials/repository.js';
import { readRealBytes } from '../integration/realdata.js';
import { unwrap } from './services-fixture.js';

// A profile written by the first release (schema 1) opens in this one: schema 2 adds the
// comments table and a material's base, and keeps everything the profile already held.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const STAMP = '2025-03-01T01:00:00.000Z';

function writeSchemaOneProfile(path: string, key: Buffer, law: Uint8Array): void {
  const db = unwrap(openEncrypted(path, key));
  expect(unwrap(migrate(db, [migration0001]))).toEqual({ from: 0, to: 1 });

  db.exec(`
    INSERT INTO meta (key, value) VALUES ('committeeName', '清和市人民代表大会常务委员会');
    INSERT INTO people (id, name, role, title) VALUES ('p-1', '李明华', 'member', '委员');
    INSERT INTO meetings (id, title, starts_at, location, created_at)
      VALUES ('m-1', '第二十三次会议', '${STAMP}', '第一会议室', '${STAMP}');
    INSERT INTO agenda_items (id, meeting_id, ordinal, title)
      VALUES ('a-1', 'm-1', 1, '监督法修订草案审议');
    INSERT INTO materials (id, agenda_item_id, title, file_name, kind, classification,
        version, sha256, size, page_count, password_protected, imported_at)
      VALUES ('x-1', 'a-1', '监督法（修订草案）', 'jianduFa_2024.md', 'text', 'internal',
        1, '${'0'.repeat(64)}', ${law.length}, NULL, 0, '${STAMP}');
    INSERT INTO annotations (id, material_id, person_id, page, kind, rects, quote, note,
        created_at, updated_at)
      VALUES ('n-1', 'x-1', 'p-1', 1, 'note', '[]', '第一条', '建议与地方组织法一致。',
        '${STAMP}', '${STAMP}');
  `);
  db.prepare('INSERT INTO material_chunks (material_id, idx, data) VALUES (?, 0, ?)').run(
    'x-1',
    Buffer.from(law),
  );
  db.close();
}

function contents(db: Db): unknown {
  return Object.fromEntries(
    ['meta', 'people', 'meetings', 'agenda_items', 'annotations', 'trace_issues'].map((table) => [
      table,
      db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    ]),
  );
}

describe('schema 2', () => {
  it('upgrades a schema 1 profile and keeps its meetings, materials and notes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yishi-migrate-'));
    folders.push(folder);
    const path = join(folder, 'yishi.db');
    const key = randomBytes(32);
    const law = readRealBytes('laws', 'jianduFa_2024.md');
    writeSchemaOneProfile(path, key, law);

    const old = unwrap(openEncrypted(path, key));
    const before = contents(old);
    old.close();

    const db = unwrap(openEncrypted(path, key));
    expect(schemaVersion).toBe(2);
    expect(unwrap(migrate(db))).toEqual({ from: 1, to: 2 });

    expect(contents(db)).toEqual(before);
    expect(findMaterial(db, 'x-1', 'p-1')).toMatchObject({
      title: '监督法（修订草案）',
      size: law.length,
      annotationCount: 1,
      baseMaterialId: null,
    });
    expect(readMaterialBytes(db, 'x-1', law.length)).toEqual(law);
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });

    // The new column refers to materials: a base that does not exist is refused.
    expect(() =>
      db.prepare("UPDATE materials SET base_material_id = 'nothing' WHERE id = 'x-1'").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
