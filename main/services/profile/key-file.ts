import { readFile, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { z } from 'zod';

import { err, ok, type Result } from '../../../core/result.js';
import { temporaryPrefix, writeFileAtomic, type AtomicWriteIo } from './atomic-write.js';
import { isValidScryptParams } from './kdf.js';

// profile.json: the database key, wrapped by the passphrase, plus what it takes to unwrap it
// again (KDF name and parameters, cipher, IV, tag) so either can change in a later format.

export const KEY_FILE_FORMAT = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const keyFileSchema = z
  .object({
    format: z.literal(KEY_FILE_FORMAT),
    // Names the database key (not the passphrase): unchanged by a passphrase change.
    keyId: z.string().min(8).max(64),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z.number().int(),
        r: z.number().int(),
        p: z.number().int(),
        salt: base64,
      })
      .strict()
      .refine(isValidScryptParams, 'scrypt parameters out of range'),
    passphraseCheck: base64,
    wrap: z
      .object({
        cipher: z.literal('aes-256-gcm'),
        iv: base64,
        tag: base64,
        ciphertext: base64,
      })
      .strict(),
    // Not authenticated, on purpose: see docs/profile.md ("What the counters protect").
    throttle: z
      .object({
        failedAttempts: z.number().int().min(0),
        lastFailureAt: z.number().nullable(),
      })
      .strict(),
  })
  .strict();

export type KeyFile = z.infer<typeof keyFileSchema>;
export type ThrottleState = KeyFile['throttle'];

export const NO_FAILURES: ThrottleState = { failedAttempts: 0, lastFailureAt: null };

/** Reads and checks the key file; the caller decides what a missing file means. */
export async function readKeyFile(path: string): Promise<Result<KeyFile>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return err('profile.notFound');
    return err('internal', `cannot read key file: ${code ?? 'unknown'}`);
  }

  return parseKeyFile(text);
}

export function parseKeyFile(text: string): Result<KeyFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('profile.corrupt', 'key file is not JSON', { part: 'keyFile' });
  }

  // A later Yishi may store its key differently; refuse instead of misreading it.
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > KEY_FILE_FORMAT) {
    return err('profile.newerDatabase', `key file format ${format} is newer`, {
      keyFileFormat: format,
      appKeyFileFormat: KEY_FILE_FORMAT,
    });
  }

  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    return err('profile.corrupt', 'key file does not match format 1', { part: 'keyFile' });
  }
  return ok(parsed.data);
}

export async function writeKeyFile(
  path: string,
  keyFile: KeyFile,
  io?: AtomicWriteIo,
): Promise<Result<void>> {
  await removeLeftoverTemporaries(path);
  return writeFileAtomic(path, JSON.stringify(keyFile, null, 2) + '\n', io);
}

// A process killed between writing and renaming leaves a temporary copy. It holds only a
// wrapped key, but possibly one wrapped by a passphrase the member has since changed.
async function removeLeftoverTemporaries(path: string): Promise<void> {
  const prefix = temporaryPrefix(path);
  const folder = dirname(path);
  const names = await readdir(folder).catch(() => [] as string[]);

  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp') || name === basename(path)) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}
