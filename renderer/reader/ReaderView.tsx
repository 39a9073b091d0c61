import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Annotation, MaterialSummary } from '../../core/api/models.js';
import { useCall } from '../app/api.js';
import { ErrorText } from '../components/ErrorText.js';
import type { AppError } from '../../core/result.js';
import { AnnotationDialog, type AnnotationDraft } from './AnnotationDialog.js';
import { AnnotationPanel } from './AnnotationPanel.js';
import type { ReaderDocument, ReaderPage } from './document.js';
import { downloadText } from './download.js';
import { noHits, PageView, type PagePoint } from './PageView.js';
import { ReaderToolbar } from './ReaderToolbar.js';
import { pageElementOf, selectionOnPage } from './selection.js';
import { Thumbnails } from './Thumbnails.js';
import { useAnnotations } from './useAnnotations.js';
import { useFind } from './useFind.js';
import { usePageTracking } from './usePageTracking.js';
import { useReaderKeys } from './useReaderKeys.js';
import { useSelectionRange } from './useSelectionRange.js';
import { useZoom } from './useZoom.js';

type Props = Readonly<{
  // A narrow window (or large text): secondary tools fold away, side panels start closed.
  compact: boolean;
  readerDocument: ReaderDocument;
  material: MaterialSummary;
  watermarkText: string;
}>;

const noAnnotations: readonly Annotation[] = [];

