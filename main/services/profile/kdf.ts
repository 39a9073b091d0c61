import { hkdf, scrypt } from 'node:crypto';

// scrypt (RFC 7914) turns the member's passphrase into key material. It is memory-hard, so a
// stolen key file costs an attacker RAM as well as time per guess, and Electron's BoringSSL
// ships it (unlike Argon2id), so the same code runs in Node and in the packaged app.

export type ScryptParams = Readonly<{
  // CPU/memory cost, a power of two. Memory used is about 128 * N * r bytes.
  N: number;
  // Block size.
  r: number;
  // Parallelisation.
  p: number;
}>;

// About 0.45 s and 128 MiB on the reference laptop (2 cores, Node 20); see docs/profile.md.
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

// Upper bounds for parameters read from a key file: a tampered file must not make unlock
// allocate gigabytes or spin for minutes.
const MAX_LOG2_N = 22;
const MAX_R = 32;
const MAX_P = 16;
const MAX_MEMORY_BYTES = 1024 * 1024 * 1024;

export const SALT_BYTES = 16;
const MASTER_BYTES = 32;

export type DerivedKeys = Readonly<{
  // Key-encryption key: wraps and unwraps the database key.
  kek: Buffer;
  // Stored beside the wrapped key so a wrong passphrase can be told apart from a damaged
  // wrapped key. It costs an attacker nothing extra: each guess still needs one scrypt run.
  passphraseCheck: Buffer;
}>;

export function isValidScryptParams(params: ScryptParams): boolean {
  const { N, r, p } = params;
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value >= 1)) return false;

  const log2N = Math.log2(N);
  if (!Number.isInteger(log2N) || log2N < 1 || log2N > MAX_LOG2_N) return false;
  if (r > MAX_R || p > MAX_P) return false;
  return scryptMemoryBytes(params) <= MAX_MEMORY_BYTES;
}

/** Normalises a passphrase so that the same characters typed through different IMEs match. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export async function deriveKeys(
  passphrase: string,
  salt: Buffer,
  params: ScryptParams,
): Promise<DerivedKeys> {
  const master = await scryptAsync(normalizePassphrase(passphrase), salt, params);
  try {
    const kek = await hkdfAsync(master, 'yishi profile kek v1');
    const passphraseCheck = await hkdfAsync(master, 'yishi profile passphrase check v1');
    return { kek, passphraseCheck };
  } finally {
    master.fill(0);
  }
}

// OpenSSL's own formula: the V array (128 * r * (N + 2)) plus the B array (128 * r * p).
function scryptMemoryBytes({ N, r, p }: ScryptParams): number {
  return 128 * r * (N + 2 + p);
}

function scryptAsync(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const maxmem = scryptMemoryBytes(params) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, MASTER_BYTES, { ...params, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

// Two keys from one scrypt run (RFC 5869 expand with distinct labels) instead of two runs.
function hkdfAsync(master: Buffer, info: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', master, Buffer.alloc(0), info, 32, (error, key) => {
      if (error) reject(error);
      else resolve(Buffer.from(key));
    });
  });
}
