import { describe, expect, it } from 'vitest';

import type { DiffOp } from '../../core/regulation/char-diff.js';
import {
  compareRegulations,
  type ArticleRow,
  type Comparison,
} from '../../core/regulation/compare.js';
import type { Regulation } from '../../core/regulation/model.js';
import { parseRegulation } from '../../core/regulation/parse.js';
import { listArticles } from '../../core/regulation/query.js';
import { comparableText } from '../../core/regulation/text.js';
import { articleKey } from '../../core/regulation/article-text.js';
import { composeIdMaps } from '../../core/regulation/id-map.js';
import { readRealText } from '../integration/realdata.js';
import { editDraft } from './regulation-edits.js';

// 条文对照 on every version pair MANIFEST.md lists, with articles chosen by reading the
// texts: renumbered, moved, split, changed headings, and diffs that read as phrases.

type VersionPair = Readonly<{ name: string; old: string; new: string }>;

// MANIFEST.md marks the two files of each pair 'pair A (old)' and 'pair A (new)'.
function versionPairs(): VersionPair[] {
  const files = new Map<string, { old?: string; new?: string }>();
  for (const line of readRealText('MANIFEST.md').split('\n')) {
    const match = /^\| laws\/(\S+\.md) \|.*\| pair (\w) \((old|new)\)/u.exec(line);
    if (match === null) continue;
    const [, file = '', pair = '', side = ''] = match;
    files.set(pair, { ...files.get(pair), [side]: file });
  }
  return [...files].map(([name, { old = '', new: next = '' }]) => ({ name, old, new: next }));
}

const parsed = new Map<string, Regulation>();
function law(file: string): Regulation {
  const cached = parsed.get(file);
  if (cached !== undefined) return cached;
  const regulation = parseRegulation(readRealText('laws', file));
  parsed.set(file, regulation);
  return regulation;
}

const compare = (oldFile: string, newFile: string) =>
  compareRegulations(law(oldFile), law(newFile));

function rowFor(comparison: Comparison, oldNumber: number, newNumber?: number): ArticleRow {
  const row = comparison.articles.find(
    (candidate) =>
      candidate.old?.number === oldNumber &&
      (newNumber === undefined || candidate.new?.number === newNumber),
  );
  if (row === undefined) throw new Error(`no row for old article ${oldNumber}`);
  return row;
}

const inserted = (diff: readonly DiffOp[]) =>
  diff.filter((op) => op.op === 'insert').map((op) => op.text);
const deleted = (diff: readonly DiffOp[]) =>
  diff.filter((op) => op.op === 'delete').map((op) => op.text);

describe('every version pair in MANIFEST.md', () => {
  const pairs = versionPairs();

  it('lists the five pairs', () => {
    expect(pairs.map((pair) => `${pair.old} → ${pair.new}`)).toEqual([
      'lifafa_2015.md → lifafa_2023.md',
      'jianduFa_2006.md → jianduFa_2024.md',
      'daibiaoFa_2015.md → daibiaoFa_2025.md',
      'npcsc_yishiguize_2009.md → npcsc_yishiguize_2022.md',
      'shanghai_yingshang_2020.md → shanghai_yingshang_2024.md',
    ]);
  });

  it.each(pairs)(
    'pair $name: an article whose text is unchanged keeps both numbers, unchanged or renumbered',
    ({ old, new: next }) => {
      const comparison = compare(old, next);
      const oldArticles = listArticles(law(old)).map((entry) => entry.article);
      const newArticles = listArticles(law(next)).map((entry) => entry.article);
      const newKeys = new Set(newArticles.map(articleKey));

      const sameText = oldArticles.filter((article) => newKeys.has(articleKey(article)));
      expect(sameText.length).toBeGreaterThan(0);
      for (const article of sameText) {
        const rows = comparison.articles.filter((row) => row.old?.number === article.number);
        expect(rows, `old article ${article.number}`).toHaveLength(1);
        const [row] = rows;
        expect(['unchanged', 'renumbered']).toContain(row?.change);
        expect(row?.new).not.toBeNull();
        expect(comparableText(row?.new?.text ?? '')).toBe(comparableText(row?.old?.text ?? ''));
        expect(row?.change === 'unchanged').toBe(row?.old?.number === row?.new?.number);
      }
    },
  );

  it.each(pairs)('pair $name: every article appears, and the summary counts the rows', (pair) => {
    const comparison = compare(pair.old, pair.new);
    const oldNumbers = new Set(comparison.articles.map((row) => row.old?.number));
    const newNumbers = new Set(comparison.articles.map((row) => row.new?.number));

    for (const entry of listArticles(law(pair.old)))
      expect(oldNumbers).toContain(entry.article.number);
    for (const entry of listArticles(law(pair.new)))
      expect(newNumbers).toContain(entry.article.number);
    const total = Object.values(comparison.summary).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(comparison.articles.length);
  });

  it.each(pairs)('pair $name: new articles appear in their order', (pair) => {
    const numbers = compare(pair.old, pair.new)
      .articles.map((row) => row.new?.number)
      .filter((number) => number !== undefined);
    const distinct = numbers.filter((number, index) => numbers[index - 1] !== number);
    expect(distinct).toEqual([...distinct].sort((a, b) => a - b));
  });
});

