import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { changePosition, stepChange, type TableRow } from './table-rows.js';

export type RowStepping = Readonly<{
  /** The changed row the member last stepped to or focused. */
  cursorKey: string | null;
  /** Where that is among the changes, in words; also announced after every step. */
  position: string;
  announcement: string;
  step: (direction: 1 | -1) => void;
  focusRow: (key: string) => void;
  onRowFocus: (key: string) => void;
}>;

// Next / previous change: focus moves to the row (so the member's screen reader reads it
// and Tab continues from there) and the row scrolls to the middle of the table.
export function useRowStepping(
  rows: readonly TableRow[],
  scrollRef: RefObject<HTMLElement | null>,
): RowStepping {
  const { t } = useTranslation();
  const [cursorKey, setCursorKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const positionText = useCallback(
    (key: string | null): string => {
      const total = rows.filter((row) => row.substantive).length;
      const at = key === null ? null : changePosition(rows, key);
      return at === null
        ? t('regulation.positionNone', { total })
        : t('regulation.position', { index: at.index, total: at.total });
    },
    [rows, t],
  );

  const focusRow = useCallback(
    (key: string): void => {
      const element = scrollRef.current?.querySelector<HTMLElement>(`[data-row-key="${key}"]`);
      if (!element) return;

      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
    },
    [scrollRef],
  );

  const step = useCallback(
    (direction: 1 | -1): void => {
      const focused = document.activeElement?.closest<HTMLElement>('[data-row-key]');
      const inTable = focused && scrollRef.current?.contains(focused);
      const from = inTable ? (focused.dataset['rowKey'] ?? null) : cursorKey;
      const target = stepChange(rows, from, direction);

      if (target === null) {
        setAnnouncement(
          direction === 1 ? t('regulation.noMoreNext') : t('regulation.noMorePrevious'),
        );
        return;
      }

      setCursorKey(target.key);
      focusRow(target.key);
      setAnnouncement(positionText(target.key));
    },
    [cursorKey, focusRow, positionText, rows, scrollRef, t],
  );

  const onRowFocus = useCallback(
    (key: string): void => {
      const row = rows.find((candidate) => candidate.key === key);
      if (row?.substantive) setCursorKey(key);
    },
    [rows],
  );

  return {
    cursorKey,
    position: positionText(cursorKey),
    announcement,
    step,
    focusRow,
    onRowFocus,
  };
}
