import type { ArticleChange, HeadingChange } from '../../core/regulation/index.js';

// The kind of change of a row, in words and with a symbol, so it reads without colour.
const symbols: Readonly<Record<ArticleChange | HeadingChange, string>> = {
  unchanged: '＝',
  renumbered: '№',
  modified: '✎',
  moved: '↕',
  added: '＋',
  deleted: '－',
  split: '⇉',
  merged: '⇇',
};

type Props = Readonly<{
  change: ArticleChange | HeadingChange;
  /** The change in words, translated by the caller (once per table, not per row). */
  name: string;
  /** '（1/2）' for the rows of a split or merge. */
  group?: string | null;
}>;

export function ChangeBadge(props: Props) {
  return (
    <span className="change-badge" data-change={props.change} data-testid="change-badge">
      <span aria-hidden="true" className="change-symbol">
        {symbols[props.change]}
      </span>
      {props.name}
      {props.group && <span className="change-group">{props.group}</span>}
    </span>
  );
}
