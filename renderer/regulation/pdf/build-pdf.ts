import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

import type { ArticleChange, HeadingChange } from '../../../core/regulation/index.js';
import type { TableRow } from '../table-rows.js';
import { articleCellRuns, headingCellRuns, type RunMark } from './cell-runs.js';
import { layoutRuns, type Line, type Measure } from './layout.js';

// The printable 条文对照表: A4 landscape, a title, then the old and the new text side by
// side, row by row. Change marks survive black-and-white printing: deleted text is struck
// through and inserted text underlined (as lines, not only colour). Every page carries the
// recipient's watermark line and its page number. The font (Noto Sans SC) is embedded as a
// subset of the characters used, so the file prints the same anywhere.

export type PdfLabels = Readonly<{
  title: string;
  subtitle: string;
  legend: string;
  columnChange: string;
  columnOld: string;
  columnNew: string;
  articleChanges: Readonly<Record<ArticleChange, string>>;
  headingChanges: Readonly<Record<HeadingChange, string>>;
  /** Shown in the column where an article does not exist. */
  absent: string;
  /** '第 {{page}} 页，共 {{total}} 页' */
  pageNumber: string;
  /** The recipient's watermark: name, time, trace ID. */
  watermark: string;
}>;

export type PdfRequest = Readonly<{
  rows: readonly TableRow[];
  labels: PdfLabels;
  fontBytes: Uint8Array;
}>;

// A4 landscape in points.
const pageSize: [number, number] = [841.89, 595.28];
const margin = { left: 36, right: 36, top: 36, bottom: 48 };
const bodySize = 9;
const lineHeight = 13.5;
const cellPadding = 4;
const columnGap = 10;
const changeColumnWidth = 62;
const textColumnWidth =
  (pageSize[0] - margin.left - margin.right - changeColumnWidth - 2 * columnGap) / 2;
const columns = {
  change: margin.left,
  old: margin.left + changeColumnWidth + columnGap,
  new: margin.left + changeColumnWidth + columnGap + textColumnWidth + columnGap,
};

const ink = rgb(0.11, 0.14, 0.17);
const muted = rgb(0.35, 0.38, 0.42);
const rule = rgb(0.78, 0.8, 0.83);
const headingFill = rgb(0.93, 0.94, 0.96);
const markColors: Readonly<Record<RunMark, RGB>> = {
  plain: ink,
  label: ink,
  insert: rgb(0.05, 0.3, 0.62),
  delete: rgb(0.63, 0.11, 0.11),
  placeholder: muted,
};

type Block = Readonly<{
  heading: boolean;
  change: Line[];
  old: Line[];
  new: Line[];
}>;

export async function buildComparisonPdf(request: PdfRequest): Promise<Uint8Array> {
  const { labels } = request;
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(request.fontBytes, { subset: true });

  document.setTitle(labels.title);
  document.setCreator('议事 Yishi');
  document.setProducer('议事 Yishi (pdf-lib)');

  const measure = cachedMeasure(font, bodySize);
  const blocks = request.rows.map((row) => blockOf(row, labels, measure));

  const writer = new PageWriter(document, font, labels);
  writer.start();
  for (const block of blocks) writer.block(block);
  writer.finish();

  return document.save();
}

function blockOf(row: TableRow, labels: PdfLabels, measure: Measure): Block {
  const cells =
    row.kind === 'heading'
      ? headingCellRuns(row, labels.absent)
      : articleCellRuns(row, labels.absent);
  const changeName =
    row.kind === 'heading'
      ? labels.headingChanges[row.heading.change]
      : labels.articleChanges[row.row.change] +
        (row.groupPosition ? ` ${row.groupPosition.index}/${row.groupPosition.size}` : '');
  const width = (columnWidth: number) => columnWidth - 2 * cellPadding;

  return {
    heading: row.kind === 'heading',
    change: layoutRuns([{ text: changeName, mark: 'label' }], width(changeColumnWidth), measure),
    old: layoutRuns(cells.old, width(textColumnWidth), measure),
    new: layoutRuns(cells.new, width(textColumnWidth), measure),
  };
}

// Widths of single characters, measured once each: a whole 民法典 has a few thousand
// distinct characters and hundreds of thousands in all.
function cachedMeasure(font: PDFFont, size: number): Measure {
  const widths = new Map<string, number>();

  return (character) => {
    let width = widths.get(character);
    if (width === undefined) {
      width = font.widthOfTextAtSize(character, size);
      widths.set(character, width);
    }
    return width;
  };
}

class PageWriter {
  private readonly pages: PDFPage[] = [];
  private page: PDFPage | null = null;
  private y = 0;

  constructor(
    private readonly document: PDFDocument,
    private readonly font: PDFFont,
    private readonly labels: PdfLabels,
  ) {}

  start(): void {
    const page = this.newPage();
    const top = pageSize[1] - margin.top;

    page.drawText(this.labels.title, { x: margin.left, y: top - 16, size: 16, font: this.font });
    this.text(this.labels.subtitle, margin.left, top - 36, 9, muted);
    this.text(this.labels.legend, margin.left, top - 50, 8, muted);
    this.y = top - 62;
    this.columnHeader();
  }

