import { useEffect, useRef } from 'react';

export type ReaderKeyActions = Readonly<{
  nextPage: () => void;
  previousPage: () => void;
  firstPage: () => void;
  lastPage: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  focusFind: () => void;
}>;

// Reader shortcuts: PageDown/PageUp and ←/→ turn pages, Home/End go to the ends, + and −
// zoom, Ctrl/Cmd+F goes to the find box. Keys typed into a field or a dialog are left alone.
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);

  useEffect(() => {
    latest.current = actions;
  }, [actions]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;

      const act = latest.current;
      const command = event.ctrlKey || event.metaKey;

      if (command && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        act.focusFind();
        return;
      }

      if (command || event.altKey || isTextEntry(event.target)) return;

      const action = plainKeyAction(event.key, act);
      if (!action) return;

      event.preventDefault();
      action();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function plainKeyAction(key: string, act: ReaderKeyActions): (() => void) | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
      return act.nextPage;
    case 'PageUp':
    case 'ArrowLeft':
      return act.previousPage;
    case 'Home':
      return act.firstPage;
    case 'End':
      return act.lastPage;
    case '+':
    case '=':
      return act.zoomIn;
    case '-':
    case '_':
      return act.zoomOut;
    default:
      return null;
  }
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;

  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
