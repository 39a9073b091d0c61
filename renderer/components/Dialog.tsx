import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = Readonly<{
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  // The element to focus first; defaults to the first focusable field in the dialog.
  initialFocusSelector?: string;
}>;

// A modal built on <dialog>.showModal(): the page behind becomes inert (focus stays inside),
// Escape closes it, and focus returns to where it was when the dialog closes.
export function Dialog(props: DialogProps) {
  const { onClose, initialFocusSelector } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  const titleId = useId();

  // Callers pass inline handlers; keep the latest without re-opening the dialog.
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;

    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();

    const selector = initialFocusSelector ?? 'input, textarea, select, button';
    dialog.querySelector<HTMLElement>(selector)?.focus();

    const onCancel = (event: Event): void => {
      event.preventDefault();
      onCloseRef.current();
    };

    dialog.addEventListener('cancel', onCancel);

    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [initialFocusSelector]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} data-testid={props.testId}>
      <h2 id={titleId} className="dialog-title">
        {props.title}
      </h2>
      {props.children}
    </dialog>
  );
}
