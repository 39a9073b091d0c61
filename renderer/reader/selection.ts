import type { Rect } from '../../core/api/models.js';
import { clampRect } from './document.js';
import { intersectBox, mergeLineBoxes, toUnitRect, type Box } from './rects.js';

export type PageSelection = Readonly<{ page: number; rects: Rect[]; quote: string }>;

const maxRects = 200;
const maxQuote = 4000;

// The part of the current selection that lies on one rendered page, as rectangles in
// display fractions of that page (the caller maps them to stored page space).
export function selectionOnPage(
  range: Range,
  pageElement: HTMLElement,
  page: number,
): PageSelection | null {
  const pageBox = pageElement.getBoundingClientRect();
  const boxes: Box[] = [];

  for (const rect of Array.from(range.getClientRects())) {
    if (rect.width < 0.5 || rect.height < 0.5) continue;

    const clipped = intersectBox(rect, pageBox);
    if (clipped) boxes.push(clipped);
  }

  if (boxes.length === 0) return null;

  const rects = mergeLineBoxes(boxes)
    .slice(0, maxRects)
    .map((box) => clampRect(toUnitRect(box, pageBox)));

  const quote = range.toString().replace(/\s+/g, ' ').trim().slice(0, maxQuote);
  return { page, rects, quote };
}

// The page element (data-page-number) a DOM node belongs to, if any.
export function pageElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-page-number]') ?? null;
}
