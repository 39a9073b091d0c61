import { lstatSync, readFileSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

// Looks for plaintext in files as an attacker with the disk would: raw bytes, each needle in
// UTF-8 and in UTF-16 (little- and big-endian, as Windows tools and some databases store
// text). Nothing is decoded, so a hit is a hit whatever the file claims to be.

export type Needle = Readonly<{ label: string; text: string }>;
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type Hit = Readonly<{ file: string; needle: string; encoding: Encoding }>;

const encodings: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be'];

// Compiled copies of this repository's own source, kept by the test runner (Playwright) and
// by tsx (which runs the `yishi` command): they quote the tests' phrases and the demo agenda
// because the source does, not because a member read anything. Nothing else is skipped.
const compileCache = /^(playwright-transform-cache(-\d+)?|tsx-\d+)$/;

export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');

  const little = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? little : Buffer.from(little).swap16();
}

export function scanFiles(files: readonly string[], needles: readonly Needle[]): Hit[] {
  const patterns = needles.flatMap((needle) =>
    encodings.map((encoding) => ({ needle, encoding, bytes: encode(needle.text, encoding) })),
  );
  const hits: Hit[] = [];

  for (const file of files) {
    const content = readIfStillThere(file);
    if (!content) continue;

    for (const { needle, encoding, bytes } of patterns) {
      if (content.includes(bytes)) hits.push({ file, needle: needle.label, encoding });
    }
  }
  return hits;
}

/** Every regular file under root, at any depth, but for compile caches; links not followed. */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const pending = [root];

  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const name of readNames(folder)) {
      const path = join(folder, name);
      const stats = statIfStillThere(path);
      if (!stats) continue;

      if (stats.isDirectory() && !compileCache.test(name)) pending.push(path);
      else if (stats.isFile()) found.push(path);
    }
  }
  return found.sort();
}

/**
 * The files in the entries (files or folders) created directly in `root` at or after
 * `sinceMs`: what a process put in a shared temp folder during a run, and not what other
 * programs keep writing into folders of their own that were there before.
 */
export function filesInEntriesCreatedSince(root: string, sinceMs: number): string[] {
  const created = readNames(root)
    .filter((name) => !compileCache.test(name))
    .map((name) => join(root, name))
    .filter((path) => {
      const stats = statIfStillThere(path);
      // Where the file system keeps no birth time, the last status change stands in for it.
      return stats !== null && (stats.birthtimeMs || stats.ctimeMs) >= sinceMs;
    });

  return created.flatMap((path) =>
    statIfStillThere(path)?.isDirectory() ? listFiles(path) : [path],
  );
}

function readNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return []; // vanished, or not ours to read
  }
}

function statIfStillThere(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function readIfStillThere(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
