import { provisionLines } from './article-text.js';
import type { ProvisionNode } from './model.js';
import { containment, gramsOf } from './ngrams.js';
import { commonSubsequence, pairWithinGaps } from './sequence.js';
import { comparableText } from './text.js';

// Carries provision IDs from one version to the next, so a comment on 第十二条第二款 of
// the old draft follows its paragraph wherever the new draft put it.

/** Old provision ID → the new IDs it became; [] when the provision was deleted. */
export type IdMap = Readonly<Record<string, readonly string[]>>;

export type IdMapBuilder = Readonly<{
  add(oldId: string, newId: string): void;
  /** Records a provision and everything under it as deleted, unless already mapped. */
  drop(node: ProvisionNode): void;
  result(): IdMap;
}>;

// A paragraph of a split or merged article goes where most of its text went.
const PARAGRAPH_FOLLOWS = 0.5;

export function createIdMapBuilder(): IdMapBuilder {
  const map = new Map<string, string[]>();
  const add = (oldId: string, newId: string) => {
    const targets = map.get(oldId) ?? [];
    if (!targets.includes(newId)) targets.push(newId);
    map.set(oldId, targets);
  };
  const drop = (node: ProvisionNode) => {
    if (!map.has(node.id)) map.set(node.id, []);
    for (const child of node.children) drop(child);
  };
  return { add, drop, result: () => Object.fromEntries(map) };
}

const subtreeKey = (node: ProvisionNode) => provisionLines(node).map(comparableText).join('\n');

/**
 * Maps a provision and its descendants onto a new version of it: children with the same
 * text anchor, changed children pair in order between anchors, the rest are dropped.
 */
export function mapProvision(before: ProvisionNode, after: ProvisionNode, ids: IdMapBuilder): void {
  ids.add(before.id, after.id);

  // The same text has the same structure: children map one to one.
  if (
    subtreeKey(before) === subtreeKey(after) &&
    before.children.length === after.children.length
  ) {
    before.children.forEach((child, index) => {
      const counterpart = after.children[index];
      if (counterpart !== undefined) mapProvision(child, counterpart, ids);
    });
    return;
  }

  const anchors = commonSubsequence(
    before.children.map(subtreeKey),
    after.children.map(subtreeKey),
  );
  const changed = pairWithinGaps(
    anchors,
    before.children.length,
    after.children.length,
    (i, j) => before.children[i]?.kind === after.children[j]?.kind,
  );

  for (const [i, j] of [...anchors, ...changed]) {
    const oldChild = before.children[i];
    const newChild = after.children[j];
    if (oldChild !== undefined && newChild !== undefined) mapProvision(oldChild, newChild, ids);
  }
  for (const child of before.children) ids.drop(child);
}

/** Maps a provision whose text did not change, and everything under it, by position. */
export function mapIdentical(before: ProvisionNode, after: ProvisionNode, ids: IdMapBuilder): void {
  ids.add(before.id, after.id);
  before.children.forEach((child, index) => {
    const counterpart = after.children[index];
    if (counterpart !== undefined) mapIdentical(child, counterpart, ids);
  });
}

/**
 * Maps the old articles of a split or merge onto the new ones: each article maps to
 * every new article of the group, each paragraph to the new paragraph holding most of it.
 */
export function mapRegrouped(
  olds: readonly ProvisionNode[],
  news: readonly ProvisionNode[],
  ids: IdMapBuilder,
): void {
  const targets = news.flatMap((article) => article.children);
  const targetGrams = targets.map((paragraph) => gramsOf(subtreeKey(paragraph)));

  for (const article of olds) {
    for (const next of news) ids.add(article.id, next.id);
    for (const paragraph of article.children) {
      const grams = gramsOf(subtreeKey(paragraph));
      let best = -1;
      let bestShare = 0;
      targetGrams.forEach((candidate, index) => {
        const share = containment(grams, candidate);
        if (share >= PARAGRAPH_FOLLOWS && share > bestShare) {
          best = index;
          bestShare = share;
        }
      });
      const target = targets[best];
      if (target !== undefined) mapProvision(paragraph, target, ids);
    }
    ids.drop(article);
  }
}

/**
 * The map from the first version to the third, given maps 1 → 2 and 2 → 3: a comment
 * made on the first draft follows its provision through every later one.
 */
export function composeIdMaps(earlier: IdMap, later: IdMap): IdMap {
  const composed: Record<string, readonly string[]> = {};
  for (const [id, middle] of Object.entries(earlier)) {
    composed[id] = [...new Set(middle.flatMap((next) => later[next] ?? []))];
  }
  return composed;
}
