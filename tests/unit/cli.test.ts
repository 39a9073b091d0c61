import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServiceHost } from '../../main/services/index.js';
import type { MeetingDetail } from '../../core/api/models.js';
import { manifestRow, realdataPath } from '../integration/realdata.js';

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

  it('checks an encrypted PDF page by page with --pdf-password-file, storing no password', () => {
    // The user password MANIFEST.md gives for this file.
    expect(manifestRow('pdfs/pr6531_1.pdf')).toContain("correct user password 'asdfasdf'");
    const passwordFile = join(work, 'pdf-password.txt');
    writeFileSync(passwordFile, 'qwerty\n');
    const importLocked = () =>
      yishi(
        withPassphrase([
          'import',
          '--profile',
          profile,
          '--meeting',
          meetingId,
          '--agenda',
          '3',
          '--pdf-password-file',
          passwordFile,
          realdataPath('pdfs', 'pr6531_1.pdf'),
        ]),
      );

    const wrong = importLocked();
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('PDF 密码不正确');

    writeFileSync(passwordFile, 'asdfasdf\n');
    const right = importLocked();
    expect(right.stderr).toBe('');
    expect(right.code).toBe(0);
    expect(right.stdout).toContain('已导入 “pr6531_1”（第 1 版，内部，1 页，需密码打开）');
  });

  it('refuses a file above the size limit from its size alone (exit 4)', () => {
    // Sparse: 3 GB on paper, nothing on the disk. Reading it first used to fail instead.
    const huge = join(work, '全年会议材料汇编.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);

    const run = yishi(
      withPassphrase(['import', '--profile', profile, '--meeting', meetingId, huge]),
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('文件过大（3072 MB），上限为 200 MB');
    expect(run.stderr).not.toContain('无法读取');
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

  it('says a passphrase longer than 1024 characters is too long, with exit code 3', () => {
    const run = yishi(['meetings', '--profile', profile], `${'议'.repeat(1025)}\n`);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('口令过长（最多 1024 个字符）');
    expect(run.stderr).not.toContain('口令不正确');
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

  it('explains argument errors in Chinese with a short English hint (exit 2)', () => {
    const missing = yishi(['import', '--profile', profile, '--meeting']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--meeting 后缺少取值，例如 --meeting ID');
    expect(missing.stderr).toContain('(missing value for --meeting)');
    expect(missing.stderr).not.toContain('argument missing');

    const unknown = yishi([
      'import',
      '--profile',
      profile,
      '--meeting',
      'm',
      '--pages',
      '3',
      'a.pdf',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知选项 --pages (unknown option)');
    expect(unknown.stderr).not.toContain('To specify');

    const flagValue = yishi(['regulation', 'parse', 'a.md', '--json=yes']);
    expect(flagValue.code).toBe(2);
    expect(flagValue.stderr).toContain('--json 不接受取值');
  });

  it('documents commands and exit codes in --help', () => {
    const run = yishi(['--help']);
    expect(run.code).toBe(0);
    const documented = [
      'yishi demo',
      'yishi import',
      '--pdf-password-file FILE',
      '不会保存',
      'yishi meetings',
      'yishi web',
      '退出码',
    ];
    for (const text of documented) {
      expect(run.stdout).toContain(text);
    }
  });
});
