import { NUMERAL_CHARACTERS, parseChineseNumber } from './numerals.js';

// Finds the wording of cross-references in one line of an article: 本法第X条,
// 第X条第Y款第Z项, 第X条至第Y条, 第X条、第Y条, 本条第Y款, 前款, 前两款, 前条, 第Y款,
// 第Z项, 本章, 本节. What the words point to is resolved elsewhere.

export type ReferenceForm =
  | 'article' // 第X条 (with 本法 or bare), possibly with 款 and 项
  | 'precedingArticle' // 前条
  | 'paragraph' // 本条第Y款 or a bare 第Y款: a paragraph of the same article
  | 'precedingParagraphs' // 前款, 前两款
  | 'item' // a bare 第Z项: an item of the paragraph being read or the one before it
  | 'precedingItem' // 前项
  | 'chapter' // 本章
  | 'section'; // 本节

export type ReferenceWording = Readonly<{
  form: ReferenceForm;
  text: string;
  start: number;
  end: number;
  /**
   * A bare 第Y款 or 第Z项, without 本条 or 本款: it continues the article named earlier in
   * the same sentence if there is one (本法第三百九十五条第一款第一项至第三项…或者第五项).
   */
  bare: boolean;
  /** Article numbers named; a range 第三条至第五条 lists 3, 4, 5; 款 and 项 go with the last. */
  articles: readonly number[];
  /** Paragraph numbers named (第二款、第三款); for 前两款 the count, as [2]. */
  paragraphs: readonly number[];
  items: readonly number[];
}>;

const N = `[${NUMERAL_CHARACTERS}]+`;
const JOIN = '[、和及或]|或者|以及';
const list = (unit: string) => `第${N}${unit}(?:(?:至|${JOIN})第${N}${unit})*`;

// One pattern, tried left to right; the longest form at a position wins by order.
const REFERENCE = new RegExp(
  [
    `(?<own>本法|本条例|本规则|本办法|本规定|本细则|本决定)?(?<articles>${list('条')})` +
      `(?<articleParagraphs>${list('款')})?(?<articleItems>${list('项')})?`,
    `(?<precedingArticle>前条)`,
    `本条(?<thisParagraphs>${list('款')})(?<thisItems>${list('项')})?`,
    `(?<preceding>前(?<count>[两二三四五])?款)(?<precedingItems>${list('项')})?`,
    `(?<bareParagraphs>${list('款')})(?<bareItems>${list('项')})?`,
    `(?:本款)?(?<bareItemsOnly>${list('项')})`,
    `(?<precedingItem>前项)`,
    `(?<chapter>本章)`,
    `(?<section>本节)`,
  ].join('|'),
  'gu',
);

// Characters that end the name of another law: 刑法第X条, 《……》第X条, 民法典第X条.
const OTHER_LAW_ENDING = /[》法典例定则]$/u;

/** The cross-references written in `text`, in order. */
export function scanReferences(text: string): ReferenceWording[] {
  const found: ReferenceWording[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const wording = toWording(match, text);
    if (wording !== undefined) found.push(wording);
  }
  return found;
}

function toWording(match: RegExpMatchArray, text: string): ReferenceWording | undefined {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const base = { text: match[0], start, end: start + match[0].length, bare: false };
  const none: readonly number[] = [];

  if (groups['articles'] !== undefined) {
    // 刑法第十条 names another law; 本法第十条 and a bare 第十条 name this one.
    if (groups['own'] === undefined && OTHER_LAW_ENDING.test(text.slice(0, start))) {
      return undefined;
    }
    return {
      ...base,
      form: 'article',
      articles: numbersIn(groups['articles']),
      paragraphs: numbersIn(groups['articleParagraphs']),
      items: numbersIn(groups['articleItems']),
    };
  }
  if (groups['precedingArticle'] !== undefined) {
    return { ...base, form: 'precedingArticle', articles: none, paragraphs: none, items: none };
  }
  if (groups['thisParagraphs'] !== undefined || groups['bareParagraphs'] !== undefined) {
    return {
      ...base,
      form: 'paragraph',
      bare: groups['bareParagraphs'] !== undefined,
      articles: none,
      paragraphs: numbersIn(groups['thisParagraphs'] ?? groups['bareParagraphs']),
      items: numbersIn(groups['thisItems'] ?? groups['bareItems']),
    };
  }
  if (groups['preceding'] !== undefined) {
    const count = parseChineseNumber(groups['count'] ?? '一') ?? 1;
    const items = numbersIn(groups['precedingItems']);
    return { ...base, form: 'precedingParagraphs', articles: none, paragraphs: [count], items };
  }
  if (groups['bareItemsOnly'] !== undefined) {
    const items = numbersIn(groups['bareItemsOnly']);
    const bare = !match[0].startsWith('本款');
    return { ...base, form: 'item', bare, articles: none, paragraphs: none, items };
  }
  if (groups['precedingItem'] !== undefined) {
    return { ...base, form: 'precedingItem', articles: none, paragraphs: none, items: none };
  }
  const form = groups['chapter'] !== undefined ? 'chapter' : 'section';
  return { ...base, form, articles: none, paragraphs: none, items: none };
}

// '第三条至第五条、第八条' → [3, 4, 5, 8].
function numbersIn(words: string | undefined): number[] {
  if (words === undefined) return [];
  const numbers: number[] = [];
  const parts = words.split(/(至)/u);
  let rangeFrom: number | undefined;

  for (const part of parts) {
    if (part === '至') continue;
    const values = [...part.matchAll(new RegExp(`第(${N})`, 'gu'))]
      .map((match) => parseChineseNumber(match[1] ?? ''))
      .filter((value): value is number => value !== undefined);
    const [first, ...rest] = values;
    if (first === undefined) continue;

    if (rangeFrom !== undefined && first >= rangeFrom) {
      for (let value = rangeFrom + 1; value <= first; value += 1) numbers.push(value);
    } else {
      numbers.push(first);
    }
    numbers.push(...rest);
    rangeFrom = values[values.length - 1];
  }
  return numbers;
}
