// The compact index /practice/ carries in a JSON block instead of every question and card: enough to choose a set
// and find due cards, and to know which bank or deck page holds each one. Ids of topics and notes are listed once
// and referred to by position, which keeps the index to tens of bytes a question.
import { cardIdsOf, termCardId, type CardCounts } from './cards.ts';
import { GLOSSARY_DECK, pageOf } from './banks.ts';
import type { QuizItem } from './quiz-set.ts';

/** A note: id, its quick-revision, timeline and key-figure cards, positions in `topics` of its prelims topics. */
export type IndexedNote = [id: string, lines: number, events: number, figures: number, topics: number[]];

/** A question: id, 1 for a previous-year question, positions in `topics`, positions in `notes`. */
export type IndexedQuestion = [id: string, pyq: 0 | 1, topics: number[], notes: number[]];

export interface PracticeIndex {
  /** Questions per bank page. */
  bank: number;
  /** Notes per flashcard deck page. */
  deck: number;
  topics: string[];
  /** Every note in reading order (the decks' order): its cards of each kind and its prelims topics' positions. */
  notes: IndexedNote[];
  /** The glossary terms that have cards (all on the glossary deck): id and position in `topics` of its topic. */
  glossary: [id: string, topic: number][];
  /** The multiple-choice questions in the banks' order. */
  questions: IndexedQuestion[];
}

/** A question of the index with the bank page that holds it. */
export interface BankedItem extends QuizItem {
  bank: number;
}

/** A flashcard of the index with the deck page that holds it. */
export interface DeckedCard {
  id: string;
  deck: number;
}

/** Builds the index from the notes (reading order, card counts, topics) and the questions (bank order). */
export function practiceIndex(
  notes: readonly { id: string; cards: CardCounts; topics: readonly string[] }[],
  questions: readonly QuizItem[],
  sizes: { bank: number; deck: number },
  terms: readonly { id: string; topic: string }[] = [],
): PracticeIndex {
  const topics = [
    ...new Set([
      ...questions.flatMap((q) => q.topics),
      ...notes.flatMap((note) => note.topics),
      ...terms.map((term) => term.topic),
    ]),
  ];
  const topicAt = new Map(topics.map((id, i) => [id, i]));
  const noteAt = new Map(notes.map((note, i) => [note.id, i]));
  const positions = (ids: readonly string[], at: Map<string, number>) =>
    ids.flatMap((id) => (at.has(id) ? [at.get(id) as number] : []));
  return {
    ...sizes,
    topics,
    notes: notes.map(({ id, cards, topics: tags }) => [
      id,
      cards.lines,
      cards.events,
      cards.figures,
      positions(tags, topicAt),
    ]),
    questions: questions.map((q) => [q.id, q.pyq ? 1 : 0, positions(q.topics, topicAt), positions(q.notes, noteAt)]),
    glossary: terms.map((term) => [term.id, topicAt.get(term.topic) as number]),
  };
}

/** The questions of an index, in bank order, as selectQuestions takes them. */
export function indexedQuestions(index: PracticeIndex): BankedItem[] {
  const ids = (positions: readonly number[], table: readonly (string | undefined)[]) =>
    positions.flatMap((i) => (table[i] === undefined ? [] : [table[i] as string]));
  const noteIds = index.notes.map(([id]) => id);
  return index.questions.map(([id, pyq, topics, notes], i) => ({
    id,
    pyq: pyq === 1,
    topics: ids(topics, index.topics),
    notes: ids(notes, noteIds),
    bank: pageOf(i, index.bank),
  }));
}

/**
 * The flashcards of an index, in deck order, with ids as cardsOf and termCards give them: the notes' cards, then the
 * glossary's; every one, or those of one topic (its notes' cards and its terms).
 */
export function indexedCards(index: PracticeIndex, topic?: string): DeckedCard[] {
  const at = topic === undefined ? -1 : index.topics.indexOf(topic);
  const chosen = (topics: readonly number[]) => topic === undefined || topics.includes(at);
  const notes = index.notes.flatMap(([note, lines, events, figures, topics], i) =>
    chosen(topics)
      ? cardIdsOf(note, { lines, events, figures }).map((id) => ({ id, deck: pageOf(i, index.deck) }))
      : [],
  );
  const terms = index.glossary.flatMap(([term, t]) =>
    chosen([t]) ? [{ id: termCardId(term), deck: GLOSSARY_DECK }] : [],
  );
  return [...notes, ...terms];
}

/** The decks to load next: those holding the first `ahead` due cards and not loaded yet, in order. */
export function decksToLoad(due: readonly DeckedCard[], loaded: ReadonlySet<number>, ahead: number): number[] {
  return [...new Set(due.slice(0, ahead).map((card) => card.deck))].filter((deck) => !loaded.has(deck));
}

/** Reads an index from its JSON text; anything malformed reads as an empty index. */
export function parsePracticeIndex(text: string | null | undefined): PracticeIndex {
  const empty: PracticeIndex = { bank: 1, deck: 1, topics: [], notes: [], questions: [], glossary: [] };
  try {
    const value = JSON.parse(text ?? '') as Partial<PracticeIndex>;
    const ok =
      typeof value.bank === 'number' &&
      value.bank > 0 &&
      typeof value.deck === 'number' &&
      value.deck > 0 &&
      Array.isArray(value.topics) &&
      Array.isArray(value.notes) &&
      value.notes.every((note) => Array.isArray(note) && note.length === 5) &&
      Array.isArray(value.questions) &&
      Array.isArray(value.glossary);
    return ok ? (value as PracticeIndex) : empty;
  } catch {
    return empty;
  }
}
