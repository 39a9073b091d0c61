import { useTranslation } from 'react-i18next';

import type { TableMode } from './HeadingRowView.js';

type Props = Readonly<{
  mode: TableMode;
  onMode: (mode: TableMode) => void;
  changesOnly: boolean;
  onChangesOnly: (on: boolean) => void;
  onPrevious: () => void;
  onNext: () => void;
  /** Where the member is among the changes, as words ('第 3 处修改，共 48 处'). */
  position: string;
  onExportPdf: () => void;
  exporting: boolean;
}>;

export function ComparisonToolbar(props: Props) {
  const { t } = useTranslation();

  return (
    <div
      className="reader-toolbar comparison-toolbar"
      role="toolbar"
      aria-label={t('regulation.toolbar')}
    >
      <div className="tool-group" role="group" aria-label={t('regulation.mode.label')}>
        <button
          type="button"
          className="button quiet"
          aria-pressed={props.mode === 'sideBySide'}
          onClick={() => props.onMode('sideBySide')}
          data-testid="mode-side-by-side"
        >
          {t('regulation.mode.sideBySide')}
        </button>
        <button
          type="button"
          className="button quiet"
          aria-pressed={props.mode === 'inline'}
          onClick={() => props.onMode('inline')}
          data-testid="mode-inline"
        >
          {t('regulation.mode.inline')}
        </button>
      </div>

      <div className="tool-group">
        <button
          type="button"
          className="button quiet"
          aria-pressed={props.changesOnly}
          onClick={() => props.onChangesOnly(!props.changesOnly)}
          data-testid="changes-only"
        >
          {t('regulation.changesOnly')}
        </button>
      </div>

      <div className="tool-group" role="group" aria-label={t('regulation.stepGroup')}>
        <button
          type="button"
          className="button quiet"
          onClick={props.onPrevious}
          aria-keyshortcuts="p k"
          data-testid="previous-change"
        >
          {t('regulation.previousChange')}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={props.onNext}
          aria-keyshortcuts="n j"
          data-testid="next-change"
        >
          {t('regulation.nextChange')}
        </button>
        <span className="change-position" data-testid="change-position">
          {props.position}
        </span>
      </div>

      <div className="tool-group">
        <button
          type="button"
          className="button"
          onClick={props.onExportPdf}
          disabled={props.exporting}
          data-testid="export-pdf"
        >
          {props.exporting ? t('regulation.pdf.exporting') : t('regulation.pdf.export')}
        </button>
      </div>
    </div>
  );
}
