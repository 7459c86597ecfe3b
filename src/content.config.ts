import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entryId } from './lib/content-check/ids.ts';
import { config } from './lib/config.ts';
import { cachedGlob } from './markdown/cached-glob.ts';
import { COLLECTIONS, type Collection, type FolderCollection } from './schemas/collections.ts';

// Astro's collections are built from the same table the content checker reads (src/schemas/collections.ts), and
// ids come from file names through the checker's own entryId(), so the two always agree.
const { contentDir, base: siteBase } = config();
const generateId = ({ entry }: { entry: string }) => entryId(entry);

function loader(collection: Collection) {
  if (collection.type === 'list') return file(`${contentDir}/${collection.file}`);
  const base = `${contentDir}/${collection.folder}`;
  // Markdown goes through the rendered-HTML cache; data files have no body to keep.
  return collection.body === 'none'
    ? glob({ pattern: collection.pattern, base, generateId, retainBody: false })
    : cachedGlob({
        pattern: collection.pattern,
        base,
        generateId,
        siteBase,
        // A translation renders with its English twin's heading ids and citations (src/markdown/render-context.ts).
        translates: translatedFrom(collection),
      });
}

function translatedFrom(collection: FolderCollection) {
  const of = collection.translates;
  if (!of) return undefined;
  const english = COLLECTIONS[of.collection];
  return english.type === 'folder' ? { locale: of.locale, dir: `${contentDir}/${english.folder}` } : undefined;
}

const define = <C extends Collection>(collection: C) =>
  defineCollection({ loader: loader(collection), schema: collection.schema as C['schema'] });

type Collections = typeof COLLECTIONS;
export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, collection]) => [name, define(collection)]),
) as { [K in keyof Collections]: ReturnType<typeof define<Collections[K]>> };
