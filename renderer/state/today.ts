import { isoDate } from '../../src/dates';

/** Today as an ISO day in the user's time zone: the page is the one layer that may read the clock. */
export function todayIso(): string {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
