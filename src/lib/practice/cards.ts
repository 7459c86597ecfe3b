// The flashcards: a note's quick-revision lines (the authored cue as the question, or the line with its year or
// figure blanked), timeline events (the year blanked) and key figures (the value blanked); and each glossary term,
// asked from its meaning. Note cards' ids are stable per kind and position (`note/3`, `note/t0`, `note/f2`), so
// an edit to the timeline never moves a line's progress; a term's is `glossary:<term-id>`. The practice index and
// /progress/ carry only counts of note cards (CardCounts); cardIdsOf() rebuilds the ids. Pure.
import { cloze, type Cloze } from './cloze.ts';

/** One flashcard of a note. */
export interface Card {
  id: string;
  /** The note the card comes from ('' for a glossary term's card). */
  note: string;
  /** The glossary term the card asks for, when it is a term's card. */
  term?: string | undefined;
  /** The whole fact, as the back of the card reads. */
  line: string;
  /** The question the editor wrote for the line ("Year of ACSA?"): the front, with nothing blanked. */
  cue?: string | undefined;
  /** The line cut around what the front blanks, when it has no cue. */
  ask?: Cloze | undefined;
  /** 1-based position of a quick-revision line without cue or blank: the front reads "recall point n". */
  point: number;
}

/** What a note's cards are made from: its frontmatter, translated or not. */
export interface CardSource {
  id: string;
  quickRevision: readonly { text: string; cue?: string | undefined }[];
  timeline?: readonly { year: number; event: string }[];
  figures?: readonly { value: string; label: string }[];
}

/** How many cards of each kind a note has. */
export interface CardCounts {
  lines: number;
  events: number;
  figures: number;
}

/**
 * Every card id: a note's line, timeline event or key figure by position (`defence/3`, `defence/t0`, `defence/f2`).
 * Progress files are checked against it (src/schemas/progress.ts).
 */
export const CARD_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/[tf]?\d{1,3}|glossary:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The id of a glossary term's card: `glossary:<term-id>` (a colon, which no note id has). */
export const termCardId = (term: string) => `glossary:${term}`;

/** The stable id of a note's `i`th (0-based) quick-revision card: `note-id/0`. */
export const cardId = (note: string, i: number) => `${note}/${i}`;
const eventCardId = (note: string, i: number) => `${note}/t${i}`;
const figureCardId = (note: string, i: number) => `${note}/f${i}`;

/** Whether the card with this id is one of the note's (its id starts `note-id/`). */
export const isCardOf = (id: string, note: string) => id.startsWith(`${note}/`);

export const cardCounts = (note: CardSource): CardCounts => ({
  lines: note.quickRevision.length,
  events: note.timeline?.length ?? 0,
  figures: note.figures?.length ?? 0,
});

/** Every card id of a note with these counts, in the order cardsOf() deals them. */
export const cardIdsOf = (note: string, counts: CardCounts): string[] => [
  ...Array.from({ length: counts.lines }, (_, i) => cardId(note, i)),
  ...Array.from({ length: counts.events }, (_, i) => eventCardId(note, i)),
  ...Array.from({ length: counts.figures }, (_, i) => figureCardId(note, i)),
];

/** How many cards a note with these counts has. */
export const cardTotal = (counts: CardCounts) => counts.lines + counts.events + counts.figures;

/** Every card of a note: quick-revision lines, then timeline events, then key figures. */
export function cardsOf(note: CardSource): Card[] {
  const lines = note.quickRevision.map((line, i) => ({
    id: cardId(note.id, i),
    note: note.id,
    line: line.text,
    cue: line.cue,
    ask: line.cue ? undefined : cloze(line.text),
    point: i + 1,
  }));
  const events = (note.timeline ?? []).map((row, i) => {
    const year = String(row.year);
    return {
      id: eventCardId(note.id, i),
      note: note.id,
      line: `${year}: ${row.event}`,
      ask: { before: '', answer: year, after: `: ${row.event}` },
      point: 0,
    };
  });
  const figures = (note.figures ?? []).map((row, i) => ({
    id: figureCardId(note.id, i),
    note: note.id,
    line: `${row.label}: ${row.value}`,
    ask: { before: `${row.label}: `, answer: row.value, after: '' },
    point: 0,
  }));
  return [...lines, ...events, ...figures];
}

/** What a term's card is made from: a glossary entry. */
export interface TermSource {
  id: string;
  term: string;
  hindi: string;
  meaning: string;
  hindiMeaning?: string | undefined;
}

/** A term's card in one language: what it asks for (the term; the Hindi term on the Hindi site) and from what. */
function termQuestion(entry: TermSource, hindi: boolean): { answer: string; meaning: string } {
  return {
    answer: hindi ? entry.hindi : entry.term,
    meaning: (hindi ? entry.hindiMeaning : undefined) ?? entry.meaning,
  };
}

/** Whether a term has a card in one language: not when its meaning names it, which would give it away. */
export function hasTermCard(entry: TermSource, hindi: boolean): boolean {
  const { answer, meaning } = termQuestion(entry, hindi);
  return !meaning.toLocaleLowerCase().includes(answer.toLocaleLowerCase());
}

/** The cards of glossary terms in one language: the meaning on the front, the term to recall. */
export function termCards(terms: readonly TermSource[], hindi: boolean): Card[] {
  return terms
    .filter((entry) => hasTermCard(entry, hindi))
    .map((entry) => {
      const { answer, meaning } = termQuestion(entry, hindi);
      return {
        id: termCardId(entry.id),
        note: '',
        term: entry.id,
        line: `${answer} — ${meaning}`,
        ask: { before: '', answer, after: ` — ${meaning}` },
        point: 0,
      };
    });
}

/** How many cards a site has in one language: its notes' and its glossary's. */
export const siteCardCount = (notes: readonly CardSource[], terms: readonly TermSource[], hindi: boolean) =>
  notes.reduce((sum, note) => sum + cardTotal(cardCounts(note)), 0) +
  terms.filter((term) => hasTermCard(term, hindi)).length;
