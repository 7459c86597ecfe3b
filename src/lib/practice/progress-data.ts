// What /progress/ needs to know about the site, computed at build time and served as a static JSON file
// (/progress/data.json) the page fetches: the browser joins it with the progress stored on the device. Kept out of
// the page's HTML so the page stays the same size however many notes there are.
import { cardIdsOf, type CardCounts } from './cards.ts';

/** The site as /progress/ sees it: `cards` is how many flashcards of each kind each note has. */
export interface ProgressSiteData {
  notes: { id: string; title: string; url: string; lines: string[]; topics: string[]; cards: CardCounts }[];
  /** The card ids of the glossary terms that are cards. */
  glossary: string[];
  topics: { id: string; label: string }[];
  lines: { id: string; label: string }[];
  questions: { id: string; text: string; url: string; topics: string[] }[];
}

interface Input {
  notes: ProgressSiteData['notes'];
  glossary: string[];
  topics: { id: string; label: string }[];
  lines: { id: string; label: string }[];
  questions: { id: string; text: string; url: string; topics: string[]; mcq: boolean }[];
}

/**
 * Trims the site to what the page uses: multiple-choice questions only and question text cut to 140 characters.
 * Notes carry counts of their cards, not their ids (cardIds() rebuilds them).
 */
export function progressSiteData(input: Input): ProgressSiteData {
  const cut = (text: string) => (text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text);
  return {
    notes: input.notes,
    glossary: input.glossary,
    topics: input.topics,
    lines: input.lines,
    questions: input.questions.filter((q) => q.mcq).map(({ mcq: _m, text, ...q }) => ({ ...q, text: cut(text) })),
  };
}

/** The site's flashcard ids, the same ids the practice page gives its cards: the notes' (cardsOf), the glossary's. */
export const cardIds = (site: {
  notes: readonly { id: string; cards: CardCounts }[];
  glossary: readonly string[];
}): string[] => [...site.notes.flatMap((note) => cardIdsOf(note.id, note.cards)), ...site.glossary];
