import { describe, expect, it } from 'vitest';

import { compareRegulations, parseRegulation } from '../../core/regulation/index.js';
import { headingLevels } from '../../renderer/regulation/heading-levels.js';
import {
  buildTableRows,
  changedRowsOnly,
  chapterEntries,
  changePosition,
  stepChange,
  type ArticleTableRow,
  type TableRow,
} from '../../renderer/regulation/table-rows.js';
import { readRealText } from '../integration/realdata.js';

// The rows of the 条文对照表 built from real comparisons: headings where chapters begin,
// the '只看修改' filter, stepping from change to change, and the chapter list.

function rowsOf(oldFile: string, newFile: string): TableRow[] {
  const before = parseRegulation(readRealText('laws', oldFile));
  const after = parseRegulation(readRealText('laws', newFile));
  const comparison = compareRegulations(before, after);
  return buildTableRows(comparison.articles, comparison.headings);
}

const jiandu = rowsOf('jianduFa_2006.md', 'jianduFa_2024.md');
const civil = rowsOf('minfadian_full.md', 'minfadian_full.md');
const articleRows = (rows: readonly TableRow[]) =>
  rows.filter((row): row is ArticleTableRow => row.kind === 'article');
const label = (row: TableRow | null | undefined): string => {
  if (!row) return 'none';
  if (row.kind === 'heading') return (row.heading.new ?? row.heading.old)?.label ?? '';
  return row.row.new?.label ?? `old ${row.row.old?.label ?? ''}`;
};

describe('the rows of the 监督法 table', () => {
  it('puts each chapter heading before the first article of its chapter', () => {
    const headings = jiandu.filter((row) => row.kind === 'heading');
    expect(headings.map(label)).toEqual([
      '第一章',
      '第二章',
      '第三章',
      '第四章',
      '第五章',
      '第六章',
      '第七章',
      '第八章',
      '第九章',
    ]);
    expect(label(jiandu[0])).toBe('第一章');
    expect(label(jiandu[1])).toBe('第一条');

    // 2024 第二章 starts at 第十一条 (2006 第八条).
    const second = jiandu.findIndex((row) => label(row) === '第二章');
    expect(label(jiandu[second + 1])).toBe('第十一条');
    expect(articleRows(jiandu)).toHaveLength(66);
  });

  it('marks the renamed chapters as changes, the others not', () => {
    const changed = jiandu.filter((row) => row.kind === 'heading' && row.substantive);

    // 第二章 and 第三章 were renamed, 第六章 gained 专题询问.
    expect(changed.map(label)).toEqual(['第二章', '第三章', '第六章']);
  });

  it('keeps only changes with their chapter headings when filtered', () => {
    const filtered = changedRowsOnly(jiandu);
    const articles = articleRows(filtered);

    expect(articles.every((row) => !['unchanged', 'renumbered'].includes(row.row.change))).toBe(
      true,
    );
    expect(articles).toHaveLength(27 + 3 + 18 + 1);
    // 第七章 特定问题调查 has no change at all: its heading goes too.
    expect(filtered.filter((row) => row.kind === 'heading').map(label)).not.toContain('第七章');
    expect(filtered.filter((row) => row.kind === 'heading').map(label)).toContain('第八章');
  });

  it('steps from change to change and stops at either end', () => {
    const first = stepChange(jiandu, null, 1);
    expect(label(first)).toBe('第一条');

    const second = stepChange(jiandu, first?.key ?? null, 1);
    // 第二条 is unchanged and skipped.
    expect(label(second)).toBe('第三条');
    expect(label(stepChange(jiandu, second?.key ?? null, -1))).toBe('第一条');
    expect(stepChange(jiandu, first?.key ?? null, -1)).toBeNull();

    const last = stepChange(jiandu, null, -1);
    expect(last?.substantive).toBe(true);
    expect(stepChange(jiandu, last?.key ?? null, 1)).toBeNull();

    const total = jiandu.filter((row) => row.substantive).length;
    expect(changePosition(jiandu, second?.key ?? '')).toEqual({ index: 2, total });
    expect(total).toBe(27 + 3 + 18 + 1 + 3);
  });

  it('lists the chapters with their article and change counts', () => {
    const chapters = chapterEntries(jiandu);

    expect(chapters).toHaveLength(9);
    expect(chapters.reduce((sum, chapter) => sum + chapter.articles, 0)).toBe(66);
    const seventh = chapters[6];
    expect(seventh?.heading.new?.heading).toBe('特定问题调查');
    expect([seventh?.changes, seventh?.articles]).toEqual([0, 5]);
  });

  it('numbers heading levels from h2 down, by the kinds the law has', () => {
    expect(headingLevels(jiandu).chapter).toBe(2);

    expect(headingLevels(civil)).toEqual({ book: 2, subbook: 3, chapter: 4, section: 5 });
  });
});

describe('the rows of the whole 民法典', () => {
  it('list its 84 chapters under their 编, each 编 starting again at 第一章', () => {
    const chapters = chapterEntries(civil);
    const bookOf = (index: number) => chapters[index]?.book?.new?.label;

    expect(chapters).toHaveLength(84);
    expect(chapters.reduce((sum, chapter) => sum + chapter.articles, 0)).toBe(1260);
    expect(bookOf(0)).toBe('第一编');
    const property = chapters.findIndex((chapter) => chapter.book?.new?.heading === '物权');
    expect(chapters[property]?.heading.new?.label).toBe('第一章');
    expect(chapters[property]?.heading.new?.heading).toBe('一般规定');
  });
});

describe('split articles', () => {
  it('number the rows of one split: 立法法 2015 第七十二条 into 2023 第八十条 and 第八十一条', () => {
    const rows = articleRows(rowsOf('lifafa_2015.md', 'lifafa_2023.md'));
    const split = rows.filter((row) => row.row.change === 'split');

    expect(split.map((row) => [row.row.old?.number, row.row.new?.number])).toEqual([
      [72, 80],
      [72, 81],
    ]);
    expect(split.map((row) => row.groupPosition)).toEqual([
      { index: 1, size: 2 },
      { index: 2, size: 2 },
    ]);
  });
});
