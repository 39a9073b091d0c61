// Character trigrams of comparable text: what similarity between two articles is measured
// by. Chinese has no spaces, so words cannot be counted; three characters are specific
// enough that two unrelated articles of one law share few of them. A trigram is kept as
// one number (three UTF-16 code units), which is far cheaper than a string.

const GRAM = 3;
const UNIT = 0x10000;

export type GramSet = ReadonlySet<number>;

// Calls `visit` with every trigram code of `text` (a text shorter than three characters
// is its own gram). Line breaks between paragraphs are skipped.
function eachGram(text: string, visit: (gram: number) => void): void {
  const units: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit !== 0x0a) units.push(unit);
  }
  if (units.length > 0 && units.length < GRAM) {
    visit(units.reduce((code, unit) => code * UNIT + unit, 0));
    return;
  }
  for (let index = 0; index + GRAM <= units.length; index += 1) {
    visit(((units[index] ?? 0) * UNIT + (units[index + 1] ?? 0)) * UNIT + (units[index + 2] ?? 0));
  }
}

/** The distinct trigrams of a comparable text. */
export function gramsOf(text: string): GramSet {
  const grams = new Set<number>();
  eachGram(text, (gram) => grams.add(gram));
  return grams;
}

/** The trigrams of several separate pieces of text, none spanning two pieces. */
export function gramsOfPieces(pieces: readonly string[]): GramSet {
  const grams = new Set<number>();
  for (const piece of pieces) eachGram(piece, (gram) => grams.add(gram));
  return grams;
}

export function sharedCount(a: GramSet, b: GramSet): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared;
}

/** How much of `part` is found in `whole`: 1 when every gram of `part` occurs there. */
export function containment(part: GramSet, whole: GramSet): number {
  return part.size === 0 ? 1 : sharedCount(part, whole) / part.size;
}

/** How much of `whole` the union of `parts` covers. */
export function coverage(whole: GramSet, parts: readonly GramSet[]): number {
  if (whole.size === 0) return 1;
  let covered = 0;
  for (const gram of whole) if (parts.some((part) => part.has(gram))) covered += 1;
  return covered / whole.size;
}

export type GramWeights = (gram: number) => number;

/**
 * Inverse document frequency of the `wanted` grams over `texts`: a phrase every article
 * repeats (国务院和县级以上地方各级人民政府) says little about where a text came from;
 * a phrase found in one article says a lot.
 */
export function inverseFrequency(texts: readonly string[], wanted: GramSet): GramWeights {
  const frequency = new Map<number, number>();
  const lastText = new Map<number, number>();
  texts.forEach((text, position) => {
    eachGram(text, (gram) => {
      if (!wanted.has(gram) || lastText.get(gram) === position) return;
      lastText.set(gram, position);
      frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
    });
  });
  return (gram) => Math.log(1 + texts.length / (frequency.get(gram) ?? 1));
}

/** `containment`, with each gram counted by its weight. */
export function weightedContainment(part: GramSet, whole: GramSet, weight: GramWeights): number {
  let total = 0;
  let found = 0;
  for (const gram of part) {
    const value = weight(gram);
    total += value;
    if (whole.has(gram)) found += value;
  }
  return total === 0 ? 1 : found / total;
}

/**
 * An inverted index from gram to the positions of the texts holding it, so candidates
 * for a text are found by its grams rather than by comparing it with every other text.
 */
export class GramIndex {
  private readonly postings = new Map<number, number[]>();

  /** Indexes the texts at `positions`; `gramsAt` gives a position's grams. */
  constructor(positions: Iterable<number>, gramsAt: (position: number) => GramSet) {
    for (const position of positions) {
      for (const gram of gramsAt(position)) {
        const list = this.postings.get(gram);
        if (list === undefined) this.postings.set(gram, [position]);
        else list.push(position);
      }
    }
  }

  /** Indexed positions sharing at least one gram with `query`, with the number shared. */
  candidates(query: GramSet): Map<number, number> {
    const shared = new Map<number, number>();
    for (const gram of query) {
      for (const position of this.postings.get(gram) ?? []) {
        shared.set(position, (shared.get(position) ?? 0) + 1);
      }
    }
    return shared;
  }
}
