import type { PDFDocumentProxy } from 'pdfjs-dist';

import { loadPdfjs, pdfjsNodeOptions } from '../../main/services/materials/pdfjs.js';

// Renders PDF pages in Node the way the reader does in the renderer: same pdf.js, same
// bundled CMaps, standard fonts and wasm decoders. pdf.js draws on @napi-rs/canvas through
// its own Node canvas factory.

export type RenderedPage = Readonly<{
  page: number;
  width: number;
  height: number;
  // Pixels clearly darker than paper: zero means the page came out blank.
  inkPixels: number;
}>;

type NodeCanvasFactory = {
  create(width: number, height: number): { canvas: unknown; context: PixelContext };
  destroy(canvasAndContext: { canvas: unknown; context: PixelContext }): void;
};

type PixelContext = {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
};

const PAPER_THRESHOLD = 235;

export async function renderEveryPage(
  bytes: Uint8Array,
  password: string | undefined,
  scale: number,
): Promise<RenderedPage[]> {
  const pdfjs = await loadPdfjs();
  const document = await pdfjs.getDocument({ ...pdfjsNodeOptions(), data: bytes.slice(), password })
    .promise;

  try {
    const pages: RenderedPage[] = [];
    for (let page = 1; page <= document.numPages; page += 1) {
      pages.push(await renderPage(document, page, scale));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

async function renderPage(
  document: PDFDocumentProxy,
  pageNumber: number,
  scale: number,
): Promise<RenderedPage> {
  const page = await document.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
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
    return { page: pageNumber, width, height, inkPixels: countInk(target.context, width, height) };
  } finally {
    factory.destroy(target);
    page.cleanup();
  }
}

function countInk(context: PixelContext, width: number, height: number): number {
  const { data } = context.getImageData(0, 0, width, height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const opaque = (data[i + 3] ?? 0) > 0;
    const dark = Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) < PAPER_THRESHOLD;
    if (opaque && dark) ink += 1;
  }
  return ink;
}
