import { open, rename, unlink } from 'node:fs/promises';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { writeFileAtomic, type AtomicWriteIo } from '../../main/services/profile/atomic-write.js';
import { expectError, tempFolder, unwrap } from './profile-fixtures.js';

const OLD = '{"format":1,"keyId":"old"}\n';
const NEW = '{"format":1,"keyId":"new"}\n';

// The error Node raises when the disk fills up mid-write.
function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });
}

// Real file system calls, except that every write to an opened file fails as on a full disk.
const fullDiskIo: AtomicWriteIo = {
  rename,
  unlink,
  open: (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'writeFile') return () => Promise.reject(diskFull());
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }) as typeof open,
};

function folderWithKeyFile(): { folder: string; path: string } {
  const folder = tempFolder();
  const path = join(folder, 'profile.json');
  writeFileSync(path, OLD);
  return { folder, path };
}

describe('atomic key file write', () => {
  it('replaces the file, readable only by its owner, and leaves no temporary file', async () => {
    const { folder, path } = folderWithKeyFile();

    unwrap(await writeFileAtomic(path, NEW));

    expect(readFileSync(path, 'utf8')).toBe(NEW);
    expect(readdirSync(folder)).toEqual(['profile.json']);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reports a full disk as disk.full and keeps the old file whole', async () => {
    const { folder, path } = folderWithKeyFile();

    expectError(await writeFileAtomic(path, NEW, fullDiskIo), 'disk.full');

    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['profile.json']);
  });

  it('keeps the old file when the rename fails', async () => {
    const { folder, path } = folderWithKeyFile();
    const renameFails: AtomicWriteIo = {
      open,
      unlink,
      rename: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })),
    };

    expectError(await writeFileAtomic(path, NEW, renameFails), 'internal');

    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['profile.json']);
  });
});
