import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { diff, diffCleanupSemantic } from 'diff-match-patch-es';

import { compareRegulations } from '../core/regulation/compare.js';
import { parseRegulation } from '../core/regulation/parse.js';
import { editDraft } from '../tests/unit/regulation-edits.js';
import { medianMs, type Row } from './measure.js';

// 条文对照 of the whole 民法典 (1,260 articles) against a copy edited in 50 places: parsing
// both versions and comparing them article by article, against a plain character diff of
// the two whole texts with the same library and the same semantic cleanup.

export async function benchRegulation(realdata: string): Promise<Row> {
  const source = readFileSync(join(realdata, 'laws', 'minfadian_full.md'), 'utf8');
  const draft = editDraft(source).text;

  const compareOnce = () => compareRegulations(parseRegulation(source), parseRegulation(draft));
  compareOnce(); // warm the JIT for both paths alike
  const yishiMs = await medianMs(5, compareOnce);

  // No deadline: with the library's default one second the baseline could stop early and
  // look faster than a complete diff is.
  const plainOnce = () => diffCleanupSemantic(diff(source, draft, { diffTimeout: 0 }));
  plainOnce();
  const plainMs = await medianMs(5, plainOnce);

  const before = parseRegulation(source);
  const after = parseRegulation(draft);
  const compareOnlyMs = await medianMs(5, () => compareRegulations(before, after));
  console.log(
    `  民法典 vs 50 edits: parse both ${(yishiMs - compareOnlyMs).toFixed(0)} ms, ` +
      `compare ${compareOnlyMs.toFixed(0)} ms`,
  );

  return {
    name: 'Civil Code vs 50-edit copy: parse+compare',
    value: yishiMs,
    baseline: plainMs,
    unit: 'ms',
  };
}
