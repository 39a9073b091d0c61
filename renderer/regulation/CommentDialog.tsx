import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppError } from '../../core/result.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorText } from '../components/ErrorText.js';
import type { DraftParagraph } from './compare-protocol.js';
import { paragraphLabel } from './labels.js';
import type { NewComment } from './useDraftComments.js';

type Props = Readonly<{
  articleId: string;
  articleNumber: number;
  articleLabel: string;
  paragraphs: readonly DraftParagraph[];
  onSave: (comment: NewComment) => Promise<AppError | null>;
  onClose: () => void;
}>;

// 提出审议意见: on the whole article or on one of its paragraphs (款). The comment names
// the provision by ID, so it stays with it when a later draft renumbers the article.
export function CommentDialog(props: Props) {
  const { t } = useTranslation();
  const targetId = useId();
  const textId = useId();
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (text.trim().length === 0) return setProblem(t('regulation.comment.required'));

    const paragraph = props.paragraphs.find((candidate) => candidate.id === target) ?? null;
    setProblem('');
    setSaveError(null);
    setBusy(true);
    const failure = await props.onSave({
      provisionId: paragraph?.id ?? props.articleId,
      articleNumber: props.articleNumber,
      paragraph: paragraph?.number ?? null,
      text: text.trim(),
    });
    setBusy(false);

    if (failure) return setSaveError(failure);
    props.onClose();
  };

  return (
    <Dialog
      title={t('regulation.comment.dialogTitle', { label: props.articleLabel })}
      onClose={props.onClose}
      testId="comment-dialog"
      initialFocusSelector="textarea"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {props.paragraphs.length > 1 && (
          <div className="field">
            <label htmlFor={targetId}>{t('regulation.comment.target')}</label>
            <select
              id={targetId}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              data-testid="comment-paragraph"
            >
              <option value="">{t('regulation.comment.wholeArticle')}</option>
              {props.paragraphs.map((paragraph) => (
                <option key={paragraph.id} value={paragraph.id}>
                  {paragraphLabel(t, paragraph.number)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={textId}>{t('regulation.comment.text')}</label>
          <textarea
            id={textId}
            rows={6}
            value={text}
            maxLength={20000}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setText(event.target.value)}
            data-testid="comment-text"
          />
        </div>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <ErrorText error={saveError} testId="comment-save-error" />
        <div className="form-actions">
          <button type="button" className="button quiet" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={busy}
            data-testid="comment-submit"
          >
            {t('regulation.comment.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
