// The compact index /practice/ carries in a JSON block instead of every question and card: enough to choose a set
// and find due cards, and to know which bank or deck page holds each one. Ids of topics and notes are listed once
// and referred to by position, which keeps the index to tens of bytes a question.
import { cardId } from './coverage.ts';
import { pageOf } from './banks.ts';
import type { QuizItem } from './quiz-set.ts';

/** A question: id, 1 for a previous-year question, positions in `topics`, positions in `notes`. */
export type IndexedQuestion = [id: string, pyq: 0 | 1, topics: number[], notes: number[]];

export interface PracticeIndex {
  /** Questions per bank page. */
  bank: number;
  /** Notes per flashcard deck page. */
  deck: number;
  topics: string[];
  /** Every note in reading order (the decks' order) with its number of flashcards. */
  notes: [id: string, cards: number][];
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

/** Builds the index from the notes (reading order, card counts) and the questions (bank order). */
export function practiceIndex(
  notes: readonly { id: string; cards: number }[],
  questions: readonly QuizItem[],
  sizes: { bank: number; deck: number },
): PracticeIndex {
  const topics = [...new Set(questions.flatMap((q) => q.topics))];
  const topicAt = new Map(topics.map((id, i) => [id, i]));
  const noteAt = new Map(notes.map((note, i) => [note.id, i]));
  const positions = (ids: readonly string[], at: Map<string, number>) =>
    ids.flatMap((id) => (at.has(id) ? [at.get(id) as number] : []));
  return {
    ...sizes,
    topics,
    notes: notes.map((note) => [note.id, note.cards]),
    questions: questions.map((q) => [q.id, q.pyq ? 1 : 0, positions(q.topics, topicAt), positions(q.notes, noteAt)]),
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

/** Every flashcard of an index, in deck order, with ids as cardsOf gives them. */
export function indexedCards(index: PracticeIndex): DeckedCard[] {
  return index.notes.flatMap(([note, count], i) =>
    Array.from({ length: count }, (_, line) => ({ id: cardId(note, line), deck: pageOf(i, index.deck) })),
  );
}

/** The decks to load next: those holding the first `ahead` due cards and not loaded yet, in order. */
export function decksToLoad(due: readonly DeckedCard[], loaded: ReadonlySet<number>, ahead: number): number[] {
  return [...new Set(due.slice(0, ahead).map((card) => card.deck))].filter((deck) => !loaded.has(deck));
}

/** Reads an index from its JSON text; anything malformed reads as an empty index. */
export function parsePracticeIndex(text: string | null | undefined): PracticeIndex {
  const empty: PracticeIndex = { bank: 1, deck: 1, topics: [], notes: [], questions: [] };
  try {
    const value = JSON.parse(text ?? '') as Partial<PracticeIndex>;
    const ok =
      typeof value.bank === 'number' &&
      value.bank > 0 &&
      typeof value.deck === 'number' &&
      value.deck > 0 &&
      Array.isArray(value.topics) &&
      Array.isArray(value.notes) &&
      Array.isArray(value.questions);
    return ok ? (value as PracticeIndex) : empty;
  } catch {
    return empty;
  }
}
