import { SITE_LANG } from './constants.ts';

/** A word in its singular and plural forms, e.g. `{ one: 'note', other: 'notes' }`. */
export interface Forms {
  one: string;
  other: string;
}

const rules = new Intl.PluralRules(SITE_LANG);
const numbers = new Intl.NumberFormat(SITE_LANG);

/** "1 note", "0 notes", "1,000 questions": the count, grouped as the locale writes it, and the form its rules choose. */
export function plural(count: number, forms: Forms): string {
  return `${numbers.format(count)} ${rules.select(count) === 'one' ? forms.one : forms.other}`;
}

export const NOTE_FORMS: Forms = { one: 'note', other: 'notes' };
export const QUESTION_FORMS: Forms = { one: 'question', other: 'questions' };
export const LINE_FORMS: Forms = { one: 'line', other: 'lines' };
