// What /progress/ needs to know about the site, computed at build time and embedded in the page as JSON: the
// browser joins it with the progress stored on the device.
import { cardsOf } from './coverage.ts';

/** The site as /progress/ sees it. */
export interface ProgressSiteData {
  notes: { id: string; title: string; url: string; lines: string[]; topics: string[] }[];
  topics: { id: string; label: string }[];
  lines: { id: string; label: string }[];
  questions: { id: string; text: string; url: string; topics: string[] }[];
  cards: string[];
}

interface Input {
  notes: { id: string; title: string; url: string; lines: string[]; topics: string[]; quickRevision: string[] }[];
  topics: { id: string; label: string }[];
  lines: { id: string; label: string }[];
  questions: { id: string; text: string; url: string; topics: string[]; mcq: boolean }[];
}

/** Trims the site to what the page uses: multiple-choice questions only, question text cut to 140 characters. */
export function progressSiteData(input: Input): ProgressSiteData {
  const cut = (text: string) => (text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text);
  return {
    notes: input.notes.map(({ quickRevision: _q, ...note }) => note),
    topics: input.topics,
    lines: input.lines,
    questions: input.questions.filter((q) => q.mcq).map(({ mcq: _m, text, ...q }) => ({ ...q, text: cut(text) })),
    cards: cardsOf(input.notes).map((card) => card.id),
  };
}
