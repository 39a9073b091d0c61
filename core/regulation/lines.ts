import type { HeadingKind } from './model.js';
import { NUMERAL_CHARACTERS, parseChineseNumber } from './numerals.js';
import { compactText, readableText } from './text.js';

// One line of a regulation's source, recognised on its own: a structural heading, the
// start of an article, an item, a sub-item or plain text. The parser decides from context
// what plain text belongs to.

export type SourceLine = Readonly<{ line: number }> &
  (
    | Readonly<{ kind: 'blank' }>
    | Readonly<{ kind: 'comment'; text: string }>
    | Readonly<{
        kind: 'heading';
        headingKind: HeadingKind;
        number: number;
        label: string;
        heading: string;
      }>
    | Readonly<{
        kind: 'article';
        number: number;
        label: string;
        heading: string;
        rest: string;
        // 第X条 ran straight into the text ('第十条规定的…'): an article only if the
        // number continues the sequence, since a paragraph may begin the same way.
        tight: boolean;
      }>
    | Readonly<{ kind: 'item'; number: number; label: string; rest: string }>
    | Readonly<{ kind: 'subitem'; number: number; label: string; rest: string }>
    | Readonly<{ kind: 'markdownHeading'; level: number; text: string }>
    | Readonly<{ kind: 'text'; text: string }>
  );

const N = `[${NUMERAL_CHARACTERS}]+`;
const SPACE = '[\\s]*';
const HEADING = new RegExp(`^第${SPACE}(${N})${SPACE}(分编|编|章|节)(.*)$`, 'u');
const ARTICLE = new RegExp(`^第${SPACE}(${N})${SPACE}条(之[一二三四五六七八九十]+)?(.*)$`, 'u');
const ITEM = /^[（(]\s*([一二三四五六七八九十百]+)\s*[）)]\s*(.*)$/u;
const SUBITEM = /^([0-9０-９]{1,3})\s*[.．、]\s*(.*)$/u;
const MARKDOWN_HEADING = /^(#{1,6})\s*(.*?)[\s#]*$/u;
const EMPHASIS = /^(\*\*|__)([^*_]{1,16}?)(\*\*|__)/u; // **第一条** as some Markdown writes it
const ARTICLE_HEADING = /^【([^】]{1,40})】/u; // an optional 条标: 第一条【立法目的】

const HEADING_KINDS_BY_UNIT: Readonly<Record<string, HeadingKind>> = {
  编: 'book',
  分编: 'subbook',
  章: 'chapter',
  节: 'section',
};

// A plain line that reads like a sentence is not a heading, even if it starts 第二章.
const SENTENCE_PUNCTUATION = /[。；，：,;:]/u;
const MAX_PLAIN_HEADING = 40;

/** Splits the source into classified lines; strips a BOM and accepts LF, CRLF or CR. */
export function sourceLines(source: string): SourceLine[] {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const classified: SourceLine[] = [];
  let inComment = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();

    // HTML comments (<!-- INFO END -->) are Markdown markup, never content.
    if (inComment || trimmed.startsWith('<!--')) {
      inComment = !trimmed.includes('-->');
      classified.push({ line, kind: 'comment', text: trimmed });
      return;
    }
    classified.push(classifyLine(trimmed, line));
  });
  return classified;
}

export function classifyLine(trimmed: string, line: number): SourceLine {
  if (trimmed === '') return { line, kind: 'blank' };

  const markdown = MARKDOWN_HEADING.exec(trimmed);
  if (markdown !== null) {
    const content = markdown[2] ?? '';
    const heading = matchHeading(content, true, line);
    if (heading !== undefined) return heading;
    return { line, kind: 'markdownHeading', level: markdown[1]?.length ?? 1, text: content };
  }

  const plain = trimmed.replace(EMPHASIS, '$2');
  return (
    matchHeading(plain, false, line) ??
    matchArticle(plain, line) ??
    matchNumbered(plain, line) ?? { line, kind: 'text', text: plain }
  );
}

function matchHeading(content: string, markdown: boolean, line: number): SourceLine | undefined {
  const match = HEADING.exec(content);
  if (match === null) return undefined;

  const [, numeral = '', unit = '', rest = ''] = match;
  const number = parseChineseNumber(numeral);
  const headingKind = HEADING_KINDS_BY_UNIT[unit];
  if (number === undefined || headingKind === undefined) return undefined;

  const shortName = rest.length <= MAX_PLAIN_HEADING && !SENTENCE_PUNCTUATION.test(rest);
  if (!markdown && !shortName) return undefined;

  const label = compactText(`第${numeral}${unit}`);
  return { line, kind: 'heading', headingKind, number, label, heading: readableText(rest) };
}

function matchArticle(content: string, line: number): SourceLine | undefined {
  const match = ARTICLE.exec(content);
  if (match === null) return undefined;

  const [, numeral = '', suffix = '', afterLabel = ''] = match;
  const number = parseChineseNumber(numeral);
  if (number === undefined) return undefined;

  const tight = afterLabel !== '' && !/^[\s【]/u.test(afterLabel);
  let rest = afterLabel.trim();
  let heading = '';
  const titled = ARTICLE_HEADING.exec(rest);
  if (titled !== null) {
    heading = readableText(titled[1] ?? '');
    rest = rest.slice(titled[0].length).trim();
  }

  const label = compactText(`第${numeral}条${suffix}`);
  return { line, kind: 'article', number, label, heading, rest, tight };
}

function matchNumbered(content: string, line: number): SourceLine | undefined {
  const item = ITEM.exec(content);
  if (item !== null) {
    const number = parseChineseNumber(item[1] ?? '');
    if (number !== undefined) {
      const label = `（${item[1] ?? ''}）`;
      return { line, kind: 'item', number, label, rest: item[2] ?? '' };
    }
  }

  const subitem = SUBITEM.exec(content);
  if (subitem !== null) {
    const number = parseChineseNumber(subitem[1] ?? '');
    if (number !== undefined) {
      return { line, kind: 'subitem', number, label: `${number}.`, rest: subitem[2] ?? '' };
    }
  }
  return undefined;
}
