import { describe, expect, it } from 'vitest';

import { compareRegulations } from '../../core/regulation/compare.js';
import type { ProvisionNode, Regulation } from '../../core/regulation/model.js';
import { parseRegulation } from '../../core/regulation/parse.js';
import { indexProvisions, listArticles, listHeadings } from '../../core/regulation/query.js';
import {
  checkReferences,
  findReferences,
  type Reference,
} from '../../core/regulation/references.js';
import { readRealText } from '../integration/realdata.js';
import { editDraft } from './regulation-edits.js';

// 预警 on real texts: references resolve to the provisions they name; a reference to
// nothing, and one left at an old number after renumbering, are flagged.

const lawText = (name: string) => readRealText('laws', name);
const law = (name: string) => parseRegulation(lawText(name));

function article(regulation: Regulation, number: number): ProvisionNode {
  const found = listArticles(regulation).find((entry) => entry.article.number === number);
  if (found === undefined) throw new Error(`no article ${number}`);
  return found.article;
}

function referencesOf(regulation: Regulation, number: number): Reference[] {
  return findReferences(regulation).filter((reference) => reference.articleNumber === number);
}

// The real text with one phrase replaced, failing loudly if the phrase is not there once.
function edited(name: string, from: string, to: string): Regulation {
  const text = lawText(name);
  expect(text.split(from)).toHaveLength(2);
  return parseRegulation(text.replace(from, to));
}

describe('finding and resolving references', () => {
  const lifafa = law('lifafa_2023.md');

  it('resolves 前款 to the paragraph before it (立法法 2023 第十九条)', () => {
    const nineteen = article(lifafa, 19);
    const [reference] = referencesOf(lifafa, 19);

    expect(reference).toMatchObject({
      form: 'precedingParagraphs',
      text: '前款',
      sourceId: `${nineteen.id}/p2`,
      targetIds: [`${nineteen.id}/p1`],
      problems: [],
    });
  });

  it('resolves 本法第八十一条第一款 and 本条第一款、第二款 (立法法 2023 第八十二条)', () => {
    const references = referencesOf(lifafa, 82);
    const eightyTwo = article(lifafa, 82);

    expect(references.map((reference) => reference.text)).toEqual([
      '本法第十一条',
      '本条第一款、第二款',
      '本法第八十一条第一款',
    ]);
    expect(references[0]?.targetIds).toEqual([article(lifafa, 11).id]);
    expect(references[1]?.targetIds).toEqual([`${eightyTwo.id}/p1`, `${eightyTwo.id}/p2`]);
    expect(references[2]?.targetIds).toEqual([`${article(lifafa, 81).id}/p1`]);
  });

  it('resolves 本章 to the chapter the article is in', () => {
    const [reference] = referencesOf(lifafa, 63);
    const chapter = listHeadings(lifafa).find((node) => node.label === '第二章');

    expect(reference?.text).toBe('本章');
    expect(reference?.targetIds).toEqual([chapter?.id]);
  });

  it('reads a bare 第五项 after 本法第三百九十五条第一款第一项至第三项 as item 5 of that paragraph', () => {
    const code = law('minfadian_full.md');
    const items = article(code, 395).children[0]?.children ?? [];
    const references = referencesOf(code, 402);

    expect(references.map((reference) => reference.targetIds)).toEqual([
      [items[0]?.id, items[1]?.id, items[2]?.id],
      [items[4]?.id],
    ]);
  });

  it('leaves references to other laws alone (依照《中华人民共和国立法法》…, 刑法第…)', () => {
    const regulation = parseRegulation(
      '第一条 依照《中华人民共和国立法法》第七十二条和刑法第十条的规定，制定本条例。',
    );
    expect(findReferences(regulation)).toEqual([]);
  });

  it('flags nothing in any real law: the official texts have no dangling references', () => {
    for (const name of ['lifafa_2023.md', 'minfadian_full.md', 'jianduFa_2024.md']) {
      expect(checkReferences(law(name)), name).toEqual([]);
    }
  });
});

describe('flagging references that point nowhere', () => {
  it('flags a reference to an article the law does not have', () => {
    const draft = edited('lifafa_2023.md', '本法第一百零八条', '本法第一百二十八条');
    const warnings = checkReferences(draft);

    expect(
      warnings.map((warning) => [warning.kind, warning.number, warning.reference.text]),
    ).toEqual([['missingArticle', 128, '本法第一百二十八条']]);
  });

  it('flags a paragraph beyond the end of the article named', () => {
    const draft = edited('lifafa_2023.md', '本法第八十一条第一款', '本法第八十一条第九款');
    const warnings = checkReferences(draft);

    expect(warnings.map((warning) => [warning.kind, warning.number])).toEqual([
      ['missingParagraph', 9],
    ]);
  });

  it('flags 前款 in an article’s first paragraph', () => {
    const draft = edited(
      'lifafa_2023.md',
      '第十九条 向全国人民代表大会提出的',
      '第十九条 依照前款规定，向全国人民代表大会提出的',
    );
    expect(checkReferences(draft).map((warning) => warning.kind)).toEqual(['noPrecedingProvision']);
  });
});

describe('flagging numbers the renumbering should have changed', () => {
  const previous = law('lifafa_2015.md');

  it('flags nothing in the real 2023 text, whose references were updated', () => {
    const draft = law('lifafa_2023.md');
    const comparison = compareRegulations(previous, draft);

    expect(checkReferences(draft, { previous, comparison })).toEqual([]);
  });

  it('flags 本法第八条 left in 第十二条 after old 第八条 became 第十一条', () => {
    // 2015 第九条 '本法第八条规定的事项…' is 2023 第十二条 '本法第十一条规定的事项…'.
    const draft = edited('lifafa_2023.md', '第十二条 本法第十一条', '第十二条 本法第八条');
    const comparison = compareRegulations(previous, draft);
    const warnings = checkReferences(draft, { previous, comparison });

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'staleNumber',
      number: 8,
      currentNumbers: [11],
      reference: { articleNumber: 12, text: '本法第八条' },
    });
  });

  it('flags the references a renumbered 民法典 draft forgot to update', () => {
    // The 50-edit draft deletes 第五百条 without touching any reference, so 第五百八十二条
    // (now 第五百八十一条) still cites 本法第五百一十条, which is now 第五百零九条.
    const before = law('minfadian_full.md');
    const draft = parseRegulation(editDraft(lawText('minfadian_full.md')).text);
    const comparison = compareRegulations(before, draft);
    const warnings = checkReferences(draft, { previous: before, comparison });

    // A stale number can also name an item or paragraph the wrong article lacks; every
    // warning comes from a stale reference.
    const stale = warnings.filter((warning) => warning.kind === 'staleNumber');
    expect(stale.length).toBeGreaterThan(10);
    const staleReferences = new Set(stale.map((warning) => warning.reference));
    expect(warnings.every((warning) => staleReferences.has(warning.reference))).toBe(true);
    const forgotten = stale.find((warning) => warning.reference.articleNumber === 581);
    expect(forgotten).toMatchObject({ number: 510, currentNumbers: [509] });
    const index = indexProvisions(draft);
    expect(index.get(forgotten?.reference.sourceId ?? '')?.text).toContain('本法第五百一十条');
  });
});
