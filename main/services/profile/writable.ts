import { accessSync, constants } from 'node:fs';

import { err, ok, type Result } from '../../../core/result.js';

// A profile is written on every unlock (WAL, throttle counters, rewrapped keys) and by every
// note and import. One that cannot be written is refused when it is unlocked, with a code
// that says so, rather than opened read-only and failing at the member's first note.

export type ProfilePart = 'folder' | 'keyFile' | 'database';

// Not EPERM: Windows reports a file held open by another program (a virus scanner, say) that
// way, which passes, while the profile stays writable.
const READ_ONLY_CODES: ReadonlySet<string> = new Set(['EACCES', 'EROFS']);

/** File-system or SQLite errors that mean "not allowed to write here". */
export function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // SQLite adds a suffix for the cause: SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_DBMOVED...
  return READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY');
}

/**
 * Checks that each existing part can be written; a missing part is left to the caller (a
 * missing key file is "no profile", a missing database "damaged"). The operating system
 * answers, so an administrator, whom permissions do not stop, passes on a writable disk.
 */
export function checkWritable(parts: ReadonlyArray<readonly [ProfilePart, string]>): Result<void> {
  for (const [part, path] of parts) {
    const mode = part === 'folder' ? constants.W_OK | constants.X_OK : constants.W_OK;
    try {
      accessSync(path, mode);
    } catch (error) {
      if (isReadOnlyError(error))
        return err('profile.readOnly', `${part} is not writable`, { part });
    }
  }
  return ok(undefined);
}
