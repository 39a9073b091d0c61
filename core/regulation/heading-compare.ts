import { characterDiff, type DiffOp } from './char-diff.js';
import type { HeadingKind, Regulation } from './model.js';
import { listHeadings, type HeadingNode } from './query.js';
import { commonSubsequence, pairWithinGaps } from './sequence.js';
import { comparableText } from './text.js';

// 编/分编/章/节 headings of two versions, aligned in document order: the same heading text
// anchors; between anchors, headings of the same kind pair in order, so a renamed chapter
// shows as a heading change rather than one chapter deleted and another added.

export type HeadingChange = 'unchanged' | 'renumbered' | 'modified' | 'added' | 'deleted';

export type HeadingSide = Readonly<{
  id: string;
  kind: HeadingKind;
  number: number;
  label: string;
  heading: string;
}>;

export type HeadingRow = Readonly<{
  change: HeadingChange;
  old: HeadingSide | null;
  new: HeadingSide | null;
  /** Character diff of the heading text; [] unless modified. */
  diff: readonly DiffOp[];
}>;

export function compareHeadings(before: Regulation, after: Regulation): HeadingRow[] {
  const oldHeadings = listHeadings(before).map(sideOf);
  const newHeadings = listHeadings(after).map(sideOf);
  const key = (side: HeadingSide) => `${side.kind}:${comparableText(side.heading)}`;

  const anchors = commonSubsequence(oldHeadings.map(key), newHeadings.map(key));
  const changed = pairWithinGaps(
    anchors,
    oldHeadings.length,
    newHeadings.length,
    (i, j) => oldHeadings[i]?.kind === newHeadings[j]?.kind,
  );
  const pairs = [...anchors, ...changed].sort((a, b) => a[1] - b[1]);

  return mergeInOrder(oldHeadings, newHeadings, pairs);
}

function sideOf(node: HeadingNode): HeadingSide {
  return {
    id: node.id,
    kind: node.kind,
    number: node.number ?? 0,
    label: node.label,
    heading: node.heading,
  };
}

// Rows in reading order: each new heading, preceded by the old headings deleted before it.
function mergeInOrder(
  oldHeadings: readonly HeadingSide[],
  newHeadings: readonly HeadingSide[],
  pairs: ReadonlyArray<readonly [number, number]>,
): HeadingRow[] {
  const oldFor = new Map(pairs.map(([i, j]) => [j, i]));
  const pairedOld = new Set(pairs.map(([i]) => i));
  const rows: HeadingRow[] = [];
  let nextOld = 0;

  const flushDeleted = (until: number) => {
    for (; nextOld < until; nextOld += 1) {
      const side = oldHeadings[nextOld];
      if (side !== undefined && !pairedOld.has(nextOld)) {
        rows.push({ change: 'deleted', old: side, new: null, diff: [] });
      }
    }
  };

  newHeadings.forEach((side, j) => {
    const i = oldFor.get(j);
    if (i === undefined) {
      rows.push({ change: 'added', old: null, new: side, diff: [] });
      return;
    }
    flushDeleted(i);
    nextOld = Math.max(nextOld, i + 1);
    rows.push(pairedRow(oldHeadings[i] ?? side, side));
  });
  flushDeleted(oldHeadings.length);
  return rows;
}

function pairedRow(before: HeadingSide, after: HeadingSide): HeadingRow {
  if (comparableText(before.heading) !== comparableText(after.heading)) {
    const diff = characterDiff(before.heading, after.heading);
    return { change: 'modified', old: before, new: after, diff };
  }
  const change = before.number === after.number ? 'unchanged' : 'renumbered';
  return { change, old: before, new: after, diff: [] };
}
