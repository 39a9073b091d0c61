import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { realdataPath } from '../integration/realdata.js';

// `yishi regulation` as an auditor's script runs it: a real process on the real laws,
// JSON on stdout, Chinese messages and exit code 4 for files it cannot use.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin', 'yishi.mjs');
const lawPath = (name: string) => realdataPath('laws', name);

let work: string;

function yishi(args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'regulation', ...args], {
    encoding: 'utf8',
    cwd: repoRoot,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'yishi-regulation-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('yishi regulation parse', () => {
  it('prints exactly title, counts and tree as JSON, without profile or passphrase', () => {
    const run = yishi(['parse', lawPath('difang_zuzhifa_2022.md'), '--json']);
    expect(run.code).toBe(0);

    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['title', 'counts', 'tree']);
    expect(output['title']).toBe('中华人民共和国地方各级人民代表大会和地方各级人民政府组织法');
    expect(output['counts']).toEqual({
      articles: 90,
      chapters: 5,
      sections: 14,
      paragraphs: 169,
      items: 81,
    });
    const tree = output['tree'] as { kind: string; children: Array<{ kind: string }> };
    expect(tree.kind).toBe('title');
    expect(tree.children.map((child) => child.kind)).toEqual([
      'preamble',
      'chapter',
      'chapter',
      'chapter',
      'chapter',
      'chapter',
    ]);
  });

  it('prints a Chinese outline without --json', () => {
    const run = yishi(['parse', lawPath('lifafa_2015.md')]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('共 105 条，6 章，7 节');
    expect(run.stdout).toContain('第二章 法律（第七条至第六十四条）');
  });
});

describe('yishi regulation compare', () => {
  it('prints one row per article pair, numbers as integers and null for a missing side', () => {
    const run = yishi([
      'compare',
      lawPath('npcsc_yishiguize_2009.md'),
      lawPath('npcsc_yishiguize_2022.md'),
      '--json',
    ]);
    expect(run.code).toBe(0);

    const output = JSON.parse(run.stdout) as {
      articles: Array<{ old: number | null; new: number | null; change: string }>;
      summary: Record<string, number>;
      headings: Array<{ change: string; newHeading: string | null }>;
    };
    expect(output.articles[0]).toEqual({ old: 1, new: 1, change: 'modified' });
    expect(output.articles).toContainEqual({ old: null, new: 2, change: 'added' });
    expect(output.articles).toContainEqual({ old: 6, new: 9, change: 'renumbered' });
    expect(output.articles.filter((row) => row.old === 9)).toEqual([
      { old: 9, new: 12, change: 'split' },
      { old: 9, new: 13, change: 'split' },
      { old: 9, new: 14, change: 'split' },
    ]);
    expect(Object.keys(output.summary)).toEqual([
      'unchanged',
      'renumbered',
      'modified',
      'moved',
      'added',
      'deleted',
      'split',
      'merged',
    ]);
    expect(output.summary['split']).toBe(3);
    expect(output.headings).toContainEqual(
      expect.objectContaining({ change: 'added', newHeading: '公布' }),
    );
  });

  it('prints a Chinese summary without --json', () => {
    const run = yishi(['compare', lawPath('jianduFa_2006.md'), lawPath('jianduFa_2024.md')]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('原文本 48 条，新文本 65 条');
    expect(run.stdout).toContain('章标题修改\t第六章 询问和质询 → 第六章 询问、专题询问和质询');
    expect(run.stdout).toContain('移动\t第三十条 → 第三十九条');
  });
});

describe('yishi regulation check', () => {
  it('reports a stale reference against the previous version', () => {
    const draft = join(work, 'lifafa-draft.md');
    const real = readFileSync(lawPath('lifafa_2023.md'), 'utf8');
    writeFileSync(draft, real.replace('第十二条 本法第十一条', '第十二条 本法第八条'));

    const run = yishi(['check', draft, lawPath('lifafa_2015.md'), '--json']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      warnings: [
        { kind: 'staleNumber', article: 12, text: '本法第八条', number: 8, currentNumbers: [11] },
      ],
    });
  });
});

describe('refusing files it cannot use', () => {
  it('refuses a missing file with exit code 4', () => {
    const run = yishi(['parse', join(work, 'missing.md'), '--json']);

    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('找不到文件');
  });

  it('refuses a GBK file instead of parsing replacement characters', () => {
    const gbk = join(work, 'gbk.txt');
    // 第一条 in GBK.
    writeFileSync(gbk, Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0x61]));

    const run = yishi(['compare', gbk, lawPath('lifafa_2023.md'), '--json']);

    expect(run.code).toBe(4);
    expect(run.stderr).toContain('不是 UTF-8 编码');
  });

  it('refuses a text without articles', () => {
    const run = yishi(['parse', realdataPath('MANIFEST.md')]);

    expect(run.code).toBe(4);
    expect(run.stderr).toContain('没有找到任何条文');
  });

  it('answers a wrong command line with usage and exit code 2', () => {
    const run = yishi(['compare', lawPath('lifafa_2023.md')]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('regulation compare 需要原文本和新文本两个文件');
  });
});
