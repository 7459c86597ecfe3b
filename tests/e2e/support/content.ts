import { readContent } from '../../../src/lib/content-check/read.ts';
import { hasDevanagari } from '../../../src/lib/i18n/runs.ts';
import { readingOrder } from '../../../src/lib/notes.ts';
import type { Note } from '../../../src/schemas/note.ts';
import type { Question } from '../../../src/schemas/question.ts';
import type { Topic } from '../../../src/schemas/topic.ts';
import { PAGE_TYPES } from './fixtures.ts';

/**
 * What the browser tests need to know about the content, read from `content/` with the content checker's own reader,
 * so an editorial change (a retitled note, a new order, a question moved between notes) changes the expectations
 * with it instead of turning the suite red. The pages a test opens are the page-type registry's samples
 * (src/lib/page-types.ts); everything said about them (titles, order, which notes a topic has) comes from here.
 */
const content = readContent('content', process.cwd());

const entries = <T>(collection: 'notes' | 'topics' | 'questions' | 'syllabus' | 'publications') =>
  [...content.entries[collection].values()].map((entry) => ({ id: entry.id, data: entry.data as T }));

/** Published English notes, in reading order. */
export const NOTES = readingOrder(entries<Note>('notes').filter((note) => !note.data.draft));

const TOPICS = new Map(entries<Topic>('topics').map((topic) => [topic.id, topic.data]));
const QUESTIONS = new Map(entries<Question>('questions').map((question) => [question.id, question.data]));

/** A note's Markdown body, as the checker read it. */
export const bodyOf = (id: string) => content.entries.notes.get(id)?.parsed.body ?? '';

/**
 * A note whose file has no Devanagari at all (not even a Hindi source's title): on its page an English reader's
 * browser needs no Devanagari font, so none may be downloaded.
 */
export const LATIN_ONLY_NOTE = (() => {
  const text = (id: string) => {
    const file = content.entries.notes.get(id)?.file;
    return content.texts.find((t) => t.file === file)?.text ?? '';
  };
  const found = NOTES.find((n) => !hasDevanagari(text(n.id)));
  if (!found) throw new Error('tests/e2e/support/content.ts: every note has Devanagari text');
  return found;
})();

/** Whether a question carries a model answer (mains questions that do show it under a disclosure). */
export const hasModelAnswer = (id: string) => typeof QUESTIONS.get(id)?.modelAnswer === 'string';

/** The id in a sample path such as `notes/defence-and-security/`. */
const idOf = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';

/** A note by id; a test that names a note that does not exist fails here, saying so. */
export function note(id: string): (typeof NOTES)[number] {
  const found = NOTES.find((n) => n.id === id);
  if (!found) throw new Error(`tests/e2e/support/content.ts: no published note "${id}" in content/notes`);
  return found;
}

/** A topic's title by id. */
export function topicTitle(id: string): string {
  const found = TOPICS.get(id);
  if (!found) throw new Error(`tests/e2e/support/content.ts: no topic "${id}" in content/topics`);
  return found.title;
}

/** The notes tagged with a prelims topic, in reading order. */
export const notesOnTopic = (id: string) => NOTES.filter((n) => n.data.prelims.includes(id));

/** The samples the tests open, with what the content says about them. */
export const SAMPLE = {
  /** The sample note (the registry's `note` sample). */
  note: note(idOf(PAGE_TYPES.note)),
  /** The sample topic (the registry's `topic` sample), one that the sample note is tagged with. */
  topic: { id: idOf(PAGE_TYPES.topic), title: topicTitle(idOf(PAGE_TYPES.topic)) },
};

interface Paper {
  name: string;
  lines: { id: string; text: string }[];
}
const PAPERS = entries<Paper>('syllabus').map((paper) => paper.data);
const PUBLICATIONS = new Map(entries<{ name: string }>('publications').map((p) => [p.id, p.data.name]));

/** What a note's head says about it: its first syllabus line (paper and text) and its first source. */
export function noteHead(id: string) {
  const { gs, sources, published, prelims } = note(id).data;
  const [paper, line] =
    PAPERS.flatMap((p) => p.lines.filter((l) => l.id === gs[0]?.line).map((l) => [p.name, l.text] as const))[0] ?? [];
  const source = sources[0];
  return {
    paper: paper ?? '',
    line: line ?? '',
    publication: PUBLICATIONS.get(source?.publication ?? '') ?? '',
    via: source?.via ? PUBLICATIONS.get(source.via) : undefined,
    url: source?.url ?? '',
    published,
    /** The titles of its prelims topics, in the note's order. */
    topics: prelims.map(topicTitle),
  };
}
