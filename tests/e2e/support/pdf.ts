import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { PDFDocumentProxy } from 'pdfjs-dist';

import { loadPdfjs, pdfjsNodeOptions } from '../../../main/services/materials/pdfjs.js';
import type { CanvasRegion } from './page-probes.js';
import { demoDataDir } from './paths.js';

// The demo PDFs read in Node with the same pdf.js as the reader: their text, to choose what
// the tests search for, and an unmarked rendering, to prove the watermark check sees the
// watermark and not the page.

type PixelContext = {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
};

type NodeCanvasFactory = {
  create(width: number, height: number): { canvas: unknown; context: PixelContext };
  destroy(canvasAndContext: { canvas: unknown; context: PixelContext }): void;
};

export async function demoPdfPageTexts(fileName: string): Promise<string[]> {
  return withDemoPdf(fileName, async (document) => {
    const texts: string[] = [];

    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
      page.cleanup();
    }
    return texts;
  });
}

/** One page rendered without any watermark, from `fromFraction` of its height down. */
export async function renderDemoPdfRegion(
  fileName: string,
  pageNumber: number,
  fromFraction: number,
): Promise<CanvasRegion> {
  return withDemoPdf(fileName, async (document) => {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1.5 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);

    const factory = document.canvasFactory as NodeCanvasFactory;
    const target = factory.create(width, height);
    try {
      await page.render({
        canvas: target.canvas as never,
        canvasContext: target.context as never,
        viewport,
      }).promise;

      const top = Math.floor(height * fromFraction);
      const { data } = target.context.getImageData(0, top, width, height - top);
      const rgb = Buffer.alloc((data.length / 4) * 3);
      for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
        rgb[j] = data[i]!;
        rgb[j + 1] = data[i + 1]!;
        rgb[j + 2] = data[i + 2]!;
      }
      return { width, height: height - top, rgb };
    } finally {
      factory.destroy(target);
      page.cleanup();
    }
  });
}

async function withDemoPdf<T>(
  fileName: string,
  work: (document: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const pdfjs = await loadPdfjs();
  const data = new Uint8Array(readFileSync(join(demoDataDir, fileName)));
  const document = await pdfjs.getDocument({ ...pdfjsNodeOptions(), data }).promise;

  try {
    return await work(document);
  } finally {
    await document.destroy();
  }
}
