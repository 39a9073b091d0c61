import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  ARTICLE_CHANGES,
  compareRegulations,
  parseRegulation,
} from '../../core/regulation/index.js';
import { loadPdfjs, pdfjsNodeOptions } from '../../main/services/materials/pdfjs.js';
import type { PdfLabels } from '../../renderer/regulation/pdf/build-pdf.js';
import { diffSide } from '../../renderer/regulation/pdf/cell-runs.js';
import { layoutRuns } from '../../renderer/regulation/pdf/layout.js';
import { isPdfJob, runPdfJob } from '../../renderer/regulation/pdf/pdf-protocol.js';
import { buildTableRows, changedRowsOnly } from '../../renderer/regulation/table-rows.js';
import { readRealText } from '../integration/realdata.js';

// The printable 条文对照表 of the 监督法 pair, made with the font the renderer build ships,
// then read back with pdf.js as a clerk's PDF viewer would.

const fontBytes = new Uint8Array(
  readFileSync(
    fileURLToPath(
      new URL(
        '../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
        import.meta.url,
      ),
    ),
  ),
);

const comparison = compareRegulations(
  parseRegulation(readRealText('laws', 'jianduFa_2006.md')),
  parseRegulation(readRealText('laws', 'jianduFa_2024.md')),
);
const rows = buildTableRows(comparison.articles, comparison.headings);

const watermark = '李明华 · 2025-03-10 09:00 · R5B4-0268 / C8Q4-8025';
const labels: PdfLabels = {
  title: '条文对照表：监督法（修订草案）',
  subtitle: '现行文本：监督法（现行法律）（第 1 版）　修订草案：监督法（修订草案）（第 1 版）',
  legend: '删除线标示删去的文字，下划线标示新增的文字。',
  columnChange: '变化',
  columnOld: '现行文本',
  columnNew: '修订草案',
  articleChanges: Object.fromEntries(
    ARTICLE_CHANGES.map((change) => [change, `〔${change}〕`]),
  ) as PdfLabels['articleChanges'],
  headingChanges: {
    unchanged: '未改动',
    renumbered: '仅序号变化',
    modified: '修改',
    added: '新增',
    deleted: '删除',
  },
  absent: '—',
  pageNumber: '第 {{page}} 页，共 {{total}} 页',
  watermark,
};

type PageText = Readonly<{ width: number; height: number; text: string }>;

async function readPdf(bytes: Uint8Array): Promise<PageText[]> {
  const pdfjs = await loadPdfjs();
  const document = await pdfjs.getDocument({ ...pdfjsNodeOptions(), data: bytes.slice() }).promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      pages.push({
        width: viewport.width,
        height: viewport.height,
        text: text.replace(/\s+/gu, ''),
      });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

async function makePdf(tableRows = rows): Promise<Uint8Array> {
  const message = await runPdfJob({ requestId: 3, rows: tableRows, labels, fontBytes });
  if (message.kind !== 'done') throw new Error(`the PDF failed: ${message.reason}`);
  return message.bytes;
}

let bytes: Uint8Array;
let pages: PageText[];

beforeAll(async () => {
  bytes = await makePdf();
  pages = await readPdf(bytes);
});

describe('the printable 条文对照表', () => {
  it('is A4 landscape on every page', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(Math.round(page.width)).toBe(842);
      expect(Math.round(page.height)).toBe(595);
    }
  });

  it('opens with the title, the versions and the column heads', () => {
    expect(pages[0]?.text).toMatch(/^条文对照表：监督法（修订草案）现行文本：/u);
    expect(pages[0]?.text).toContain('变化现行文本修订草案');
  });

  it('holds both texts: a phrase 2024 inserts and a phrase it deletes', () => {
    const all = pages.map((page) => page.text).join('');

    // 2024 第一条 adds this; 2024 第三条 drops the 2006 wording.
    expect(all).toContain('坚持好、完善好、运行好人民代表大会制度');
    expect(all).toContain('围绕国家工作大局，以经济建设为中心');
    expect(all).toContain('〔deleted〕第十八条');
  });

  it('names the recipient and the page on every page', () => {
    pages.forEach((page, index) => {
      expect(page.text).toContain(watermark.replace(/\s+/gu, ''));
      expect(page.text).toContain(`第${index + 1}页，共${pages.length}页`);
    });
  });

  it('embeds a subset of Noto Sans SC, not the whole font', async () => {
    const document = await PDFDocument.load(bytes);
    const descriptors = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));

    expect(descriptors).toHaveLength(1);
    const [descriptor] = descriptors;
    expect(descriptor?.get(PDFName.of('FontName'))?.toString()).toMatch(/^\/NotoSansSC/);
    expect(descriptor?.has(PDFName.of('FontFile2'))).toBe(true);
    // The whole TTF is 10 MB; the characters of one law take a small fraction of it.
    expect(bytes.length).toBeLessThan(fontBytes.length / 20);
  });

  it('prints only the changed rows when the table is filtered', async () => {
    const filtered = await readPdf(await makePdf(changedRowsOnly(rows)));
    const all = filtered.map((page) => page.text).join('');

    expect(filtered.length).toBeLessThan(pages.length);
    expect(all).toContain('〔modified〕第一条');
    expect(all).not.toContain('〔unchanged〕');
    expect(all).not.toContain('〔renumbered〕');
  });

  it('reports a font it cannot read as a failure instead of throwing', async () => {
    const message = await runPdfJob({
      requestId: 4,
      rows,
      labels,
      fontBytes: new TextEncoder().encode('not a font'),
    });

    expect(message.kind).toBe('failed');
    expect(isPdfJob({ requestId: 4, rows: [], labels, fontBytes: new Uint8Array(1) })).toBe(true);
    expect(isPdfJob({ requestId: 4, rows: [], labels, fontBytes: [1, 2] })).toBe(false);
  });
});

describe('line breaking for the printed columns', () => {
  const measure = (character: string): number => (/[\x20-\x7e]/.test(character) ? 5 : 9);
  const article3 = comparison.articles.find((row) => row.new?.number === 3);
  const runs = diffSide(article3?.diff ?? [], 'insert');

  it('keeps every line within the column and loses no character', () => {
    const lines = layoutRuns(runs, 200, measure);
    const text = lines.map((line) => line.map((run) => run.text).join('')).join('');

    expect(text).toBe(
      runs
        .map((run) => run.text)
        .join('')
        .replace(/\n/g, ''),
    );
    for (const line of lines) {
      const width = line.reduce((sum, run) => sum + run.width, 0);
      // One closing punctuation mark may hang past the edge rather than start a line.
      expect(width).toBeLessThanOrEqual(200 + 9);
    }
  });

  it('never starts a line with closing punctuation', () => {
    const lines = layoutRuns(runs, 120, measure);

    for (const line of lines.slice(1))
      expect(line[0]?.text ?? '').not.toMatch(/^[，。、；：）》]/u);
  });

  it('keeps insertions marked where they fall', () => {
    const lines = layoutRuns(runs, 200, measure);
    const inserted = lines
      .flat()
      .filter((run) => run.mark === 'insert')
      .map((run) => run.text)
      .join('');

    expect(inserted).toContain('习近平新时代中国特色社会主义思想为指导');
  });

  it('starts a new line for each paragraph', () => {
    const article2 = comparison.articles.find((row) => row.new?.number === 2)?.new?.text ?? '';
    const lines = layoutRuns([{ text: article2, mark: 'plain' }], 10_000, measure);

    expect(lines).toHaveLength(2);
  });
});
