import { DIFF_DELETE, DIFF_INSERT, diff, diffCleanupSemantic } from 'diff-match-patch-es';

import { comparableText } from './text.js';

// Character diff with semantic cleanup. Chinese has no spaces, so a word diff (as in
// OpenSlides or LEOS) marks a whole clause as replaced; a raw character diff scatters a
// changed phrase into single characters that happen to match. Semantic cleanup merges
// those into edits a reader sees as phrases.

export type DiffOp = Readonly<{ op: 'equal' | 'insert' | 'delete'; text: string }>;

// No deadline: article texts are short, and a deadline would make the result depend on
// the machine's speed.
const OPTIONS = { diffTimeout: 0 } as const;

export function characterDiff(before: string, after: string): DiffOp[] {
  const diffs = diff(before, after, OPTIONS);
  diffCleanupSemantic(diffs);
  const ops: DiffOp[] = diffs.map(([operation, text]) => ({
    op: operation === DIFF_INSERT ? 'insert' : operation === DIFF_DELETE ? 'delete' : 'equal',
    text,
  }));
  return joinEquals(hideNonChanges(ops));
}

// What comparison ignores is not shown as a change either: a space, or ':' replaced by
// '：', reads as the new text unchanged.
function hideNonChanges(ops: readonly DiffOp[]): DiffOp[] {
  const shown: DiffOp[] = [];
  for (let index = 0; index < ops.length; index += 1) {
    const current = ops[index];
    const next = ops[index + 1];
    if (current === undefined) continue;

    if (current.op !== 'equal' && ignorable(current.text)) {
      if (current.op === 'insert') shown.push({ op: 'equal', text: current.text });
      continue;
    }
    if (current.op === 'delete' && next?.op === 'insert' && sameText(current.text, next.text)) {
      shown.push({ op: 'equal', text: next.text });
      index += 1;
      continue;
    }
    shown.push(current);
  }
  return shown;
}

// Line breaks separate paragraphs (款), so they are changes; other whitespace is not.
const ignorable = (text: string) => !text.includes('\n') && comparableText(text) === '';
const lineBreaks = (text: string) => text.split('\n').length;
const sameText = (a: string, b: string) =>
  comparableText(a) === comparableText(b) && lineBreaks(a) === lineBreaks(b);

function joinEquals(ops: readonly DiffOp[]): DiffOp[] {
  const joined: DiffOp[] = [];
  for (const op of ops) {
    const last = joined[joined.length - 1];
    if (last !== undefined && last.op === op.op) {
      joined[joined.length - 1] = { op: op.op, text: last.text + op.text };
    } else {
      joined.push(op);
    }
  }
  return joined;
}
