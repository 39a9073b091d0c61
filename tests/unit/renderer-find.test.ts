import { describe, expect, it } from 'vitest';

import { loadPdfjs, pdfjsNodeOptions } from '../../main/services/materials/pdfjs.js';
import {
  findInDocument,
  foldForFind,
  indexPageText,
  type FindMatch,
  type PageTextIndex,
} from '../../renderer/reader/find-index.js';
import { layoutText, parseDraftText } from '../../renderer/reader/text-layout.js';
import { readRealBytes, readRealText } from '../integration/realdata.js';

// Find in the reader works on the text items pdf.js extracts (the same items the text layer
// turns into spans), so these tests extract them from real PDFs with the same pdf.js.

async function pdfPageItems(file: string): Promise<string[][]> {
  const pdfjs = await loadPdfjs();
  const data = readRealBytes('pdfs', file);
  const document = await pdfjs.getDocument({ ...pdfjsNodeOptions(), data }).promise;

  try {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item ? [item.str] : [])));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

function indexAll(pages: string[][]): PageTextIndex[] {
  return pages.map((items, index) => indexPageText(index + 1, items));
}

// What a match covers, read back from the source items through its segments.
function matchedText(pages: string[][], match: FindMatch): string {
  return match.segments
    .map((segment) => pages[match.page - 1]?.[segment.item]?.slice(segment.start, segment.end))
    .join('');
}

describe('find in Chinese PDFs', () => {
  it('finds a phrase in issue19360.pdf across the space inside its title', async () => {
    const pages = await pdfPageItems('issue19360.pdf');
    const matches = findInDocument(indexAll(pages), '价值体系增强文化');

    expect(matches).toHaveLength(1);
    expect(matches[0]?.page).toBe(1);
    expect(matchedText(pages, matches[0]!)).toBe('价值体系 增强文化');
  });

  it('folds full-width Latin so a half-width query finds it (issue15690.pdf)', async () => {
    const pages = await pdfPageItems('issue15690.pdf');
    const matches = findInDocument(indexAll(pages), 'Optimization of water');

    // The spaces are items of their own; only the words are marked.
    expect(matches).toHaveLength(1);
    expect(matchedText(pages, matches[0]!)).toBe('Ｏｐｔｉｍｉｚａｔｉｏｎｏｆｗａｔｅｒ');
  });

  it('joins a word that pdf.js split into separate items (ｐｒｏｃｅｓ + ｓ)', async () => {
    const pages = await pdfPageItems('issue15690.pdf');
    const [match] = findInDocument(indexAll(pages), 'process of');

    expect(match?.segments.length).toBeGreaterThan(1);
    expect(foldForFind(matchedText(pages, match!))).toBe('processof');
  });

  it('finds every occurrence on every page of a five-page PDF, in page order', async () => {
    const pages = await pdfPageItems('file_pdfjs_test.pdf');
    const matches = findInDocument(indexAll(pages), 'Talos');

    // Find ignores case and white space, so count the same way in the joined page text.
    const folded = (items: string[]) => items.join('').toLowerCase().replace(/\s+/g, '');
    const expected = pages.map((items) => folded(items).split('talos').length - 1);
    const perPage = pages.map((_, index) => matches.filter((m) => m.page === index + 1).length);

    expect(perPage).toEqual(expected);
    expect(matches.length).toBeGreaterThan(1);
    expect(matches.map((m) => m.page)).toEqual(
      [...matches.map((m) => m.page)].sort((a, b) => a - b),
    );
    for (const match of matches) expect(matchedText(pages, match).toLowerCase()).toBe('talos');
  });

  it('finds nothing for an absent phrase, and nothing for blanks', async () => {
    const indexes = indexAll(await pdfPageItems('issue19360.pdf'));

    expect(findInDocument(indexes, '人民代表大会')).toEqual([]);
    expect(findInDocument(indexes, ' \u3000 ')).toEqual([]);
  });
});

describe('find in a draft law typeset into pages', () => {
  const text = readRealText('laws', 'jianduFa_2006.md');
  const measure = (value: string, size: number): number =>
    Array.from(value).reduce(
      (width, char) => width + (char.charCodeAt(0) < 0x2e80 ? size / 2 : size),
      0,
    );
  const pages = layoutText(parseDraftText(text, true), measure).map((page) =>
    page.lines.map((line) => line.text),
  );

  it('counts every occurrence of 监督职权, also where a line break splits it', () => {
    const body = text.replace(/<!--.*-->/g, '').replace(/\s+/g, '');
    const expected = body.split('监督职权').length - 1;

    const matches = findInDocument(indexAll(pages), '监督职权');

    expect(expected).toBeGreaterThan(5);
    expect(matches).toHaveLength(expected);
    for (const match of matches) expect(matchedText(pages, match)).toBe('监督职权');
  });

  it('matches （一） typed with half-width brackets', () => {
    const matches = findInDocument(indexAll(pages), '(一)');
    const expected = text.split('（一）').length - 1;

    expect(expected).toBeGreaterThan(0);
    expect(matches).toHaveLength(expected);
  });
});
