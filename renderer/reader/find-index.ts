// Find in Chinese text. pdf.js splits a page into text items at arbitrary points (often one
// item per glyph run, sometimes per character), and documents mix full-width and half-width
// forms (Ｏｐｔｉｍｉｚａｔｉｏｎ, １２３, （一）). We fold every character with NFKC, drop
// whitespace and line breaks, and keep for each folded unit the item and offsets it came
// from, so a match can be drawn back onto the text-layer spans.

export type FindSegment = Readonly<{ item: number; start: number; end: number }>;

export type FindMatch = Readonly<{ page: number; segments: readonly FindSegment[] }>;

export type PageTextIndex = Readonly<{
  page: number;
  folded: string;
  // Per UTF-16 unit of `folded`: the source item and the source character's offsets in it.
  item: Int32Array;
  start: Int32Array;
  end: Int32Array;
}>;

const ignorable = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/u;

export function foldForFind(text: string): string {
  let folded = '';

  for (const char of text) folded += foldChar(char);

  return folded;
}

function foldChar(char: string): string {
  let folded = '';

  for (const unit of char.normalize('NFKC').toLowerCase()) {
    if (!ignorable.test(unit)) folded += unit;
  }

  return folded;
}

export function indexPageText(page: number, items: readonly string[]): PageTextIndex {
  const units: string[] = [];
  const item: number[] = [];
  const start: number[] = [];
  const end: number[] = [];

  items.forEach((text, itemIndex) => {
    let offset = 0;

    for (const char of text) {
      const folded = foldChar(char);

      for (let k = 0; k < folded.length; k += 1) {
        units.push(folded.charAt(k));
        item.push(itemIndex);
        start.push(offset);
        end.push(offset + char.length);
      }

      offset += char.length;
    }
  });

  return {
    page,
    folded: units.join(''),
    item: Int32Array.from(item),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
  };
}

export function findInPage(index: PageTextIndex, query: string): FindMatch[] {
  const needle = foldForFind(query);
  if (needle.length === 0) return [];

  const matches: FindMatch[] = [];
  let from = index.folded.indexOf(needle);

  while (from !== -1) {
    matches.push({ page: index.page, segments: segmentsOf(index, from, from + needle.length) });
    from = index.folded.indexOf(needle, from + needle.length);
  }

  return matches;
}

export function findInDocument(indexes: readonly PageTextIndex[], query: string): FindMatch[] {
  return indexes.flatMap((index) => findInPage(index, query));
}

// One segment per source item the match touches, in reading order.
function segmentsOf(index: PageTextIndex, from: number, to: number): FindSegment[] {
  const segments: { item: number; start: number; end: number }[] = [];

  for (let k = from; k < to; k += 1) {
    const item = index.item[k] ?? 0;
    const start = index.start[k] ?? 0;
    const end = index.end[k] ?? 0;
    const last = segments.at(-1);

    if (last && last.item === item) {
      last.start = Math.min(last.start, start);
      last.end = Math.max(last.end, end);
    } else {
      segments.push({ item, start, end });
    }
  }

  return segments;
}
