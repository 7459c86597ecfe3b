// Download and storage sizes as a reader reads them ("4.7 MB"), in the page's language. Decimal units, as the
// precache budgets are written (3.2 MB = 3,200,000 bytes) and as phones show storage. Pure.
import { LANG_TAG, type Locale } from '../i18n/locales.ts';

const UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** `bytes` in the largest unit it reaches (kB at least), with one decimal below 10 and none above: "820 kB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const [unit, size] = UNITS.find(([, size]) => bytes >= size) ?? UNITS[2];
  const value = bytes / size;
  return new Intl.NumberFormat(LANG_TAG[locale], {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
