import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useCall } from '../app/api.js';
import { ErrorText } from '../components/ErrorText.js';
import { ChapterNav } from './ChapterNav.js';
import type { ComparisonResult } from './compare-protocol.js';
import { CommentDialog } from './CommentDialog.js';
import { CommentSummaryView } from './CommentSummaryView.js';
import { ComparisonTable } from './ComparisonTable.js';
import { ComparisonToolbar } from './ComparisonToolbar.js';
import { exportComparisonPdf, type PdfExportFailure } from './export-pdf.js';
import type { TableMode } from './HeadingRowView.js';
import { articleLabel } from './labels.js';
import { placeRowComments, type RowComment } from './row-comments.js';
import { CommentItem } from './RowExtras.js';
import { warningsByArticle } from './row-warnings.js';
import { SummaryBar } from './SummaryBar.js';
import {
  buildTableRows,
  changedRowsOnly,
  chapterEntries,
  type ArticleTableRow,
} from './table-rows.js';
import type { OpenedPair } from './useComparison.js';
import { useChangeKeys } from './useChangeKeys.js';
import { useDraftComments } from './useDraftComments.js';
import { useProgressiveRows } from './useProgressiveRows.js';
import { useRowFocus } from './useRowFocus.js';
import { useRowStepping } from './useRowStepping.js';
import { WatermarkLayer } from './WatermarkLayer.js';

type Props = Readonly<{
  pair: OpenedPair;
  result: ComparisonResult;
  watermarkText: string;
}>;

type Tab = 'table' | 'summary';

