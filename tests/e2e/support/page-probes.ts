import type { Page } from '@playwright/test';

// Functions that run inside the page (through page.evaluate). The Node project has no DOM
// types, so the few browser objects they touch are declared here, for this file only.

type Box = Readonly<{ left: number; top: number; width: number; height: number }>;

type Pixels = Readonly<{ data: ArrayLike<number> }>;

type Context2d = Readonly<{
  getImageData(x: number, y: number, width: number, height: number): Pixels;
}>;

type ProbeNode = {
  readonly nodeValue: string | null;
};

type ProbeElement = {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly innerText: string;
  getAttribute(name: string): string | null;
  getContext(kind: '2d'): Context2d | null;
  querySelector(selector: string): ProbeElement | null;
  querySelectorAll(selector: string): ArrayLike<ProbeElement>;
};

type ProbeRange = {
  setStart(node: ProbeNode, offset: number): void;
  setEnd(node: ProbeNode, offset: number): void;
  getBoundingClientRect(): Box;
};

type ProbeWalker = { nextNode(): ProbeNode | null };

declare const document: {
  readonly body: ProbeElement;
  readonly documentElement: ProbeElement;
  querySelector(selector: string): ProbeElement | null;
  querySelectorAll(selector: string): ArrayLike<ProbeElement>;
  createRange(): ProbeRange;
  createTreeWalker(root: ProbeElement, whatToShow: number): ProbeWalker;
};
declare function getComputedStyle(element: ProbeElement): { fontSize: string };
declare function btoa(binary: string): string;

export type CanvasRegion = Readonly<{ width: number; height: number; rgb: Buffer }>;

/**
 * The RGB pixels of a rendered page canvas from `fromFraction` of its height down to the
 * bottom, read with getImageData: what the canvas really holds, not a screenshot.
 */
export async function readPageCanvas(
  page: Page,
  pageNumber: number,
  fromFraction: number,
): Promise<CanvasRegion> {
  const region = await page.evaluate(
    ({ pageNumber, fromFraction }) => {
      const canvas = document.querySelector(
        `[data-testid="page-canvas"][data-page="${pageNumber}"][data-rendered="true"]`,
      );
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return null;

      const top = Math.floor(canvas.height * fromFraction);
      const height = canvas.height - top;
      const { data } = context.getImageData(0, top, canvas.width, height);

      // RGB as a binary string in base64: a fraction of the size of a JSON number array.
      const parts: string[] = [];
      for (let start = 0; start < data.length; start += 4 * 8192) {
        const end = Math.min(data.length, start + 4 * 8192);
        let chunk = '';
        for (let i = start; i < end; i += 4) {
          chunk += String.fromCharCode(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0);
        }
        parts.push(chunk);
      }

      return { width: canvas.width, height, rgb: btoa(parts.join('')) };
    },
    { pageNumber, fromFraction },
  );

  if (region === null) throw new Error(`page ${pageNumber} has no rendered canvas`);
  return { width: region.width, height: region.height, rgb: Buffer.from(region.rgb, 'base64') };
}

export type OverlayScan = Readonly<{
  // Elements whose id, class or test id mentions a watermark.
  namedWatermarkElements: number;
  // Whether any text the page shows looks like a trace ID (ABCD-1234), as a DOM watermark
  // would.
  traceIdInText: boolean;
}>;

export function scanForWatermarkOverlay(page: Page): Promise<OverlayScan> {
  return page.evaluate(() => {
    const named = Array.from(document.querySelectorAll('*')).filter((element) =>
      [element.id, element.getAttribute('class'), element.getAttribute('data-testid')].some(
        (value) => (value ?? '').toLowerCase().includes('watermark'),
      ),
    );

    return {
      namedWatermarkElements: named.length,
      traceIdInText: /\b[0-9A-Z]{4}-[0-9A-Z]{4}\b/.test(document.body.innerText),
    };
  });
}

export type TextBoxes = Readonly<{ first: Box; last: Box }>;

/**
 * Where the first and the last character of `phrase` sit on screen in the text layer of one
 * page, so the test can drag the mouse across it as a member would.
 */
export async function locatePhraseInTextLayer(
  page: Page,
  pageNumber: number,
  phrase: string,
): Promise<TextBoxes> {
  const boxes = await page.evaluate(
    ({ pageNumber, phrase }) => {
      const layer = document.querySelector(`[data-testid="text-layer"][data-page="${pageNumber}"]`);
      if (!layer) return null;

      // The layer's text nodes in order, with where each starts in the joined text.
      const SHOW_TEXT = 4;
      const walker = document.createTreeWalker(layer, SHOW_TEXT);
      const nodes: { node: ProbeNode; start: number; text: string }[] = [];
      let joined = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        nodes.push({ node, start: joined.length, text });
        joined += text;
      }

      const at = joined.indexOf(phrase);
      if (at < 0) return null;

      const charBox = (index: number): Box | null => {
        const holder = nodes.find((n) => index >= n.start && index < n.start + n.text.length);
        if (!holder) return null;

        const range = document.createRange();
        range.setStart(holder.node, index - holder.start);
        range.setEnd(holder.node, index - holder.start + 1);
        const { left, top, width, height } = range.getBoundingClientRect();
        return { left, top, width, height };
      };

      const first = charBox(at);
      const last = charBox(at + phrase.length - 1);
      return first && last ? { first, last } : null;
    },
    { pageNumber, phrase },
  );

  if (boxes === null) throw new Error(`"${phrase}" is not in the text layer of page ${pageNumber}`);
  return boxes;
}

export function rootFontSizePx(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
}
