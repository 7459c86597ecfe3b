// Importing a progress file and undoing it: what the import screen shows (the file, the device, the merged
// result), and the one-step undo record kept before an import or a clear, so nothing on a device is ever lost
// without a way back. Pure: the browser code reads the file and stores the results.
import type { Progress } from '../../schemas/progress.ts';
import { parseProgress, serializeProgress } from './progress-format.ts';
import { mergeProgress, progressCounts, sameProgress, type ProgressCounts } from './progress-merge.ts';

/** What an import would do: the counts on each side, the merged record and whether merging changes anything. */
export interface ImportPlan {
  /** The device's progress merged with the file's. */
  merged: Progress;
  /** How much the device holds now. */
  device: ProgressCounts;
  /** How much the file holds. */
  file: ProgressCounts;
  /** How much the device would hold after merging. */
  after: ProgressCounts;
  /** False when merging would change nothing on the device. */
  changes: boolean;
}

/** The import screen's numbers; `merge(device, device)` is the device in the merge's normal form, so an import
 * that adds nothing compares equal. */
export function planImport(device: Progress, file: Progress): ImportPlan {
  const merged = mergeProgress(device, file);
  return {
    merged,
    device: progressCounts(device),
    file: progressCounts(file),
    after: progressCounts(merged),
    changes: !sameProgress(mergeProgress(device, device), merged),
  };
}

/** The progress held before the last import or clear, and when that change was made. */
export interface UndoRecord {
  /** When the change was made (milliseconds since 1970). */
  at: number;
  /** The progress as it was before. */
  progress: Progress;
}

/** The text kept in storage for an undo. */
export const serializeUndo = (undo: UndoRecord) =>
  JSON.stringify({ at: undo.at, progress: JSON.parse(serializeProgress(undo.progress)) });

/** The undo record from storage; null when there is none or it cannot be read (then there is nothing to undo). */
export function parseUndo(text: string | null): UndoRecord | null {
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as { at?: unknown; progress?: unknown };
    if (typeof data.at !== 'number' || !Number.isFinite(data.at)) return null;
    const parsed = parseProgress(JSON.stringify(data.progress));
    return parsed.ok ? { at: data.at, progress: parsed.progress } : null;
  } catch {
    return null;
  }
}
