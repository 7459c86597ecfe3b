import type { Locale } from '../i18n/locales.ts';
import * as PAGE_TYPES from '../page-types.ts';
import { url } from '../urls.ts';
import { serializeSet, type QuizSet } from './quiz-set.ts';

/** `/practice/?set=…`: a practice round on one set of questions, under the base path. */
export const practiceUrl = (locale: Locale, set: QuizSet = { kind: 'all' }) =>
  url(
    `${PAGE_TYPES.practice.href()}${set.kind === 'all' ? '' : `?set=${encodeURIComponent(serializeSet(set))}`}`,
    locale,
  );

/** The query parameter of /practice/ that limits the flashcards to one note's cards. */
export const DECK_PARAM = 'deck';

/** The query parameter of /practice/ that limits the flashcards to the notes of one prelims topic. */
export const TOPIC_DECK_PARAM = 'topic';

const deckUrl = (param: string, id: string, locale: Locale) =>
  url(`${PAGE_TYPES.practice.href()}?${param}=${encodeURIComponent(id)}#flash-heading`, locale);

/** `/practice/?deck=<note>#flash-heading`: the flashcards of one note, under the base path. */
export const flashcardsUrl = (note: string, locale: Locale) => deckUrl(DECK_PARAM, note, locale);

/** `/practice/?topic=<topic>#flash-heading`: the flashcards of the notes tagged with one topic. */
export const topicFlashcardsUrl = (topic: string, locale: Locale) => deckUrl(TOPIC_DECK_PARAM, topic, locale);

/** `/progress/`. */
export const progressUrl = (locale: Locale) => url(PAGE_TYPES.progress.href(), locale);

/** `/progress/data.json`: the notes, topics, syllabus lines and questions /progress/ joins with stored progress. */
export const progressDataUrl = (locale: Locale) => url(PAGE_TYPES.progressData.href(), locale);

/** `/questions/q/<id>/`: one question on its own page. */
export const questionUrl = (id: string, locale: Locale) => url(PAGE_TYPES.question.href({ id }), locale);
