// A browser script's interface strings: the page sends them as JSON in `data-messages` and the language in
// `<html lang>`; the script fills them with the same rules as the pages.
import { isLocale, DEFAULT_LOCALE, type Locale } from './locales.ts';
import { translator, type Message, type Translate } from './messages.ts';

/** The page's language from `<html lang>` ('hi-IN' → 'hi'), the default when it is not one of ours. */
export function localeOf(lang: string): Locale {
  const code = lang.split('-')[0]?.toLowerCase();
  return isLocale(code) ? code : DEFAULT_LOCALE;
}

/** `t` over the JSON of an element's `data-messages` (an empty set when it is missing or does not parse). */
export function clientTranslator(json: string | undefined, lang: string): Translate<string> {
  let messages: Record<string, Message> = {};
  try {
    messages = JSON.parse(json ?? '{}') as Record<string, Message>;
  } catch {
    /* a broken attribute leaves the keys unresolved, which translator() reports */
  }
  return translator(messages, localeOf(lang));
}