  block(block: Block): void {
    const lineCount = Math.max(block.change.length, block.old.length, block.new.length, 1);
    const height = lineCount * lineHeight + 2 * cellPadding;
    const fresh = pageSize[1] - margin.top - this.headerHeight();

    // A row starts on a new page unless it is taller than a page anyway.
    if (this.y - height < margin.bottom && height <= fresh - margin.bottom) this.breakPage();

    let first = 0;
    while (first < lineCount) {
      const room = Math.floor((this.y - margin.bottom - 2 * cellPadding) / lineHeight);
      if (room <= 0) {
        this.breakPage();
        continue;
      }

      const count = Math.min(room, lineCount - first);
      this.slice(block, first, count);
      first += count;
      if (first < lineCount) this.breakPage();
    }
  }

  finish(): void {
    const total = this.pages.length;

    this.pages.forEach((page, index) => {
      const number = this.labels.pageNumber
        .replace('{{page}}', String(index + 1))
        .replace('{{total}}', String(total));
      const numberWidth = this.font.widthOfTextAtSize(number, 8);

      page.drawLine({
        start: { x: margin.left, y: margin.bottom - 12 },
        end: { x: pageSize[0] - margin.right, y: margin.bottom - 12 },
        thickness: 0.5,
        color: rule,
      });
      this.textOn(page, this.labels.watermark, margin.left, margin.bottom - 26, 8, muted);
      this.textOn(page, number, pageSize[0] - margin.right - numberWidth, margin.bottom - 26, 8);
      this.diagonalWatermark(page);
    });
  }

  private slice(block: Block, first: number, count: number): void {
    const page = this.current();
    const height = count * lineHeight + 2 * cellPadding;
    const bottom = this.y - height;

    if (block.heading) {
      page.drawRectangle({
        x: margin.left,
        y: bottom,
        width: pageSize[0] - margin.left - margin.right,
        height,
        color: headingFill,
      });
    }

    const cells = [
      [block.change, columns.change],
      [block.old, columns.old],
      [block.new, columns.new],
    ] as const;
    for (const [lines, x] of cells) {
      lines.slice(first, first + count).forEach((line, index) => {
        const baseline = this.y - cellPadding - (index + 1) * lineHeight + 3.5;
        this.line(line, x + cellPadding, baseline);
      });
    }

    page.drawLine({
      start: { x: margin.left, y: bottom },
      end: { x: pageSize[0] - margin.right, y: bottom },
      thickness: 0.4,
      color: rule,
    });
    this.y = bottom;
  }

  // Marks are drawn as lines, so they print in black and white.
  private line(line: Line, x: number, baseline: number): void {
    const page = this.current();

    for (const run of line) {
      const color = markColors[run.mark];
      page.drawText(run.text, {
        x: x + run.x,
        y: baseline,
        size: bodySize,
        font: this.font,
        color,
      });

      if (run.mark === 'delete' || run.mark === 'insert') {
        const y = run.mark === 'delete' ? baseline + bodySize * 0.33 : baseline - 1.6;
        page.drawLine({
          start: { x: x + run.x, y },
          end: { x: x + run.x + run.width, y },
          thickness: 0.7,
          color,
        });
      }
    }
  }

  private columnHeader(): void {
    const page = this.current();
    const height = lineHeight + 2 * cellPadding;
    const bottom = this.y - height;

    page.drawRectangle({
      x: margin.left,
      y: bottom,
      width: pageSize[0] - margin.left - margin.right,
      height,
      color: rgb(0.86, 0.89, 0.93),
    });
    const baseline = bottom + cellPadding + 3.5;
    this.text(this.labels.columnChange, columns.change + cellPadding, baseline, bodySize);
    this.text(this.labels.columnOld, columns.old + cellPadding, baseline, bodySize);
    this.text(this.labels.columnNew, columns.new + cellPadding, baseline, bodySize);
    this.y = bottom;
  }

  private headerHeight(): number {
    return lineHeight + 2 * cellPadding;
  }

  private breakPage(): void {
    this.newPage();
    this.y = pageSize[1] - margin.top;
    this.columnHeader();
  }

  private newPage(): PDFPage {
    const page = this.document.addPage(pageSize);
    this.pages.push(page);
    this.page = page;
    return page;
  }

  private current(): PDFPage {
    if (this.page === null) throw new Error('PageWriter used before start()');
    return this.page;
  }

  private text(value: string, x: number, y: number, size: number, color: RGB = ink): void {
    this.textOn(this.current(), value, x, y, size, color);
  }

  private textOn(page: PDFPage, value: string, x: number, y: number, size: number, color = ink) {
    page.drawText(value, { x, y, size, font: this.font, color });
  }

  // Faint and diagonal, like the reader's: a photo or a copy of any part of a page still
  // names its recipient.
  private diagonalWatermark(page: PDFPage): void {
    const size = 14;
    const step = this.font.widthOfTextAtSize(this.labels.watermark, size) + 120;

    for (let row = 0; row < 5; row += 1) {
      for (let x = -200 + (row % 2) * (step / 2); x < pageSize[0]; x += step) {
        page.drawText(this.labels.watermark, {
          x,
          y: 40 + row * 130,
          size,
          font: this.font,
          color: rgb(0.78, 0.12, 0.12),
          opacity: 0.08,
          rotate: degrees(25),
        });
      }
    }
  }
}
