import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServiceHost } from '../../main/services/index.js';
import type { MeetingDetail } from '../../core/api/models.js';
import { realdataPath } from '../integration/realdata.js';

// The `yishi` command as a clerk's script runs it: a real process, real files, exit codes.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin', 'yishi.mjs');
const PASSPHRASE = '清和市人大常委会 2025';

let work: string;
let profile: string;
let passphraseFile: string;

function yishi(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: stdin ?? '',
    encoding: 'utf8',
    cwd: repoRoot,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const withPassphrase = (args: string[]) => [...args, '--passphrase-file', passphraseFile];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'yishi-cli-'));
  profile = join(work, 'profile');
  passphraseFile = join(work, 'passphrase.txt');
  writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('yishi CLI', () => {
  let meetingId = '';

  it('creates the demo profile and names its meeting', () => {
    const run = yishi(withPassphrase(['demo', '--profile', profile]));

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('清和市人民代表大会常务委员会，档案所有人：李明华（委员）');
    expect(run.stdout).toMatch(/会议 \S+ {2}第十七届人大常委会第二十三次会议/);
  });

  it('lists meeting IDs for scripts, reading the passphrase from standard input', () => {
    const run = yishi(['meetings', '--profile', profile], `${PASSPHRASE}\nignored second line\n`);

    expect(run.code).toBe(0);
    const [line, ...others] = run.stdout.trim().split('\n');
    expect(others).toEqual([]);
    const [id, startsAt, title] = line?.split('\t') ?? [];
    expect(title).toBe('第十七届人大常委会第二十三次会议');
    expect(Number.isNaN(Date.parse(startsAt ?? ''))).toBe(false);
    meetingId = id ?? '';
  });

  it('imports a real law and a real PDF into an agenda item', () => {
    const run = yishi(
      withPassphrase([
        'import',
        '--profile',
        profile,
        '--meeting',
        meetingId,
        '--agenda',
        '2',
        '--classification',
        'public',
        realdataPath('laws', 'npcsc_yishiguize_2022.md'),
        realdataPath('pdfs', 'rotation.pdf'),
      ]),
    );

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已导入 “npcsc_yishiguize_2022”（第 1 版，公开）');
    expect(run.stdout).toContain('已导入 “rotation”（第 1 版，公开，2 页）');
  });

  it('refuses a duplicate, a misnamed and an empty file (exit 4), importing the rest', () => {
    const empty = join(work, '草案.md');
    writeFileSync(empty, new Uint8Array(0));
    const pdfAsMarkdown = join(work, '报告.md');
    writeFileSync(pdfAsMarkdown, readFileSync(realdataPath('pdfs', 'issue2128r.pdf')));

    const run = yishi(
      withPassphrase([
        'import',
        '--profile',
        profile,
        '--meeting',
        meetingId,
        '--agenda',
        '3',
        realdataPath('pdfs', 'issue19360.pdf'),
        pdfAsMarkdown,
        empty,
        realdataPath('pdfs', 'issue8372.pdf'),
      ]),
    );

    expect(run.code).toBe(4);
    expect(run.stderr).toContain(
      '本次会议已有内容相同的材料“坚持社会主义核心价值体系 增强文化自觉和文化自信”',
    );
    expect(run.stderr).toContain('文件内容与扩展名不符：扩展名为 .md，内容却是PDF');
    expect(run.stderr).toContain('文件为空');
    expect(run.stdout).toContain('已导入 “issue8372”');
  });

  it('resolves the trace ID of an opened copy to its recipient', async () => {
    const host = createServiceHost({
      profileDir: profile,
      demoDir: join(repoRoot, 'demo'),
      transport: 'web',
      appVersion: 'test',
    });
    let traceId = '';
    try {
      await host.invoke('profile.unlock', { passphrase: PASSPHRASE });
      const detail = (await host.invoke('meeting.get', { meetingId })) as { value: MeetingDetail };
      const materialId = detail.value.agendaItems[0]?.materials[1]?.id;
      const opened = (await host.invoke('material.open', { materialId })) as {
        value: { watermark: { traceId: string } };
      };
      traceId = opened.value.watermark.traceId;
    } finally {
      host.close();
    }

    const run = yishi(withPassphrase(['trace', '--profile', profile, traceId.toLowerCase()]));
    expect(run.code).toBe(0);
    expect(run.stdout.split('\t').slice(0, 4)).toEqual([
      traceId,
      '李明华',
      '监督法（修订草案）',
      '第 1 版',
    ]);
  });

  it('answers a wrong passphrase with exit code 3', () => {
    const run = yishi(['meetings', '--profile', profile], '不对的口令-试一试\n');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('口令不正确');
  });

  it('answers profile problems with exit code 5', () => {
    const missing = yishi(withPassphrase(['meetings', '--profile', join(work, 'none')]));
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain('该目录下没有议事档案');

    const again = yishi(withPassphrase(['demo', '--profile', profile]));
    expect(again.code).toBe(5);
    expect(again.stderr).toContain('该目录下已有档案');
  });

  it('refuses a passphrase on the command line and other usage errors with exit code 2', () => {
    const elsewhere = join(work, 'argv-profile');
    const argv = yishi(['demo', '--profile', elsewhere, '--passphrase', PASSPHRASE]);
    expect(argv.code).toBe(2);
    expect(argv.stderr).toContain('口令不能写在命令行上');
    expect(existsSync(elsewhere)).toBe(false);

    expect(yishi(['import', '--profile', profile]).code).toBe(2);
    expect(yishi(['export', '--profile', profile]).code).toBe(2);
    expect(yishi([]).code).toBe(2);
  });

  it('documents commands and exit codes in --help', () => {
    const run = yishi(['--help']);
    expect(run.code).toBe(0);
    for (const text of ['yishi demo', 'yishi import', 'yishi meetings', 'yishi web', '退出码']) {
      expect(run.stdout).toContain(text);
    }
  });
});
