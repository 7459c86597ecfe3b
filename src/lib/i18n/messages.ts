// Interface strings: how a message is written, filled and chosen by count. Shared by the pages (through
// useTranslations) and the browser scripts (which receive their messages from the page), so both fill a message
// the same way. Pure.
import { LANG_TAG, type Locale } from './locales.ts';

/** A message with one form per plural category the language uses, e.g. `{ one: '{count} note', other: … }`. */
export type PluralMessage = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
/** One interface string: plain, or chosen by `count`. Placeholders are `{name}`. */
export type Message = string | PluralMessage;
/** A language's interface strings, one key per string. */
export type Messages = Readonly<Record<string, Message>>;
/** The values a message's placeholders are filled with. */
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of the placeholders a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

// One formatter and one set of plural rules per language, made once: building them costs more than a page's whole
// use of them (about 11 and 15 µs each, on every t() call of every page, before they were kept).
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const formatterOf = (locale: Locale) => {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(LANG_TAG[locale])));
  return format;
};
const pluralRulesOf = (locale: Locale) => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LANG_TAG[locale])));
  return rules;
};

/**
 * The template with each `{name}` replaced by its parameter (numbers grouped as the language writes them). A
 * placeholder without a parameter throws, so a typo fails a test or the build instead of reaching a reader.
 */
export function interpolate(template: string, params: Params, locale: Locale): string {
  const numbers = formatterOf(locale);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Message "${template}" needs a value for {${name}}`);
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The form of a message for `count` under the language's plural rules (falling back to `other`). */
export function pluralForm(message: Message, count: number | undefined, locale: Locale): string {
  if (typeof message === 'string') return message;
  const category = pluralRulesOf(locale).select(count ?? 0);
  return message[category] ?? message.other;
}

/** A translate function over one language's messages: `t(key, params)`. */
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** Builds `t` for a set of messages; a plural message takes its form from `params.count`. */
export function translator<K extends string>(messages: Readonly<Record<K, Message>>, locale: Locale): Translate<K> {
  return (key, params = {}) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`No interface string "${key}" in ${locale}`);
    const count = typeof params['count'] === 'number' ? params['count'] : undefined;
    return interpolate(pluralForm(message, count, locale), params, locale);
  };
}

/** The messages whose keys start with one of `prefixes`: what one browser script needs, sent with its page. */
export function pick<K extends string>(
  messages: Readonly<Record<K, Message>>,
  ...prefixes: string[]
): Record<string, Message> {
  return Object.fromEntries(
    Object.entries<Message>(messages).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  );
}
