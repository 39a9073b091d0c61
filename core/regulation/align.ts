import { characterDiff } from './char-diff.js';
import {
  coverage,
  GramIndex,
  gramsOf,
  gramsOfPieces,
  inverseFrequency,
  weightedContainment,
  type GramSet,
  type GramWeights,
} from './ngrams.js';
import { longestIncreasing } from './sequence.js';

// Aligns the articles of two versions. Exact matches (same comparable text) are indexed
// first and anchor the rest; only the articles left over are broken into trigrams, and
// changed articles are paired through an index of shared trigrams, never by comparing
// every article with every other. What is still left over is checked for splits (one old
// article into several) and merges (several into one).

export type ArticlePair = Readonly<{ old: number; new: number }>;
export type ArticleSplit = Readonly<{ old: number; pieces: readonly number[] }>;
export type ArticleMerge = Readonly<{ sources: readonly number[]; new: number }>;

export type Alignment = Readonly<{
  /** One old article to one new article, by position in each version's article list. */
  pairs: readonly ArticlePair[];
  splits: readonly ArticleSplit[];
  merges: readonly ArticleMerge[];
}>;

// Two articles anywhere in the law are versions of each other when half their trigrams
// are shared (Dice); in the same gap between unchanged articles a weaker likeness will do,
// or nearly all of the shorter one being found in the longer (an article that grew by a
// paragraph, or lost most of its text).
const SIMILAR_ANYWHERE = 0.5;
const SIMILAR_IN_GAP = 0.3;
const CONTAINED_IN_GAP = 0.8;
// A split piece or merge source shares much of its text with the article it came from
// or went to, and much of it is text that article's partner lost (or gained), weighing
// phrases by how rare they are in the law so shared boilerplate proves nothing; without a
// partner, the pieces together must cover the article. Pieces often gain new sentences,
// so these bounds are lower than for a plain version.
const PIECE_SHARED = 0.4;
const PIECE_FROM_LOST_TEXT = 0.35;
const PIECES_COVER = 0.75;
// A lone leftover nearly contained in a partnerless article is simply its new version.
const LONE_PIECE_CONTAINED = 0.8;

const UNLINKED = -1;
const TAKEN = -2; // part of a split or merge

// One version's articles as alignment sees them.
type Version = Readonly<{
  keys: readonly string[];
  partners: Int32Array; // position → position in the other version, or UNLINKED / TAKEN
  exact: Uint8Array; // 1 where the partner has the same text
  grams: (position: number) => GramSet;
}>;

export function alignArticles(oldKeys: readonly string[], newKeys: readonly string[]): Alignment {
  const before = version(oldKeys);
  const after = version(newKeys);

  matchExactly(before, after);
  matchSimilar(before, after);

  const weights = leftoverWeights(before, after);
  const splits = regroup(before, after, weights).map(({ whole, parts }) => ({
    old: whole,
    pieces: parts,
  }));
  const merges = regroup(after, before, weights).map(({ whole, parts }) => ({
    sources: parts,
    new: whole,
  }));

  const pairs: ArticlePair[] = [];
  after.partners.forEach((old, next) => {
    if (old >= 0) pairs.push({ old, new: next });
  });
  return { pairs, splits, merges };
}

function version(keys: readonly string[]): Version {
  const cache = new Map<number, GramSet>();
  const grams = (position: number) => {
    let set = cache.get(position);
    if (set === undefined) {
      set = gramsOf(keys[position] ?? '');
      cache.set(position, set);
    }
    return set;
  };
  return {
    keys,
    partners: new Int32Array(keys.length).fill(UNLINKED),
    exact: new Uint8Array(keys.length),
    grams,
  };
}

function link(one: Version, position: number, other: Version, otherPosition: number): void {
  one.partners[position] = otherPosition;
  other.partners[otherPosition] = position;
}

// The k-th old article with a text pairs with the k-th new article with the same text.
function matchExactly(before: Version, after: Version): void {
  const byKey = new Map<string, number[]>();
  before.keys.forEach((key, old) => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [old]);
    else list.push(old);
  });

  after.keys.forEach((key, next) => {
    const old = byKey.get(key)?.shift();
    if (old === undefined) return;
    link(before, old, after, next);
    before.exact[old] = 1;
    after.exact[next] = 1;
  });
}

function unlinkedPositions(side: Version): number[] {
  const positions: number[] = [];
  side.partners.forEach((partner, position) => {
    if (partner === UNLINKED) positions.push(position);
  });
  return positions;
}

function matchSimilar(before: Version, after: Version): void {
  const inGap = gapTest(before, after);
  const oldIndex = new GramIndex(unlinkedPositions(before), before.grams);
  const candidates: Array<{ old: number; new: number; score: number }> = [];

  for (const next of unlinkedPositions(after)) {
    const grams = after.grams(next);
    for (const [old, shared] of oldIndex.candidates(grams)) {
      const oldSize = before.grams(old).size;
      const score = (2 * shared) / (oldSize + grams.size);
      const contained = shared / Math.max(1, Math.min(oldSize, grams.size));
      const near = inGap(old, next);
      if (
        score >= SIMILAR_ANYWHERE ||
        (near && (score >= SIMILAR_IN_GAP || contained >= CONTAINED_IN_GAP))
      ) {
        // In-gap candidates rank first: a new version usually stays in place.
        candidates.push({ old, new: next, score: score + (near ? 1 : 0) });
      }
    }
  }

  candidates.sort((a, b) => b.score - a.score || a.new - b.new || a.old - b.old);
  for (const candidate of candidates) {
    if (before.partners[candidate.old] !== UNLINKED) continue;
    if (after.partners[candidate.new] !== UNLINKED) continue;
    link(before, candidate.old, after, candidate.new);
  }
}

