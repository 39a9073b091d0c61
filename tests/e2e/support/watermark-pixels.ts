import { watermarkAlpha, watermarkColor } from '../../../renderer/reader/watermark.js';
import type { CanvasRegion } from './page-probes.js';

// Finds the reader's watermark in raw pixels. Over white paper the watermark's colour W at
// opacity a (up to watermarkAlpha, less at anti-aliased glyph edges) gives, per channel,
//   255 - value = a × (255 - W)
// so all three channels fall below white in the same proportions as W does. A pixel counts
// when one opacity explains all three channels; the PDF's own inks (its red title, its pale
// pink trial stamp) do not fit that proportion.

const tolerance = 3;
const minimumAlpha = 0.03;

const tint = parseRgb(watermarkColor).map((channel) => 255 - channel) as [number, number, number];
const strongest = tint.indexOf(Math.max(...tint));

export function countWatermarkPixels(region: CanvasRegion): number {
  const { rgb } = region;
  let count = 0;

  for (let i = 0; i + 2 < rgb.length; i += 3) {
    const below = [255 - rgb[i]!, 255 - rgb[i + 1]!, 255 - rgb[i + 2]!];
    const alpha = below[strongest]! / tint[strongest]!;
    if (alpha < minimumAlpha || alpha > watermarkAlpha + 0.02) continue;

    if (below.every((value, k) => Math.abs(value - alpha * tint[k]!) <= tolerance)) count += 1;
  }

  return count;
}

function parseRgb(css: string): number[] {
  const match = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(css);
  if (!match) throw new Error(`watermark colour ${css} is not rgb(r, g, b)`);
  return match.slice(1, 4).map(Number);
}
