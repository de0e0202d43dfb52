/**
 * A labelled form field with its error in words right under it, tied to the control by
 * `aria-describedby` and `aria-invalid`, and announced with role=alert.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface Props {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly className?: string;
  readonly children: (props: ControlProps) => ReactNode;
}

export function Field({ label, error, hint, className, children }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return (
    <div className={`sp-field${error ? ' sp-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <span id={hintId} className="sp-field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} role="alert" className="sp-field-error">
          {error}
        </span>
      )}
    </div>
  );
}
