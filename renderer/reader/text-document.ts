import type { ReaderDocument, ReaderPage, TextLayerHandle } from './document.js';
import {
  layoutText,
  parseDraftText,
  textPageSize,
  type LaidOutLine,
  type LaidOutPage,
} from './text-layout.js';

// Draft regulations (UTF-8 text or Markdown) typeset into pages drawn on canvas, so the
// watermark is in the same pixels as the text; a transparent span per line above the canvas
// gives selection, find and highlights as for PDFs.

export const draftFontFamily =
  '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif';

const inkColor = '#1d232b';

function fontOf(size: number, bold: boolean): string {
  return `${bold ? '700 ' : ''}${size}px ${draftFontFamily}`;
}

export async function openTextDocument(text: string, fileName: string): Promise<ReaderDocument> {
  await waitForFonts();

  const markdown = /\.(md|markdown)$/i.test(fileName);
  const pages = layoutText(parseDraftText(text, markdown), createMeasure());

  return {
    pages: pages.map((page, index) => textPage(page, index + 1)),
    destroy: async () => undefined,
  };
}

async function waitForFonts(): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load(fontOf(17, false)),
      document.fonts.load(fontOf(21, true)),
    ]);
  } catch {
    // A missing font falls back to the generic serif; layout still measures what is drawn.
  }
}

function createMeasure(): (text: string, size: number, bold: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();

  return (text, size, bold) => {
    if (!ctx) return text.length * size;

    const font = fontOf(size, bold);
    let width = 0;

    // Per-character widths, cached: a long law has few distinct characters.
    for (const char of text) {
      const key = `${font}|${char}`;
      let charWidth = cache.get(key);

      if (charWidth === undefined) {
        ctx.font = font;
        charWidth = ctx.measureText(char).width;
        cache.set(key, charWidth);
      }

      width += charWidth;
    }

    return width;
  };
}

function textPage(page: LaidOutPage, number: number): ReaderPage {
  const identity = <T>(rect: T): T => rect;

  return {
    number,
    size: textPageSize,

    render(canvas, scale) {
      canvas.width = Math.max(1, Math.floor(textPageSize.width * scale));
      canvas.height = Math.max(1, Math.floor(textPageSize.height * scale));
      drawLines(canvas, page.lines, scale);

      return { promise: Promise.resolve(), cancel: () => undefined };
    },

    textItems: async () => page.lines.map((line) => line.text),

    buildTextLayer: async (container) => buildLineSpans(container, page.lines),

    toStoredRect: identity,
    toDisplayRect: identity,
  };
}

function drawLines(canvas: HTMLCanvasElement, lines: readonly LaidOutLine[], scale: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = inkColor;
  ctx.textBaseline = 'middle';

  for (const line of lines) {
    ctx.font = fontOf(line.fontSize * scale, line.bold);
    ctx.fillText(line.text, line.x * scale, (line.y + line.lineHeight / 2) * scale);
  }
}

// Positions in percent and sizes in multiples of --total-scale-factor (set on the page),
// so zooming needs no re-layout.
function buildLineSpans(container: HTMLElement, lines: readonly LaidOutLine[]): TextLayerHandle {
  const spans = lines.map((line) => {
    const span = document.createElement('span');
    span.textContent = line.text;
    span.style.left = `${(line.x / textPageSize.width) * 100}%`;
    span.style.top = `${(line.y / textPageSize.height) * 100}%`;
    span.style.fontSize = `calc(var(--total-scale-factor) * ${line.fontSize}px)`;
    span.style.lineHeight = `calc(var(--total-scale-factor) * ${line.lineHeight}px)`;
    span.style.fontFamily = draftFontFamily;
    if (line.bold) span.style.fontWeight = '700';

    container.append(span);
    return span;
  });

  return {
    spans,
    texts: lines.map((line) => line.text),
    update: () => undefined,
    cancel: () => undefined,
  };
}
