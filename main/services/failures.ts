import { err, type Result } from '../../core/result.js';
import type { Logger } from './logger.js';
import { isReadOnlyError } from './profile/writable.js';

// What an exception escaping a service becomes. Most are bugs and turn into `internal`;
// a few are the machine's state (a full disk, a profile made read-only after unlocking, a
// damaged database), which the user can act on, and get their own code.
export function failureOf(error: unknown, method: string, log: Logger): Result<never> {
  const code = (error as { code?: unknown } | null)?.code;

  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    log.warn('disk full', { method, code });
    return err('disk.full');
  }
  if (isReadOnlyError(error)) {
    log.warn('profile not writable', { method, code: String(code) });
    return err('profile.readOnly', `${method} could not write the profile`);
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    log.error('database damaged', { method, code });
    return err('profile.corrupt', `${method} found the database damaged`);
  }

  // The error text is not logged: it may quote a material, a note or a passphrase.
  log.error('service threw', { method, code: typeof code === 'string' ? code : 'none' });
  return err('internal', `${method} failed`);
}
