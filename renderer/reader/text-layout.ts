// Draft regulations and other text materials are typeset into fixed pages and drawn into
// canvases, so they carry the same in-pixel watermark, zoom, find and annotations as PDFs.
// This file is the pure part: parse a draft into blocks and break them into lines and pages.

export type TextBlock = Readonly<{ kind: 'heading' | 'paragraph'; level: number; text: string }>;

export type LaidOutLine = Readonly<{
  text: string;
  // Line box in page units (CSS pixels at 100 % zoom), top-left origin.
  x: number;
  y: number;
  width: number;
  lineHeight: number;
  fontSize: number;
  bold: boolean;
}>;

export type LaidOutPage = Readonly<{ lines: readonly LaidOutLine[] }>;

export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

export const textPageSize = { width: 720, height: 1018 } as const;

const margin = { top: 86, bottom: 86, side: 80 } as const;
const bodySize = 17;
const lineFactor = 1.75;

// Characters a Chinese line may not start with (they hang into the margin instead), and
// characters a line may not end with (they move down to the next line).
const noLineStart = new Set('，。、；：？！）》」』】〕〉…—,.;:?!)]}%'.split(''));
const noLineEnd = new Set('（《「『【〔〈“‘([{'.split(''));
const latin = /[A-Za-z0-9]/;

export function parseDraftText(text: string, markdown: boolean): TextBlock[] {
  const blocks: TextBlock[] = [];

  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    if (line.length === 0) continue;
    if (markdown && /^<!--.*-->$/.test(line)) continue;

    const heading = markdown ? /^(#{1,6})\s+(.*)$/.exec(line) : null;

    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
    } else {
      blocks.push({ kind: 'paragraph', level: 0, text: line });
    }
  }

  return blocks;
}

type BlockStyle = Readonly<{
  fontSize: number;
  bold: boolean;
  centered: boolean;
  indent: number;
  before: number;
  after: number;
}>;

function styleOf(block: TextBlock): BlockStyle {
  if (block.kind === 'paragraph') {
    return { fontSize: bodySize, bold: false, centered: false, indent: 2, before: 0, after: 8 };
  }

  const fontSize = block.level === 1 ? 25 : block.level === 2 ? 21 : 18;
  return { fontSize, bold: true, centered: true, indent: 0, before: 14, after: 10 };
}

export function layoutText(blocks: readonly TextBlock[], measure: MeasureText): LaidOutPage[] {
  const pages: LaidOutLine[][] = [[]];
  const contentWidth = textPageSize.width - margin.side * 2;
  const bottom = textPageSize.height - margin.bottom;
  let y = margin.top;

  const newPage = (): void => {
    pages.push([]);
    y = margin.top;
  };

  for (const block of blocks) {
    const style = styleOf(block);
    const lineHeight = Math.round(style.fontSize * lineFactor);
    const indentWidth = style.indent * style.fontSize;
    const charWidth = (char: string): number => measure(char, style.fontSize, style.bold);
    const lines = breakLines(block.text, contentWidth, indentWidth, charWidth);

    if (y > margin.top) y += style.before;

    lines.forEach((lineText, index) => {
      if (y + lineHeight > bottom) newPage();

      const width = measure(lineText, style.fontSize, style.bold);
      const indent = index === 0 ? indentWidth : 0;
      const x = style.centered
        ? margin.side + Math.max(0, (contentWidth - width) / 2)
        : margin.side + indent;

      pages.at(-1)?.push({
        text: lineText,
        x,
        y,
        width,
        lineHeight,
        fontSize: style.fontSize,
        bold: style.bold,
      });
      y += lineHeight;
    });

    y += style.after;
  }

  return pages
    .filter((lines, index) => lines.length > 0 || index === 0)
    .map((lines) => ({ lines }));
}

// Greedy breaking by character (Chinese breaks anywhere), with the two punctuation rules
// above and Latin words or numbers kept whole when they fit on a line.
export function breakLines(
  text: string,
  contentWidth: number,
  firstIndent: number,
  charWidth: (char: string) => number,
): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let line: string[] = [];
  let width = firstIndent;

  const flush = (): void => {
    lines.push(line.join(''));
    line = [];
    width = 0;
  };

  for (const char of chars) {
    const w = charWidth(char);

    if (width + w <= contentWidth || line.length === 0 || noLineStart.has(char)) {
      line.push(char);
      width += w;
      continue;
    }

    const carried = carryOver(line, char);
    flush();

    for (const moved of carried) {
      line.push(moved);
      width += charWidth(moved);
    }

    line.push(char);
    width += w;
  }

  if (line.length > 0 || lines.length === 0) lines.push(line.join(''));

  return lines;
}

// What moves from the end of a full line to the next: an opening bracket, or the start of a
// Latin word or number that would otherwise be split (unless it fills the whole line).
function carryOver(line: string[], next: string): string[] {
  const last = line.at(-1);
  if (last !== undefined && noLineEnd.has(last) && line.length > 1) return line.splice(-1);
  if (!latin.test(next)) return [];

  let start = line.length;
  while (start > 0 && latin.test(line[start - 1] ?? '')) start -= 1;

  if (start > 0 && start < line.length) return line.splice(start);

  return [];
}
