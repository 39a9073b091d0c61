import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { changePosition, stepChange, type TableRow } from './table-rows.js';

export type RowStepping = Readonly<{
  /** Where the member is among the changes, in words; also announced after every step. */
  position: string;
  announcement: string;
  step: (direction: 1 | -1) => void;
  onRowFocus: (key: string) => void;
}>;

// Next / previous change, from the row that has focus (or the change last stepped to).
export function useRowStepping(
  rows: readonly TableRow[],
  scrollRef: RefObject<HTMLElement | null>,
  focusRow: (key: string) => void,
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

  return { position: positionText(cursorKey), announcement, step, onRowFocus };
}
