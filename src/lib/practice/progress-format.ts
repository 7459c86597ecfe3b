// The stored progress format: an empty record, the migration hook, safe parsing of stored or imported text, and
// the changes the pages make. Pure: the browser code reads and writes localStorage and calls these.
import {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  progressSchema,
  type Attempt,
  type Progress,
  type Revised,
} from '../../schemas/progress.ts';

/** Largest progress file accepted (a year of daily study is well under 1 MB). */
export const MAX_PROGRESS_BYTES = 2_000_000;
/** Attempts kept per question; older ones are dropped. */
export const ATTEMPTS_KEPT = 20;

/** Turns format version n into version n + 1. Add one entry per format change; never edit an old one. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export const emptyProgress = (): Progress =>
  progressSchema.parse({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION });

export type ParseResult = { ok: true; progress: Progress } | { ok: false; message: string };

const fail = (message: string): ParseResult => ({ ok: false, message });

/**
 * Brings a record in format `version` up to `current` by running each migration in turn; undefined when a step is
 * missing. Kept apart from parsing so each migration can be tested on its own.
 */
export function migrate(
  record: Record<string, unknown>,
  version: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = PROGRESS_VERSION,
): Record<string, unknown> | undefined {
  let migrated = record;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return undefined;
    migrated = { ...step(migrated), version: v + 1 };
  }
  return migrated;
}

/**
 * Reads progress from text (localStorage or an imported file). A file that is not JSON, not ours, from a newer
 * release, or wrong in any field is refused with a sentence saying why; nothing is half-read.
 */
export function parseProgress(text: string): ParseResult {
  if (text.length > MAX_PROGRESS_BYTES) return fail('This file is too large to be a progress file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not valid JSON, so it cannot be a progress file.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data['format' as never] !== PROGRESS_FORMAT)
    return fail('This is not a progress file from India–Japan Notes.');
  const version = (data as Record<string, unknown>)['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('This progress file has no valid format version.');
  if (version > PROGRESS_VERSION)
    return fail(
      `This progress file comes from a newer version of the site (format ${version}); reload the page and try again.`,
    );
  const record = migrate(data as Record<string, unknown>, version);
  if (!record) return fail(`Progress in format ${version} can no longer be read.`);
  const parsed = progressSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return fail(`This progress file is damaged: ${issue?.message ?? 'unknown problem'}${where}.`);
  }
  return { ok: true, progress: parsed.data };
}

/** The note marked revised on `day`: once a day at most, so a double tap records one revision. */
export function markRevised(progress: Progress, note: string, day: string): Progress {
  const before = progress.revised[note];
  if (before?.last === day) return progress;
  const revised = { count: (before?.count ?? 0) + 1, first: before?.first ?? day, last: day };
  return { ...progress, revised: { ...progress.revised, [note]: revised } };
}

/** Undoes a revision just marked: the note's record as it was before (none when it had never been revised). */
export function restoreRevised(progress: Progress, note: string, before: Revised | undefined): Progress {
  const { [note]: _, ...rest } = progress.revised;
  return { ...progress, revised: before ? { ...rest, [note]: before } : rest };
}

/** Adds or removes a bookmark. */
export function toggleBookmark(progress: Progress, note: string): Progress {
  const has = progress.bookmarks.includes(note);
  return {
    ...progress,
    bookmarks: has ? progress.bookmarks.filter((id) => id !== note) : [...progress.bookmarks, note],
  };
}

/** Records an attempt at a question, keeping the latest ATTEMPTS_KEPT. */
export function recordAttempt(progress: Progress, question: string, attempt: Attempt): Progress {
  const attempts = [...(progress.answers[question] ?? []), attempt].slice(-ATTEMPTS_KEPT);
  return { ...progress, answers: { ...progress.answers, [question]: attempts } };
}

/** Pretty JSON for an export file. */
export const serializeProgress = (progress: Progress) => `${JSON.stringify(progress, null, 2)}\n`;

/** localStorage key of the progress record. */
export const PROGRESS_STORAGE_KEY = 'ijn-progress';
/** localStorage key the note page writes on every visit ({ note, day }), merged into progress as lastVisit. */
export const LAST_VISIT_KEY = 'ijn-last-visit';
/** localStorage key of the progress as it was before the last import or clear (restorable once). */
export const PROGRESS_UNDO_KEY = 'ijn-progress-undo';
/** Where stored progress this release cannot read is kept before anything is saved over it. */
export const PROGRESS_UNREADABLE_KEY = 'ijn-progress-unreadable';
