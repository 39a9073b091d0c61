import { alignArticles, type Alignment } from './align.js';
import { articleKey, articleText } from './article-text.js';
import { characterDiff, type DiffOp } from './char-diff.js';
import { compareHeadings, type HeadingRow } from './heading-compare.js';
import {
  createIdMapBuilder,
  mapIdentical,
  mapProvision,
  mapRegrouped,
  type IdMap,
} from './id-map.js';
import type { ProvisionNode, Regulation } from './model.js';
import { listArticles, listHeadings, type ArticleEntry } from './query.js';
import { longestIncreasing } from './sequence.js';

// 条文对照: two versions of a regulation compared article by article, rows ready for a
// side-by-side table, and the IDs of old provisions carried to their new versions.

export const ARTICLE_CHANGES = [
  'unchanged', // same text, same number
  'renumbered', // same text, another number, still in order
  'modified', // text changed, still in order
  'moved', // out of order relative to its neighbours (text may also have changed)
  'added',
  'deleted',
  'split', // one old article became several: one row per new piece
  'merged', // several old articles became one: one row per old source
] as const;
export type ArticleChange = (typeof ARTICLE_CHANGES)[number];

export type ArticleSide = Readonly<{
  id: string;
  number: number;
  label: string;
  /** Readable text after 第X条, one line per paragraph or item. */
  text: string;
  /** IDs of the 编/分编/章/节 around the article, outermost first. */
  headingIds: readonly string[];
}>;

export type ArticleRow = Readonly<{
  change: ArticleChange;
  old: ArticleSide | null;
  new: ArticleSide | null;
  /** Whether the whitespace-free texts differ; a moved or split row may be changed too. */
  textChanged: boolean;
  /** Character diff old → new after semantic cleanup; [] when unchanged or one-sided. */
  diff: readonly DiffOp[];
  /** Shared by the rows of one split ('split:<old id>') or merge ('merge:<new id>'). */
  group: string | null;
}>;

export type ChangeSummary = Readonly<Record<ArticleChange, number>>;

export type Comparison = Readonly<{
  /** One row per article pair, in reading order of the new version; deletions in place. */
  articles: readonly ArticleRow[];
  headings: readonly HeadingRow[];
  /** How many rows of `articles` have each change. */
  summary: ChangeSummary;
  idMap: IdMap;
}>;

export function compareRegulations(before: Regulation, after: Regulation): Comparison {
  const oldEntries = listArticles(before);
  const newEntries = listArticles(after);
  const oldKeys = oldEntries.map((entry) => articleKey(entry.article));
  const newKeys = newEntries.map((entry) => articleKey(entry.article));

  const alignment = alignArticles(oldKeys, newKeys);

  const sides = { old: oldEntries.map(sideOf), new: newEntries.map(sideOf) };
  const changed = (i: number, j: number) => oldKeys[i] !== newKeys[j];
  const articles = orderRows(alignment, sides, changed);
  const headings = compareHeadings(before, after);

  return {
    articles,
    headings,
    summary: summarise(articles),
    idMap: buildIdMap(before, after, alignment, oldEntries, newEntries, headings),
  };
}

function sideOf(entry: ArticleEntry): ArticleSide {
  return {
    id: entry.article.id,
    number: entry.article.number ?? 0,
    label: entry.article.label,
    text: articleText(entry.article),
    headingIds: entry.headings.map((heading) => heading.id),
  };
}

type Sides = Readonly<{ old: readonly ArticleSide[]; new: readonly ArticleSide[] }>;

function row(
  change: ArticleChange,
  before: ArticleSide | undefined,
  after: ArticleSide | undefined,
  textChanged: boolean,
  group: string | null = null,
): ArticleRow {
  const diff =
    textChanged && before !== undefined && after !== undefined
      ? characterDiff(before.text, after.text)
      : [];
  return { change, old: before ?? null, new: after ?? null, textChanged, diff, group };
}

