import type { Rect } from '../../core/api/models.js';

// What the reader needs from an opened material, whether a PDF (pdf.js) or a draft text
// typeset into pages. Page geometry is in "page units": CSS pixels at 100 % zoom.

export type PageSize = Readonly<{ width: number; height: number }>;

export type CancellableTask = Readonly<{ promise: Promise<void>; cancel(): void }>;

export type TextLayerHandle = Readonly<{
  // One element per text item, in the order of `ReaderPage.textItems()`.
  spans: readonly HTMLElement[];
  texts: readonly string[];
  update(scale: number): void;
  cancel(): void;
}>;

export type ReaderPage = Readonly<{
  number: number;
  size: PageSize;
  // Draws the page at `scale` device pixels per page unit into a detached canvas.
  render(canvas: HTMLCanvasElement, scale: number): CancellableTask;
  textItems(): Promise<readonly string[]>;
  buildTextLayer(container: HTMLElement, scale: number): Promise<TextLayerHandle>;
  // Annotations are stored relative to the unrotated page; the screen shows it rotated.
  toStoredRect(display: Rect): Rect;
  toDisplayRect(stored: Rect): Rect;
}>;

export type ReaderDocument = Readonly<{
  pages: readonly ReaderPage[];
  destroy(): Promise<void>;
}>;

export function clampRect(rect: Rect): Rect {
  const x = clamp01(rect.x);
  const y = clamp01(rect.y);

  return { x, y, w: clamp01(Math.min(rect.w, 1 - x)), h: clamp01(Math.min(rect.h, 1 - y)) };
}

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
