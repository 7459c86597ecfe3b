/**
 * Booklets stay readable and light however many notes there are: a booklet whose HTML would pass the page budget is
 * split into parts, each under it, and the whole-set booklet becomes a contents page of topic booklets.
 */
import type { NoteEntry, QuestionEntry, SiteData } from '../data/site.ts';
import * as PAGE_TYPES from './page-types.ts';
import type { Locale } from './i18n/locales.ts';
import { topicPrintUrl, url } from './urls.ts';

/** Most HTML one booklet page may hold, in bytes; the bench fails any page over 2 MiB, so this leaves room. */
export const BOOKLET_PAGE_BYTES = 1_500_000;

/**
 * Bytes a note takes in a booklet, estimated from its rendered body: ids grow a prefix when scoped, and the title,
 * summary, topic chips, questions and answer key around it add about 4 kB.
 */
export function bookletNoteBytes(renderedHtmlLength: number): number {
  return Math.ceil(renderedHtmlLength * 1.15) + 4_000;
}

/** One page of a booklet: its notes, and the questions its answer key covers. */
export interface BookletPart<N, Q> {
  notes: N[];
  questions: Q[];
}

/**
 * Splits a booklet into parts, in order, each under `budget` bytes (a note larger than the budget gets a part of
 * its own). Each question goes with the first part whose notes list it; questions no note lists go in the last part.
 */
export function splitBooklet<N, Q extends { id: string }>(
  notes: readonly N[],
  questions: readonly Q[],
  options: { bytes: (note: N) => number; questionIds: (note: N) => readonly string[]; budget?: number },
): BookletPart<N, Q>[] {
  const { bytes, questionIds, budget = BOOKLET_PAGE_BYTES } = options;
  const parts: BookletPart<N, Q>[] = [];
  let size = 0;
  for (const note of notes) {
    const noteBytes = bytes(note);
    const current = parts.at(-1);
    if (current && size + noteBytes <= budget) {
      current.notes.push(note);
      size += noteBytes;
    } else {
      parts.push({ notes: [note], questions: [] });
      size = noteBytes;
    }
  }
  if (parts.length === 0) return [{ notes: [], questions: [...questions] }];
  const home = new Map<string, BookletPart<N, Q>>();
  for (const part of parts)
    for (const note of part.notes) for (const id of questionIds(note)) if (!home.has(id)) home.set(id, part);
  for (const question of questions) (home.get(question.id) ?? parts.at(-1))?.questions.push(question);
  return parts;
}

/** The parts of one topic's booklet (usually one). */
export function topicBookletParts(site: SiteData, topicId: string): BookletPart<NoteEntry, QuestionEntry>[] {
  return splitBooklet(site.notesByTopic.get(topicId) ?? [], site.questionsByTopic.get(topicId) ?? [], BOOKLET_OPTIONS);
}

/** The whole set as booklet parts: one part means /print/ is the booklet, more mean it is a contents page. */
export function wholeSetParts(site: SiteData): BookletPart<NoteEntry, QuestionEntry>[] {
  // The answer key follows the notes: each question where a note first lists it.
  const ids = new Set(site.notes.flatMap((note) => note.data.questions));
  const questions = [...ids].flatMap((id) => site.question.get(id) ?? []);
  return splitBooklet(site.notes, questions, BOOKLET_OPTIONS);
}

const BOOKLET_OPTIONS = {
  bytes: (note: NoteEntry) => bookletNoteBytes(note.rendered?.html.length ?? 0),
  questionIds: (note: NoteEntry) => note.data.questions,
};

/** URL of part `number` of a topic's booklet: part 1 is the topic's print page, later parts sit below it. */
export function topicPrintPartUrl(topicId: string, number: number, locale: Locale): string {
  return number <= 1
    ? topicPrintUrl(topicId, locale)
    : url(PAGE_TYPES.topicBookletPart.href({ id: topicId, part: number }), locale);
}
