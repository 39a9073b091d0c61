import { err, ok, type Result } from '../../../core/result.js';
import type { Logger } from '../logger.js';
import { readKeyFile, writeKeyFile, type KeyFile } from './key-file.js';
import { normalizePassphrase } from './kdf.js';
import { unwrapDbKey } from './key-wrap.js';
import { checkThrottle, delayAfterFailures, recordFailure } from './throttle.js';

const MIN_PASSPHRASE_CHARS = 8;

export type VerifiedPassphrase = Readonly<{
  keyFile: KeyFile;
  // The raw database key. The caller must wipe it (fill(0)) as soon as it is done.
  dbKey: Buffer;
}>;

/** Counted in characters, not bytes or UTF-16 units: 8 汉字 are as long as 8 letters. */
export function isWeakPassphrase(passphrase: string): boolean {
  return [...normalizePassphrase(passphrase)].length < MIN_PASSPHRASE_CHARS;
}

/**
 * Checks a passphrase against the key file, honouring and updating the failure counters.
 * Every path that accepts a passphrase (unlock, passphrase change) goes through here, so
 * none of them offers a way around the delay.
 */
export async function verifyPassphrase(
  keyPath: string,
  passphrase: string,
  now: number,
  log: Logger,
): Promise<Result<VerifiedPassphrase>> {
  const read = await readKeyFile(keyPath);
  if (!read.ok) return read;
  const keyFile = read.value;

  const verdict = checkThrottle(keyFile.throttle, now);
  if (!verdict.allowed) {
    if (verdict.clockMovedBack) await restartWait(keyPath, keyFile, now, log);
    log.warn('unlock refused while throttled', { retryAfterMs: verdict.retryAfterMs });
    return err('profile.throttled', 'too many wrong passphrases', {
      retryAfterMs: verdict.retryAfterMs,
    });
  }

  const unwrapped = await unwrapDbKey(keyFile, passphrase);
  if (unwrapped.ok) return ok({ keyFile, dbKey: unwrapped.value });
  if (unwrapped.error.code !== 'profile.wrongPassphrase') {
    log.error('key file rejected', { code: unwrapped.error.code });
    return unwrapped;
  }

  return countFailure(keyPath, keyFile, now, log);
}

async function countFailure(
  keyPath: string,
  keyFile: KeyFile,
  now: number,
  log: Logger,
): Promise<Result<never>> {
  const throttle = recordFailure(keyFile.throttle, now);
  const written = await writeKeyFile(keyPath, { ...keyFile, throttle });

  // Limitation: on a full disk the failure is not counted. Anyone able to fill the disk can
  // also copy the key file and guess offline, which the counters never prevented.
  if (!written.ok) log.warn('could not record failed attempt', { code: written.error.code });
  log.warn('wrong passphrase', { failedAttempts: throttle.failedAttempts });

  return err('profile.wrongPassphrase', undefined, {
    failedAttempts: throttle.failedAttempts,
    retryAfterMs: delayAfterFailures(throttle.failedAttempts),
  });
}

async function restartWait(
  keyPath: string,
  keyFile: KeyFile,
  now: number,
  log: Logger,
): Promise<void> {
  const throttle = { ...keyFile.throttle, lastFailureAt: now };
  const written = await writeKeyFile(keyPath, { ...keyFile, throttle });
  if (!written.ok) log.warn('could not restart throttle wait', { code: written.error.code });
}
