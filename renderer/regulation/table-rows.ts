import type {
  ArticleChange,
  ArticleRow,
  HeadingChange,
  HeadingKind,
  HeadingRow,
} from '../../core/regulation/index.js';

// The rows of the 条文对照表 (side-by-side comparison): the comparison's article rows in
// reading order, with a separator row wherever a 编/分编/章/节 begins, and which rows count
// as changes for the filter and for stepping from change to change.

export type HeadingTableRow = Readonly<{
  kind: 'heading';
  key: string;
  heading: HeadingRow;
  level: HeadingKind;
  substantive: boolean;
}>;

export type ArticleTableRow = Readonly<{
  kind: 'article';
  key: string;
  row: ArticleRow;
  substantive: boolean;
  /** Position within a split or merge group (1-based) and the group's size. */
  groupPosition: Readonly<{ index: number; size: number }> | null;
}>;

export type TableRow = HeadingTableRow | ArticleTableRow;

// A renumbering alone changes no wording; members step through what they must read.
const quietArticleChanges: ReadonlySet<ArticleChange> = new Set(['unchanged', 'renumbered']);
const quietHeadingChanges: ReadonlySet<HeadingChange> = new Set(['unchanged', 'renumbered']);

export function isSubstantiveArticle(change: ArticleChange): boolean {
  return !quietArticleChanges.has(change);
}

export function isSubstantiveHeading(change: HeadingChange): boolean {
  return !quietHeadingChanges.has(change);
}

const levelOf: Readonly<Record<HeadingKind, number>> = {
  book: 0,
  subbook: 1,
  chapter: 2,
  section: 3,
};

export function buildTableRows(
  articles: readonly ArticleRow[],
  headings: readonly HeadingRow[],
): TableRow[] {
  const headingIndex = indexHeadings(headings);
  const groupSizes = countGroups(articles);
  const groupSeen = new Map<string, number>();
  const emitted = new Set<number>();
  const rows: TableRow[] = [];
  let previousPath: readonly number[] = [];

  const emitHeading = (index: number): void => {
    // Headings without articles of their own (a deleted chapter) come in their order.
    for (let earlier = 0; earlier < index; earlier += 1) {
      if (!emitted.has(earlier)) pushHeading(earlier);
    }
    if (!emitted.has(index)) pushHeading(index);
  };
  const pushHeading = (index: number): void => {
    const heading = headings[index];
    if (heading === undefined) return;

    emitted.add(index);
    rows.push(headingRow(heading, index));
  };

  articles.forEach((row, index) => {
    const ids = row.new?.headingIds ?? row.old?.headingIds ?? [];
    const path = ids.flatMap((id) => headingIndex.get(id) ?? []);
    const firstNew = path.findIndex((heading, depth) => heading !== previousPath[depth]);
    if (firstNew !== -1) path.slice(firstNew).forEach(emitHeading);
    previousPath = path;

    rows.push({
      kind: 'article',
      key: `a${index}`,
      row,
      substantive: isSubstantiveArticle(row.change),
      groupPosition: groupPositionOf(row, groupSizes, groupSeen),
    });
  });

  headings.forEach((_, index) => {
    if (!emitted.has(index)) pushHeading(index);
  });
  return rows;
}

function headingRow(heading: HeadingRow, index: number): HeadingTableRow {
  const side = heading.new ?? heading.old;
  return {
    kind: 'heading',
    key: `h${index}`,
    heading,
    level: side?.kind ?? 'chapter',
    substantive: isSubstantiveHeading(heading.change),
  };
}

function indexHeadings(headings: readonly HeadingRow[]): Map<string, number> {
  const index = new Map<string, number>();

  headings.forEach((heading, position) => {
    if (heading.old !== null && !index.has(heading.old.id)) index.set(heading.old.id, position);
    if (heading.new !== null) index.set(heading.new.id, position);
  });
  return index;
}

function countGroups(articles: readonly ArticleRow[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const row of articles) {
    if (row.group !== null) sizes.set(row.group, (sizes.get(row.group) ?? 0) + 1);
  }
  return sizes;
}

function groupPositionOf(
  row: ArticleRow,
  sizes: ReadonlyMap<string, number>,
  seen: Map<string, number>,
): ArticleTableRow['groupPosition'] {
  if (row.group === null) return null;

  const index = (seen.get(row.group) ?? 0) + 1;
  seen.set(row.group, index);
  return { index, size: sizes.get(row.group) ?? index };
}

/**
 * The rows shown with '只看修改': changed articles, changed headings, and the headings
 * above a changed article so that every change is read in its chapter.
 */
export function changedRowsOnly(rows: readonly TableRow[]): TableRow[] {
  const keep = new Set<string>();
  const open: HeadingTableRow[] = [];

  for (const row of rows) {
    if (row.kind === 'heading') {
      while (open.length > 0 && levelOf[open[open.length - 1]!.level] >= levelOf[row.level]) {
        open.pop();
      }
      open.push(row);
      if (row.substantive) keep.add(row.key);
      continue;
    }

    if (!row.substantive) continue;
    keep.add(row.key);
    for (const heading of open) keep.add(heading.key);
  }
  return rows.filter((row) => keep.has(row.key));
}

/**
 * The next (or previous) changed row after the row `fromKey`, among the rows shown; from
 * nowhere, the first (or last). Null when there is none in that direction.
 */
export function stepChange(
  rows: readonly TableRow[],
  fromKey: string | null,
  direction: 1 | -1,
): TableRow | null {
  const from = fromKey === null ? -1 : rows.findIndex((row) => row.key === fromKey);
  const start = from === -1 ? (direction === 1 ? 0 : rows.length - 1) : from + direction;

  for (let index = start; index >= 0 && index < rows.length; index += direction) {
    const row = rows[index];
    if (row?.substantive) return row;
  }
  return null;
}

/** The position of a changed row among all changed rows shown (1-based), and their number. */
export function changePosition(
  rows: readonly TableRow[],
  key: string,
): Readonly<{ index: number; total: number }> | null {
  const changed = rows.filter((row) => row.substantive);
  const index = changed.findIndex((row) => row.key === key);
  return index === -1 ? null : { index: index + 1, total: changed.length };
}

export type ChapterEntry = Readonly<{
  key: string;
  heading: HeadingRow;
  /** The 编 the chapter belongs to (the 民法典 has seven, each with its own 第一章). */
  book: HeadingRow | null;
  articles: number;
  changes: number;
}>;

/** Every 章 (chapter) with how many article rows it holds and how many of them changed. */
export function chapterEntries(rows: readonly TableRow[]): ChapterEntry[] {
  type Entry = { key: string; heading: HeadingRow; book: HeadingRow | null } & {
    articles: number;
    changes: number;
  };
  const chapters: Entry[] = [];
  let current: Entry | null = null;
  let book: HeadingRow | null = null;

  for (const row of rows) {
    if (row.kind === 'heading') {
      if (row.level === 'book') book = row.heading;
      if (row.level === 'chapter') {
        current = { key: row.key, heading: row.heading, book, articles: 0, changes: 0 };
        chapters.push(current);
      } else if (levelOf[row.level] < levelOf.chapter) {
        current = null;
      }
      continue;
    }

    if (current === null) continue;
    current.articles += 1;
    if (row.substantive) current.changes += 1;
  }
  return chapters;
}
