// The pages' entry to interface strings and formatters for one language: `const { t } = useTranslations(locale)`.
import { en, type UiKey } from '../../i18n/en/index.ts';
import { hi } from '../../i18n/hi/index.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { pick, translator, type Message, type Translate } from './messages.ts';

/** Every language's interface strings; each language file has exactly the English keys (its type says so). */
const MESSAGES: Readonly<Record<Locale, Readonly<Record<UiKey, Message>>>> = { en, hi };

/** One kit per language, made on first use: pages call useTranslations() in every component. */
const kits = new Map<Locale, { t: Translate<UiKey>; messagesFor: (...prefixes: string[]) => string }>();

/** `t(key, params)` for a language, and the messages a browser script needs (by key prefix). */
export function useTranslations(locale: Locale = DEFAULT_LOCALE): {
  t: Translate<UiKey>;
  messagesFor: (...prefixes: string[]) => string;
} {
  let kit = kits.get(locale);
  if (!kit) {
    const messages = MESSAGES[locale];
    const picked = new Map<string, string>();
    kit = {
      t: translator(messages, locale),
      // JSON for a data attribute: the script reads it with clientTranslator() (no inline script, so the CSP holds).
      // Every page asks for the same few sets: each is made once.
      messagesFor: (...prefixes) => {
        const key = prefixes.join('\n');
        let json = picked.get(key);
        if (json === undefined) picked.set(key, (json = JSON.stringify(pick(messages, ...prefixes))));
        return json;
      },
    };
    kits.set(locale, kit);
  }
  return kit;
}

export type { UiKey } from '../../i18n/en/index.ts';
export { DEFAULT_LOCALE, LANG_TAG, LANGUAGE_NAME, LOCALES, pageLocale, type Locale } from './locales.ts';
