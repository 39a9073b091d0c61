import { useCallback, useEffect, useMemo, useState } from 'react';

// A long law (the 民法典 has 1,260 articles) is put on screen a slice at a time: the first
// rows at once, the rest in later tasks, so the member can read, scroll and type while the
// table fills. Rows only ever get added; `reveal` brings a far row forward at once, for
// stepping or a chapter jump.

const firstSlice = 120;
const nextSlice = 160;

export type ProgressiveRows<T> = Readonly<{
  shown: readonly T[];
  complete: boolean;
  reveal: (index: number) => void;
}>;

export function useProgressiveRows<T>(rows: readonly T[]): ProgressiveRows<T> {
  const [limit, setLimit] = useState(firstSlice);
  const complete = limit >= rows.length;

  useEffect(() => {
    if (complete) return;

    const timer = window.setTimeout(() => setLimit((current) => current + nextSlice), 0);
    return () => window.clearTimeout(timer);
  }, [complete, limit]);

  const shown = useMemo(() => (complete ? rows : rows.slice(0, limit)), [complete, rows, limit]);
  const reveal = useCallback(
    (index: number) => setLimit((current) => Math.max(current, index + nextSlice)),
    [],
  );

  return { shown, complete, reveal };
}