describe('立法法 2015 → 2023', () => {
  const comparison = compare('lifafa_2015.md', 'lifafa_2023.md');

  it('reports 第十条 (授权决定应当明确…) as renumbered to 第十三条', () => {
    expect(rowFor(comparison, 10)).toMatchObject({
      change: 'renumbered',
      new: { number: 13, label: '第十三条' },
      textChanged: false,
      diff: [],
    });
  });

  it('reports 第七十二条 as split into 第八十条 and 第八十一条', () => {
    const rows = comparison.articles.filter((row) => row.old?.number === 72);

    expect(rows.map((row) => [row.change, row.new?.number])).toEqual([
      ['split', 80],
      ['split', 81],
    ]);
    expect(new Set(rows.map((row) => row.group)).size).toBe(1);
    expect(rows[0]?.new?.text).toBe(
      '省、自治区、直辖市的人民代表大会及其常务委员会根据本行政区域的具体情况和实际需要，' +
        '在不同宪法、法律、行政法规相抵触的前提下，可以制定地方性法规。',
    );
  });

  it('shows an inserted phrase as one insertion, not scattered characters', () => {
    // 第十七条 → 第二十条: '…并可以适时组织代表研读讨论，征求代表的意见' was added.
    const row = rowFor(comparison, 17);

    expect(row).toMatchObject({ change: 'modified', new: { number: 20 } });
    expect(inserted(row.diff)).toEqual(['，并可以适时组织代表研读讨论，征求代表的意见']);
    expect(deleted(row.diff)).toEqual([]);
  });

  it('shows an updated article number in a reference as one replaced numeral', () => {
    // 第九条 本法第八条规定的事项… → 第十二条 本法第十一条规定的事项…
    const row = rowFor(comparison, 9);

    expect(row).toMatchObject({ change: 'modified', new: { number: 12 } });
    expect(deleted(row.diff)).toEqual(['八']);
    expect(inserted(row.diff)).toEqual(['十一']);
  });

  it('does not count an ASCII colon against a full-width one as a change', () => {
    // 第四十五条 '…解释:' became 第四十八条 '…解释：' and nothing else.
    expect(rowFor(comparison, 45)).toMatchObject({
      change: 'renumbered',
      new: { number: 48 },
      textChanged: false,
    });
  });
});

