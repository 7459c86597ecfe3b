// Hindi interface strings: the same keys as src/i18n/en/, one file per area of the site. Placeholders are {name};
// a string with forms by count is { one, other } (Hindi uses `one` for 0 and 1).
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

// Built in a call marked pure, as the English (src/i18n/en/index.ts): the same keys, in the same spread order.
export const hi = /* @__PURE__ */ (() =>
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
