import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  COLLECTIONS,
  patternExtensions,
  type CollectionName,
  type FolderCollection,
  type ListCollection,
} from '../../schemas/collections.ts';
import { analyseBody, type BodyFacts } from './body.ts';
import { entryId } from './ids.ts';
import { parseMarkdownFile, parseYamlFile, type ParsedFile } from './parse.ts';
import { leavesRoot } from './safe-paths.ts';
import { fileError as error, fieldPath, type Problem } from './problem.ts';
import type { ReadFile } from './rules/originality.ts';
import { checked } from './validate-entry.ts';

/** One entry as read: a file of a folder collection, or one item of a list file. */
export interface Entry {
  collection: CollectionName;
  id: string;
  /** Path of the file, relative to the working directory. */
  file: string;
  parsed: ParsedFile;
  /** Where the entry sits in its file: `[]` for a whole file, `[3]` for the fourth item of a list. */
  at: PropertyKey[];
  /** Validated data; `undefined` when the entry could not be read, parsed or validated. */
  data: unknown;
  facts?: BodyFacts;
}

/** Everything read from a content folder, with the problems met while reading and validating it. */
export interface ContentSet {
  entries: Record<CollectionName, Map<string, Entry>>;
  /** False for a list collection with an invalid item: references into it are then not checked. */
  complete: Record<CollectionName, boolean>;
  /** Every file's text, for the originality rule. */
  texts: ReadFile[];
  problems: Problem[];
}

/** Stands in for a file that could not be read or parsed, so references to its id still resolve. */
const UNREADABLE: ParsedFile = {
  data: undefined,
  astroData: undefined,
  body: '',
  bodyLine: 1,
  lineOf: () => 1,
  yamlErrors: [],
};

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Common YAML slips, with what usually fixes them. */
const YAML_HINTS: [RegExp, string][] = [
  [
    /Nested mappings are not allowed in compact mappings|Implicit map keys need to be followed by map values/,
    'if the value contains ": ", put it in quotes',
  ],
  [/Map keys must be unique/, 'the same field is given twice'],
  [/Tabs are not allowed/, 'indent with spaces, not tabs'],
  [
    /Flow (sequence|mapping) .*end with a [\]}]/,
    'a [ ] or { } list is not closed; the mistake may be on the line above',
  ],
  [/Missing closing .?quote/, 'a quoted value is not closed; the mistake may be on an earlier line'],
  [/Maximum call stack/, 'the value is nested too deeply'],
];

function yamlMessage(message: string): string {
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return `invalid YAML: ${message}${hint ? ` (${hint})` : ''}`;
}

