import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Page } from '@playwright/test';

import { loadPdfjs, pdfjsNodeOptions } from '../../../main/services/materials/pdfjs.js';
import {
  compareRegulations,
  parseRegulation,
  type Comparison,
} from '../../../core/regulation/index.js';
import type { CanvasRegion } from './page-probes.js';
import { demoDataDir } from './paths.js';

// What the 条文对照 end-to-end test checks the screen against, computed in Node from the
// same demo files: the comparison itself, the text of an exported PDF, and the pixels of a
// screenshot.

export function compareDemoTexts(oldFile: string, newFile: string): Comparison {
  const read = (file: string) => readFileSync(join(demoDataDir, file), 'utf8');
  return compareRegulations(parseRegulation(read(oldFile)), parseRegulation(read(newFile)));
}

/** Every page's text as pdf.js extracts it, whitespace removed (lines wrap anywhere). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const document = await pdfjs.getDocument({ ...pdfjsNodeOptions(), data: bytes }).promise;

  try {
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      texts.push(text.replace(/\s+/gu, ''));
      page.cleanup();
    }
    return texts;
  } finally {
    await document.destroy();
  }
}

/** The RGB pixels of a PNG screenshot. */
export async function pngPixels(png: Buffer): Promise<CanvasRegion> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);

  const { data } = context.getImageData(0, 0, image.width, image.height);
  const rgb = Buffer.alloc((data.length / 4) * 3);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
    rgb[j] = data[i]!;
    rgb[j + 1] = data[i + 1]!;
    rgb[j + 2] = data[i + 2]!;
  }
  return { width: image.width, height: image.height, rgb };
}

/**
 * Answers the page's material.open calls for the demo's 监督法 pair with two other texts,
 * everything else of the answer (watermark, material, trace) as main gave it. The demo has
 * no longer law than the 监督法, and the comparison screen must also carry the 民法典.
 */
export async function substituteDemoPair(
  page: Page,
  texts: Readonly<{ oldFile: string; oldText: string; newFile: string; newText: string }>,
): Promise<void> {
  await page.route('**/api/invoke', async (route) => {
    if (route.request().headers()['x-yishi-method'] !== 'material.open') return route.continue();

    const response = await route.fetch();
    const answer = JSON.parse(await response.text()) as {
      ok: boolean;
      value?: { material: { fileName: string }; text: string | null };
    };
    const fileName = answer.value?.material.fileName;
    if (answer.ok && answer.value && fileName === texts.oldFile) answer.value.text = texts.oldText;
    if (answer.ok && answer.value && fileName === texts.newFile) answer.value.text = texts.newText;

    await route.fulfill({ response, body: JSON.stringify(answer) });
  });
}
