import { useEffect, useRef } from 'react';

type Handlers = Readonly<{ next: () => void; previous: () => void }>;

// n / j: next change, p / k: previous change, as in mail and code review tools. Ignored
// while the member types (a field, a dialog) or holds a modifier, so no shortcut eats text.
export function useChangeKeys(enabled: boolean, handlers: Handlers): void {
  const latest = useRef(handlers);

  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;

    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;

      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'j') {
        event.preventDefault();
        latest.current.next();
      } else if (key === 'p' || key === 'k') {
        event.preventDefault();
        latest.current.previous();
      }
    };

    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;

  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
