/** The status line: what just happened (saved, undone, errors), with its follow-up actions. */
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../src/api/contract';

export interface StatusAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Status {
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly actions?: readonly StatusAction[];
  /** Raised on every message so that the same words are announced again. */
  readonly seq: number;
}

function errorText(error: ApiError): string {
  return error.details?.length ? `${error.message} (${error.details.join('; ')})` : error.message;
}

export function useStatus(initialErrors: readonly string[]) {
  const [status, setStatus] = useState<Status | null>(() =>
    initialErrors.length ? { text: initialErrors.join(' '), tone: 'error', seq: 0 } : null,
  );
  const seq = useRef(0);
  const say = useCallback(
    (text: string, tone: Status['tone'] = 'info', actions?: readonly StatusAction[]) => {
      seq.current += 1;
      setStatus({ text, tone, ...(actions ? { actions } : {}), seq: seq.current });
    },
    [],
  );
  const clearStatus = useCallback(() => setStatus(null), []);
  const sayError = useCallback((error: ApiError) => say(errorText(error), 'error'), [say]);
  return { status, say, clearStatus, sayError };
}
