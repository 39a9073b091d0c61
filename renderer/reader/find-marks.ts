import type { FindSegment } from './find-index.js';
import type { TextLayerHandle } from './document.js';

export type PageHit = Readonly<{ segments: readonly FindSegment[]; current: boolean }>;

type Piece = Readonly<{ start: number; end: number; current: boolean }>;

const markedAttribute = 'data-find-marked';

// Draws find hits into the text-layer spans: the matched part of each span is wrapped in a
// <span class="find-hit">, the current one also gets "current". Returns that element so the
// reader can scroll it into view. Spans are restored to plain text first.
export function markFindHits(layer: TextLayerHandle, hits: readonly PageHit[]): HTMLElement | null {
  clearFindHits(layer);

  const piecesByItem = new Map<number, Piece[]>();

  for (const hit of hits) {
    for (const segment of hit.segments) {
      const pieces = piecesByItem.get(segment.item) ?? [];
      pieces.push({ start: segment.start, end: segment.end, current: hit.current });
      piecesByItem.set(segment.item, pieces);
    }
  }

  let currentElement: HTMLElement | null = null;

  for (const [item, pieces] of piecesByItem) {
    const span = layer.spans[item];
    const text = layer.texts[item];
    if (!span || text === undefined) continue;

    const first = fillSpan(span, text, pieces);
    currentElement ??= first;
  }

  return currentElement;
}

export function clearFindHits(layer: TextLayerHandle): void {
  layer.spans.forEach((span, item) => {
    if (!span.hasAttribute(markedAttribute)) return;

    span.textContent = layer.texts[item] ?? '';
    span.removeAttribute(markedAttribute);
  });
}

function fillSpan(span: HTMLElement, text: string, pieces: Piece[]): HTMLElement | null {
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let cursor = 0;
  let current: HTMLElement | null = null;

  for (const piece of sorted) {
    const start = Math.max(piece.start, cursor);
    if (piece.end <= start) continue;

    if (start > cursor) nodes.push(document.createTextNode(text.slice(cursor, start)));

    const hit = document.createElement('span');
    hit.className = piece.current ? 'find-hit current' : 'find-hit';
    hit.textContent = text.slice(start, piece.end);
    if (piece.current) {
      hit.dataset['testid'] = 'find-hit-current';
      current ??= hit;
    }

    nodes.push(hit);
    cursor = piece.end;
  }

  if (cursor < text.length) nodes.push(document.createTextNode(text.slice(cursor)));

  span.replaceChildren(...nodes);
  span.setAttribute(markedAttribute, '');
  return current;
}
