import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceHashOf } from '../lib/content-check/rules/translations.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales.ts';
import {
  translateMains,
  translateNote,
  translateQuestion,
  translateTopic,
  translationState,
  type TranslationState,
} from '../lib/translations.ts';
import { RELATED_LIMIT } from '../lib/constants.ts';
import { groupBy, readingOrder, relatedNotes } from '../lib/notes.ts';
import { readingMinutes } from '../lib/reading.ts';
import { bodyWords } from '../markdown/cached-glob.ts';
import { sortQuestions } from '../lib/questions.ts';
import { scopeHtml } from '../lib/scope-html.ts';
import { NO_VALUE, searchFilters } from '../lib/search-filters.ts';
import { buildFacets, type Facet } from '../lib/search-labels.ts';
import { isMcqKind } from '../schemas/question.ts';

export type NoteEntry = CollectionEntry<'notes'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type MainsEntry = CollectionEntry<'mains'>;
export type QuestionEntry = CollectionEntry<'questions'>;

/** Everything pages need in one language, computed once per build: indexes by id, groupings by tag, related notes. */
export interface SiteData {
  /** The language the entries' text is in (English where a translation is missing). */
  locale: Locale;
  /** Where each entry's translation stands, by `collection/id` (`notes/x`); every entry is `current` in English. */
  translation: Map<string, TranslationState>;
  /** Previous-year questions whose text on this language's pages is our translation, not UPSC's own wording. */
  ourTranslation: Set<string>;
  /** Published notes in reading order. */
  notes: NoteEntry[];
  topics: TopicEntry[];
  mains: MainsEntry[];
  /** Questions used by published notes, PYQs first. */
  questions: QuestionEntry[];
  /** The multiple-choice ones among them, in the same order: the practice banks' order. */
  mcqs: QuestionEntry[];
  syllabus: CollectionEntry<'syllabus'>['data'][];
  /** The glossary's terms, in the file's order. */
  glossary: CollectionEntry<'glossary'>['data'][];
  note: Map<string, NoteEntry>;
  topic: Map<string, TopicEntry>;
  mainsTopic: Map<string, MainsEntry>;
  question: Map<string, QuestionEntry>;
  publication: Map<string, CollectionEntry<'publications'>['data']>;
  notesByTopic: Map<string, NoteEntry[]>;
  notesByMains: Map<string, NoteEntry[]>;
  notesByQuestion: Map<string, NoteEntry[]>;
  questionsByTopic: Map<string, QuestionEntry[]>;
  related: Map<string, NoteEntry[]>;
  minutes: Map<string, number>;
  /** Each note's title by id, made once: timelines and key figures name the note a row comes from. */
  titles: Map<string, string>;
}

const cached = new Map<Locale, Promise<SiteData>>();
const scoped = new Map<string, string>();

/** A note's rendered HTML made safe to sit beside others in a booklet; computed once per note and language. */
export function bookletHtml(note: NoteEntry): string {
  const key = `${note.filePath ?? ''}:${note.id}`;
  let html = scoped.get(key);
  if (html === undefined) {
    html = scopeHtml(note.rendered?.html ?? '', note.id, 1, note.data.title);
    scoped.set(key, html);
  }
  return html;
}

/** Loads the collections once per build and language and derives every index from them. */
export function getSite(locale: Locale): Promise<SiteData> {
  let site = cached.get(locale);
  if (!site) {
    site = load(locale);
    cached.set(locale, site);
  }
  return site;
}

/** The first hex digits of the SHA-256 of an English file, as a translation records it (content/hi/). */
const fileHash = (path: string | undefined) => (path ? sourceHashOf(readFileSync(path)) : '');

/** What a translation brings to the English entry: its data, and for Markdown its rendered body. */
interface TranslationEntry<T> {
  id: string;
  data: T;
  rendered?: unknown;
  digest?: unknown;
  filePath?: string | undefined;
}

/**
 * Entries in `locale`: each English entry with its translation laid over it (text, rendered body), or the English
 * entry itself when there is none (the page then says so in the reader's language). Records each one's state.
 */
async function inLocale<
  E extends { id: string; collection: string; data: unknown; filePath?: string | undefined },
  T extends { source: string; accepted: boolean },
