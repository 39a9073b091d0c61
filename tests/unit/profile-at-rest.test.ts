import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  PASSPHRASE,
  articleOf,
  filesUnder,
  openStore,
  readLaw,
  saveText,
  tempFolder,
  unwrap,
} from './profile-fixtures.js';

const law = readLaw('jianduFa_2024.md');
const article = articleOf(law, '第一条');
// Phrases a reader of the law would recognise, taken from the stored text.
const phrases = [
  '坚持好、完善好、运行好人民代表大会制度',
  '中华人民共和国各级人民代表大会常务委员会监督法',
];

/** Files under `folder` whose bytes contain `phrase` in UTF-8 or UTF-16LE. */
function filesContaining(folder: string, phrase: string): string[] {
  const needles = [Buffer.from(phrase, 'utf8'), Buffer.from(phrase, 'utf16le')];
  return filesUnder(folder).filter((path) => {
    const bytes = readFileSync(path);
    return needles.some((needle) => bytes.includes(needle));
  });
}

describe('profile at rest', () => {
  it('the scan finds the phrases in a plain copy, so a clean result means something', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'plain-utf8.md'), law, 'utf8');
    writeFileSync(join(folder, 'plain-utf16.txt'), law, 'utf16le');

    for (const phrase of phrases) {
      expect(phrase.length).toBeGreaterThan(10);
      expect(law).toContain(phrase);
      expect(filesContaining(folder, phrase)).toHaveLength(2);
    }
  });

  it('keeps no plaintext of stored law text in the database, WAL, SHM or key file', async () => {
    const dir = tempFolder();
    const store = openStore(dir);
    const db = unwrap(await store.create(PASSPHRASE));
    saveText(db, 'law', law);
    saveText(db, 'article', article);

    // While unlocked the WAL and SHM hold the fresh pages.
    expect(
      filesUnder(dir)
        .map((path) => path.slice(dir.length + 1))
        .sort(),
    ).toEqual(['profile.json', 'yishi.db', 'yishi.db-shm', 'yishi.db-wal']);
    for (const phrase of phrases) expect(filesContaining(dir, phrase)).toEqual([]);

    store.lock('manual');
    for (const phrase of phrases) expect(filesContaining(dir, phrase)).toEqual([]);
  });
});
