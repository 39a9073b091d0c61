import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export type PageTracking = Readonly<{
  currentPage: number;
  registerElement: (page: number, element: HTMLElement | null) => void;
  elementOf: (page: number) => HTMLElement | undefined;
  goToPage: (page: number, offsetFraction?: number) => void;
}>;

// Knows where each page sits in the scrolling area: which page the member is on (the last
// page whose top has passed a third of the viewport) and how to scroll to one.
export function usePageTracking(
  scrollRef: RefObject<HTMLElement | null>,
  pageCount: number,
): PageTracking {
  const elements = useRef(new Map<number, HTMLElement>());
  const [currentPage, setCurrentPage] = useState(1);

  const registerElement = useCallback((page: number, element: HTMLElement | null) => {
    if (element) elements.current.set(page, element);
    else elements.current.delete(page);
  }, []);

  const elementOf = useCallback((page: number) => elements.current.get(page), []);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;

    let frame = 0;

    const measure = (): void => {
      frame = 0;
      const line = scroller.scrollTop + scroller.clientHeight / 3;
      let page = 1;

      for (let number = 1; number <= pageCount; number += 1) {
        const element = elements.current.get(number);
        if (element && element.offsetTop <= line) page = number;
      }

      setCurrentPage(page);
    };

    const onScroll = (): void => {
      if (frame === 0) frame = window.requestAnimationFrame(measure);
    };

    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window.cancelAnimationFrame(frame);
    };
  }, [scrollRef, pageCount]);

  const goToPage = useCallback(
    (page: number, offsetFraction = 0) => {
      const target = Math.min(pageCount, Math.max(1, page));
      const element = elements.current.get(target);
      const scroller = scrollRef.current;
      if (!element || !scroller) return;

      const gap = 12;
      scroller.scrollTop = element.offsetTop + offsetFraction * element.offsetHeight - gap;
      setCurrentPage(target);
    },
    [scrollRef, pageCount],
  );

  return { currentPage, registerElement, elementOf, goToPage };
}