/** Reads every collection of the table under `root`; never throws for bad content, only reports it. */
export function readContent(root: string, cwd: string): ContentSet {
  const set: ContentSet = {
    entries: {} as ContentSet['entries'],
    complete: {} as ContentSet['complete'],
    texts: [],
    problems: [],
  };
  const rel = (path: string) => relative(cwd, path) || path;
  const readText = (path: string, file: string): string | undefined => {
    // Checked before reading, so not a byte of a file outside the content folder is read, let alone published.
    const outside = leavesRoot(path, root);
    if (outside !== undefined) {
      set.problems.push(
        error(
          file,
          'file',
          `this file is a link to ${outside}, outside the content folder; only files inside the repository are published, so put the text itself in the file`,
        ),
      );
      return undefined;
    }
    try {
      const text = decoder.decode(readFileSync(path));
      set.texts.push({ file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
      return set.texts.at(-1)?.text;
    } catch (reason) {
      const missing = (reason as NodeJS.ErrnoException).code === 'ENOENT';
      set.problems.push(
        error(file, 'file', missing ? 'the file is missing' : 'the file is not valid UTF-8 text; save it as UTF-8'),
      );
      return undefined;
    }
  };
  for (const [name, collection] of Object.entries(COLLECTIONS) as [
    CollectionName,
    FolderCollection | ListCollection,
  ][]) {
    set.entries[name] = new Map();
    set.complete[name] = true;
    if (collection.type === 'folder') readFolder(name, collection, join(root, collection.folder), set, rel, readText);
    else {
      const file = join(root, collection.file);
      try {
        readList(name, collection, file, set, rel, readText);
      } catch (reason) {
        set.complete[name] = false;
        set.problems.push(error(rel(file), 'file', `the checker could not read this file (${String(reason)})`, 1));
      }
    }
  }
  return set;
}

type Reader = (path: string, file: string) => string | undefined;

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

function readFolder(
  name: CollectionName,
  collection: FolderCollection,
  dir: string,
  set: ContentSet,
  rel: (path: string) => string,
  readText: Reader,
): void {
  const extensions = patternExtensions(collection.pattern);
  const byId = set.entries[name];
  for (const fileName of listFiles(dir)) {
    const path = join(dir, fileName);
    const file = rel(path);
    if (!extensions.some((ext) => fileName.endsWith(ext))) {
      set.problems.push(
        error(
          file,
          'file',
          `not a ${extensions.join(' or ')} file, so it would not be published; rename it or move it out of content/${collection.folder}/`,
        ),
      );
      continue;
    }
    const id = entryId(fileName);
    const twin = byId.get(id);
    if (twin) {
      set.problems.push(
        error(
          file,
          'id',
          `two files have the id "${id}": this one and ${twin.file}; one would silently replace the other, so rename one`,
          1,
        ),
      );
      continue;
    }
    // An unreadable file still claims its id, so one broken file does not also break every reference to it.
    const entry: Entry = { collection: name, id, file, parsed: UNREADABLE, at: [], data: undefined };
    byId.set(id, entry);
    const text = readText(path, file);
    if (text === undefined) continue;
    try {
      readEntry(collection, entry, text, set.problems);
    } catch (reason) {
      // Whatever a file holds, the editor learns which file stopped the check.
      entry.data = undefined;
      set.problems.push(error(file, 'file', `the checker could not read this file (${String(reason)})`, 1));
    }
  }
}

/** Parses and validates one file of a folder collection into its entry. */
function readEntry(collection: FolderCollection, entry: Entry, text: string, problems: Problem[]): void {
  const { file } = entry;
  const parsed = collection.body === 'none' ? parseYamlFile(text) : parseMarkdownFile(text);
  if (!parsed) {
    problems.push(
      error(file, 'frontmatter', 'the file must start with a YAML frontmatter block between two "---" lines', 1),
    );
    return;
  }
  for (const e of parsed.yamlErrors) problems.push(error(file, 'frontmatter', yamlMessage(e.message), e.line));
  if (parsed.yamlErrors.length) return;
  entry.parsed = parsed;
  entry.data = checked(collection, parsed.data ?? {}, file, parsed, [], problems);
  if (collection.body === 'none') return;
  entry.facts = analyseBody(parsed.body, parsed.bodyLine);
  if (collection.body === 'required' && parsed.body.trim() === '')
    problems.push(error(file, 'body', 'the body is empty; write the text below the frontmatter', parsed.bodyLine));
}

function readList(
  name: CollectionName,
  collection: ListCollection,
  path: string,
  set: ContentSet,
  rel: (path: string) => string,
  readText: Reader,
): void {
  const file = rel(path);
  const text = readText(path, file);
  if (text === undefined) {
    set.complete[name] = false;
    return;
  }
  const parsed = parseYamlFile(text);
  for (const e of parsed.yamlErrors) set.problems.push(error(file, 'file', yamlMessage(e.message), e.line));
  if (!Array.isArray(parsed.data)) {
    if (!parsed.yamlErrors.length) set.problems.push(error(file, 'file', 'expected a YAML list of entries', 1));
    set.complete[name] = false;
    return;
  }
  const byId = set.entries[name];
  parsed.data.forEach((item: unknown, i: number) => {
    const data = checked(collection, item, file, parsed, [i], set.problems);
    if (data === undefined) {
      set.complete[name] = false;
      return;
    }
    const id = (data as { id: string }).id;
    if (byId.has(id))
      set.problems.push(error(file, fieldPath([i, 'id']), `the id "${id}" is used twice`, parsed.lineOf([i, 'id'])));
    else byId.set(id, { collection: name, id, file, parsed, at: [i], data });
  });
}

/** A problem at `path` inside an entry, with its file, line and field. */
export function problemAt(
  entry: Entry,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const full = [...entry.at, ...path];
  return { severity, file: entry.file, line: entry.parsed.lineOf(full), field: fieldPath(full), message };
}
