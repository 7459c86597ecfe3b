// The site's languages: one list, used by the routes, the formatters and the translation lookup. English is the
// default and lives at the root; every other language lives under /<code>/ (see DESIGN.md, "URL contract").

/** Every language the site is built in, default first. */
export const LOCALES = ['en', 'hi'] as const;
/** A language of the site. */
export type Locale = (typeof LOCALES)[number];
/** The language at the root of the site. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each language uses in `lang`, `hreflang` and `Intl`: Indian English and Hindi. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { en: 'en-IN', hi: 'hi-IN' };

/** True when `value` names a language of the site. */
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** A page's language from `Astro.currentLocale` (undefined outside a localised route means the default). */
export const pageLocale = (current: string | undefined): Locale => (isLocale(current) ? current : DEFAULT_LOCALE);