describe('监督法 2006 → 2024', () => {
  const comparison = compare('jianduFa_2006.md', 'jianduFa_2024.md');

  it('reports 第二十九条 and 第三十条 swapped: one of them moved', () => {
    // 2024 puts the 撤销 article (old 30) as 第三十九条 before the procedure (old 29, now 40).
    expect(rowFor(comparison, 30)).toMatchObject({
      change: 'moved',
      new: { number: 39 },
      textChanged: true,
    });
    expect(rowFor(comparison, 29)).toMatchObject({ change: 'modified', new: { number: 40 } });
  });

  it('reports 第四条 (民主集中制) renumbered to 第八条 after 第五条 moved ahead of it', () => {
    expect(rowFor(comparison, 4)).toMatchObject({ change: 'renumbered', new: { number: 8 } });
    expect(rowFor(comparison, 5)).toMatchObject({ change: 'moved', new: { number: 6 } });
  });

  it('reports the renamed chapters as heading changes with a phrase diff', () => {
    const changed = comparison.headings.filter((row) => row.change !== 'unchanged');

    expect(changed.map((row) => [row.change, row.old?.label, row.new?.heading])).toEqual([
      ['modified', '第二章', '听取和审议专项工作报告'],
      ['modified', '第三章', '财政经济工作监督'],
      ['modified', '第六章', '询问、专题询问和质询'],
    ]);
    expect(changed[2]?.diff).toEqual([
      { op: 'equal', text: '询问' },
      { op: 'insert', text: '、专题询问' },
      { op: 'equal', text: '和质询' },
    ]);
  });
});

describe('全国人大常委会议事规则 2009 → 2022', () => {
  const comparison = compare('npcsc_yishiguize_2009.md', 'npcsc_yishiguize_2022.md');

  it('reports 第九条 (全体会议、分组会议、联组会议) as split into 第十二条 to 第十四条', () => {
    const rows = comparison.articles.filter((row) => row.old?.number === 9);
    expect(rows.map((row) => [row.change, row.new?.number])).toEqual([
      ['split', 12],
      ['split', 13],
      ['split', 14],
    ]);
  });

  it('reports the new chapter 公布 and 附则 renumbered behind it', () => {
    const changed = comparison.headings.filter((row) => row.change !== 'unchanged');
    expect(
      changed.map((row) => [row.change, row.old?.label ?? null, row.new?.label, row.new?.heading]),
    ).toEqual([
      ['modified', '第四章', '第四章', '听取和审议报告'],
      ['added', null, '第七章', '公布'],
      ['renumbered', '第七章', '第八章', '附则'],
    ]);
  });

  it('reports 第六条 renumbered to 第九条 and 第十二条 to 第二十条', () => {
    expect(rowFor(comparison, 6)).toMatchObject({ change: 'renumbered', new: { number: 9 } });
    expect(rowFor(comparison, 12)).toMatchObject({ change: 'renumbered', new: { number: 20 } });
  });
});

describe('代表法 2015 → 2025 and 上海市优化营商环境条例 2020 → 2024', () => {
  it('reports 代表法 第五条 renumbered to 第九条 and 第四十五条 modified as 第五十八条', () => {
    const comparison = compare('daibiaoFa_2015.md', 'daibiaoFa_2025.md');

    expect(rowFor(comparison, 5)).toMatchObject({ change: 'renumbered', new: { number: 9 } });
    const row = rowFor(comparison, 45);
    expect(row).toMatchObject({ change: 'modified', new: { number: 58 } });
    expect(inserted(row.diff)).toContain('记录代表履职情况，');
    expect(deleted(row.diff)).toContain('由选民直接选举的');
  });

  it('reports 上海 第二十九条 renumbered to 第三十条 and the last article as 第九十七条', () => {
    const comparison = compare('shanghai_yingshang_2020.md', 'shanghai_yingshang_2024.md');

    expect(rowFor(comparison, 29)).toMatchObject({ change: 'renumbered', new: { number: 30 } });
    expect(rowFor(comparison, 80)).toMatchObject({ change: 'renumbered', new: { number: 97 } });
    expect(comparison.summary.added).toBe(17);
    expect(comparison.summary.deleted).toBe(0);
  });
});