// Whether old article `old` lies in the same gap between order-keeping exact matches as
// new article `next`.
function gapTest(before: Version, after: Version): (old: number, next: number) => boolean {
  const anchoredNew: number[] = [];
  const anchoredOld: number[] = [];
  after.partners.forEach((old, next) => {
    if (old < 0) return;
    anchoredNew.push(next);
    anchoredOld.push(old);
  });
  const kept = longestIncreasing(anchoredOld);

  const previousOld = new Int32Array(after.keys.length).fill(-1);
  let last = -1;
  let anchor = 0;
  for (let next = 0; next < after.keys.length; next += 1) {
    for (; anchor < anchoredNew.length && (anchoredNew[anchor] ?? 0) < next; anchor += 1) {
      if (kept.has(anchor)) last = anchoredOld[anchor] ?? last;
    }
    previousOld[next] = last;
  }

  const followingOld = new Int32Array(after.keys.length).fill(before.keys.length);
  let following = before.keys.length;
  anchor = anchoredNew.length - 1;
  for (let next = after.keys.length - 1; next >= 0; next -= 1) {
    for (; anchor >= 0 && (anchoredNew[anchor] ?? 0) > next; anchor -= 1) {
      if (kept.has(anchor)) following = anchoredOld[anchor] ?? following;
    }
    followingOld[next] = following;
  }

  return (old, next) => (previousOld[next] ?? -1) < old && old < (followingOld[next] ?? 0);
}

// How telling each trigram of a leftover article is, over both versions' articles.
// Scanning every article is left to the first use, since most comparisons never need it.
function leftoverWeights(before: Version, after: Version): GramWeights {
  const wanted = new Set<number>();
  for (const side of [before, after]) {
    for (const position of unlinkedPositions(side)) {
      for (const gram of side.grams(position)) wanted.add(gram);
    }
  }

  let weights: GramWeights | undefined;
  return (gram) => {
    weights ??= inverseFrequency([...before.keys, ...after.keys], wanted);
    return weights(gram);
  };
}

type Regrouping = { whole: number; parts: number[] };

/**
 * Leftover articles on the parts side whose text came largely from one article on the
 * whole side: for a split the whole is the old article and the parts are new ones, for
 * a merge the other way round. If the whole kept a partner, a part must consist of text
 * the partner no longer has (a copied sentence is not a split); without a partner, the
 * parts together must cover it. A single part without a partner is just a new version.
 */
function regroup(whole: Version, parts: Version, weights: GramWeights): Regrouping[] {
  // Wholes may be leftovers or changed articles, never ones matched exactly.
  const wholes = [...whole.partners.keys()].filter(
    (position) => whole.exact[position] === 0 && whole.partners[position] !== TAKEN,
  );
  const wholeIndex = new GramIndex(wholes, whole.grams);

  const leftoversByWhole = new Map<number, number[]>();
  const shares = new Map<number, number>();
  for (const part of unlinkedPositions(parts)) {
    const best = bestHolder(parts.grams(part), wholeIndex, part);
    if (best === undefined || best.share < PIECE_SHARED) continue;
    leftoversByWhole.set(best.holder, [...(leftoversByWhole.get(best.holder) ?? []), part]);
    shares.set(part, best.share);
  }

  const regroupings: Regrouping[] = [];
  for (const [position, leftovers] of [...leftoversByWhole].sort((a, b) => a[0] - b[0])) {
    const partner = whole.partners[position] ?? UNLINKED;
    if (partner === UNLINKED) {
      const [only] = leftovers;
      const covered = coverage(whole.grams(position), leftovers.map(parts.grams));
      if (leftovers.length > 1 && covered >= PIECES_COVER) {
        regroupings.push({ whole: position, parts: leftovers });
      } else if (only !== undefined && (shares.get(only) ?? 0) >= LONE_PIECE_CONTAINED) {
        link(whole, position, parts, only);
      }
      continue;
    }

    const lost = textLostToPartner(whole.keys[position] ?? '', parts.keys[partner] ?? '');
    const taken = leftovers.filter(
      (part) => weightedContainment(parts.grams(part), lost, weights) >= PIECE_FROM_LOST_TEXT,
    );
    if (taken.length > 0) {
      regroupings.push({ whole: position, parts: [...taken, partner].sort((a, b) => a - b) });
    }
  }

  for (const regrouping of regroupings) {
    whole.partners[regrouping.whole] = TAKEN;
    for (const part of regrouping.parts) parts.partners[part] = TAKEN;
  }
  return regroupings;
}

// The article in `index` that holds most of `grams`, and how much of it; ties go to the
// article nearest `position`.
function bestHolder(
  grams: GramSet,
  index: GramIndex,
  position: number,
): { holder: number; share: number } | undefined {
  let best: { holder: number; share: number } | undefined;
  for (const [holder, shared] of index.candidates(grams)) {
    const share = shared / Math.max(1, grams.size);
    const closer =
      best !== undefined &&
      share === best.share &&
      Math.abs(holder - position) < Math.abs(best.holder - position);
    if (best === undefined || share > best.share || closer) best = { holder, share };
  }
  return best;
}

// The trigrams of what the whole article says and its partner no longer does.
function textLostToPartner(wholeKey: string, partnerKey: string): GramSet {
  const lost = characterDiff(wholeKey, partnerKey)
    .filter((op) => op.op === 'delete')
    .map((op) => op.text);
  return gramsOfPieces(lost);
}