>(
  entries: E[],
  locale: Locale,
  load: () => Promise<TranslationEntry<T>[]>,
  translate: (en: E['data'], hi: T) => E['data'],
  states: Map<string, TranslationState>,
): Promise<E[]> {
  if (locale === DEFAULT_LOCALE) {
    for (const entry of entries) states.set(`${entry.collection}/${entry.id}`, 'current');
    return entries;
  }
  const translations = new Map((await load()).map((t) => [t.id, t]));
  return entries.map((entry) => {
    const hi = translations.get(entry.id);
    states.set(`${entry.collection}/${entry.id}`, translationState(hi?.data, fileHash(entry.filePath)));
    if (!hi) return entry;
    const body = hi.rendered ? { rendered: hi.rendered, digest: hi.digest, filePath: hi.filePath } : {};
    return { ...entry, ...body, data: translate(entry.data, hi.data) };
  });
}

async function load(locale: Locale): Promise<SiteData> {
  const translation = new Map<string, TranslationState>();
  const [allNotes, topicEntries, mainsEntries, questionEntries, syllabusEntries, publicationEntries, glossary] =
    await Promise.all([
      getCollection('notes').then((e) =>
        inLocale(e, locale, () => getCollection('hiNotes'), translateNote, translation),
      ),
      getCollection('topics').then((e) =>
        inLocale(e, locale, () => getCollection('hiTopics'), translateTopic, translation),
      ),
      getCollection('mains').then((e) =>
        inLocale(e, locale, () => getCollection('hiMains'), translateMains, translation),
      ),
      getCollection('questions').then((e) =>
        inLocale(e, locale, () => getCollection('hiQuestions'), translateQuestion, translation),
      ),
      getCollection('syllabus'),
      getCollection('publications'),
      getCollection('glossary'),
    ]);
  const notes = readingOrder(allNotes.filter((note) => !note.data.draft));
  const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);
  const notesByQuestion = groupBy(notes, (note) => note.data.questions);
  const questions = sortQuestions(questionEntries.filter((q) => notesByQuestion.has(q.id)));
  const ourTranslation = new Set(
    locale === DEFAULT_LOCALE
      ? []
      : (await getCollection('hiQuestions')).flatMap((q) => (q.data.official ? [] : [q.id])),
  );
  return {
    locale,
    translation,
    ourTranslation,
    notes,
    topics: [...topicEntries].sort(byTitle),
    mains: [...mainsEntries].sort(byTitle),
    questions,
    mcqs: questions.filter((q) => isMcqKind(q.data.kind)),
    syllabus: syllabusEntries.map((entry) => entry.data),
    glossary: glossary.map((entry) => entry.data),
    note: new Map(notes.map((n) => [n.id, n])),
    topic: new Map(topicEntries.map((t) => [t.id, t])),
    mainsTopic: new Map(mainsEntries.map((m) => [m.id, m])),
    question: new Map(questions.map((q) => [q.id, q])),
    publication: new Map(publicationEntries.map((p) => [p.data.id, p.data])),
    notesByTopic: groupBy(notes, (note) => note.data.prelims),
    notesByMains: groupBy(notes, (note) => note.data.mains),
    notesByQuestion,
    questionsByTopic: groupBy(questions, (q) => q.data.topics),
    related: relatedNotes(notes, RELATED_LIMIT),
    minutes: new Map(notes.map((n) => [n.id, readingMinutes(bodyWords(n))])),
    titles: new Map(notes.map((n) => [n.id, n.data.title])),
  };
}

/**
 * The search page's facet panel. Years and publications are read from the same searchFilters() the indexed pages
 * carry, so the panel offers exactly the values a page can match.
 */
export function searchFacets(site: SiteData): Facet[] {
  const pairs = [
    ...site.notes.flatMap((note) => searchFilters({ type: 'note', note: note.data })),
    ...site.questions.flatMap((question) => searchFilters({ type: 'question', year: question.data.year })),
  ];
  const values = (name: string) => new Set(pairs.flatMap(([n, v]) => (n === name && v !== NO_VALUE ? [v] : [])));
  const publications = values('publication');
  return buildFacets(
    {
      topics: site.topics.map((t) => ({ id: t.id, title: t.data.title })),
      mains: site.mains.map((m) => ({ id: m.id, title: m.data.title })),
      lines: site.syllabus.flatMap((p) => p.lines.map((l) => ({ id: l.id, paper: p.id, text: l.text }))),
      publications: [...site.publication.values()]
        .filter((p) => publications.has(p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      years: [...values('year')].map(Number),
    },
    site.locale,
  );
}
