import { getEntry } from 'astro:content';
import type { NoteMapData } from '../schemas/map.ts';

/** The maps a note lists, in its order; the content check has already made sure each exists. */
export async function getNoteMaps(ids: readonly string[]): Promise<{ id: string; data: NoteMapData }[]> {
  const entries = await Promise.all(ids.map((id) => getEntry('maps', id)));
  return entries.flatMap((entry) => (entry ? [{ id: entry.id, data: entry.data }] : []));
}
