import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entryId } from './lib/content-check/ids.ts';
import { contentRoot } from './lib/content-root.ts';
import { siteConfig } from './lib/site-config.ts';
import { cachedGlob } from './markdown/cached-glob.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { mainsSchema } from './schemas/mains.ts';
import { mapSchema } from './schemas/map.ts';
import { noteSchema } from './schemas/note.ts';
import { questionSchema } from './schemas/question.ts';
import { publicationSchema, syllabusPaperSchema } from './schemas/taxonomy.ts';
import { topicSchema } from './schemas/topic.ts';

// Ids come from file names through the same function the content checker uses, so both agree on them.
const root = contentRoot();
const siteBase = siteConfig().base;
const generateId = ({ entry }: { entry: string }) => entryId(entry);

const notes = defineCollection({
  loader: cachedGlob({ pattern: '*.md', base: `${root}/notes`, generateId, siteBase }),
  schema: noteSchema,
});
const topics = defineCollection({
  loader: cachedGlob({ pattern: '*.md', base: `${root}/topics`, generateId, siteBase }),
  schema: topicSchema,
});
const mains = defineCollection({
  loader: cachedGlob({ pattern: '*.md', base: `${root}/mains`, generateId, siteBase }),
  schema: mainsSchema,
});
const questions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/questions`, generateId, retainBody: false }),
  schema: questionSchema,
});
const maps = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/maps`, generateId, retainBody: false }),
  schema: mapSchema,
});
const syllabus = defineCollection({
  loader: file(`${root}/taxonomy/syllabus.yaml`),
  schema: syllabusPaperSchema,
});
const publications = defineCollection({
  loader: file(`${root}/taxonomy/publications.yaml`),
  schema: publicationSchema,
});

const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossaryTermSchema,
});

export const collections = { notes, topics, mains, questions, maps, syllabus, publications, glossary };
