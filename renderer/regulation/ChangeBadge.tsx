import { useTranslation } from 'react-i18next';

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
  heading?: boolean;
  group?: Readonly<{ index: number; size: number }> | null;
}>;

export function ChangeBadge(props: Props) {
  const { t } = useTranslation();
  const { change } = props;
  const name = props.heading
    ? t(`regulation.headingChange.${change}`)
    : t(`regulation.change.${change}`);

  return (
    <span className="change-badge" data-change={change} data-testid="change-badge">
      <span aria-hidden="true" className="change-symbol">
        {symbols[change]}
      </span>
      {name}
      {props.group && (
        <span className="change-group">
          {t('regulation.groupPosition', { index: props.group.index, size: props.group.size })}
        </span>
      )}
    </span>
  );
}
