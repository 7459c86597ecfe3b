// English interface strings, one key per string, one file per area of the site (a file's keys share its prefix);
// a browser script receives the keys under its prefixes from its page (src/lib/i18n/messages.ts, pick()).
// Placeholders are {name}; a string with forms by count is { one, other }. Every language has the same keys.
import { offline } from './offline.ts';
import { practice } from './practice.ts';
import { progress } from './progress.ts';
import { quiz } from './quiz.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { sw } from './sw.ts';

// Built in a call marked pure: a bundler keeps a bare object spread for its possible getters, which put every string
// into each browser bundle that imports a src/lib module using t() (practice/banks.ts with /practice/'s scripts).
export const en = /* @__PURE__ */ (() =>
  ({ ...site, ...offline, ...progress, ...quiz, ...search, ...practice, ...sw }) as const)();

/** A key of the interface strings. */
export type UiKey = keyof typeof en;
