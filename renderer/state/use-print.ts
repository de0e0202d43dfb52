/**
 * Whether the print-out is drawn. It is drawn only for printing — a season of week rows is
 * hundreds of elements the screen never shows, and would cost every drop a re-render — so it is
 * switched on before the page prints: synchronously on `beforeprint` (the browser's own Print),
 * and before our print action asks the app for a PDF (Electron's printToPDF).
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrintMode(printToPdf: () => Promise<void>) {
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const print = useCallback(async () => {
    flushSync(() => setPrinting(true));
    try {
      await printToPdf();
    } finally {
      setPrinting(false);
    }
  }, [printToPdf]);

  return { printing, print };
}
