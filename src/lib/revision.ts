/**
 * Quick-revision sheets stay light however many notes there are: /revision/ is the whole set on one sheet while it
 * prints on two A4 pages (the design's promise) and its HTML fits the booklets' page budget, and beyond that a
 * contents page of the topic sheets (/revision/<topic>/).
 */
import { BOOKLET_PAGE_BYTES } from './booklets.ts';

/** The few fields of a note a revision sheet shows; pages pass whole entries. */
export interface RevisionNote {
  id: string;
  data: { title: string; quickRevision: readonly { text: string }[] };
}

/**
 * Bytes a note takes on a revision sheet: its title and lines, plus about 60 bytes of markup per line and 450 for
 * its section, heading link and "current to" date.
 */
export function revisionNoteBytes(note: RevisionNote): number {
  const lines = note.data.quickRevision.reduce((sum, line) => sum + line.text.length + 60, 0);
  return 450 + 2 * note.id.length + note.data.title.length + lines;
}

/** How many quick-revision lines `notes` hold. */
export const revisionLineCount = (notes: readonly RevisionNote[]): number =>
  notes.reduce((sum, note) => sum + note.data.quickRevision.length, 0);

/**
 * Most lines the whole-set sheet holds: our 12 notes' 71 lines print on two A4 pages with room for a few notes
 * more (tests/e2e/revision.spec.ts prints it); a set with more lines than this gets topic sheets instead.
 */
export const REVISION_SHEET_LINES = 80;

/** Whether the whole set fits one revision sheet; when not, /revision/ lists the topic sheets instead. */
export function wholeSheetFits(
  notes: readonly RevisionNote[],
  budget = BOOKLET_PAGE_BYTES,
  maxLines = REVISION_SHEET_LINES,
): boolean {
  if (revisionLineCount(notes) > maxLines) return false;
  let bytes = 0;
  for (const note of notes) {
    bytes += revisionNoteBytes(note);
    if (bytes > budget) return false;
  }
  return true;
}

/** One line of the contents page: a topic sheet and how much it holds. */
export interface RevisionSheetEntry {
  id: string;
  title: string;
  notes: number;
  lines: number;
}

/** The topic sheets worth listing, in the given topic order: those with at least one quick-revision line. */
export function revisionContents(
  topics: readonly { id: string; data: { title: string } }[],
  notesByTopic: ReadonlyMap<string, readonly RevisionNote[]>,
): RevisionSheetEntry[] {
  return topics.flatMap((topic) => {
    const notes = notesByTopic.get(topic.id) ?? [];
    const lines = revisionLineCount(notes);
    return lines > 0 ? [{ id: topic.id, title: topic.data.title, notes: notes.length, lines }] : [];
  });
}
