import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales.ts';
import { translateMap } from '../lib/translations.ts';
import type { NoteMapData } from '../schemas/map.ts';

/**
 * The maps a note lists, in its order, with their labels in `locale` where a translation exists; the content check
 * has already made sure each exists.
 */
export async function getNoteMaps(
  ids: readonly string[],
  locale: Locale,
): Promise<{ id: string; data: NoteMapData; translated: boolean }[]> {
  const entries = await Promise.all(ids.map((id) => getEntry('maps', id)));
  const translations =
    locale === DEFAULT_LOCALE ? new Map() : new Map((await getCollection('hiMaps')).map((t) => [t.id, t.data]));
  return entries.flatMap((entry) => {
    if (!entry) return [];
    const hi = translations.get(entry.id);
    return [
      {
        id: entry.id,
        data: hi ? translateMap(entry.data, hi) : entry.data,
        translated: locale === DEFAULT_LOCALE || !!hi,
      },
    ];
  });
}
