import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { FindBar } from './FindBar.js';
import type { FindState } from './useFind.js';

type Props = Readonly<{
  compact: boolean;
  pageCount: number;
  currentPage: number;
  goToPage: (page: number) => void;
  scale: number;
  fitWidth: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitWidth: () => void;
  find: FindState;
  findInputRef: RefObject<HTMLInputElement | null>;
  canHighlight: boolean;
  onHighlight: () => void;
  noteMode: boolean;
  onToggleNoteMode: () => void;
  showThumbnails: boolean;
  onToggleThumbnails: () => void;
  showAnnotations: boolean;
  onToggleAnnotations: () => void;
}>;

// Wide: every tool in one bar (which may wrap). Compact: page, zoom and find stay in view and
// the rest folds behind 更多工具, a disclosure button whose row opens under the bar.
export function ReaderToolbar(props: Props) {
  const { t } = useTranslation();
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();

  const thumbnails = (
    <button
      type="button"
      className="button quiet"
      aria-pressed={props.showThumbnails}
      onClick={props.onToggleThumbnails}
      data-testid="toggle-thumbnails"
    >
      {t('reader.thumbnails')}
    </button>
  );

  const fitWidth = (
    <button
      type="button"
      className="button quiet"
      aria-pressed={props.fitWidth}
      onClick={props.onFitWidth}
      data-testid="fit-width"
    >
      {t('reader.fitWidth')}
    </button>
  );

  const annotationTools = (
    <div className="tool-group">
      <button
        type="button"
        className="button"
        disabled={!props.canHighlight}
        onClick={props.onHighlight}
        data-testid="highlight-button"
      >
        {t('annotations.highlight')}
      </button>
      <button
        type="button"
        className="button quiet"
        aria-pressed={props.noteMode}
        onClick={props.onToggleNoteMode}
        data-testid="note-mode-toggle"
      >
        {t('annotations.noteMode')}
      </button>
      <button
        type="button"
        className="button quiet"
        aria-pressed={props.showAnnotations}
        onClick={props.onToggleAnnotations}
        data-testid="toggle-annotations"
      >
        {t('annotations.panel')}
      </button>
    </div>
  );

  if (!props.compact) {
    return (
      <div className="reader-toolbar" role="toolbar" aria-label={t('reader.toolbar')}>
        <div className="tool-group">{thumbnails}</div>
        <PageNavigation {...props} />
        <div className="tool-group">
          <ZoomButtons {...props} />
          {fitWidth}
        </div>
        <FindBar inputRef={props.findInputRef} find={props.find} />
        {annotationTools}
      </div>
    );
  }

  return (
    <div className="reader-toolbar compact" role="toolbar" aria-label={t('reader.toolbar')}>
      <PageNavigation {...props} />
      <div className="tool-group">
        <ZoomButtons {...props} />
      </div>
      <FindBar inputRef={props.findInputRef} find={props.find} />
      <button
        type="button"
        className="button quiet more-tools"
        aria-expanded={moreOpen}
        aria-controls={moreId}
        onClick={() => setMoreOpen((open) => !open)}
        data-testid="more-tools"
      >
        {t('reader.moreTools')}
        <span aria-hidden="true">{moreOpen ? ' ▴' : ' ▾'}</span>
      </button>
      <div id={moreId} className="tool-row" hidden={!moreOpen} data-testid="more-tools-row">
        <div className="tool-group">
          {thumbnails}
          {fitWidth}
        </div>
        {annotationTools}
      </div>
    </div>
  );
}

function ZoomButtons(props: Props) {
  const { t } = useTranslation();

  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={props.onZoomOut}
        aria-label={t('reader.zoomOut')}
        title={t('reader.zoomOut')}
        data-testid="zoom-out"
      >
        −
      </button>
      <span className="zoom-level" data-testid="zoom-level" aria-live="polite">
        {Math.round(props.scale * 100)}%
      </span>
      <button
        type="button"
        className="icon-button"
        onClick={props.onZoomIn}
        aria-label={t('reader.zoomIn')}
        title={t('reader.zoomIn')}
        data-testid="zoom-in"
      >
        +
      </button>
    </>
  );
}

function PageNavigation(props: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const page = Number.parseInt(draft ?? '', 10);
    if (Number.isInteger(page)) props.goToPage(Math.min(props.pageCount, Math.max(1, page)));
    setDraft(null);
  };

  return (
    <form className="tool-group page-nav" onSubmit={submit}>
      <button
        type="button"
        className="icon-button"
        onClick={() => props.goToPage(props.currentPage - 1)}
        disabled={props.currentPage <= 1}
        aria-label={t('reader.previousPage')}
        title={t('reader.previousPage')}
        data-testid="previous-page"
      >
        ‹
      </button>
      <label className="visually-hidden" htmlFor="reader-page">
        {t('reader.pageNumber')}
      </label>
      <input
        id="reader-page"
        className="page-input"
        inputMode="numeric"
        value={draft ?? String(props.currentPage)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => setDraft(null)}
        data-testid="page-input"
      />
      <span className="page-count" data-testid="page-count">
        {t('reader.ofPages', { count: props.pageCount })}
      </span>
      <button
        type="button"
        className="icon-button"
        onClick={() => props.goToPage(props.currentPage + 1)}
        disabled={props.currentPage >= props.pageCount}
        aria-label={t('reader.nextPage')}
        title={t('reader.nextPage')}
        data-testid="next-page"
      >
        ›
      </button>
    </form>
  );
}
