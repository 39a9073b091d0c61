import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';

import { err, ok, type Result } from '../../../core/result.js';
import { KEY_FILE_FORMAT, NO_FAILURES, type KeyFile } from './key-file.js';
import { deriveKeys, SALT_BYTES, type ScryptParams } from './kdf.js';

export const DB_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Wraps `dbKey` under `passphrase` with a fresh salt and IV. The caller owns `dbKey`. */
export async function wrapDbKey(
  dbKey: Buffer,
  passphrase: string,
  params: ScryptParams,
  keyId: string,
): Promise<KeyFile> {
  const salt = randomBytes(SALT_BYTES);
  const { kek, passphraseCheck } = await deriveKeys(passphrase, salt, params);
  const iv = randomBytes(IV_BYTES);

  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(associatedData(keyId));
    const ciphertext = Buffer.concat([cipher.update(dbKey), cipher.final()]);

    return {
      format: KEY_FILE_FORMAT,
      keyId,
      kdf: { name: 'scrypt', ...pick(params), salt: salt.toString('base64') },
      passphraseCheck: passphraseCheck.toString('base64'),
      wrap: {
        cipher: 'aes-256-gcm',
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      },
      throttle: NO_FAILURES,
    };
  } finally {
    kek.fill(0);
  }
}

/**
 * Unwraps the database key. A wrong passphrase fails the passphrase check; a right
 * passphrase whose wrapped key then fails GCM authentication means the file was altered.
 */
export async function unwrapDbKey(keyFile: KeyFile, passphrase: string): Promise<Result<Buffer>> {
  const salt = Buffer.from(keyFile.kdf.salt, 'base64');
  const { kek, passphraseCheck } = await deriveKeys(passphrase, salt, pick(keyFile.kdf));

  try {
    const storedCheck = Buffer.from(keyFile.passphraseCheck, 'base64');
    const sameLength = storedCheck.length === passphraseCheck.length;
    if (!sameLength || !timingSafeEqual(storedCheck, passphraseCheck)) {
      return err('profile.wrongPassphrase');
    }

    return decrypt(keyFile, kek);
  } finally {
    kek.fill(0);
  }
}

function decrypt(keyFile: KeyFile, kek: Buffer): Result<Buffer> {
  const iv = Buffer.from(keyFile.wrap.iv, 'base64');
  const tag = Buffer.from(keyFile.wrap.tag, 'base64');
  const ciphertext = Buffer.from(keyFile.wrap.ciphertext, 'base64');
  const tampered = err('profile.corrupt', 'wrapped database key failed authentication', {
    part: 'wrappedKey',
  });
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return tampered;
  if (ciphertext.length !== DB_KEY_BYTES) return tampered;

  const decipher = createDecipheriv('aes-256-gcm', kek, iv);
  decipher.setAAD(associatedData(keyFile.keyId));
  decipher.setAuthTag(tag);

  // GCM releases plaintext before it checks the tag: wipe it if the check then fails.
  const dbKey = decipher.update(ciphertext);
  try {
    decipher.final();
    return ok(dbKey);
  } catch {
    dbKey.fill(0);
    return tampered;
  }
}

// Binds the wrapped key to its format and key ID, so neither can be swapped unnoticed.
function associatedData(keyId: string): Buffer {
  return Buffer.from(`yishi profile key file ${KEY_FILE_FORMAT} ${keyId}`, 'utf8');
}

function pick({ N, r, p }: ScryptParams): ScryptParams {
  return { N, r, p };
}
