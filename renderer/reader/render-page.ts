import type { CancellableTask, ReaderPage } from './document.js';
import { drawWatermark } from './watermark.js';

// Keeps one page canvas under ~16.7 M pixels (pdf.js's own default ceiling), so a large
// page at high zoom on a HiDPI screen lowers sharpness instead of failing to allocate.
const maxCanvasPixels = 16_777_216;

export function outputScaleFor(
  page: ReaderPage,
  cssScale: number,
  devicePixelRatio: number,
): number {
  const wanted = cssScale * Math.max(1, devicePixelRatio);
  const pixelsAtOne = page.size.width * page.size.height;
  const ceiling = Math.sqrt(maxCanvasPixels / Math.max(1, pixelsAtOne));

  return Math.min(wanted, ceiling);
}

// Renders a page off screen, draws the recipient's watermark into the same pixels, and only
// then copies the result into the visible canvas: the screen never shows an unmarked page,
// not even half-way through rendering.
export function renderWatermarkedPage(
  page: ReaderPage,
  target: HTMLCanvasElement,
  scale: number,
  watermarkText: string,
): CancellableTask {
  const offscreen = document.createElement('canvas');
  const task = page.render(offscreen, scale);

  const promise = task.promise
    .then(() => {
      const source = offscreen.getContext('2d');
      if (!source) throw new Error('2D canvas unavailable');

      drawWatermark(source, {
        text: watermarkText,
        width: offscreen.width,
        height: offscreen.height,
        scale,
      });

      target.width = offscreen.width;
      target.height = offscreen.height;
      target.getContext('2d')?.drawImage(offscreen, 0, 0);
    })
    .finally(() => {
      offscreen.width = 0;
      offscreen.height = 0;
    });

  return { promise, cancel: task.cancel };
}

export function releaseCanvas(canvas: HTMLCanvasElement | null): void {
  if (!canvas) return;

  // Zero size frees the backing store and wipes the pixels at once.
  canvas.width = 0;
  canvas.height = 0;
}
