import type { ArticleChange, Comparison } from '../../core/regulation/compare.js';
import type { HeadingRow } from '../../core/regulation/heading-compare.js';
import type { ProvisionNode, Regulation } from '../../core/regulation/model.js';
import { countProvisions, isHeading } from '../../core/regulation/query.js';
import type { ReferenceWarning } from '../../core/regulation/references.js';

// What `yishi regulation` prints: JSON for scripts and auditors, and a short Chinese
// summary for a clerk at the terminal.

export const changeNames: Readonly<Record<ArticleChange, string>> = {
  unchanged: '未改动',
  renumbered: '仅序号变化',
  modified: '修改',
  moved: '移动',
  added: '新增',
  deleted: '删除',
  split: '拆分',
  merged: '合并',
};

const headingNames = { book: '编', subbook: '分编', chapter: '章', section: '节' } as const;

const headingChangeNames: Readonly<Record<HeadingRow['change'], string>> = {
  unchanged: '未改动',
  renumbered: '序号变化',
  modified: '标题修改',
  added: '新增',
  deleted: '删除',
};

export function parseJson(regulation: Regulation): string {
  const { title, tree } = regulation;
  return JSON.stringify({ title, counts: countProvisions(regulation), tree });
}

export function parseSummary(regulation: Regulation): string[] {
  const counts = countProvisions(regulation);
  const lines = [
    regulation.title || '（无标题）',
    `共 ${counts.articles} 条，${counts.chapters} 章，${counts.sections} 节，` +
      `${counts.paragraphs} 款，${counts.items} 项`,
  ];
  const outline = (node: ProvisionNode, depth: number) => {
    for (const child of node.children) {
      if (!isHeading(child)) continue;
      lines.push(`${'  '.repeat(depth)}${child.label} ${child.heading}${articleSpan(child)}`);
      outline(child, depth + 1);
    }
  };
  outline(regulation.tree, 1);
  return lines;
}

// '（第一条至第六条）' for a heading, from its first and last article.
function articleSpan(heading: ProvisionNode): string {
  const articles: ProvisionNode[] = [];
  const collect = (node: ProvisionNode) => {
    for (const child of node.children) {
      if (child.kind === 'article') articles.push(child);
      else collect(child);
    }
  };
  collect(heading);
  const first = articles[0];
  const last = articles[articles.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? `（${first.label}）` : `（${first.label}至${last.label}）`;
}

export function compareJson(comparison: Comparison): string {
  return JSON.stringify({
    articles: comparison.articles.map((row) => ({
      old: row.old?.number ?? null,
      new: row.new?.number ?? null,
      change: row.change,
    })),
    summary: comparison.summary,
    headings: comparison.headings.map((row) => ({
      kind: row.old?.kind ?? row.new?.kind,
      old: row.old?.number ?? null,
      new: row.new?.number ?? null,
      change: row.change,
      oldHeading: row.old?.heading ?? null,
      newHeading: row.new?.heading ?? null,
    })),
  });
}

export function compareSummary(before: Regulation, after: Regulation, comparison: Comparison) {
  const counts = Object.entries(comparison.summary)
    .filter(([, count]) => count > 0)
    .map(([change, count]) => `${changeNames[change as ArticleChange]} ${count}`);
  const lines = [
    `条文对照：${after.title || before.title || '（无标题）'}`,
    `原文本 ${countProvisions(before).articles} 条，新文本 ${countProvisions(after).articles} 条`,
    counts.join('，'),
  ];

  const headings = comparison.headings.filter((row) => row.change !== 'unchanged');
  if (headings.length > 0) lines.push('', '标题变化：', ...headings.map(headingLine));

  const changed = comparison.articles.filter(
    (row) => row.change !== 'unchanged' && row.change !== 'renumbered',
  );
  if (changed.length > 0) lines.push('', '条文变化：');
  for (const row of changed) {
    const from = row.old?.label ?? '—';
    const to = row.new?.label ?? '—';
    lines.push(`  ${changeNames[row.change]}\t${from} → ${to}`);
  }
  return lines;
}

function headingLine(row: HeadingRow): string {
  const kind = headingNames[row.old?.kind ?? row.new?.kind ?? 'chapter'];
  const from = row.old === null ? '—' : `${row.old.label} ${row.old.heading}`;
  const to = row.new === null ? '—' : `${row.new.label} ${row.new.heading}`;
  return `  ${kind}${headingChangeNames[row.change]}\t${from} → ${to}`;
}

const warningNames: Readonly<Record<ReferenceWarning['kind'], string>> = {
  missingArticle: '所引条文不存在',
  missingParagraph: '所引款不存在',
  missingItem: '所引项不存在',
  noPrecedingProvision: '前面没有可引的条款',
  outsideChapter: '条文不在任何章中',
  outsideSection: '条文不在任何节中',
  staleNumber: '引用的条文序号未随修改更新',
  targetDeleted: '所引条文已被删除',
};

export function checkJson(warnings: readonly ReferenceWarning[]): string {
  return JSON.stringify({
    warnings: warnings.map((warning) => ({
      kind: warning.kind,
      article: warning.reference.articleNumber,
      text: warning.reference.text,
      number: warning.number,
      currentNumbers: warning.currentNumbers,
    })),
  });
}

export function checkSummary(warnings: readonly ReferenceWarning[]): string[] {
  if (warnings.length === 0) return ['未发现引用问题 (no reference warnings)'];
  return [
    `发现 ${warnings.length} 处引用问题：`,
    ...warnings.map((warning) => {
      const now =
        warning.currentNumbers.length > 0
          ? `，该条现为第 ${warning.currentNumbers.join('、')} 条`
          : '';
      return (
        `  第 ${warning.reference.articleNumber} 条“${warning.reference.text}”：` +
        `${warningNames[warning.kind]}${now}`
      );
    }),
  ];
}
