import {
  getDocument,
  PasswordResponses,
  TextLayer,
  VerbosityLevel,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api.js';

import type { Rect } from '../../core/api/models.js';
import { clampRect, type ReaderDocument, type ReaderPage } from './document.js';
import type { ReportProgress } from './open-progress.js';
import { pdfjsAssetUrls } from './pdfjs-setup.js';

export type PasswordPrompt = (attempt: 'needed' | 'incorrect') => Promise<string | null>;

export type PdfOpenHooks = Readonly<{
  askPassword: PasswordPrompt;
  // Aborting (the member cancelled, or the profile locked) destroys the task and its worker.
  signal: AbortSignal;
  onProgress: ReportProgress;
}>;

export type PdfOpenResult =
  | Readonly<{ ok: true; document: ReaderDocument }>
  | Readonly<{ ok: false; reason: 'cancelled' | 'broken' }>;

// Opens decrypted bytes with pdf.js. The bytes are copied because pdf.js transfers its
// buffer to the worker; eval stays off (CSP has no 'unsafe-eval' and the renderer is
// untrusted).
export async function openPdfDocument(
  bytes: Uint8Array,
  hooks: PdfOpenHooks,
): Promise<PdfOpenResult> {
  const { askPassword, signal, onProgress } = hooks;
  let cancelled = false;

  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    cMapPacked: true,
    useSystemFonts: true,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
    ...pdfjsAssetUrls,
  });

  task.onProgress = (progress: { loaded: number; total: number }): void => {
    const { loaded, total } = progress;
    const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : null;
    onProgress({ phase: 'loading', percent });
  };

  task.onPassword = (update: (password: string) => void, reason: number): void => {
    const attempt = reason === PasswordResponses.INCORRECT_PASSWORD ? 'incorrect' : 'needed';

    void askPassword(attempt).then((password) => {
      if (password !== null && !signal.aborted) return update(password);

      cancelled = true;
      void task.destroy();
    });
  };

  const abort = (): void => void task.destroy();
  signal.addEventListener('abort', abort, { once: true });
  if (signal.aborted) abort();

  try {
    const proxy = await task.promise;
    const pages = await loadPages(proxy, onProgress);

    return { ok: true, document: { pages, destroy: () => task.destroy() } };
  } catch {
    await task.destroy();
    return { ok: false, reason: cancelled || signal.aborted ? 'cancelled' : 'broken' };
  } finally {
    signal.removeEventListener('abort', abort);
  }
}

// Pages are asked for a batch at a time rather than one worker round trip each, which
// halved the wait for a 4000-page file; asking for all at once would flood the worker.
const PAGE_BATCH = 64;

async function loadPages(
  proxy: PDFDocumentProxy,
  onProgress: ReportProgress,
): Promise<ReaderPage[]> {
  const total = proxy.numPages;
  const pages: ReaderPage[] = [];

  for (let first = 1; first <= total; first += PAGE_BATCH) {
    onProgress({ phase: 'pages', loaded: first - 1, total });

    const last = Math.min(total, first + PAGE_BATCH - 1);
    const numbers = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    const batch = await Promise.all(numbers.map((number) => proxy.getPage(number)));
    pages.push(...batch.map(pdfPage));
  }

  return pages;
}

function pdfPage(page: PDFPageProxy): ReaderPage {
  const unit = page.getViewport({ scale: 1 });
  let textContent: Promise<TextContent> | null = null;

  const loadText = (): Promise<TextContent> => {
    textContent ??= page.getTextContent();
    return textContent;
  };

  return {
    number: page.pageNumber,
    size: { width: unit.width, height: unit.height },

    render(canvas, scale) {
      const viewport = page.getViewport({ scale });
      canvas.width = Math.max(1, Math.floor(viewport.width));
      canvas.height = Math.max(1, Math.floor(viewport.height));

      const task = page.render({ canvas, viewport });
      return { promise: task.promise, cancel: () => task.cancel() };
    },

    async textItems() {
      return textItemsOf(await loadText()).map((item) => item.str);
    },

    async buildTextLayer(container, scale) {
      const layer = new TextLayer({
        textContentSource: await loadText(),
        container,
        viewport: page.getViewport({ scale }),
      });

      await layer.render();

      return {
        spans: layer.textDivs,
        texts: layer.textContentItemsStr,
        update: (next) => layer.update({ viewport: page.getViewport({ scale: next }) }),
        cancel: () => layer.cancel(),
      };
    },

    toStoredRect: (display) =>
      convertRect(display, unit.width, unit.height, (x, y) => {
        const [px = 0, py = 0] = unit.convertToPdfPoint(x, y) as number[];
        return toUnrotated(page.view, px, py);
      }),

    toDisplayRect: (stored) => {
      const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = page.view;

      return convertRect(stored, x1 - x0, y1 - y0, (u, v) => {
        const [vx = 0, vy = 0] = unit.convertToViewportPoint(x0 + u, y1 - v) as number[];
        return [vx / unit.width, vy / unit.height];
      });
    },
  };
}

// Text items carry the strings; marked-content entries (no `str`) are structure only.
function textItemsOf(content: TextContent): TextItem[] {
  return content.items.filter((item): item is TextItem => 'str' in item);
}

function toUnrotated(view: number[], px: number, py: number): [number, number] {
  const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = view;
  return [(px - x0) / (x1 - x0), (y1 - py) / (y1 - y0)];
}

// Maps both corners of a 0..1 rectangle through `map` (which takes coordinates scaled by
// width/height) and returns the normalised box around them.
function convertRect(
  rect: Rect,
  width: number,
  height: number,
  map: (x: number, y: number) => [number, number],
): Rect {
  const [ax, ay] = map(rect.x * width, rect.y * height);
  const [bx, by] = map((rect.x + rect.w) * width, (rect.y + rect.h) * height);

  return clampRect({
    x: Math.min(ax, bx),
    y: Math.min(ay, by),
    w: Math.abs(bx - ax),
    h: Math.abs(by - ay),
  });
}
