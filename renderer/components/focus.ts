import { useEffect, useRef } from 'react';

// Moves focus to a screen's heading when the screen appears, so keyboard and screen-reader
// users start where the content starts (the heading has tabIndex -1).
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return ref;
}
