import { useTranslation } from 'react-i18next';

import type { ReferenceWarning } from '../../core/regulation/index.js';
import { formatLocalMinute } from '../../core/local-time.js';
import { articleList, paragraphLabel, warningText } from './labels.js';
import type { RowComment } from './row-comments.js';
import type { ArticleTableRow } from './table-rows.js';

type Props = Readonly<{
  row: ArticleTableRow;
  comments: readonly RowComment[];
  warnings: readonly ReferenceWarning[];
  commentable: boolean;
  onComment: (row: ArticleTableRow) => void;
}>;

// Under an article's draft text: its reference warnings (预警), the 审议意见 on it (those
// carried from the previous draft say which article they were written on), and the button
// to add one.
export function RowExtras(props: Props) {
  const { t } = useTranslation();
  const { row, comments, warnings } = props;
  const label = row.row.new?.label ?? row.row.old?.label ?? '';

  return (
    <>
      {warnings.length > 0 && (
        <ul
          className="row-warnings"
          aria-label={t('regulation.warningsOf', { label })}
          data-testid="row-warnings"
        >
          {warnings.map((warning, index) => (
            <li key={index} data-kind={warning.kind}>
              <span className="warning-mark" aria-hidden="true">
                ⚠
              </span>
              {warningText(t, warning)}
            </li>
          ))}
        </ul>
      )}

      {comments.length > 0 && (
        <ul
          className="row-comments"
          aria-label={t('regulation.comment.listOf', { label })}
          data-testid="row-comments"
        >
          {comments.map((entry) => (
            <CommentItem key={entry.comment.id} entry={entry} />
          ))}
        </ul>
      )}

      {props.commentable && (
        <button
          type="button"
          className="link-button comment-button"
          onClick={() => props.onComment(row)}
          aria-label={t('regulation.comment.addNamed', { label })}
          data-testid="comment-add"
        >
          {t('regulation.comment.add')}
        </button>
      )}
    </>
  );
}

export function CommentItem(props: { entry: RowComment }) {
  const { t } = useTranslation();
  const { comment, previousNumbers, fromEarlierVersion } = props.entry;

  return (
    <li className="row-comment" data-testid="row-comment" data-comment-id={comment.id}>
      <p className="comment-meta">
        <span className="comment-author">{comment.authorName}</span>
        <span>{formatLocalMinute(new Date(comment.createdAt))}</span>
        {comment.paragraph !== null && <span>{paragraphLabel(t, comment.paragraph)}</span>}
        {previousNumbers.length > 0 && (
          <span className="carried-tag" data-testid="comment-carried">
            {t('regulation.comment.carried', { articles: articleList(t, previousNumbers) })}
          </span>
        )}
        {fromEarlierVersion && (
          <span className="carried-tag">{t('regulation.comment.fromEarlier')}</span>
        )}
      </p>
      <p className="comment-text">{comment.text}</p>
    </li>
  );
}
