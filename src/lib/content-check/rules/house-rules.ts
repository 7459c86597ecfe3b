import type { Note } from '../../../schemas/note.ts';
import { countWords } from '../../reading.ts';
import type { Problem } from '../problem.ts';

/**
 * Editorial house rules about the content set, as data: change a number here, not a test. None of them counts
 * notes, so adding or removing a note never breaks a rule by itself. Length and hub rules are warnings (a draft
 * in progress is allowed to be short); two notes claiming one place in the reading order is an error.
 */
export const HOUSE_RULES: HouseRules = {
  /**
   * Body length in words (countWords in src/lib/reading.ts) for each collection that has one. A note stays within
   * one sitting (2,000 words is about ten minutes); the cited value additions of a hub note need more than 1,200.
   */
  bodyWords: { notes: { min: 300, max: 2000 }, topics: { min: 80, max: 300 } },
  /** Published notes are read in the order 0, 1, 2…: no place empty, no place taken twice. */
  unbrokenReadingOrder: true,
  /** The first note in reading order (the hub) lays out a timeline and at least this many key figures. */
  hub: { timeline: true, minFigures: 8 },
};

/** The shape of a set of house rules (a test content tree may have none). */
export interface HouseRules {
  bodyWords: Record<'notes' | 'topics', { min: number; max: number }>;
  unbrokenReadingOrder: boolean;
  hub: { timeline: boolean; minFigures: number };
}

/** An entry as the house rules see it. */
export interface RuleEntry {
  id: string;
  file: string;
  body: string;
  bodyLine: number;
  /** Validated data, when the file was valid. */
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
}

type Collection = keyof HouseRules['bodyWords'];

/** Every house-rule problem in the content set. */
export function houseRuleProblems(
  entries: Record<Collection, readonly RuleEntry[]>,
  rules: HouseRules = HOUSE_RULES,
): Problem[] {
  const problems: Problem[] = [];
  for (const collection of Object.keys(rules.bodyWords) as Collection[]) {
    const { min, max } = rules.bodyWords[collection];
    for (const entry of entries[collection]) {
      const words = countWords(entry.body);
      if (words >= min && words <= max) continue;
      problems.push({
        severity: 'warning',
        file: entry.file,
        line: entry.bodyLine,
        field: 'body',
        message: `the body has ${words} words; the house range for ${collection} is ${min} to ${max}`,
      });
    }
  }
  // Only meaningful when every note could be read: an invalid note may be the one holding the missing place.
  if (entries.notes.some((entry) => entry.data === undefined)) return problems;
  const published = entries.notes.flatMap((entry) => {
    const note = entry.data as Note;
    return note.draft ? [] : [{ entry, note }];
  });
  if (rules.unbrokenReadingOrder) problems.push(...readingOrderProblems(published));
  const hub = published.reduce<(typeof published)[number] | undefined>(
    (first, current) => (first === undefined || current.note.order < first.note.order ? current : first),
    undefined,
  );
  if (hub) {
    const missing: string[] = [];
    if (rules.hub.timeline && hub.note.timeline.length === 0) missing.push('a timeline');
    if (hub.note.figures.length < rules.hub.minFigures)
      missing.push(`at least ${rules.hub.minFigures} key figures (has ${hub.note.figures.length})`);
    if (missing.length)
      problems.push({
        severity: 'warning',
        file: hub.entry.file,
        line: hub.entry.lineOf(['order']),
        field: 'order',
        message: `the first note in reading order is the hub and should lay out ${missing.join(' and ')}`,
      });
  }
  return problems;
}

function readingOrderProblems(notes: readonly { entry: RuleEntry; note: Note }[]): Problem[] {
  const problems: Problem[] = [];
  const byOrder = new Map<number, RuleEntry>();
  for (const { entry, note } of notes) {
    const twin = byOrder.get(note.order);
    if (twin)
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(['order']),
        field: 'order',
        message: `order ${note.order} is also the place of ${twin.file}; give each published note its own place`,
      });
    else byOrder.set(note.order, entry);
  }
  const gaps = [...Array(notes.length).keys()].filter((order) => !byOrder.has(order));
  if (gaps.length && problems.length === 0)
    problems.push({
      severity: 'warning',
      file: (notes[0]?.entry.file ?? '').replace(/[^/]*$/, ''),
      field: 'order',
      message: `the reading order has no note at ${gaps.slice(0, 5).join(', ')}; number the published notes 0, 1, 2… without gaps`,
    });
  return problems;
}
