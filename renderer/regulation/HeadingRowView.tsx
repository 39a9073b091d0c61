import { createElement, memo } from 'react';

import type { HeadingSide } from '../../core/regulation/index.js';
import { Absent } from './Absent.js';
import { ChangeBadge } from './ChangeBadge.js';
import { DiffText } from './DiffText.js';
import type { RowLabels } from './row-labels.js';
import type { HeadingTableRow } from './table-rows.js';

export type TableMode = 'sideBySide' | 'inline';

type Props = Readonly<{
  row: HeadingTableRow;
  mode: TableMode;
  /** 2…6: the level of the heading element, by how deep this kind sits in the law. */
  level: number;
  labels: RowLabels;
}>;

// A 编/分编/章/节 separator row: the heading on each side, its change marked like an
// article's. The draft's heading (or the old one, if deleted) is a real heading element,
// so screen-reader users can move from chapter to chapter.
export const HeadingRowView = memo(function HeadingRowView(props: Props) {
  const { row, mode, level, labels } = props;
  const { heading } = row;
  const diffed = heading.change === 'modified' && heading.diff.length > 0;
  const tag = `h${Math.min(6, Math.max(2, level))}`;

  const side = (which: 'old' | 'new') => {
    const part: HeadingSide | null = heading[which];
    if (part === null) return <Absent text={labels.absent} />;

    const title = diffed ? <DiffText diff={heading.diff} show={which} /> : part.heading;
    return (
      <>
        <span className="article-label">{part.label}</span> {title}
      </>
    );
  };
  const named = heading.new !== null ? 'new' : 'old';

  return (
    <tr
      className="heading-row"
      tabIndex={-1}
      data-row-key={row.key}
      data-level={row.level}
      data-change={heading.change}
      data-substantive={row.substantive}
      data-testid="heading-row"
    >
      <td className="change-cell">
        <ChangeBadge change={heading.change} name={labels.headingChanges[heading.change]} />
      </td>
      {mode === 'sideBySide' ? (
        <>
          <td className="text-cell">
            {named === 'old'
              ? createElement(tag, { className: 'row-heading' }, side('old'))
              : side('old')}
          </td>
          <td className="text-cell">
            {named === 'new'
              ? createElement(tag, { className: 'row-heading' }, side('new'))
              : side('new')}
          </td>
        </>
      ) : (
        <td className="text-cell">
          {createElement(tag, { className: 'row-heading' }, inline(row))}
        </td>
      )}
    </tr>
  );
});

function inline(row: HeadingTableRow) {
  const { heading } = row;
  const side = heading.new ?? heading.old;
  if (side === null) return null;

  const labels =
    heading.old && heading.new && heading.old.label !== heading.new.label
      ? `${heading.old.label} → ${heading.new.label}`
      : side.label;
  const diffed = heading.change === 'modified' && heading.diff.length > 0;

  return (
    <>
      <span className="article-label">{labels}</span>{' '}
      {diffed ? <DiffText diff={heading.diff} show="both" /> : side.heading}
    </>
  );
}
