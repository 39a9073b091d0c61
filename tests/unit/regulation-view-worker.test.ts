import { describe, expect, it } from 'vitest';

import {
  compareRegulations,
  parseChineseNumber,
  parseRegulation,
  toChineseNumeral,
} from '../../core/regulation/index.js';
import {
  isCompareRequest,
  runCompareJob,
  type CompareMessage,
  type ComparisonResult,
} from '../../renderer/regulation/compare-protocol.js';
import { warningsByArticle } from '../../renderer/regulation/row-warnings.js';
import { readRealText } from '../integration/realdata.js';
import { editDraft } from './regulation-edits.js';

// The comparison worker's protocol on the real laws: what the 条文对照 screen receives for
// the demo's 监督法 pair and for the whole 民法典, run without a worker (the worker file only
// forwards messages to runCompareJob).

const law2006 = readRealText('laws', 'jianduFa_2006.md');
const law2024 = readRealText('laws', 'jianduFa_2024.md');

function run(oldText: string, newText: string): CompareMessage[] {
  const messages: CompareMessage[] = [];
  runCompareJob({ requestId: 7, oldText, newText }, (message) => messages.push(message));
  return messages;
}

function resultOf(messages: readonly CompareMessage[]): ComparisonResult {
  const last = messages[messages.length - 1];
  if (last?.kind !== 'done') throw new Error(`the job ended with ${last?.kind}`);
  return last.result;
}

describe('the comparison worker protocol', () => {
  it('reports each phase in order, then the comparison of 监督法 2006 and 2024', () => {
    const messages = run(law2006, law2024);

    expect(messages.map((message) => message.kind)).toEqual([
      'progress',
      'progress',
      'progress',
      'progress',
      'done',
    ]);
    expect(
      messages.flatMap((message) => (message.kind === 'progress' ? [message.phase] : [])),
    ).toEqual(['parsingOld', 'parsingNew', 'comparing', 'checking']);
    expect(messages.every((message) => message.requestId === 7)).toBe(true);

    const result = resultOf(messages);
    expect(result.oldTitle).toBe('中华人民共和国各级人民代表大会常务委员会监督法');
    expect(result.newTitle).toBe('中华人民共和国各级人民代表大会常务委员会监督法');
    // 48 old and 65 new articles: 47 pairs, 18 added, 1 deleted (2006 第十八条).
    expect(result.articles).toHaveLength(66);
    expect(result.summary.added).toBe(18);
    expect(result.summary.deleted).toBe(1);
    expect(result.articles.find((row) => row.change === 'deleted')?.old?.number).toBe(18);
    expect(result.headings).toHaveLength(9);
    expect(result.warnings).toEqual([]);
  });

  it('gives the paragraphs of every draft article, for comments on a 款', () => {
    const result = resultOf(run(law2006, law2024));
    const article13 = result.articles.find((row) => row.new?.number === 13)?.new;
    if (!article13) throw new Error('no 2024 第十三条');

    // 2024 第十三条 has three paragraphs; the third is new.
    expect(result.draftParagraphs[article13.id]).toEqual([
      { id: `${article13.id}/p1`, number: 1 },
      { id: `${article13.id}/p2`, number: 2 },
      { id: `${article13.id}/p3`, number: 3 },
    ]);
    expect(Object.keys(result.draftParagraphs)).toHaveLength(65);
  });

  it('answers with plain data that survives postMessage unchanged', () => {
    const result = resultOf(run(law2006, law2024));

    expect(structuredClone(result)).toEqual(result);
  });

  it('compares the whole 民法典 with its copy edited in 50 places', () => {
    const source = readRealText('laws', 'minfadian_full.md');
    const draft = editDraft(source);

    const result = resultOf(run(source, draft.text));

    expect(result.summary.modified).toBe(draft.edits.length);
    expect(result.summary.deleted).toBe(1);
    expect(result.summary.moved).toBe(1);
    expect(result.articles.filter((row) => row.old !== null)).toHaveLength(1260);
    expect(result.articles.filter((row) => row.new !== null)).toHaveLength(1259);
    expect(result.headings.every((row) => row.change === 'unchanged')).toBe(true);
  });

  it('flags the references a draft left on the old numbers, under their articles', () => {
    const draft = withoutArticle(law2024, 2);

    const result = resultOf(run(law2024, draft));

    const byArticle = warningsByArticle(result.warnings);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.every((warning) => warning.kind === 'staleNumber')).toBe(true);
    for (const [articleId, warnings] of byArticle) {
      const row = result.articles.find((candidate) => candidate.new?.id === articleId);
      expect(row?.new?.text).toContain(warnings[0]?.reference.text);
    }

    const sample = byArticle.values().next().value?.[0];
    expect(sample?.currentNumbers).toEqual([(sample?.number ?? 0) - 1]);
  });

  it('recognises only well-formed requests', () => {
    expect(isCompareRequest({ requestId: 1, oldText: 'a', newText: 'b' })).toBe(true);
    expect(isCompareRequest({ requestId: '1', oldText: 'a', newText: 'b' })).toBe(false);
    expect(isCompareRequest({ requestId: 1, oldText: 'a' })).toBe(false);
    expect(isCompareRequest(null)).toBe(false);
  });

  it('matches compareRegulations run directly on the same texts', () => {
    const result = resultOf(run(law2006, law2024));
    const direct = compareRegulations(parseRegulation(law2006), parseRegulation(law2024));

    expect(result.summary).toEqual(direct.summary);
    expect(result.articles).toEqual(direct.articles);
  });
});

// The draft without article `number`, later articles renumbered at the start of their
// lines only: their references to one another keep the old numbers, as a careless edit
// would leave them.
function withoutArticle(text: string, number: number): string {
  const lines = text.split('\n');
  const output: string[] = [];
  let skipping = false;

  for (const line of lines) {
    const match = /^第([零〇一二两三四五六七八九十百千]+)条(.*)$/u.exec(line);
    if (match) {
      const current = parseChineseNumber(match[1] ?? '') ?? 0;
      skipping = current === number;
      if (skipping) continue;
      output.push(current > number ? `第${toChineseNumeral(current - 1)}条${match[2]}` : line);
      continue;
    }
    if (skipping && !line.startsWith('#')) continue;
    skipping = false;
    output.push(line);
  }
  return output.join('\n');
}
