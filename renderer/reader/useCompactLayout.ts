import { useEffect, useState, type RefObject } from 'react';

// True while the element is narrower than `widthRem` root-font units. The reader's tools are
// sized in rem, so large-text mode (a 150 % root font) makes the same window "narrow"
// sooner: 1024 px with large text is only about 43 rem wide.
export function useCompactLayout(target: RefObject<HTMLElement | null>, widthRem: number) {
  const [compact, setCompact] = useState(false);

  useEffect(() => {
    const element = target.current;
    if (!element) return;

    const measure = (): void => {
      const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      setCompact(element.clientWidth < widthRem * (rootPx || 16));
    };

    // The element keeps its width when large text is switched on, so the root's class
    // is watched as well as the element's size (whose observer also reports at the start).
    const resize = new ResizeObserver(measure);
    const textSize = new MutationObserver(measure);
    resize.observe(element);
    textSize.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

    return () => {
      resize.disconnect();
      textSize.disconnect();
    };
  }, [target, widthRem]);

  return compact;
}