describe('carrying provision IDs to the new version', () => {
  const before = law('lifafa_2015.md');
  const after = law('lifafa_2023.md');
  const { idMap } = compare('lifafa_2015.md', 'lifafa_2023.md');
  const articleId = (regulation: Regulation, number: number) =>
    listArticles(regulation).find((entry) => entry.article.number === number)?.article.id ?? '';

  it('has an entry for every old provision', () => {
    const ids: string[] = [];
    const collect = (node: Regulation['tree']): void => {
      ids.push(node.id);
      node.children.forEach(collect);
    };
    collect(before.tree);
    expect(Object.keys(idMap).sort()).toEqual(ids.sort());
  });

  it('carries a modified article and its paragraphs to the new article', () => {
    const from = articleId(before, 17);
    const to = articleId(after, 20);

    expect(from).not.toBe(to);
    expect(idMap[from]).toEqual([to]);
    expect(idMap[`${from}/p1`]).toEqual([`${to}/p1`]);
  });

  it('carries a split article to both pieces, each paragraph to where its text went', () => {
    const from = articleId(before, 72);

    expect(idMap[from]).toEqual([articleId(after, 80), articleId(after, 81)]);
    expect(idMap[`${from}/p1`]).toEqual([`${articleId(after, 80)}/p1`]);
    expect(idMap[`${from}/p2`]).toEqual([`${articleId(after, 81)}/p1`]);
  });

  it('maps a deleted article to nothing', () => {
    const row = compare('lifafa_2015.md', 'lifafa_2023.md').articles.find(
      (candidate) => candidate.change === 'deleted',
    );
    expect(row).toBeDefined();
    expect(idMap[row?.old?.id ?? '']).toEqual([]);
  });
});

describe('merges and the soundness of every diff', () => {
  it('reads 立法法 backwards as a merge: 2023 第八十条 and 第八十一条 into 2015 第七十二条', () => {
    const comparison = compare('lifafa_2023.md', 'lifafa_2015.md');
    const rows = comparison.articles.filter((row) => row.new?.number === 72);

    expect(rows.map((row) => [row.change, row.old?.number])).toEqual([
      ['merged', 80],
      ['merged', 81],
    ]);
    expect(comparison.summary.merged).toBe(2);
  });

  it('reads 议事规则 backwards as 2022 第十二条 to 第十四条 merged into 2009 第九条', () => {
    const comparison = compare('npcsc_yishiguize_2022.md', 'npcsc_yishiguize_2009.md');
    const rows = comparison.articles.filter((row) => row.new?.number === 9);

    expect(rows.map((row) => [row.change, row.old?.number])).toEqual([
      ['merged', 12],
      ['merged', 13],
      ['merged', 14],
    ]);
  });

  // Ignored differences (':' for '：', spaces) show as the new text, so the old side is
  // rebuilt up to those.
  it.each(versionPairs())('pair $name: every diff rebuilds both texts', (pair) => {
    for (const row of compare(pair.old, pair.new).articles) {
      if (row.diff.length === 0) continue;
      const oldText = row.diff.filter((op) => op.op !== 'insert').map((op) => op.text);
      const newText = row.diff.filter((op) => op.op !== 'delete').map((op) => op.text);
      expect(comparableText(oldText.join(''))).toBe(comparableText(row.old?.text ?? ''));
      expect(oldText.join('').split('\n')).toHaveLength(row.old?.text.split('\n').length ?? 0);
      expect(newText.join('')).toBe(row.new?.text);
    }
  });
});

describe('following a provision through several drafts', () => {
  it('carries 立法法 2015 第十七条 through 2023 第二十条 to a further draft that edits it again', () => {
    const first = law('lifafa_2015.md');
    const second = law('lifafa_2023.md');
    const third = parseRegulation(
      editDraft(readRealText('laws', 'lifafa_2023.md'), {
        phraseEdits: 1,
        firstArticle: 20,
        stride: 7,
        deleteArticle: 3,
        moveArticle: 100,
        moveAfter: 110,
      }).text,
    );
    const articleId = (regulation: Regulation, number: number) =>
      listArticles(regulation).find((entry) => entry.article.number === number)?.article.id ?? '';

    const composed = composeIdMaps(
      compareRegulations(first, second).idMap,
      compareRegulations(second, third).idMap,
    );

    // 第二十条 got an inserted phrase and, with 第三条 deleted, the number 第十九条.
    const target = articleId(third, 19);
    expect(target).not.toBe(articleId(second, 20));
    expect(composed[articleId(first, 17)]).toEqual([target]);
    expect(composed[`${articleId(first, 17)}/p1`]).toEqual([`${target}/p1`]);
  });
});
