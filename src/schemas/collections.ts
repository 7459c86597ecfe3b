import type { z } from 'zod';
import { glossaryTermSchema } from './glossary.ts';
import { mainsSchema } from './mains.ts';
import { mapSchema } from './map.ts';
import { noteSchema } from './note.ts';
import { questionSchema } from './question.ts';
import { publicationSchema, syllabusPaperSchema } from './taxonomy.ts';
import { topicSchema } from './topic.ts';
import {
  mainsTranslationSchema,
  mapTranslationSchema,
  noteTranslationSchema,
  questionTranslationSchema,
  topicTranslationSchema,
} from './translation.ts';

/**
 * A field that names entries of another collection. `path` walks the data: `prelims[]` is every item of the list
 * `prelims`, `sources[].via` the `via` of every source (absent values are skipped).
 */
export interface Reference {
  path: string;
  /** The collection whose ids the field holds. */
  to: CollectionName;
  /** For a list collection: the nested list whose `id`s are meant (`lines` of a syllabus paper). */
  nested?: string;
  /** What to call one referenced entry in a message ("prelims topic"). */
  what: string;
  /** The entry must be published (not a draft), or the link it makes would break. */
  published?: boolean;
  /** An entry may not name itself. */
  notSelf?: boolean;
}

interface Common {
  schema: z.ZodType;
  /** What one entry is called in messages. */
  label: string;
  refs?: readonly Reference[];
  /** Warn when no entry of this collection lists the entry (a topic no note uses). */
  usedBy?: CollectionName;
}

/** A folder of entry files; the file name is the id. */
export interface FolderCollection extends Common {
  type: 'folder';
  folder: string;
  /** Glob of the entry files, as Astro's glob() loader takes it. */
  pattern: string;
  /** Whether the Markdown body may, must, or cannot hold text. */
  body: 'required' | 'optional' | 'none';
  /** A collection of translations: the collection whose entries (same id) these translate, and their language. */
  translates?: { collection: CollectionName; locale: 'hi' };
}

/** One YAML file holding a list of entries with `id` fields. */
export interface ListCollection extends Common {
  type: 'list';
  file: string;
}

/**
 * The content model in one table: where each collection lives, its schema, and which fields reference which
 * collection. src/content.config.ts builds Astro's collections from it and the content checker its reading and
 * reference rules, so the two can never disagree. Paths are relative to the content folder.
 */
export const COLLECTIONS = {
  notes: {
    type: 'folder',
    folder: 'notes',
    pattern: '*.md',
    body: 'required',
    schema: noteSchema,
    label: 'note',
    refs: [
      { path: 'prelims[]', to: 'topics', what: 'prelims topic' },
      { path: 'mains[]', to: 'mains', what: 'mains topic' },
      { path: 'questions[]', to: 'questions', what: 'question' },
      { path: 'related[]', to: 'notes', what: 'related note', published: true, notSelf: true },
      { path: 'timeline[].note', to: 'notes', what: 'note', published: true },
      { path: 'figures[].note', to: 'notes', what: 'note', published: true },
      { path: 'gs[].line', to: 'syllabus', nested: 'lines', what: 'syllabus line' },
      { path: 'sources[].publication', to: 'publications', what: 'publication' },
      { path: 'sources[].via', to: 'publications', what: 'publication' },
      { path: 'maps[]', to: 'maps', what: 'map' },
    ],
  },
  topics: {
    type: 'folder',
    folder: 'topics',
    pattern: '*.md',
    body: 'required',
    schema: topicSchema,
    label: 'topic',
    usedBy: 'notes',
  },
  mains: {
    type: 'folder',
    folder: 'mains',
    pattern: '*.md',
    body: 'optional',
    schema: mainsSchema,
    label: 'mains topic',
    usedBy: 'notes',
    refs: [
      { path: 'asks[].question', to: 'questions', what: 'question' },
      { path: 'framework.body[].notes[]', to: 'notes', what: 'note', published: true },
    ],
  },
  questions: {
    type: 'folder',
    folder: 'questions',
    pattern: '*.{yaml,yml}',
    body: 'none',
    schema: questionSchema,
    label: 'question',
    usedBy: 'notes',
    refs: [
      { path: 'topics[]', to: 'topics', what: 'topic' },
      { path: 'basis.note', to: 'notes', what: 'note', published: true },
    ],
  },
  maps: {
    type: 'folder',
    folder: 'maps',
    pattern: '*.{yaml,yml}',
    body: 'none',
    schema: mapSchema,
    label: 'map',
    usedBy: 'notes',
  },
  syllabus: { type: 'list', file: 'taxonomy/syllabus.yaml', schema: syllabusPaperSchema, label: 'GS paper' },
  publications: { type: 'list', file: 'taxonomy/publications.yaml', schema: publicationSchema, label: 'publication' },
  glossary: {
    type: 'list',
    file: 'glossary.yaml',
    schema: glossaryTermSchema,
    label: 'glossary term',
    refs: [{ path: 'topic', to: 'topics', what: 'topic' }],
  },
  // The Hindi edition: translations beside the English, keyed by the English id, carrying only translated text.
  hiNotes: translation('notes', 'md', noteTranslationSchema, 'Hindi note', 'required'),
  hiTopics: translation('topics', 'md', topicTranslationSchema, 'Hindi topic', 'required'),
  hiMains: translation('mains', 'md', mainsTranslationSchema, 'Hindi mains topic', 'optional'),
  hiQuestions: translation('questions', 'yaml', questionTranslationSchema, 'Hindi question', 'none'),
  hiMaps: translation('maps', 'yaml', mapTranslationSchema, 'Hindi map', 'none'),
} as const satisfies Record<CollectionName, Collection>;

/** A folder of Hindi translations of `of`, at content/hi/<of>/ (a file's name is the English id it translates). */
function translation<S extends z.ZodType, const B extends FolderCollection['body']>(
  of: CollectionName,
  ext: 'md' | 'yaml',
  schema: S,
  label: string,
  body: B,
) {
  return {
    type: 'folder',
    folder: `hi/${of}`,
    pattern: ext === 'md' ? '*.md' : '*.{yaml,yml}',
    body,
    schema,
    label,
    translates: { collection: of, locale: 'hi' },
  } as const;
}

/** The collections' names; the table above must have exactly these keys (the compiler checks it). */
export type CollectionName =
  'notes' | 'topics' | 'mains' | 'questions' | 'maps' | 'syllabus' | 'publications' | 'glossary' | TranslationName;
/** The collections of translations. */
export type TranslationName = 'hiNotes' | 'hiTopics' | 'hiMains' | 'hiQuestions' | 'hiMaps';
export type Collection = FolderCollection | ListCollection;

/** The file endings a glob pattern such as `*.{yaml,yml}` matches: `['.yaml', '.yml']`. */
export function patternExtensions(pattern: string): string[] {
  const match = /\*\.(?:\{([^}]+)\}|(\w+))$/.exec(pattern);
  return (match?.[1] ?? match?.[2] ?? '').split(',').map((ext) => `.${ext.trim()}`);
}

/** Where an editor finds a collection, for messages: `content/topics/` or `content/taxonomy/syllabus.yaml`. */
export function collectionPlace(collection: Collection): string {
  return collection.type === 'folder' ? `content/${collection.folder}/` : `content/${collection.file}`;
}
