/**
 * A value that follows `value` one frame late: what is not needed for the frame that shows an edit
 * (the volume chart, the calendar's day marks) is updated right after that frame is painted.
 */
import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<T>(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
