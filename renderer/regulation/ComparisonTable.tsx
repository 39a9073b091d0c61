import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReferenceWarning } from '../../core/regulation/index.js';
import { ArticleRowView } from './ArticleRowView.js';
import { headingLevels } from './heading-levels.js';
import { HeadingRowView, type TableMode } from './HeadingRowView.js';
import type { RowComment } from './row-comments.js';
import { useRowLabels } from './row-labels.js';
import type { ArticleTableRow, TableRow } from './table-rows.js';

type Props = Readonly<{
  rows: readonly TableRow[];
  /** False while a long law is still being put on screen. */
  complete: boolean;
  mode: TableMode;
  commentsByRow: ReadonlyMap<string, readonly RowComment[]>;
  warningsByArticle: ReadonlyMap<string, readonly ReferenceWarning[]>;
  onComment: (row: ArticleTableRow) => void;
  caption: string;
}>;

const none: readonly never[] = [];

// 条文对照表: one table, so old and new scroll together and each article's two versions
// share a row. The rows are transparent: the watermark canvas shows through behind them.
export const ComparisonTable = memo(function ComparisonTable(props: Props) {
  const { t } = useTranslation();
  const { rows, mode } = props;
  const labels = useRowLabels();
  const levels = useMemo(() => headingLevels(rows), [rows]);
  const commentable = useMemo(() => firstRowOfEachDraftArticle(rows), [rows]);

  return (
    <table
      className="regulation-table"
      data-mode={mode}
      data-complete={props.complete}
      aria-busy={!props.complete}
      data-testid="comparison-table"
    >
      <caption className="visually-hidden">{props.caption}</caption>
      <colgroup>
        <col className="change-column" />
        {mode === 'sideBySide' ? (
          <>
            <col className="text-column" />
            <col className="text-column" />
          </>
        ) : (
          <col className="text-column" />
        )}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('regulation.columns.change')}</th>
          {mode === 'sideBySide' ? (
            <>
              <th scope="col">{t('regulation.columns.old')}</th>
              <th scope="col">{t('regulation.columns.new')}</th>
            </>
          ) : (
            <th scope="col">{t('regulation.columns.inline')}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) =>
          row.kind === 'heading' ? (
            <HeadingRowView
              key={row.key}
              row={row}
              mode={mode}
              level={levels[row.level]}
              labels={labels}
            />
          ) : (
            <ArticleRowView
              key={row.key}
              row={row}
              mode={mode}
              comments={props.commentsByRow.get(row.key) ?? none}
              warnings={row.row.new ? (props.warningsByArticle.get(row.row.new.id) ?? none) : none}
              commentable={commentable.has(row.key)}
              onComment={props.onComment}
              labels={labels}
            />
          ),
        )}
      </tbody>
    </table>
  );
});

// The rows of a merge share their draft article: only its first row takes comments.
function firstRowOfEachDraftArticle(rows: readonly TableRow[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const keys = new Set<string>();

  for (const row of rows) {
    if (row.kind !== 'article' || row.row.new === null || seen.has(row.row.new.id)) continue;
    seen.add(row.row.new.id);
    keys.add(row.key);
  }
  return keys;
}
