/**
 * A modal built on the native <dialog>: focus is trapped and restored, Escape closes it, and the
 * accessible name is given by `label`, as the tests' `getByRole('dialog', { name })` expects.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  readonly label: string;
  readonly title: string;
  readonly className?: string;
  onClose(): void;
  readonly children: ReactNode;
}

export function Dialog({ label, title, className, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // The dialog is gone from the DOM when this cleanup runs, so the browser cannot put focus back
    // where it was: do it here, if that element is still on the page.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // The browser focuses the first focusable element, the × button; the first field is what the
    // user came for.
    dialog
      ?.querySelector<HTMLElement>('form input, form select, form textarea, form button')
      ?.focus();
    return () => {
      dialog?.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={`sp-dialog ${className ?? ''}`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="sp-dialog-header">
        <h2>{title}</h2>
        <button type="button" className="sp-icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
