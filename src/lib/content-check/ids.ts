import { slug } from 'github-slugger';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The id of a content entry, from its path inside the collection's folder, each folder kept:
 * `Defence And Security.md` → `defence-and-security`, `hi/Defence And Security.md` → `hi/defence-and-security`.
 * So a translation in a locale folder never collides with the English entry it translates (Starlight's model).
 */
export function entryId(path: string): string {
  return path
    .replace(/\.[^./]+$/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => slug(part))
    .join('/');
}

/** The language of an entry and its id in that language: `hi/x` → hi, `x`; `x` → the default language, `x`. */
export function localeOfId(id: string): { locale: Locale; id: string } {
  const [first, ...rest] = id.split('/');
  return rest.length > 0 && isLocale(first) && first !== DEFAULT_LOCALE
    ? { locale: first, id: rest.join('/') }
    : { locale: DEFAULT_LOCALE, id };
}
