import { SITE_LANG } from './constants.ts';

const long = new Intl.DateTimeFormat(SITE_LANG, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `25 November 2026`: dates are calendar days, so they are shown in UTC to avoid an off-by-one. */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** `2026-11-25`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
