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
  return joinEquals(hideNonChanges(slideToPunctuation(ops)));
}

// Where an edit could sit in several places ('询问和质询' → '询问、专题询问和质询' is both
// '+询问、专题' at the start and '+、专题询问' after 询问), put its ends at punctuation so
// it reads as a clause. The library's own shifting only knows ASCII word boundaries.
const PUNCTUATION = /[\n，、；：。,;:（）《》“”]/u;

function boundaryScore(left: string | undefined, right: string | undefined): number {
  if (left === undefined || right === undefined) return 0;
  if (left === '\n' || right === '\n') return 3;
  return PUNCTUATION.test(left) || PUNCTUATION.test(right) ? 2 : 0;
}

function slideToPunctuation(ops: readonly DiffOp[]): DiffOp[] {
  // An edit at the very start has an empty equality before it, so it can slide too.
  const result: DiffOp[] = [{ op: 'equal', text: '' }, ...ops.map((op) => ({ ...op }))];
  for (let index = 1; index + 1 < result.length; index += 1) {
    const before = result[index - 1];
    const edit = result[index];
    const after = result[index + 1];
    if (before?.op !== 'equal' || after?.op !== 'equal' || edit === undefined) continue;
    if (edit.op === 'equal') continue;

    const best = bestPlace(before.text, edit.text, after.text);
    result[index - 1] = { op: 'equal', text: best.left };
    result[index] = { op: edit.op, text: best.middle };
    result[index + 1] = { op: 'equal', text: best.right };
  }
  return result.filter((op) => op.text !== '');
}

// Slides the edit fully left, then tries every equivalent position to the right.
function bestPlace(
  leftText: string,
  middleText: string,
  rightText: string,
): { left: string; middle: string; right: string } {
  let left = leftText;
  let middle = middleText;
  let right = rightText;
  while (left !== '' && left.at(-1) === middle.at(-1)) {
    const moved = left.at(-1) ?? '';
    left = left.slice(0, -1);
    middle = moved + middle.slice(0, -1);
    right = moved + right;
  }

  let best = { left, middle, right, score: -1 };
  for (;;) {
    const score = boundaryScore(left.at(-1), middle[0]) + boundaryScore(middle.at(-1), right[0]);
    if (score > best.score) best = { left, middle, right, score };
    if (right === '' || right[0] !== middle[0]) break;
    const moved = right[0] ?? '';
    left += moved;
    middle = middle.slice(1) + moved;
    right = right.slice(1);
  }
  return best;
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