// Rows in the new version's reading order. An article deleted from the old version is
// shown just before the first in-order article that followed it.
function orderRows(
  alignment: Alignment,
  sides: Sides,
  changed: (i: number, j: number) => boolean,
): ArticleRow[] {
  const pairs = [...alignment.pairs].sort((a, b) => a.new - b.new);
  const inOrder = longestIncreasing(pairs.map((pair) => pair.old));
  const rowsAt = new Map<number, ArticleRow[]>();
  const place = (position: number, placed: ArticleRow) =>
    rowsAt.set(position, [...(rowsAt.get(position) ?? []), placed]);

  const anchorOld = new Map<number, number>(); // new position → old position, in order
  const accounted = new Set<number>();
  pairs.forEach((pair, rank) => {
    const before = sides.old[pair.old];
    const after = sides.new[pair.new];
    const textChanged = changed(pair.old, pair.new);
    accounted.add(pair.old);
    if (!inOrder.has(rank)) {
      place(pair.new, row('moved', before, after, textChanged));
      return;
    }
    anchorOld.set(pair.new, pair.old);
    const same = before?.number === after?.number ? 'unchanged' : 'renumbered';
    place(pair.new, row(textChanged ? 'modified' : same, before, after, textChanged));
  });

  for (const split of alignment.splits) {
    accounted.add(split.old);
    const before = sides.old[split.old];
    for (const piece of split.pieces) {
      place(piece, row('split', before, sides.new[piece], true, `split:${before?.id ?? ''}`));
    }
  }
  for (const merge of alignment.merges) {
    const after = sides.new[merge.new];
    for (const source of merge.sources) {
      accounted.add(source);
      place(merge.new, row('merged', sides.old[source], after, true, `merge:${after?.id ?? ''}`));
    }
  }

  const rows: ArticleRow[] = [];
  let nextOld = 0;
  const flushDeleted = (until: number) => {
    for (; nextOld < until; nextOld += 1) {
      if (!accounted.has(nextOld)) rows.push(row('deleted', sides.old[nextOld], undefined, false));
    }
  };

  sides.new.forEach((side, position) => {
    const old = anchorOld.get(position);
    if (old !== undefined) flushDeleted(old);
    rows.push(...(rowsAt.get(position) ?? [row('added', undefined, side, false)]));
  });
  flushDeleted(sides.old.length);
  return rows;
}

function summarise(rows: readonly ArticleRow[]): ChangeSummary {
  const summary = Object.fromEntries(ARTICLE_CHANGES.map((change) => [change, 0])) as Record<
    ArticleChange,
    number
  >;
  for (const each of rows) summary[each.change] += 1;
  return summary;
}

function buildIdMap(
  before: Regulation,
  after: Regulation,
  alignment: Alignment,
  oldEntries: readonly ArticleEntry[],
  newEntries: readonly ArticleEntry[],
  headings: readonly HeadingRow[],
): IdMap {
  const ids = createIdMapBuilder();
  const oldArticle = (index: number) => oldEntries[index]?.article;
  const newArticle = (index: number) => newEntries[index]?.article;
  const present = (node: ProvisionNode | undefined): node is ProvisionNode => node !== undefined;

  for (const pair of alignment.pairs) {
    const from = oldArticle(pair.old);
    const to = newArticle(pair.new);
    if (from === undefined || to === undefined) continue;
    // Equal IDs mean equal text (IDs are hashes of it): map without comparing again.
    if (from.id === to.id) mapIdentical(from, to, ids);
    else mapProvision(from, to, ids);
  }
  for (const split of alignment.splits) {
    mapRegrouped(
      [oldArticle(split.old)].filter(present),
      split.pieces.map(newArticle).filter(present),
      ids,
    );
  }
  for (const merge of alignment.merges) {
    mapRegrouped(
      merge.sources.map(oldArticle).filter(present),
      [newArticle(merge.new)].filter(present),
      ids,
    );
  }

  for (const heading of headings) {
    if (heading.old !== null && heading.new !== null) ids.add(heading.old.id, heading.new.id);
  }
  for (const kind of ['title', 'preamble'] as const) {
    const newNode = [after.tree, ...after.tree.children].find((node) => node.kind === kind);
    const oldNode = [before.tree, ...before.tree.children].find((node) => node.kind === kind);
    if (oldNode !== undefined && newNode !== undefined) ids.add(oldNode.id, newNode.id);
  }

  // Whatever found no new version was deleted: every old ID is a key of the map.
  for (const entry of oldEntries) ids.drop(entry.article);
  for (const heading of listHeadings(before)) ids.drop(heading);
  for (const node of before.tree.children) if (node.kind === 'preamble') ids.drop(node);
  ids.drop({ ...before.tree, children: [] });
  return ids.result();
}
