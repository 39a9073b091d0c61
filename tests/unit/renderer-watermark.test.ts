import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';

import {
  drawWatermark,
  watermarkAlpha,
  type WatermarkContext,
} from '../../renderer/reader/watermark.js';
import { formatWatermarkText } from '../../renderer/reader/watermark-text.js';

// The reader draws the recipient's watermark into the page's own pixels. These tests draw it
// on a real 2D canvas (Skia, as in Chromium) and read the pixels back, as the end-to-end test
// does in the browser.

const text = formatWatermarkText({
  recipientName: '李明华',
  openedAt: '2026-12-03T08:05:00.000Z',
  traceId: 'RQWB-BCGE',
});

function watermarkedPage(width: number, height: number, scale: number) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  drawWatermark(ctx as unknown as WatermarkContext, { text, width, height, scale });
  return ctx.getImageData(0, 0, width, height).data;
}

// Watermark red over white paper: red clearly above green and blue, still light.
function isWatermarkPixel(data: Uint8ClampedArray, offset: number): boolean {
  const [r = 0, g = 0, b = 0] = data.subarray(offset, offset + 3);
  return r > g + 12 && r > b + 12 && g > 150;
}

function quadrantCounts(data: Uint8ClampedArray, width: number, height: number): number[] {
  const counts = [0, 0, 0, 0];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!isWatermarkPixel(data, (y * width + x) * 4)) continue;
      const quadrant = (y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1);
      counts[quadrant] = (counts[quadrant] ?? 0) + 1;
    }
  }
  return counts;
}

describe('the in-pixel watermark', () => {
  it('formats name, local opening time and trace ID', () => {
    const opened = new Date('2026-12-03T08:05:00.000Z');
    const two = (n: number) => String(n).padStart(2, '0');
    const day = `${opened.getFullYear()}-${two(opened.getMonth() + 1)}-${two(opened.getDate())}`;
    const local = `${day} ${two(opened.getHours())}:${two(opened.getMinutes())}`;

    expect(text).toBe(`李明华 · ${local} · RQWB-BCGE`);
  });

  it('covers every quarter of an A4 page with light red text', () => {
    const width = 595;
    const height = 842;
    const counts = quadrantCounts(watermarkedPage(width, height, 1), width, height);

    for (const count of counts) expect(count).toBeGreaterThan(500);
  });

  it('stays light enough to read through: no pixel darker than the alpha allows', () => {
    const data = watermarkedPage(400, 400, 1);
    let darkest = 255;
    for (let offset = 0; offset < data.length; offset += 4)
      darkest = Math.min(darkest, data[offset + 1] ?? 255);

    // Green channel of rgb(200, 30, 30) over white at the watermark's alpha.
    const expected = 255 - (255 - 30) * watermarkAlpha;
    expect(darkest).toBeGreaterThanOrEqual(Math.floor(expected) - 2);
    expect(darkest).toBeLessThan(245);
  });

  it('is drawn again at a higher zoom with larger text, still covering the page', () => {
    const small = watermarkedPage(300, 420, 0.5);
    const large = watermarkedPage(1200, 1680, 2);
    const share = (data: Uint8ClampedArray) => {
      let hits = 0;
      for (let offset = 0; offset < data.length; offset += 4)
        if (isWatermarkPixel(data, offset)) hits += 1;
      return hits / (data.length / 4);
    };

    // The mark scales with the page, so it covers about the same share of it.
    expect(share(small)).toBeGreaterThan(0.01);
    expect(share(large)).toBeGreaterThan(0.01);
    expect(Math.abs(share(large) - share(small))).toBeLessThan(0.05);
  });
});
