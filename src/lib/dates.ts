import { DEFAULT_LOCALE, LANG_TAG, type Locale } from './i18n/locales.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();
const long = (locale: Locale) => {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LANG_TAG[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format;
};

/** `25 November 2026` (`25 नवंबर 2026` in Hindi): dates are calendar days, so they are shown in UTC to avoid an off-by-one. */
export function formatDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return long(locale).format(date);
}

/** `2026-11-25`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `3 December 2026, 10:52 am`: a moment on this device (its own time zone), e.g. when progress was last changed. */
export function formatMoment(ms: number, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: 'long', timeStyle: 'short' }).format(ms);
}
