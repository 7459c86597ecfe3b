import { getCollection, type CollectionEntry } from 'astro:content';
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

/** Everything pages need, computed once per build: indexes by id, groupings by tag, related notes. */
export interface SiteData {
  /** Published notes in reading order. */
  notes: NoteEntry[];
  topics: TopicEntry[];
  mains: MainsEntry[];
  /** Questions used by published notes, PYQs first. */
  questions: QuestionEntry[];
  /** The multiple-choice ones among them, in the same order: the practice banks' order. */
  mcqs: QuestionEntry[];
  syllabus: CollectionEntry<'syllabus'>['data'][];
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
}

let cached: Promise<SiteData> | undefined;
const scoped = new Map<string, string>();

/** A note's rendered HTML made safe to sit beside others in a booklet; computed once per note per build. */
export function bookletHtml(note: NoteEntry): string {
  let html = scoped.get(note.id);
  if (html === undefined) {
    html = scopeHtml(note.rendered?.html ?? '', note.id, 1, note.data.title);
    scoped.set(note.id, html);
  }
  return html;
}

/** Loads the collections once per build and derives every index from them. */
export function getSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [allNotes, topicEntries, mainsEntries, questionEntries, syllabusEntries, publicationEntries] =
    await Promise.all([
      getCollection('notes'),
      getCollection('topics'),
      getCollection('mains'),
      getCollection('questions'),
      getCollection('syllabus'),
      getCollection('publications'),
    ]);
  const notes = readingOrder(allNotes.filter((note) => !note.data.draft));
  const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);
  const notesByQuestion = groupBy(notes, (note) => note.data.questions);
  const questions = sortQuestions(questionEntries.filter((q) => notesByQuestion.has(q.id)));
  return {
    notes,
    topics: [...topicEntries].sort(byTitle),
    mains: [...mainsEntries].sort(byTitle),
    questions,
    mcqs: questions.filter((q) => isMcqKind(q.data.kind)),
    syllabus: syllabusEntries.map((entry) => entry.data),
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
  return buildFacets({
    topics: site.topics.map((t) => ({ id: t.id, title: t.data.title })),
    mains: site.mains.map((m) => ({ id: m.id, title: m.data.title })),
    lines: site.syllabus.flatMap((p) => p.lines.map((l) => ({ id: l.id, paper: p.id, text: l.text }))),
    publications: [...site.publication.values()]
      .filter((p) => publications.has(p.id))
      .map((p) => ({ id: p.id, name: p.name })),
    years: [...values('year')].map(Number),
  });
}
