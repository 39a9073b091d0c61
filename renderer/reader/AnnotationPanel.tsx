import { useTranslation } from 'react-i18next';

import type { Annotation } from '../../core/api/models.js';
import { ErrorText } from '../components/ErrorText.js';
import type { AnnotationsState } from './useAnnotations.js';

type Props = Readonly<{
  annotations: AnnotationsState;
  selectedId: string | null;
  currentPage: number;
  onJump: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onAddPageNote: () => void;
  onExport: () => void;
  exportBusy: boolean;
}>;

// 我的批注: the member's highlights and notes on this material, in page order.
export function AnnotationPanel(props: Props) {
  const { t } = useTranslation();
  const { annotations } = props;

  return (
    <aside className="annotation-panel" aria-labelledby="annotation-panel-heading">
      <h2 id="annotation-panel-heading">{t('annotations.title')}</h2>

      <div className="panel-actions">
        <button
          type="button"
          className="button quiet"
          onClick={props.onAddPageNote}
          data-testid="add-page-note"
        >
          {t('annotations.addPageNote', { page: props.currentPage })}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={props.onExport}
          disabled={props.exportBusy}
          data-testid="export-notes"
        >
          {t('annotations.export')}
        </button>
      </div>

      <ErrorText error={annotations.error} testId="annotation-error" />

      {annotations.lastDeleted && (
        <p className="undo-bar" role="status">
          {t('annotations.deleted')}
          <button
            type="button"
            className="link-button"
            onClick={() => void annotations.undoDelete()}
            data-testid="undo-delete"
          >
            {t('annotations.undo')}
          </button>
        </p>
      )}

      {annotations.list.length === 0 ? (
        <p className="muted" data-testid="annotation-list" data-count="0">
          {t('annotations.empty')}
        </p>
      ) : (
        <ol
          className="annotation-list"
          data-testid="annotation-list"
          data-count={annotations.list.length}
        >
          {annotations.list.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              selected={annotation.id === props.selectedId}
              onJump={props.onJump}
              onEdit={props.onEdit}
              onDelete={(item) => void annotations.remove(item)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}

type ItemProps = Readonly<{
  annotation: Annotation;
  selected: boolean;
  onJump: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}>;

function AnnotationItem(props: ItemProps) {
  const { t } = useTranslation();
  const { annotation } = props;

  return (
    <li
      className={`annotation-item${props.selected ? ' selected' : ''}`}
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
      data-page={annotation.page}
      data-kind={annotation.kind}
    >
      <p className="annotation-meta">
        {t('reader.pageLabel', { page: annotation.page })} ·{' '}
        {t(`annotations.kind.${annotation.kind}`)}
      </p>
      {annotation.quote && <blockquote className="annotation-quote">{annotation.quote}</blockquote>}
      {annotation.note && (
        <p className="annotation-note" data-testid="annotation-note">
          {annotation.note}
        </p>
      )}
      <div className="annotation-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => props.onJump(annotation)}
          data-testid="annotation-jump"
        >
          {t('annotations.jump')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => props.onEdit(annotation)}
          data-testid="annotation-edit"
        >
          {t('annotations.edit')}
        </button>
        <button
          type="button"
          className="link-button danger"
          onClick={() => props.onDelete(annotation)}
          data-testid="annotation-delete"
        >
          {t('annotations.delete')}
        </button>
      </div>
    </li>
  );
}
