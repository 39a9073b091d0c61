import type { ArticleSide, DiffOp } from '../../../core/regulation/index.js';
import type { ArticleTableRow, HeadingTableRow } from '../table-rows.js';

// What each cell of the printed table says, as runs of text with their change marks: the
// old column keeps equal and deleted text, the new column equal and inserted text.

export type RunMark = 'plain' | 'label' | 'insert' | 'delete' | 'placeholder';
export type Run = Readonly<{ text: string; mark: RunMark }>;

export type CellRuns = Readonly<{ old: readonly Run[]; new: readonly Run[] }>;

export function articleCellRuns(table: ArticleTableRow, placeholder: string): CellRuns {
  const { row } = table;
  const diffed = row.textChanged && row.old !== null && row.new !== null;

  return {
    old: sideRuns(row.old, diffed ? diffSide(row.diff, 'delete') : null, placeholder),
    new: sideRuns(row.new, diffed ? diffSide(row.diff, 'insert') : null, placeholder),
  };
}

export function headingCellRuns(table: HeadingTableRow, placeholder: string): CellRuns {
  const { heading } = table;
  const diffed = heading.change === 'modified' && heading.diff.length > 0;
  const side = (which: 'old' | 'new', edit: 'delete' | 'insert'): Run[] => {
    const part = heading[which];
    if (part === null) return [{ text: placeholder, mark: 'placeholder' }];

    const label: Run = { text: `${part.label} `, mark: 'label' };
    return diffed
      ? [label, ...diffSide(heading.diff, edit)]
      : [label, { text: part.heading, mark: 'plain' }];
  };

  return { old: side('old', 'delete'), new: side('new', 'insert') };
}

function sideRuns(side: ArticleSide | null, diffed: Run[] | null, placeholder: string): Run[] {
  if (side === null) return [{ text: placeholder, mark: 'placeholder' }];

  const label: Run = { text: `${side.label} `, mark: 'label' };
  return [label, ...(diffed ?? [{ text: side.text, mark: 'plain' }])];
}

/** One side of a diff: the equal text and that side's own edits, marked. */
export function diffSide(diff: readonly DiffOp[], edit: 'delete' | 'insert'): Run[] {
  return diff.flatMap((op): Run[] => {
    if (op.op === 'equal') return [{ text: op.text, mark: 'plain' }];
    return op.op === edit ? [{ text: op.text, mark: edit }] : [];
  });
}
