// Geometry for turning a text selection (many small client rectangles, one per glyph run)
// into a few rectangles per line, stored relative to the page.

export type Box = Readonly<{ left: number; top: number; right: number; bottom: number }>;

export type UnitRect = Readonly<{ x: number; y: number; w: number; h: number }>;

export function intersectBox(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };

  return box.right > box.left && box.bottom > box.top ? box : null;
}

// Joins boxes on the same line (vertical overlap of at least half the smaller height) that
// touch or nearly touch, so a highlighted line is one rectangle, not one per glyph run.
export function mergeLineBoxes(boxes: readonly Box[]): Box[] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top || a.left - b.left);
  const merged: Box[] = [];

  for (const box of sorted) {
    const index = merged.findIndex((line) => sameLine(line, box));
    const line = merged[index];

    if (line) {
      merged[index] = {
        left: Math.min(line.left, box.left),
        top: Math.min(line.top, box.top),
        right: Math.max(line.right, box.right),
        bottom: Math.max(line.bottom, box.bottom),
      };
    } else {
      merged.push(box);
    }
  }

  return merged;
}

function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const smaller = Math.min(a.bottom - a.top, b.bottom - b.top);
  const gap = Math.max(a.left, b.left) - Math.min(a.right, b.right);

  return overlap >= smaller / 2 && gap <= smaller;
}

export function toUnitRect(box: Box, page: Box): UnitRect {
  const width = page.right - page.left;
  const height = page.bottom - page.top;

  return {
    x: (box.left - page.left) / width,
    y: (box.top - page.top) / height,
    w: (box.right - box.left) / width,
    h: (box.bottom - box.top) / height,
  };
}
