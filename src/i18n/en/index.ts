// English interface strings, one key per string, one file per area of the site (a file's keys share its prefix);
// a browser script receives the keys under its prefixes from its page (src/lib/i18n/messages.ts, pick()).
// Placeholders are {name}; a string with forms by count is { one, other }. Every language has the same keys.
import { errors } from './errors.ts';
import { glossary } from './glossary.ts';
import { home } from './home.ts';
import { mains } from './mains.ts';
import { markdown } from './markdown.ts';
import { note } from './note.ts';
import { offline } from './offline.ts';
import { practice } from './practice.ts';
import { print } from './print.ts';
import { progress } from './progress.ts';
import { questions } from './questions.ts';
import { quiz } from './quiz.ts';
import { revision } from './revision.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { sw } from './sw.ts';
import { syllabus } from './syllabus.ts';
import { topics } from './topics.ts';

// Built in a call marked pure: a bundler keeps a bare object spread for its possible getters, which put every string
// into each browser bundle that imports a src/lib module using t() (practice/banks.ts with /practice/'s scripts).
export const en = /* @__PURE__ */ (() =>
  ({
    ...site,
    ...offline,
    ...progress,
    ...quiz,
    ...print,
    ...revision,
    ...markdown,
    ...errors,
    ...note,
    ...home,
    ...questions,
    ...mains,
    ...glossary,
    ...topics,
    ...syllabus,
    ...search,
    ...practice,
    ...sw,
  }) as const)();

/** A key of the interface strings. */
export type UiKey = keyof typeof en;
