import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Puts a finished build in place: `dist` is moved aside, `staging` takes its name, the old copy is deleted.
 * Two renames on one filesystem, so readers see either the old site or the new one, never a half-written one;
 * if the second rename fails the old site is put back.
 */
export function swapIntoPlace(staging: string, target: string, previous = `${target}.previous`): void {
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
