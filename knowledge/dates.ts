// Dates as the replies and the cards write them, en-GB.
import type { IsoDate } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `2010-10-31` -> `31 October 2010` (no leading zero); other strings pass through. Written
 * out rather than through Intl.DateTimeFormat, which cost about 8 µs a date and an answer
 * writes a dozen (issue 8).
 */
export function formatDate(iso: IsoDate | string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
