import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { err, ok, type Result } from '../../../core/result.js';
import { isReadOnlyError } from './writable.js';

// The file system calls an atomic write needs; tests swap in failing ones to prove that a
// full disk leaves the old file untouched and no temporary file behind.
export type AtomicWriteIo = Readonly<{
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}>;

const nodeIo: AtomicWriteIo = { open, rename, unlink };

/** The prefix of temporary files, so a later write can recognise leftovers of a crash. */
export function temporaryPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/**
 * Replaces `path` with `data` so that a reader sees either the old or the new contents, never
 * a mix: write a private temporary file in the same folder, flush it to the disk, rename it
 * over the target (atomic on POSIX and NTFS), then flush the folder so the rename survives
 * a power cut.
 */
export async function writeFileAtomic(
  path: string,
  data: string,
  io: AtomicWriteIo = nodeIo,
): Promise<Result<void>> {
  const temporary = join(
    dirname(path),
    `${temporaryPrefix(path)}${randomBytes(6).toString('hex')}.tmp`,
  );

  try {
    const handle = await io.open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temporary, path);
  } catch (error) {
    await io.unlink(temporary).catch(() => undefined);
    if (isDiskFull(error)) return err('disk.full', (error as Error).message);
    if (isReadOnlyError(error)) return err('profile.readOnly', undefined, { part: 'keyFile' });
    return err('internal', (error as Error).message);
  }

  await syncFolder(dirname(path), io);
  return ok(undefined);
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

// Windows cannot open a folder for fsync, and NTFS journals the rename itself; there and on
// any other refusal the rename has happened, so the write still counts as done.
async function syncFolder(folder: string, io: AtomicWriteIo): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await io.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, see above.
  }
}
