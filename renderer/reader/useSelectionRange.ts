import { useCallback, useEffect, useState, type RefObject } from 'react';

export type SelectionRange = Readonly<{ range: Range | null; clear: () => void }>;

// The member's current text selection inside the pages, kept as a copy so pressing the
// highlight button (which may move focus) does not lose it.
export function useSelectionRange(scrollRef: RefObject<HTMLElement | null>): SelectionRange {
  const [range, setRange] = useState<Range | null>(null);

  useEffect(() => {
    const onChange = (): void => {
      const selection = document.getSelection();
      const scroller = scrollRef.current;

      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !scroller) {
        // A click elsewhere (the toolbar) keeps the last selection until a new one starts.
        if (selection?.isCollapsed && scroller?.contains(selection.anchorNode)) setRange(null);
        return;
      }

      const current = selection.getRangeAt(0);
      if (scroller.contains(current.commonAncestorContainer)) setRange(current.cloneRange());
    };

    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [scrollRef]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setRange(null);
  }, []);

  return { range, clear };
}