// The ready 条文对照 screen: the table (or the comment summary), its tools, the change
// counts and the chapter list.
export function ComparisonView(props: Props) {
  const { pair, result, watermarkText } = props;
  const { t } = useTranslation();
  const call = useCall();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState<Tab>('table');
  const [mode, setMode] = useState<TableMode>('sideBySide');
  const [changesOnly, setChangesOnly] = useState(false);
  const [commentRow, setCommentRow] = useState<ArticleTableRow | null>(null);
  const [tampered, setTampered] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<PdfExportFailure>(null);
  const exportAbort = useRef<AbortController | null>(null);

  const comments = useDraftComments(call, pair.draft.id);
  const allRows = useMemo(() => buildTableRows(result.articles, result.headings), [result]);
  const rows = useMemo(
    () => (changesOnly ? changedRowsOnly(allRows) : allRows),
    [allRows, changesOnly],
  );
  const chapters = useMemo(() => chapterEntries(allRows), [allRows]);
  const warnings = useMemo(() => warningsByArticle(result.warnings), [result]);
  const placed = useMemo(
    () => placeRowComments(allRows, comments.list, pair.draft.baseMaterialId),
    [allRows, comments.list, pair.draft.baseMaterialId],
  );
  const placedById = useMemo(() => commentsById(placed.byRow, placed.elsewhere), [placed]);

  const progressive = useProgressiveRows(rows);
  const focusRow = useRowFocus(rows, progressive.shown, progressive.reveal, scrollRef);
  const stepping = useRowStepping(rows, scrollRef, focusRow);
  useChangeKeys(tab === 'table' && !tampered, {
    next: () => stepping.step(1),
    previous: () => stepping.step(-1),
  });

  useEffect(() => () => exportAbort.current?.abort(), []);

  // A chapter the filter hid is shown again; its heading takes focus once it is back.
  const jumpToChapter = (key: string): void => {
    if (!rows.some((row) => row.key === key)) setChangesOnly(false);
    focusRow(key);
  };

  const onTableFocus = (event: FocusEvent<HTMLDivElement>): void => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]')?.dataset[
      'rowKey'
    ];
    if (key) stepping.onRowFocus(key);
  };

  const exportPdf = async (): Promise<void> => {
    const controller = new AbortController();
    exportAbort.current = controller;
    setExporting(true);
    setExportFailure(null);

    const { draft, base } = pair;
    const request = { rows, changesOnly, draft, base, watermarkText };
    const failure = await exportComparisonPdf(request, t, controller.signal);
    if (controller.signal.aborted) return;

    setExporting(false);
    setExportFailure(failure);
  };

  const onTampered = useCallback(() => setTampered(true), []);
  const caption = t('regulation.tableCaption', { old: pair.base.title, new: pair.draft.title });
  const dialogArticle = commentRow?.row.new ?? null;

  return (
    <div className="comparison-view" data-testid="comparison-view" data-tab={tab}>
      <div className="view-tabs" role="group" aria-label={t('regulation.views')}>
        <button
          type="button"
          className="button quiet"
          aria-pressed={tab === 'table'}
          onClick={() => setTab('table')}
          data-testid="tab-table"
        >
          {t('regulation.tabs.table')}
        </button>
        <button
          type="button"
          className="button quiet"
          aria-pressed={tab === 'summary'}
          onClick={() => setTab('summary')}
          data-testid="tab-summary"
        >
          {t('regulation.tabs.summary')}
        </button>
      </div>

      {tab === 'summary' && (
        <CommentSummaryView
          materialId={pair.draft.id}
          placed={placedById}
          revision={comments.list.length}
        />
      )}

      {tab === 'table' && (
        <>
          <ComparisonToolbar
            mode={mode}
            onMode={setMode}
            changesOnly={changesOnly}
            onChangesOnly={setChangesOnly}
            onPrevious={() => stepping.step(-1)}
            onNext={() => stepping.step(1)}
            position={stepping.position}
            onExportPdf={() => void exportPdf()}
            exporting={exporting}
          />
          <p className="visually-hidden" aria-live="polite" data-testid="step-announcement">
            {stepping.announcement}
          </p>
          {exportFailure && (
            <p className="error-text" role="alert" data-testid="export-pdf-error">
              {t(`regulation.pdf.failed.${exportFailure}`)}
            </p>
          )}
          <ErrorText error={comments.error} />
          <SummaryBar
            summary={result.summary}
            headings={result.headings}
            warningCount={result.warnings.length}
          />
          <p className="key-hint muted">{t('regulation.keyHint')}</p>

          <div className="comparison-body">
            <ChapterNav chapters={chapters} onJump={jumpToChapter} />
            {tampered ? (
              <p className="error-text" role="alert" data-testid="watermark-tampered">
                {t('regulation.watermarkTampered')}
              </p>
            ) : (
              <div className="comparison-viewport">
                <WatermarkLayer text={watermarkText} onTampered={onTampered} />
                <div
                  ref={scrollRef}
                  className="comparison-scroll"
                  role="region"
                  aria-label={t('regulation.table')}
                  tabIndex={0}
                  onFocus={onTableFocus}
                  data-testid="comparison-scroll"
                >
                  <ComparisonTable
                    rows={progressive.shown}
                    complete={progressive.complete}
                    mode={mode}
                    commentsByRow={placed.byRow}
                    warningsByArticle={warnings}
                    onComment={setCommentRow}
                    caption={caption}
                  />
                  {placed.elsewhere.length > 0 && (
                    <section className="elsewhere-comments" aria-labelledby="elsewhere-heading">
                      <h2 id="elsewhere-heading">{t('regulation.comment.elsewhere')}</h2>
                      <ul className="row-comments">
                        {placed.elsewhere.map((entry) => (
                          <CommentItem key={entry.comment.id} entry={entry} />
                        ))}
                      </ul>
                    </section>
                  )}
                </div>
              </div>
            )}
          </div>
        </>
      )}

      {commentRow && dialogArticle && (
        <CommentDialog
          articleId={dialogArticle.id}
          articleNumber={dialogArticle.number}
          articleLabel={articleLabel(t, dialogArticle.number)}
          paragraphs={result.draftParagraphs[dialogArticle.id] ?? []}
          onSave={comments.create}
          onClose={() => setCommentRow(null)}
        />
      )}
    </div>
  );
}

function commentsById(
  byRow: ReadonlyMap<string, readonly RowComment[]>,
  elsewhere: readonly RowComment[],
): ReadonlyMap<string, RowComment> {
  const byId = new Map<string, RowComment>();
  for (const entry of [...[...byRow.values()].flat(), ...elsewhere]) {
    byId.set(entry.comment.id, entry);
  }
  return byId;
}
