import { describe, expect, it } from 'vitest';

import {
  breakLines,
  layoutText,
  parseDraftText,
  textPageSize,
} from '../../renderer/reader/text-layout.js';
import { readRealText } from '../integration/realdata.js';

// Draft texts are typeset into pages by the reader; nothing may be lost or reordered, lines
// must fit the page, and Chinese line-breaking rules must hold.

// Deterministic widths: CJK characters a full em, ASCII half an em (as in Chinese fonts).
function measure(text: string, size: number): number {
  return Array.from(text).reduce((width, char) => width + charWidth(char, size), 0);
}

function charWidth(char: string, size: number): number {
  return char.charCodeAt(0) < 0x2e80 ? size / 2 : size;
}

const noLineStart = '，。、；：？！）》」』】';

describe('typesetting a draft law', () => {
  const text = readRealText('laws', 'jianduFa_2006.md');
  const blocks = parseDraftText(text, true);
  const pages = layoutText(blocks, measure);
  const lines = pages.flatMap((page) => page.lines);

  it('keeps all 48 articles of 监督法 2006 and all 9 chapter headings', () => {
    const articles = blocks.filter(
      (b) => b.kind === 'paragraph' && /^第[一二三四五六七八九十百]+条/.test(b.text),
    );
    const chapters = blocks.filter(
      (b) => b.kind === 'heading' && /^第[一二三四五六七八九十]+章/.test(b.text),
    );

    expect(articles).toHaveLength(48);
    expect(chapters).toHaveLength(9);
  });

  it('drops the Markdown marks and the INFO END comment but no text', () => {
    const source = text
      .split('\n')
      .filter((line) => !/^\s*<!--.*-->\s*$/.test(line))
      .map((line) => line.replace(/^#{1,6}\s+/, ''))
      .join('')
      .replace(/\s+/g, '');

    expect(
      lines
        .map((line) => line.text)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(source);
  });

  it('fills several pages and keeps every line inside its page', () => {
    expect(pages.length).toBeGreaterThan(5);

    for (const line of lines) {
      expect(line.y).toBeGreaterThanOrEqual(0);
      expect(line.y + line.lineHeight).toBeLessThanOrEqual(textPageSize.height);
      // A closing mark may hang into the margin by one character, never further.
      expect(line.x + line.width).toBeLessThanOrEqual(textPageSize.width - 80 + line.fontSize);
    }
  });

  it('never starts a line with closing punctuation', () => {
    const offenders = lines.filter((line) => noLineStart.includes(line.text.charAt(0)));
    expect(offenders).toEqual([]);
  });
});

describe('breaking one paragraph', () => {
  it('moves an opening bracket to the next line instead of leaving it at the end', () => {
    const paragraph = '各级人民代表大会常务委员会的职权（一）听取和审议';
    const width = 15 * 10;
    const lines = breakLines(paragraph, width, 0, (char) => charWidth(char, 10));

    expect(lines.join('')).toBe(paragraph);
    for (const line of lines) expect(line.endsWith('（')).toBe(false);
  });

  it('keeps a Latin word whole when it fits on a line', () => {
    const paragraph = '依照中华人民共和国 Constitution 和法律';
    const lines = breakLines(paragraph, 12 * 10, 0, (char) => charWidth(char, 10));

    expect(lines.join('')).toBe(paragraph);
    expect(lines.some((line) => line.includes('Constitution'))).toBe(true);
  });
});
