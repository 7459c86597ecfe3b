import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, as paths that start with `dir`. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Every symbolic link below `dir`, with what it points at. A built site must hold none: whoever serves or uploads
 * it would follow the link to a file of the machine that built it.
 */
export function linksBelow(dir: string): { path: string; target: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) return [{ path, target: readlinkSync(path) }];
    return entry.isDirectory() ? linksBelow(path) : [];
  });
}
