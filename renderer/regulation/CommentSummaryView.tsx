import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Comment } from '../../core/api/models.js';
import { formatLocalMinute } from '../../core/local-time.js';
import type { AppError } from '../../core/result.js';
import { useCall } from '../app/api.js';
import { useLoad } from '../app/load.js';
import { ErrorText } from '../components/ErrorText.js';
import { downloadText } from '../reader/download.js';
import { articleList, paragraphLabel } from './labels.js';
import type { RowComment } from './row-comments.js';

type Props = Readonly<{
  materialId: string;
  /** Every comment shown in the table by ID, to say which were carried from which article. */
  placed: ReadonlyMap<string, RowComment>;
  /** Changes whenever a comment is added, so the summary reloads. */
  revision: number;
}>;

// 意见汇总: every comment on the draft grouped by article in reading order (comment.summary),
// as the clerk reads them, and the export the clerk circulates (comment.export, Markdown).
export function CommentSummaryView(props: Props) {
  const { t } = useTranslation();
  const call = useCall();
  const summary = useLoad(
    () => call('comment.summary', { materialId: props.materialId }),
    [call, props.materialId, props.revision],
  );
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);

  const exportMarkdown = async (): Promise<void> => {
    setExporting(true);
    const result = await call('comment.export', { materialId: props.materialId });
    setExporting(false);

    if (!result.ok) return setExportError(result.error);
    setExportError(null);
    downloadText(result.value.fileName, result.value.markdown, 'text/markdown;charset=utf-8');
  };

  return (
    <section
      className="comment-summary"
      aria-labelledby="comment-summary-heading"
      data-testid="comment-summary"
    >
      <div className="comment-summary-header">
        <h2 id="comment-summary-heading">{t('regulation.summary.title')}</h2>
        <button
          type="button"
          className="button"
          onClick={() => void exportMarkdown()}
          disabled={exporting}
          data-testid="comment-export"
        >
          {t('regulation.summary.export')}
        </button>
      </div>
      <ErrorText error={exportError} />

      {summary.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {summary.status === 'failed' && <ErrorText error={summary.error} />}
      {summary.status === 'ready' && summary.value.groups.length === 0 && (
        <p>{t('regulation.summary.empty')}</p>
      )}
      {summary.status === 'ready' &&
        summary.value.groups.map((group) => (
          <section
            key={group.provisionId}
            className="summary-group"
            aria-labelledby={`summary-${group.provisionId}`}
            data-testid="summary-group"
            data-article-number={group.articleNumber ?? ''}
          >
            <h3 id={`summary-${group.provisionId}`}>
              {group.articleLabel}{' '}
              <span className="muted">
                {t('regulation.summary.count', { count: group.comments.length })}
              </span>
            </h3>
            <ul className="row-comments">
              {group.comments.map((comment) => (
                <SummaryComment
                  key={comment.id}
                  comment={comment}
                  placed={props.placed.get(comment.id)}
                />
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

function SummaryComment(props: { comment: Comment; placed: RowComment | undefined }) {
  const { t } = useTranslation();
  const { comment, placed } = props;
  const previous = placed?.previousNumbers ?? [];

  return (
    <li className="row-comment" data-testid="summary-comment">
      <p className="comment-meta">
        <span className="comment-author">{comment.authorName}</span>
        <span>{formatLocalMinute(new Date(comment.createdAt))}</span>
        {comment.paragraph !== null && <span>{paragraphLabel(t, comment.paragraph)}</span>}
        {previous.length > 0 && (
          <span className="carried-tag">
            {t('regulation.comment.carried', { articles: articleList(t, previous) })}
          </span>
        )}
        {placed?.fromEarlierVersion && (
          <span className="carried-tag">{t('regulation.comment.fromEarlier')}</span>
        )}
      </p>
      <p className="comment-text">{comment.text}</p>
    </li>
  );
}
