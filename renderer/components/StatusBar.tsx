/** The polite live region for what just happened (saved, undone, errors), with its follow-up actions. */
import { memo } from 'react';
import type { Status } from '../state/use-status';

interface Props {
  readonly status: Status | null;
  onDismiss(): void;
}

function StatusBarImpl({ status, onDismiss }: Props) {
  return (
    <div className={`sp-status${status?.tone === 'error' ? ' sp-status-error' : ''}`}>
      <p data-testid="status" role="status" aria-live="polite" className="sp-status-text">
        {status?.text ?? ''}
      </p>
      {status?.actions?.map((a) => (
        <button
          key={a.label}
          type="button"
          className="sp-button sp-small"
          onClick={() => {
            onDismiss();
            a.run();
          }}
        >
          {a.label}
        </button>
      ))}
      {status && (status.actions?.length || status.tone === 'error') ? (
        <button
          type="button"
          className="sp-icon-button"
          aria-label="Dismiss message"
          onClick={onDismiss}
        >
          ×
        </button>
      ) : null}
    </div>
  );
}

export const StatusBar = memo(StatusBarImpl);
