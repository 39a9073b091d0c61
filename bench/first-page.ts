import type { PDFDocumentProxy } from 'pdfjs-dist';

import { loadPdfjs, pdfjsNodeOptions } from '../main/services/materials/pdfjs.js';

type CanvasFactory = {
  create(width: number, height: number): { canvas: unknown; context: unknown };
  destroy(target: { canvas: unknown; context: unknown }): void;
};

/** Parses a PDF from memory and renders its first page at reading scale, as the reader does. */
export async function renderFirstPage(bytes: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfjs();
  const document: PDFDocumentProxy = await pdfjs.getDocument({
    ...pdfjsNodeOptions(),
    data: bytes,
  }).promise;

  try {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale: 1.5 });
    const factory = document.canvasFactory as CanvasFactory;
    const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({
      canvas: target.canvas as never,
      canvasContext: target.context as never,
      viewport,
    }).promise;
    factory.destroy(target);
  } finally {
    await document.destroy();
  }
}
