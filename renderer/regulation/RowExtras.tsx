import { useTranslation } from 'react-i18next';

import { formatLocalMinute } from '../../core/local-time.js';
import type { ReferenceWarning } from '../../core/regulation/index.js';
import { articleList, paragraphLabel, warningText } from './labels.js';
import type { RowComment } from './row-comments.js';
import type { RowLabels } from './row-labels.js';
import type { ArticleTableRow } from './table-rows.js';

type Props = Readonly<{
  row: ArticleTableRow;
  comments: readonly RowComment[];
  warnings: readonly ReferenceWarning[];
  commentable: boolean;
  onComment: (row: ArticleTableRow) => void;
  labels: RowLabels;
}>;

// Under an article's draft text: its reference warnings (预警), the 审议意见 on it (those
// carried from the previous draft say which article they were written on), and the button
// to add one. Most rows have only the button, which needs no translation of its own.
export function RowExtras(props: Props) {
  const { row, comments, warnings, labels } = props;
  const label = row.row.new?.label ?? row.row.old?.label ?? '';

  return (
    <>
      {warnings.length > 0 && <RowWarnings label={label} warnings={warnings} />}
      {comments.length > 0 && <RowComments label={label} comments={comments} />}

      {props.commentable && (
        <button
          type="button"
          className="link-button comment-button"
          onClick={() => props.onComment(row)}
          aria-label={labels.addCommentNamed(label)}
          data-testid="comment-add"
        >
          {labels.addComment}
        </button>
      )}
    </>
  );
}

function RowWarnings(props: { label: string; warnings: readonly ReferenceWarning[] }) {
  const { t } = useTranslation();

  return (
    <ul
      className="row-warnings"
      aria-label={t('regulation.warningsOf', { label: props.label })}
      data-testid="row-warnings"
    >
      {props.warnings.map((warning, index) => (
        <li key={index} data-kind={warning.kind}>
          <span className="warning-mark" aria-hidden="true">
            ⚠
          </span>
          {warningText(t, warning)}
        </li>
      ))}
    </ul>
  );
}

function RowComments(props: { label: string; comments: readonly RowComment[] }) {
  const { t } = useTranslation();

  return (
    <ul
      className="row-comments"
      aria-label={t('regulation.comment.listOf', { label: props.label })}
      data-testid="row-comments"
    >
      {props.comments.map((entry) => (
        <CommentItem key={entry.comment.id} entry={entry} />
      ))}
    </ul>
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
