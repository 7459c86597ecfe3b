import { resolve } from 'node:path';

/** Folder the site reads its content from: `CONTENT_DIR` when set (the benchmark uses it), else `content/`. */
export function contentRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env['CONTENT_DIR'] || 'content');
}
