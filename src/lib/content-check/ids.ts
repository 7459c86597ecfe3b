import { slug } from 'github-slugger';

/** The id of a content entry, from its file name: `Defence And Security.md` → `defence-and-security`. */
export function entryId(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return slug(base.replace(/\.[^.]+$/, ''));
}
