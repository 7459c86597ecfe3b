import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Whether `path` is `root` or lies below it (both real, absolute paths). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of `path`, or undefined when it leads nowhere (a broken link, a missing file). */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Where `path` really leads when that is outside `root` (a symlink, or a link among the folders above it, that
 * leaves); undefined when it stays inside or leads nowhere (reading it then reports the missing file). Like
 * Jekyll's safe mode: content from a pull request must never publish a file of the machine that builds it.
 */
export function leavesRoot(path: string, root: string): string | undefined {
  const realRoot = realPath(root) ?? root;
  const real = realPath(path);
  return real !== undefined && !isInside(real, realRoot) ? real : undefined;
}

/** One file below a published folder that resolves outside the folder it must stay in. */
export interface Escape {
  /** The file as found below the folder. */
  file: string;
  /** Where it really leads. */
  target: string;
}

/**
 * Every file below `dir` that resolves outside `root`, following links into folders (each real folder once, so a
 * link loop ends). A folder that is itself a link out is reported once, not file by file.
 */
export function filesLeaving(dir: string, root: string): Escape[] {
  const realRoot = realPath(root) ?? root;
  const seen = new Set<string>();
  const found: Escape[] = [];
  const walk = (path: string) => {
    const real = realPath(path);
    if (real === undefined) return;
    if (!isInside(real, realRoot)) {
      found.push({ file: path, target: real });
      return;
    }
    if (!statSync(real).isDirectory() || seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  walk(dir);
  return found;
}