export function ReaderView(props: Props) {
  const { compact, readerDocument, material, watermarkText } = props;
  const { pages } = readerDocument;
  const { t } = useTranslation();
  const call = useCall();
  const scrollRef = useRef<HTMLDivElement>(null);
  const findInputRef = useRef<HTMLInputElement>(null);
  const [showThumbnails, setShowThumbnails] = useState(true);
  const [showAnnotations, setShowAnnotations] = useState(true);
  const [noteMode, setNoteMode] = useState(false);
  const [draft, setDraft] = useState<AnnotationDraft | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [exportBusy, setExportBusy] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [panelsLaidOutFor, setPanelsLaidOutFor] = useState(false);

  // Side panels open in a wide window and closed in a compact one, where the page needs the
  // room; the member can open them again from the toolbar.
  if (panelsLaidOutFor !== compact) {
    setPanelsLaidOutFor(compact);
    setShowThumbnails(!compact);
    setShowAnnotations(!compact);
  }

  const tracking = usePageTracking(scrollRef, pages.length);
  const { currentPage, goToPage, elementOf } = tracking;
  const find = useFind(readerDocument, currentPage);
  const annotations = useAnnotations(call, material.id);
  const selection = useSelectionRange(scrollRef);

  const locate = useCallback(() => {
    const element = elementOf(currentPage);
    const scroller = scrollRef.current;
    if (!element || !scroller || element.offsetHeight === 0)
      return { page: currentPage, fraction: 0 };

    const fraction = (scroller.scrollTop - element.offsetTop) / element.offsetHeight;
    return { page: currentPage, fraction: Math.max(0, fraction) };
  }, [currentPage, elementOf]);

  const restore = useCallback(
    (anchor: { page: number; fraction: number }) => goToPage(anchor.page, anchor.fraction),
    [goToPage],
  );

  const widest = useMemo(() => Math.max(...pages.map((page) => page.size.width)), [pages]);
  const zoom = useZoom(scrollRef, widest, locate, restore);

  useReaderKeys({
    nextPage: () => goToPage(currentPage + 1),
    previousPage: () => goToPage(currentPage - 1),
    firstPage: () => goToPage(1),
    lastPage: () => goToPage(pages.length),
    zoomIn: zoom.zoomIn,
    zoomOut: zoom.zoomOut,
    focusFind: () => {
      findInputRef.current?.focus();
      findInputRef.current?.select();
    },
  });

  const annotationsByPage = useMemo(() => {
    const byPage = new Map<number, Annotation[]>();
    for (const annotation of annotations.list) {
      byPage.set(annotation.page, [...(byPage.get(annotation.page) ?? []), annotation]);
    }
    return byPage;
  }, [annotations.list]);

  const startHighlight = (): void => {
    const range = selection.range;
    const element = pageElementOf(range?.startContainer ?? null);
    const pageNumber = Number(element?.dataset['pageNumber']);
    const page = pages[pageNumber - 1];
    if (!range || !element || !page) return;

    const picked = selectionOnPage(range, element, page.number);
    if (!picked) return;

    setDraft({
      mode: 'create',
      kind: 'highlight',
      page: page.number,
      rects: picked.rects.map((rect) => page.toStoredRect(rect)),
      quote: picked.quote,
    });
  };

  const onPageClick = useCallback((page: ReaderPage, point: PagePoint) => {
    const rect = page.toStoredRect({ x: point.x, y: point.y, w: 0, h: 0 });
    setDraft({ mode: 'create', kind: 'note', page: page.number, rects: [rect], quote: '' });
  }, []);

  const addPageNote = (): void => {
    const page = pages[currentPage - 1];
    if (page) onPageClick(page, { x: 0.06, y: 0.06 });
  };

  const saveDraft = async (note: string): Promise<AppError | null> => {
    if (!draft) return null;
    if (draft.mode === 'edit') return annotations.update(draft.annotation.id, note);

    const { page, kind, rects, quote } = draft;
    const failure = await annotations.create({ page, kind, rects, quote, note });
    if (failure) return failure;

    selection.clear();
    setNoteMode(false);
    return null;
  };

  const jumpTo = (annotation: Annotation): void => {
    const page = pages[annotation.page - 1];
    const first = annotation.rects[0];
    const display = page && first ? page.toDisplayRect(first) : null;

    setSelectedId(annotation.id);
    goToPage(annotation.page, Math.max(0, (display?.y ?? 0) - 0.05));
  };

  const exportNotes = async (): Promise<void> => {
    setExportBusy(true);
    const result = await call('annotation.export', { materialId: material.id });
    setExportBusy(false);

    if (!result.ok) return setExportError(result.error);
    setExportError(null);
    downloadText(result.value.fileName, result.value.markdown, 'text/markdown;charset=utf-8');
  };

  return (
    <div
      className="reader"
      data-testid="reader"
      data-material-id={material.id}
      data-page-count={pages.length}
      data-scale={zoom.scale}
    >
      <ReaderToolbar
        compact={compact}
        pageCount={pages.length}
        currentPage={currentPage}
        goToPage={goToPage}
        scale={zoom.scale}
        fitWidth={zoom.fitWidth}
        onZoomIn={zoom.zoomIn}
        onZoomOut={zoom.zoomOut}
        onFitWidth={zoom.setFitWidth}
        find={find}
        findInputRef={findInputRef}
        canHighlight={selection.range !== null}
        onHighlight={startHighlight}
        noteMode={noteMode}
        onToggleNoteMode={() => setNoteMode((on) => !on)}
        showThumbnails={showThumbnails}
        onToggleThumbnails={() => setShowThumbnails((on) => !on)}
        showAnnotations={showAnnotations}
        onToggleAnnotations={() => setShowAnnotations((on) => !on)}
      />

      {noteMode && (
        <p className="mode-hint" role="status">
          {t('annotations.noteModeHint')}
        </p>
      )}
      <ErrorText error={exportError} />

      <div className="reader-body">
        {showThumbnails && (
          <Thumbnails
            pages={pages}
            currentPage={currentPage}
            watermarkText={watermarkText}
            goToPage={goToPage}
          />
        )}

        <div
          ref={scrollRef}
          className="reader-pages"
          tabIndex={0}
          role="region"
          aria-label={t('reader.pagesRegion', { title: material.title })}
          data-testid="reader-pages"
        >
          {pages.map((page) => (
            <PageView
              key={page.number}
              page={page}
              scale={zoom.scale}
              watermarkText={watermarkText}
              scrollRoot={scrollRef}
              registerElement={tracking.registerElement}
              hits={find.hitsByPage.get(page.number) ?? noHits}
              hitNonce={find.hitNonce}
              annotations={annotationsByPage.get(page.number) ?? noAnnotations}
              selectedAnnotationId={selectedId}
              noteMode={noteMode}
              onPageClick={onPageClick}
              onSelectAnnotation={setSelectedId}
            />
          ))}
        </div>

        {showAnnotations && (
          <AnnotationPanel
            annotations={annotations}
            selectedId={selectedId}
            currentPage={currentPage}
            onJump={jumpTo}
            onEdit={(annotation) => setDraft({ mode: 'edit', annotation })}
            onAddPageNote={addPageNote}
            onExport={() => void exportNotes()}
            exportBusy={exportBusy}
          />
        )}
      </div>

      {draft && (
        <AnnotationDialog draft={draft} onSave={saveDraft} onClose={() => setDraft(null)} />
      )}
    </div>
  );
}
