import { useCallback, useEffect, useRef, type RefObject } from 'react';

import type { TableRow } from './table-rows.js';

// Moves focus to a row of the table, waiting for it where it is not on screen yet: a row
// the progressive rendering has not reached is revealed first, and a row the filter hides
// is focused once the filter is off. Focus moves to the row (so a screen reader reads it
// and Tab continues from there), which scrolls to the middle of the table.
export function useRowFocus(
  rows: readonly TableRow[],
  shown: readonly TableRow[],
  reveal: (index: number) => void,
  scrollRef: RefObject<HTMLElement | null>,
): (key: string) => void {
  const pending = useRef<string | null>(null);

  const settle = useCallback(() => {
    const key = pending.current;
    if (key === null) return;

    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-row-key="${key}"]`);
    if (element && shown.some((row) => row.key === key)) {
      pending.current = null;
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
      return;
    }

    const index = rows.findIndex((row) => row.key === key);
    if (index !== -1) reveal(index);
  }, [rows, shown, reveal, scrollRef]);

  useEffect(() => settle(), [settle]);

  return useCallback(
    (key: string) => {
      pending.current = key;
      settle();
    },
    [settle],
  );
}
