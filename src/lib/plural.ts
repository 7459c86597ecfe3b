// "1 note", "0 notes", "1,000 questions": a count with its noun in the form the language's rules choose. Each noun
// is a counted interface string holding the whole phrase (src/i18n/en/site.ts, `count.*`), so a
// language puts the number where it goes and groups it as it writes numbers.
import { DEFAULT_LOCALE, useTranslations, type Locale } from './i18n/index.ts';

/** The counted strings for notes, questions and (quick-revision) lines: pass one to plural(). */
export const NOTE_FORMS = 'count.notes' as const;
export const QUESTION_FORMS = 'count.questions' as const;
export const LINE_FORMS = 'count.lines' as const;

/** One of the counted strings above. */
export type Forms = typeof NOTE_FORMS | typeof QUESTION_FORMS | typeof LINE_FORMS;

/** The count in the page's language, e.g. `plural(3, NOTE_FORMS)` → "3 notes". */
export function plural(count: number, forms: Forms, locale: Locale = DEFAULT_LOCALE): string {
  return useTranslations(locale).t(forms, { count });
}
