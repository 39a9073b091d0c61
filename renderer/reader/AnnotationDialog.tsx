import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Annotation, Rect } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorText } from '../components/ErrorText.js';

export type AnnotationDraft =
  | Readonly<{
      mode: 'create';
      kind: 'highlight' | 'note';
      page: number;
      rects: Rect[];
      quote: string;
    }>
  | Readonly<{ mode: 'edit'; annotation: Annotation }>;

type Props = Readonly<{
  draft: AnnotationDraft;
  // Resolves with the error when saving failed; the dialog then stays open, note intact.
  onSave: (note: string) => Promise<AppError | null>;
  onClose: () => void;
}>;

// Adds a highlight (the note is optional) or a point note (the note is the point), or edits
// an existing note.
export function AnnotationDialog(props: Props) {
  const { t } = useTranslation();
  const noteId = useId();
  const { draft } = props;
  const kind = draft.mode === 'edit' ? draft.annotation.kind : draft.kind;
  const quote = draft.mode === 'edit' ? draft.annotation.quote : draft.quote;
  const [note, setNote] = useState(draft.mode === 'edit' ? draft.annotation.note : '');
  const [problem, setProblem] = useState('');
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const title =
    draft.mode === 'edit'
      ? t('annotations.editTitle')
      : kind === 'highlight'
        ? t('annotations.highlightTitle')
        : t('annotations.noteTitle', { page: draft.page });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (kind === 'note' && note.trim().length === 0)
      return setProblem(t('annotations.noteRequired'));

    setProblem('');
    setSaveError(null);
    setBusy(true);
    const failure = await props.onSave(note.trim());
    setBusy(false);

    if (failure) return setSaveError(failure);
    props.onClose();
  };

  return (
    <Dialog
      title={title}
      onClose={props.onClose}
      testId="annotation-dialog"
      initialFocusSelector="textarea"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {quote && <blockquote className="annotation-quote">{quote}</blockquote>}
        <div className="field">
          <label htmlFor={noteId}>
            {kind === 'highlight' ? t('annotations.noteOptional') : t('annotations.note')}
          </label>
          <textarea
            id={noteId}
            rows={5}
            value={note}
            maxLength={20000}
            onChange={(event) => setNote(event.target.value)}
            data-testid="annotation-note-input"
          />
        </div>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <ErrorText error={saveError} testId="annotation-save-error" />
        <div className="form-actions">
          <button type="button" className="button quiet" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={busy}
            data-testid="annotation-save"
          >
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
