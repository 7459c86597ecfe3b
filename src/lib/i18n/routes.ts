// The routes under src/pages/[...lang]/ make each page once per language: `lang` is undefined for the default
// language (the page sits at the root) and the language's code for the others (`/hi/…`). Astro.currentLocale then
// tells the page its language. Pure.
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** The `[...lang]` param of a page in `locale`. */
export const langParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** getStaticPaths() of a page that has no params of its own: one page per language. */
export function everyLanguage(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** getStaticPaths() of a dynamic page: `paths(locale)` for every language, each with its `lang` param added. */
export async function inEveryLanguage<P extends { params: Record<string, string | undefined> }>(
  paths: (locale: Locale) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
  const lists = await Promise.all(
    LOCALES.map(async (locale) =>
      (await paths(locale)).map((path) => ({ ...path, params: { ...path.params, lang: langParam(locale) } })),
    ),
  );
  return lists.flat();
}
