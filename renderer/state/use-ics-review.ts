/**
 * Races read from an `.ics` file, waiting for the user to confirm them: the file is asked for
 * once, and read again (from the text the API gave back) when the user chooses the zone its UTC
 * times are read in. Used by the open plan's "Import races" and by the new-plan wizard.
 */
import { useCallback, useMemo, useState } from 'react';
import type { IcsImport, IcsImportRequest } from '../../src/api/contract';
import { isIsoDate } from '../../src/dates';

/** The API's two reading calls, already unwrapped (a failure was told; null comes back). */
export interface IcsReader {
  /** Asks for a file and reads it; null when the user cancelled or it could not be read. */
  open(request: IcsImportRequest): Promise<IcsImport | null>;
  /** Reads the text of an earlier reading again; null when that failed. */
  reread(path: string, text: string, request: IcsImportRequest): Promise<IcsImport | null>;
}

interface Review {
  readonly imported: IcsImport;
  /** The days recurring races were expanded over, kept for a reading in another zone. */
  readonly window: Omit<IcsImportRequest, 'timeZone'>;
}

/**
 * @example const review = useIcsReview(reader); await review.start({ from: season.start, to: season.end });
 */
export function useIcsReview(reader: IcsReader) {
  const [review, setReview] = useState<Review | null>(null);
  const [rereading, setRereading] = useState(false);

  const start = useCallback(
    async (window: Omit<IcsImportRequest, 'timeZone'>) => {
      const imported = await reader.open(window);
      if (imported) setReview({ imported, window });
    },
    [reader],
  );

  /** Reads the file again with its UTC times in `timeZone`; the review keeps its file and days. */
  const readInZone = useCallback(
    async (timeZone: string) => {
      const text = review?.imported.text;
      if (!review || text === undefined) return;
      setRereading(true);
      const again = await reader.reread(review.imported.path, text, { ...review.window, timeZone });
      setRereading(false);
      if (again) setReview((current) => (current ? { ...current, imported: again } : current));
    },
    [reader, review],
  );

  const close = useCallback(() => setReview(null), []);

  return useMemo(
    () => ({ imported: review?.imported ?? null, rereading, start, readInZone, close }),
    [review, rereading, start, readInZone, close],
  );
}

export type IcsReview = ReturnType<typeof useIcsReview>;

/**
 * The days a season spans, as an import request, when both ends are days in order; else none
 * (the API then expands over the years around today).
 *
 * @example seasonWindow('2027-01-04', '2027-12-26') // { from: '2027-01-04', to: '2027-12-26' }
 * @example seasonWindow('', '2027-12-26') // {}
 */
export function seasonWindow(start: string, end: string): Omit<IcsImportRequest, 'timeZone'> {
  return isIsoDate(start) && isIsoDate(end) && start <= end ? { from: start, to: end } : {};
}

/**
 * The zones offered for a file's UTC times: every zone the browser knows, with UTC and the zone
 * the file was read in (whatever the list holds), in alphabetical order.
 *
 * @example timeZoneChoices('Europe/Berlin').includes('Australia/Sydney') // true
 */
export function timeZoneChoices(current: string): readonly string[] {
  return [...new Set(['UTC', current, ...knownZones()])].sort();
}

function knownZones(): readonly string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
