import { memo } from 'react';

import type { ArticleSide, DiffOp, ReferenceWarning } from '../../core/regulation/index.js';
import { Absent } from './Absent.js';
import { ChangeBadge } from './ChangeBadge.js';
import { DiffText } from './DiffText.js';
import type { TableMode } from './HeadingRowView.js';
import type { RowComment } from './row-comments.js';
import type { RowLabels } from './row-labels.js';
import { RowExtras } from './RowExtras.js';
import type { ArticleTableRow } from './table-rows.js';

type Props = Readonly<{
  row: ArticleTableRow;
  mode: TableMode;
  comments: readonly RowComment[];
  warnings: readonly ReferenceWarning[];
  /** Whether this row offers '提出审议意见' (the first row of a draft article). */
  commentable: boolean;
  onComment: (row: ArticleTableRow) => void;
  labels: RowLabels;
}>;

// One article pair of the 条文对照表: the change, the old text with its deletions struck
// through, the new text with its insertions underlined, and under the draft's text its
// 预警 and 审议意见.
export const ArticleRowView = memo(function ArticleRowView(props: Props) {
  const { row, mode, labels } = props;
  const { old, new: draft } = row.row;
  const diffed = row.row.textChanged && old !== null && draft !== null;
  const extras = (
    <RowExtras
      row={row}
      comments={props.comments}
      warnings={props.warnings}
      commentable={props.commentable}
      onComment={props.onComment}
      labels={labels}
    />
  );

  return (
    <tr
      className="article-row"
      tabIndex={-1}
      data-row-key={row.key}
      data-change={row.row.change}
      data-substantive={row.substantive}
      data-old-number={old?.number ?? ''}
      data-new-number={draft?.number ?? ''}
      data-testid="article-row"
    >
      <td className="change-cell">
        <ChangeBadge
          change={row.row.change}
          name={labels.articleChanges[row.row.change]}
          group={
            row.groupPosition
              ? labels.groupPosition(row.groupPosition.index, row.groupPosition.size)
              : null
          }
        />
      </td>
      {mode === 'sideBySide' ? (
        <>
          <td className="text-cell" data-side="old">
            <SideText
              side={old}
              diff={diffed ? row.row.diff : null}
              show="old"
              absent={labels.absent}
            />
            {draft === null && extras}
          </td>
          <td className="text-cell" data-side="new">
            <SideText
              side={draft}
              diff={diffed ? row.row.diff : null}
              show="new"
              absent={labels.absent}
            />
            {draft !== null && extras}
          </td>
        </>
      ) : (
        <td className="text-cell" data-side="inline">
          <span className="article-label">{inlineLabel(old, draft)}</span>{' '}
          <span className="article-text">
            {diffed ? <DiffText diff={row.row.diff} show="both" /> : (draft ?? old)?.text}
          </span>
          {extras}
        </td>
      )}
    </tr>
  );
});

function SideText(props: {
  side: ArticleSide | null;
  diff: readonly DiffOp[] | null;
  show: 'old' | 'new';
  absent: string;
}) {
  const { side, diff } = props;
  if (side === null) return <Absent text={props.absent} />;

  return (
    <>
      <span className="article-label">{side.label}</span>{' '}
      <span className="article-text">
        {diff ? <DiffText diff={diff} show={props.show} /> : side.text}
      </span>
    </>
  );
}

function inlineLabel(old: ArticleSide | null, draft: ArticleSide | null): string {
  if (old && draft && old.label !== draft.label) return `${old.label} → ${draft.label}`;
  return (draft ?? old)?.label ?? '';
}
