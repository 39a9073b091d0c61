import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

import { fitWidthScale, zoomIn, zoomOut } from './zoom.js';

export type ZoomState = Readonly<{
  scale: number;
  fitWidth: boolean;
  zoomIn: () => void;
  zoomOut: () => void;
  setFitWidth: () => void;
}>;

type Anchor = Readonly<{ page: number; fraction: number }>;

// Horizontal room taken by the page area's padding and a scrollbar.
const sidePadding = 48;

// Zoom by steps or fit the page width to the window (kept fitted while the window or the
// side panels change size). The page in view stays in view when the zoom changes.
export function useZoom(
  scrollRef: RefObject<HTMLElement | null>,
  pageWidth: number,
  locate: () => Anchor,
  restore: (anchor: Anchor) => void,
): ZoomState {
  const [scale, setScale] = useState(1);
  const [fitWidth, setFit] = useState(true);
  const anchor = useRef<Anchor | null>(null);
  const locateRef = useRef(locate);

  useEffect(() => {
    locateRef.current = locate;
  }, [locate]);

  const change = useCallback((next: number) => {
    anchor.current = locateRef.current();
    setScale(next);
  }, []);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!fitWidth || !scroller) return;

    const fit = (): void => {
      const next = fitWidthScale(pageWidth, scroller.clientWidth - sidePadding);
      setScale((previous) => {
        if (Math.abs(previous - next) < 0.005) return previous;
        anchor.current = locateRef.current();
        return next;
      });
    };

    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [fitWidth, pageWidth, scrollRef]);

  useLayoutEffect(() => {
    if (!anchor.current) return;
    restore(anchor.current);
    anchor.current = null;
  }, [scale, restore]);

  return {
    scale,
    fitWidth,
    zoomIn: () => {
      setFit(false);
      change(zoomIn(scale));
    },
    zoomOut: () => {
      setFit(false);
      change(zoomOut(scale));
    },
    setFitWidth: () => setFit(true),
  };
}
