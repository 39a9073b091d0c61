import type { TFunction } from 'i18next';

import type { MaterialSummary } from '../../core/api/models.js';
import { formatLocalDay, formatLocalMinute } from '../../core/local-time.js';
import { safeFileName } from '../../core/notes-markdown.js';
import { ARTICLE_CHANGES, type ArticleChange } from '../../core/regulation/index.js';
import { downloadBytes } from '../reader/download.js';
import type { PdfLabels } from './pdf/build-pdf.js';
import { makeComparisonPdf } from './pdf/pdf-client.js';
import type { TableRow } from './table-rows.js';

export type PdfExport = Readonly<{
  rows: readonly TableRow[];
  changesOnly: boolean;
  draft: MaterialSummary;
  base: MaterialSummary;
  watermarkText: string;
}>;

export type PdfExportFailure = 'font' | 'worker' | null;

/** Makes the printable 条文对照表 of the rows shown and downloads it. */
export async function exportComparisonPdf(
  request: PdfExport,
  t: TFunction,
  signal: AbortSignal,
): Promise<PdfExportFailure> {
  const now = new Date();
  const labels = pdfLabels(request, t, now);

  const outcome = await makeComparisonPdf(request.rows, labels, signal);
  if (!outcome.ok) return outcome.reason;
  if (signal.aborted) return null;

  const stem = t('regulation.pdf.fileName', {
    title: request.draft.title,
    day: formatLocalDay(now),
  });
  downloadBytes(safeFileName(stem, 'pdf'), outcome.bytes, 'application/pdf');
  return null;
}

function pdfLabels(request: PdfExport, t: TFunction, now: Date): PdfLabels {
  const { draft, base } = request;
  const subtitle = t('regulation.pdf.subtitle', {
    old: base.title,
    oldVersion: base.version,
    new: draft.title,
    newVersion: draft.version,
    time: formatLocalMinute(now),
  });
  const articleChanges = Object.fromEntries(
    ARTICLE_CHANGES.map((change) => [change, t(`regulation.change.${change}`)]),
  ) as Record<ArticleChange, string>;
  const headingChange = (change: string) => t(`regulation.headingChange.${change}`);

  return {
    title: t('regulation.pdf.title', { title: draft.title }),
    subtitle: request.changesOnly
      ? `${subtitle}\u3000${t('regulation.pdf.changesOnly')}`
      : subtitle,
    legend: t('regulation.pdf.legend'),
    columnChange: t('regulation.columns.change'),
    columnOld: t('regulation.columns.old'),
    columnNew: t('regulation.columns.new'),
    articleChanges,
    headingChanges: {
      unchanged: headingChange('unchanged'),
      renumbered: headingChange('renumbered'),
      modified: headingChange('modified'),
      added: headingChange('added'),
      deleted: headingChange('deleted'),
    },
    absent: '—',
    // The PDF fills in the numbers once it knows how many pages there are.
    pageNumber: t('regulation.pdf.pageNumber', { page: '{{page}}', total: '{{total}}' }),
    watermark: request.watermarkText,
  };
}
