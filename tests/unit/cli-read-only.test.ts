import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { MeetingSummary } from '../../core/api/models.js';
import { createServiceHost } from '../../main/services/index.js';
import { realdataPath } from '../integration/realdata.js';

// A profile that can be read but not written (a folder, key file or database made read-only
// by an administrator, a backup restored from read-only media) is refused at unlock with a
// message that says so, instead of "damaged" or an internal error at the first note.
//
// File modes do not stop root. When the suite runs as root, the CLI runs as 'nobody'
// (uid 65534) over files given to that user, so the modes apply as they would to a member.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin', 'yishi.mjs');
const PASSPHRASE = '只读档案-测试口令';
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

let work: string;
let original: string;
let passphraseFile: string;
let meetingId: string;

function yishi(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--passphrase-file', passphraseFile], {
    encoding: 'utf8',
    cwd: repoRoot,
    timeout: 60_000,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function giveToMember(path: string): void {
  if (!asRoot) return;
  chownSync(path, NOBODY, NOBODY);
  for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    chownSync(join(path, entry), NOBODY, NOBODY);
  }
}

/** A fresh copy of the demo profile, with `part` of it made read-only. */
function copyWith(name: string, readOnly: 'folder' | 'profile.json' | 'yishi.db' | null) {
  const profile = join(work, name);
  cpSync(original, profile, { recursive: true });
  giveToMember(profile);

  if (readOnly === 'folder') chmodSync(profile, 0o500);
  if (readOnly !== null && readOnly !== 'folder') chmodSync(join(profile, readOnly), 0o400);
  return profile;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'yishi-cli-readonly-'));
  original = join(work, 'original');
  passphraseFile = join(work, 'passphrase.txt');
  writeFileSync(passphraseFile, `${PASSPHRASE}\n`);

  const host = createServiceHost({
    profileDir: original,
    demoDir: join(repoRoot, 'demo'),
    transport: 'web',
    appVersion: 'test',
    kdf: { N: 2 ** 10 },
  });
  try {
    await host.invoke('profile.createDemo', { passphrase: PASSPHRASE });
    const meetings = (await host.invoke('meeting.list', {})) as { value: MeetingSummary[] };
    meetingId = meetings.value[0]?.id ?? '';
  } finally {
    host.close();
  }
  giveToMember(work);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// Running as 'nobody' needs a checkout that user can read; a clone inside a private home
// folder is not. Then the suite is reported as skipped, with this reason, rather than failed.
const nobodyCanRun =
  !asRoot ||
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)})`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

describe.skipIf(!nobodyCanRun)('yishi on a read-only profile (as nobody when root)', () => {
  it('opens a writable copy, so the refusals below are about the modes alone', () => {
    const run = yishi(['meetings', '--profile', copyWith('writable', null)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(meetingId);
  });

  it('refuses a read-only folder as read-only, not as damaged (exit 5)', () => {
    const run = yishi(['meetings', '--profile', copyWith('folder', 'folder')]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('档案文件夹只能读取、不能写入');
    expect(run.stderr).not.toContain('损坏');
  });

  it('refuses a read-only database at unlock, before an import could fail', () => {
    const profile = copyWith('database', 'yishi.db');
    const run = yishi([
      'import',
      '--profile',
      profile,
      '--meeting',
      meetingId,
      realdataPath('laws', 'lifafa_2015.md'),
    ]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('档案数据库（yishi.db）只能读取、不能写入');
    expect(run.stderr).not.toContain('内部错误');
    expect(run.stdout).toBe('');
  });

  it('refuses a read-only key file before trying a passphrase it could not count', () => {
    const profile = copyWith('key-file', 'profile.json');
    writeFileSync(passphraseFile, '不对的口令-试一试\n');
    try {
      const run = yishi(['meetings', '--profile', profile]);
      expect(run.code).toBe(5);
      expect(run.stderr).toContain('档案密钥文件（profile.json）只能读取、不能写入');
    } finally {
      writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
    }
  });
});
