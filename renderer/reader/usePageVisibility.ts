import { useEffect, useState, type RefObject } from 'react';

// True while the element is on screen or within one screen of it, so pages render just
// before they scroll into view and release their pixels once far away.
export function usePageVisibility(
  target: RefObject<HTMLElement | null>,
  root: RefObject<HTMLElement | null>,
  margin = '100% 0px',
): boolean {
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = target.current;
    if (!element) return;

    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setVisible(entry.isIntersecting);
      },
      { root: root.current, rootMargin: margin },
    );

    observer.observe(element);
    return () => observer.disconnect();
  }, [target, root, margin]);

  return visible;
}
