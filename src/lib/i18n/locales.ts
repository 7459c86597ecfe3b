// The site's languages: one list, used by the routes, the formatters and the translation lookup. English is the
// default and lives at the root; every other language lives under /<code>/ (see DESIGN.md, "URL contract").

/** Every language the site has, default first. */
export const LANGUAGES = ['en', 'hi'] as const;
/** A language of the site. */
export type Locale = (typeof LANGUAGES)[number];
/** The language at the root of the site. */
export const DEFAULT_LOCALE: Locale = 'en';

const codesOf = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);

/** The codes in a SITE_LANGUAGES value that are not languages of the site (config.ts reports them). */
export const unknownLanguages = (value: string | undefined): string[] =>
  codesOf(value).filter((code) => !LANGUAGES.includes(code as Locale));

/**
 * The languages a build makes from SITE_LANGUAGES (`en`, `en,hi`): every language when unset. The default language
 * is always built (it is the root of the site).
 */
export function builtLanguages(value: string | undefined): readonly Locale[] {
  const codes = codesOf(value);
  if (codes.length === 0) return LANGUAGES;
  return LANGUAGES.filter((locale) => locale === DEFAULT_LOCALE || codes.includes(locale));
}

/**
 * Every language this build makes, default first: all of them, unless SITE_LANGUAGES names fewer (`SITE_LANGUAGES=en`
 * builds the English site alone: a quicker preview, and the benchmark's English-only build). In the browser, all.
 */
export const LOCALES: readonly Locale[] = builtLanguages(
  typeof process === 'undefined' ? undefined : process.env['SITE_LANGUAGES'],
);

/** The BCP 47 tag each language uses in `lang`, `hreflang` and `Intl`: Indian English and Hindi. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { en: 'en-IN', hi: 'hi-IN' };

/** Each language's name in that language, as the language switch offers it. */
export const LANGUAGE_NAME: Readonly<Record<Locale, string>> = { en: 'English', hi: 'हिन्दी' };

/** True when `value` names a language of the site. */
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** A page's language from `Astro.currentLocale` (undefined outside a localised route means the default). */
export const pageLocale = (current: string | undefined): Locale => (isLocale(current) ? current : DEFAULT_LOCALE);

/** A site path in a language: English at the root, every other language under /<code>/ (`/notes/x/` → `/hi/notes/x/`). */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith('/') || path.startsWith('//')) return path;
  return `/${locale}${path}`;
}

/** The language of a site path (base path removed) and the path its English twin has: `/hi/notes/x/` → hi, `/notes/x/`. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  const code = match?.[1];
  if (code && code !== DEFAULT_LOCALE && isLocale(code)) return { locale: code, path: match?.[2] || '/' };
  return { locale: DEFAULT_LOCALE, path };
}

/** The language of a `lang` tag a page carries (`hi-IN` → hi); the default for any other. */
export function localeOfTag(tag: string): Locale {
  const code = tag.split('-')[0]?.toLowerCase();
  return isLocale(code) ? code : DEFAULT_LOCALE;
}
