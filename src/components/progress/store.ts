// The browser side of progress: reads and writes localStorage through the pure format module. Nothing is sent
// anywhere; a store that cannot be read (damaged, or written by a newer release) starts the page from empty
// progress and is kept under PROGRESS_UNREADABLE_KEY before the first save replaces it.
import './zod-jitless.ts';
import {
  emptyProgress,
  LAST_VISIT_KEY,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  PROGRESS_UNDO_KEY,
  PROGRESS_UNREADABLE_KEY,
  serializeProgress,
} from '../../lib/practice/progress-format.ts';
import { parseUndo, serializeUndo, type UndoRecord } from '../../lib/practice/progress-import.ts';
import { mergeProgress } from '../../lib/practice/progress-merge.ts';
import { progressSchema, type Progress } from '../../schemas/progress.ts';

const lastVisitSchema = progressSchema.shape.lastVisit;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Progress kept aside as unreadable that this release can read (it came from a newer one), merged back into what
 * is stored now, once.
 */
function recovered(progress: Progress): Progress {
  const kept = read(PROGRESS_UNREADABLE_KEY);
  const parsed = kept === null ? null : parseProgress(kept);
  if (!parsed?.ok) return progress;
  const merged = mergeProgress(progress, parsed.progress);
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(merged));
    localStorage.removeItem(PROGRESS_UNREADABLE_KEY);
  } catch {
    return progress;
  }
  return merged;
}

/** The stored progress (migrated), with the latest note visit merged in. */
export function loadProgress(): Progress {
  const text = read(PROGRESS_STORAGE_KEY);
  const parsed = text === null ? null : parseProgress(text);
  // Nothing is merged over stored progress this release cannot read itself.
  const progress =
    parsed === null ? recovered(emptyProgress()) : parsed.ok ? recovered(parsed.progress) : emptyProgress();
  try {
    const visit = lastVisitSchema.safeParse(JSON.parse(read(LAST_VISIT_KEY) ?? 'null'));
    if (visit.success && visit.data) return { ...progress, lastVisit: visit.data };
  } catch {
    /* an unreadable visit record is ignored */
  }
  return progress;
}

/** Saves progress; returns false when the browser refuses (private mode, storage full). */
export function saveProgress(progress: Progress): boolean {
  try {
    const stored = read(PROGRESS_STORAGE_KEY);
    // Progress this release cannot read is not lost: the first save keeps it aside (never over an earlier copy).
    if (stored !== null && !parseProgress(stored).ok && read(PROGRESS_UNREADABLE_KEY) === null)
      localStorage.setItem(PROGRESS_UNREADABLE_KEY, stored);
    localStorage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(progress));
    if (progress.lastVisit) localStorage.setItem(LAST_VISIT_KEY, JSON.stringify(progress.lastVisit));
    else localStorage.removeItem(LAST_VISIT_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Applies a change to the stored progress and saves it. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const next = change(loadProgress());
  saveProgress(next);
  return next;
}

/** Removes everything this site stored about the reader's study. */
export function clearProgress(): void {
  try {
    localStorage.removeItem(PROGRESS_STORAGE_KEY);
    localStorage.removeItem(LAST_VISIT_KEY);
    localStorage.removeItem(PROGRESS_UNREADABLE_KEY);
  } catch {
    /* nothing stored */
  }
}

/**
 * Replaces the stored progress with `next`, keeping what was there as the one-step undo. Returns false (and
 * changes nothing) when the browser refuses to store either.
 */
export function replaceKeepingUndo(next: Progress | null): boolean {
  const before = loadProgress();
  try {
    localStorage.setItem(PROGRESS_UNDO_KEY, serializeUndo({ at: Date.now(), progress: before }));
  } catch {
    return false;
  }
  if (next === null) {
    clearProgress();
    return true;
  }
  if (saveProgress(next)) return true;
  saveProgress(before);
  return false;
}

/** The kept undo record, or null. */
export function loadUndo(): UndoRecord | null {
  return parseUndo(read(PROGRESS_UNDO_KEY));
}

/** Restores the progress kept before the last import or clear; the undo is used up. */
export function restoreUndo(): boolean {
  const undo = loadUndo();
  if (!undo || !saveProgress(undo.progress)) return false;
  try {
    localStorage.removeItem(PROGRESS_UNDO_KEY);
  } catch {
    /* the undo stays offered; restoring it again changes nothing */
  }
  return true;
}
