import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { mainsSchema } from '../../schemas/mains.ts';
import { noteSchema, type Note } from '../../schemas/note.ts';
import { questionSchema, type Question } from '../../schemas/question.ts';
import {
  publicationSchema,
  syllabusPaperSchema,
  type Publication,
  type SyllabusPaper,
} from '../../schemas/taxonomy.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { basisProblems } from './basis.ts';
import { analyseBody, dangerousHtml, headingProblems, isScriptUrl, type BodyFacts } from './body.ts';
import { entryId } from './ids.ts';
import { parseMarkdownFile, parseYamlFile, type ParsedFile } from './parse.ts';
import { closest, describeValue, fieldPath, sortProblems, type Problem } from './problem.ts';

/** The collections of entry files and how each is read. */
const COLLECTIONS = {
  notes: { dir: 'notes', extensions: ['.md'], schema: noteSchema, body: 'required' },
  topics: { dir: 'topics', extensions: ['.md'], schema: topicSchema, body: 'required' },
  mains: { dir: 'mains', extensions: ['.md'], schema: mainsSchema, body: 'optional' },
  questions: { dir: 'questions', extensions: ['.yaml', '.yml'], schema: questionSchema, body: 'none' },
} as const;
type CollectionName = keyof typeof COLLECTIONS;

/** Taxonomy files: each a YAML list of entries. */
export const TAXONOMY = {
  syllabus: 'taxonomy/syllabus.yaml',
  publications: 'taxonomy/publications.yaml',
  glossary: 'glossary.yaml',
} as const;

/** Site paths a Markdown link may point at besides entries. */
const STATIC_PATHS = new Set([
  '/',
  '/notes/',
  '/topics/',
  '/mains/',
  '/syllabus/',
  '/questions/',
  '/search/',
  '/print/',
]);

interface Entry {
  collection: CollectionName;
  id: string;
  file: string;
  parsed: ParsedFile;
  /** Validated data; `undefined` when the file could not be read, parsed or validated. */
  data: unknown;
  facts?: BodyFacts;
}

/** Stands in for a file that could not be read or parsed, so references to its id still resolve. */
const UNREADABLE: ParsedFile = { data: undefined, body: '', bodyLine: 1, lineOf: () => 1, yamlErrors: [] };

/** Everything the checker found, plus what it read. */
export interface CheckResult {
  problems: Problem[];
  /** Entries read per collection (valid or not). */
  counts: Record<CollectionName | 'syllabusLines' | 'publications', number>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  try {
    const text = decoder.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    problems.push({
      severity: 'error',
      file,
      field: 'file',
      message: 'the file is not valid UTF-8 text; save it as UTF-8',
    });
    return undefined;
  }
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** Turns zod issues into problems located in the file. */
function schemaProblems(
  error: z.ZodError,
  schema: z.ZodType,
  file: string,
  parsed: ParsedFile,
  data: unknown,
  prefix: PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  // One problem per field: later issues on a field that already failed (a URL that is not a URL is not https
  // either) only repeat it.
  const failed = new Set<string>();
  for (const issue of error.issues) {
    const path = [...prefix, ...(issue.path as PropertyKey[])];
    if (issue.code !== 'unrecognized_keys') {
      if (failed.has(fieldPath(path))) continue;
      failed.add(fieldPath(path));
    }
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeys(schema, issue.path as PropertyKey[]);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const hint = closest(key, known);
        problems.push({
          severity: 'error',
          file,
          line: parsed.lineOf(keyPath),
          field: fieldPath(keyPath),
          message: `unknown field "${key}"; ${hint ? `did you mean "${hint}"?` : `the fields allowed here are ${known.join(', ')}`}`,
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path as PropertyKey[]);
    const missing = value === undefined && issue.code === 'invalid_type';
    const last = issue.path[issue.path.length - 1];
    let message = issue.message.replace(/^Invalid input: /, '');
    if (missing) {
      message = `required field is missing (${message.replace(/, received undefined$/, '')})`;
    } else if (issue.code === 'invalid_value' && last === 'answer') {
      message = `answer ${describeValue(value)} is not among the options; give the letter of the correct option, a to d`;
    } else if (issue.code === 'invalid_value') {
      message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(path),
      field: fieldPath(path),
      message,
      ...(missing ? {} : { found: describeValue(value) }),
    });
  }
  return problems;
}

/** Field names an object schema allows at `path` (through arrays, optionals, defaults and pipes). */
function objectKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const def = () => (current as { def: Record<string, unknown> & { type: string } }).def;
  const unwrap = () => {
    for (;;) {
      const d = def();
      if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault')
        current = d['innerType'];
      else if (d.type === 'pipe') current = d['in'];
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    const d = def();
    if (d.type === 'object') current = (d['shape'] as Record<string, unknown>)[String(key)];
    else if (d.type === 'array') current = d['element'];
    else return [];
    if (!current) return [];
    unwrap();
  }
  return def().type === 'object' ? Object.keys(def()['shape'] as object) : [];
}

/**
 * Validates data with a schema. A cross-field rule (`.refine` on the whole object) can run on data whose fields
 * already failed and throw; the field problems are then found with the bare object shape, so the editor still
 * gets a message and the checker never crashes on bad content.
 */
function validate(
  schema: z.ZodType,
  data: unknown,
): { success: true; data: unknown } | { success: false; error: z.ZodError } | { success: 'crashed'; reason: string } {
  try {
    return schema.safeParse(data);
  } catch (error) {
    const shape = (schema as { def?: { type?: string; shape?: z.ZodRawShape } }).def;
    if (shape?.type === 'object' && shape.shape) {
      const bare = z.strictObject(shape.shape).safeParse(data);
      if (!bare.success) return bare;
    }
    return { success: 'crashed', reason: error instanceof Error ? error.message : String(error) };
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Reads and checks every content file under `root`; never throws for bad content, only reports it. */
export function checkContent(root: string, cwd = process.cwd()): CheckResult {
  const problems: Problem[] = [];
  const entries = new Map<CollectionName, Map<string, Entry>>();
  const counts: CheckResult['counts'] = {
    notes: 0,
    topics: 0,
    mains: 0,
    questions: 0,
    syllabusLines: 0,
    publications: 0,
  };
  const rel = (path: string) => relative(cwd, path) || path;

  // 1. Read, decode and validate each entry file on its own.
  for (const [collection, config] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const byId = new Map<string, Entry>();
    entries.set(collection, byId);
    const dir = join(root, config.dir);
    for (const name of listFiles(dir)) {
      const path = join(dir, name);
      const file = rel(path);
      if (!(config.extensions as readonly string[]).some((ext) => name.endsWith(ext))) {
        problems.push({
          severity: 'error',
          file,
          field: 'file',
          message: `not a ${config.extensions.join(' or ')} file, so it would not be published; rename it or move it out of content/${config.dir}/`,
        });
        continue;
      }
      counts[collection]++;
      const id = entryId(name);
      const twin = byId.get(id);
      if (twin) {
        problems.push({
          severity: 'error',
          file,
          line: 1,
          field: 'id',
          message: `two files have the id "${id}": this one and ${twin.file}; one would silently replace the other, so rename one`,
        });
        continue;
      }
      // An unreadable file still claims its id, so one broken file does not also break every reference to it.
      const entry: Entry = { collection, id, file, parsed: UNREADABLE, data: undefined };
      byId.set(id, entry);
      const text = readText(path, file, problems);
      if (text === undefined) continue;
      const parsed = config.body === 'none' ? parseYamlFile(text) : parseMarkdownFile(text);
      if (!parsed) {
        problems.push({
          severity: 'error',
          file,
          line: 1,
          field: 'frontmatter',
          message: 'the file must start with a YAML frontmatter block between two "---" lines',
        });
        continue;
      }
      for (const error of parsed.yamlErrors) {
        problems.push({
          severity: 'error',
          file,
          line: error.line,
          field: 'frontmatter',
          message: yamlMessage(error.message),
        });
      }
      if (parsed.yamlErrors.length) continue;
      entry.parsed = parsed;
      const result = validate(config.schema, parsed.data ?? {});
      if (result.success === true) entry.data = result.data;
      else if (result.success === false)
        problems.push(...schemaProblems(result.error, config.schema, file, parsed, parsed.data));
      else
        problems.push({
          severity: 'error',
          file,
          line: 1,
          field: 'frontmatter',
          message: `the schema could not check this file (${result.reason}); this is a bug in src/schemas/`,
        });
      if (config.body !== 'none') {
        entry.facts = analyseBody(parsed.body, parsed.bodyLine);
        if (config.body === 'required' && parsed.body.trim() === '') {
          problems.push({
            severity: 'error',
            file,
            line: parsed.bodyLine,
            field: 'body',
            message: 'the body is empty; write the text below the frontmatter',
          });
        }
      }
    }
  }

  // 2. Taxonomy: syllabus papers with their lines, and publications.
  // A taxonomy file with its own errors is reported once; references into it are then not checked, so one
  // mistake there does not turn into an error in every note.
  const syllabusFile = readTaxonomy(root, TAXONOMY.syllabus, syllabusPaperSchema, rel, problems);
  const publicationsFile = readTaxonomy(root, TAXONOMY.publications, publicationSchema, rel, problems);
  const syllabus = syllabusFile.entries as SyllabusPaper[];
  const publications = publicationsFile.entries as Publication[];
  const linesByPaper = new Map(syllabus.map((paper) => [paper.id, new Set(paper.lines.map((line) => line.id))]));
  const paperOfLine = new Map(syllabus.flatMap((paper) => paper.lines.map((line) => [line.id, paper.id] as const)));
  const allLines = new Set(paperOfLine.keys());
  counts.syllabusLines = allLines.size;
  const publicationIds = new Set(publications.map((p) => p.id));
  counts.publications = publicationIds.size;

  // 3. References between entries, and Markdown bodies.
  const ids = (collection: CollectionName) => new Set(entries.get(collection)?.keys());
  const noteIds = ids('notes');
  const topicIds = ids('topics');
  const mainsIds = ids('mains');
  const questionIds = ids('questions');
  const used = { topics: new Set<string>(), mains: new Set<string>(), questions: new Set<string>() };

  const refCheck = (
    entry: Entry,
    path: PropertyKey[],
    value: string,
    known: Set<string>,
    what: string,
    where: string,
  ) => {
    if (known.has(value)) return true;
    const hint = closest(value, known);
    problems.push({
      severity: 'error',
      file: entry.file,
      line: entry.parsed.lineOf(path),
      field: fieldPath(path),
      message: `unknown ${what} "${value}"; it must be an id in ${where}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    });
    return false;
  };

  for (const entry of entries.get('notes')?.values() ?? []) {
    const note = entry.data as Note | undefined;
    if (!note) continue;
    note.prelims.forEach(
      (id, i) =>
        refCheck(entry, ['prelims', i], id, topicIds, 'prelims topic', 'content/topics/') && used.topics.add(id),
    );
    note.mains.forEach(
      (id, i) => refCheck(entry, ['mains', i], id, mainsIds, 'mains topic', 'content/mains/') && used.mains.add(id),
    );
    note.questions.forEach(
      (id, i) =>
        refCheck(entry, ['questions', i], id, questionIds, 'question', 'content/questions/') && used.questions.add(id),
    );
    note.gs.forEach((gs, i) => {
      if (!syllabusFile.complete) return;
      const lines = linesByPaper.get(gs.paper);
      if (lines?.has(gs.line)) return;
      const elsewhere = paperOfLine.get(gs.line);
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.parsed.lineOf(['gs', i, 'line']),
        field: fieldPath(['gs', i, 'line']),
        message: elsewhere
          ? `syllabus line "${gs.line}" belongs to ${elsewhere}, not ${gs.paper}; change the paper or pick a ${gs.paper} line`
          : `unknown syllabus line "${gs.line}" for ${gs.paper}; it must be a line id in ${TAXONOMY.syllabus}${closestHint(gs.line, lines ?? allLines)}`,
      });
    });
    note.sources.forEach((source, i) => {
      if (!publicationsFile.complete) return;
      refCheck(
        entry,
        ['sources', i, 'publication'],
        source.publication,
        publicationIds,
        'publication',
        TAXONOMY.publications,
      );
      if (source.via)
        refCheck(entry, ['sources', i, 'via'], source.via, publicationIds, 'publication', TAXONOMY.publications);
    });
    note.related.forEach((id, i) => {
      if (id === entry.id) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line: entry.parsed.lineOf(['related', i]),
          field: `related[${i}]`,
          message: 'a note cannot be related to itself',
        });
      } else if (refCheck(entry, ['related', i], id, noteIds, 'related note', 'content/notes/')) {
        draftCheck(entry, ['related', i], id);
      }
    });
    note.timeline.forEach((event, i) => {
      const path = ['timeline', i, 'note'];
      if (event.note && refCheck(entry, path, event.note, noteIds, 'note', 'content/notes/'))
        draftCheck(entry, path, event.note);
    });
    note.figures.forEach((figure, i) => {
      const path = ['figures', i, 'note'];
      if (figure.note && refCheck(entry, path, figure.note, noteIds, 'note', 'content/notes/'))
        draftCheck(entry, path, figure.note);
    });
  }

  // Glossary terms point at prelims topics.
  const glossaryFile = readTaxonomy(root, TAXONOMY.glossary, glossaryTermSchema, rel, problems);
  const glossaryText = glossaryFile.complete
    ? parseYamlFile(readFileSync(join(root, TAXONOMY.glossary), 'utf8'))
    : undefined;
  (glossaryFile.entries as GlossaryTerm[]).forEach((term, i) => {
    if (topicIds.has(term.topic)) return;
    problems.push({
      severity: 'error',
      file: rel(join(root, TAXONOMY.glossary)),
      line: glossaryText?.lineOf([i, 'topic']) ?? 1,
      field: `[${i}].topic`,
      message: `unknown topic "${term.topic}"; it must be an id in content/topics/${closestHint(term.topic, topicIds)}`,
    });
  });

  for (const entry of entries.get('questions')?.values() ?? []) {
    const question = entry.data as Question | undefined;
    question?.topics.forEach((id, i) => refCheck(entry, ['topics', i], id, topicIds, 'topic', 'content/topics/'));
  }

  function draftCheck(entry: Entry, path: PropertyKey[], id: string) {
    const target = entries.get('notes')?.get(id)?.data as Note | undefined;
    const self = entry.data as Note | undefined;
    if (target?.draft && !self?.draft) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.parsed.lineOf(path),
        field: fieldPath(path),
        message: `note "${id}" is a draft and will not be published, so the link would break; remove it or publish that note`,
      });
    }
  }

  // Markdown bodies: headings, raw HTML, and links.
  const drafts = new Set(
    [...(entries.get('notes')?.values() ?? [])].filter((e) => (e.data as Note | undefined)?.draft).map((e) => e.id),
  );
  const headingSlugs = new Map<string, Set<string>>();
  for (const [collection, byId] of entries) {
    for (const entry of byId.values()) {
      if (entry.facts) headingSlugs.set(`${collection}/${entry.id}`, new Set(entry.facts.headings.map((h) => h.slug)));
    }
  }
  problems.push(...basisProblems(entries.get('questions')?.values() ?? [], noteIds, headingSlugs));
  for (const [collection, byId] of entries) {
    for (const entry of byId.values()) {
      if (!entry.facts) continue;
      for (const problem of headingProblems(entry.facts.headings)) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line: problem.line,
          field: 'body',
          message: problem.message,
        });
      }
      for (const html of entry.facts.html) {
        const danger = dangerousHtml(html.value);
        if (danger)
          problems.push({
            severity: 'error',
            file: entry.file,
            line: html.line,
            field: 'body',
            message: `raw HTML with ${danger} is not allowed in Markdown`,
            found: describeValue(html.value.trim()),
          });
      }
      for (const link of entry.facts.links) {
        const selfIsDraft = collection === 'notes' && drafts.has(entry.id);
        const message = linkProblem(
          link.url,
          `${collection}/${entry.id}`,
          headingSlugs,
          { notes: noteIds, topics: topicIds, mains: mainsIds },
          selfIsDraft ? new Set() : drafts,
        );
        if (message)
          problems.push({
            severity: 'error',
            file: entry.file,
            line: link.line,
            field: 'body',
            message,
            found: describeValue(link.url),
          });
      }
    }
  }

  // 4. Things nobody uses: worth a look, not a failure. Only said when every note could be read and validated:
  // otherwise the note with the error may be the one that lists the entry, and the warning would mislead.
  const notesAllValid = [...(entries.get('notes')?.values() ?? [])].every((entry) => entry.data !== undefined);
  if (notesAllValid)
    for (const [collection, set] of Object.entries(used) as [keyof typeof used, Set<string>][]) {
      for (const entry of entries.get(collection)?.values() ?? []) {
        if (!set.has(entry.id)) {
          problems.push({
            severity: 'warning',
            file: entry.file,
            field: 'id',
            message: `no note lists this ${collection === 'topics' ? 'topic' : collection === 'mains' ? 'mains topic' : 'question'} ("${entry.id}")`,
          });
        }
      }
    }

  return { problems: sortProblems(problems), counts };
}

function closestHint(value: string, known: Iterable<string>): string {
  const hint = closest(value, known);
  return hint ? ` (did you mean "${hint}"?)` : '';
}

/** Why a Markdown link target is wrong, or undefined when it is fine. */
export function linkProblem(
  url: string,
  self: string,
  headingSlugs: Map<string, Set<string>>,
  known: Record<'notes' | 'topics' | 'mains', Set<string>>,
  drafts: ReadonlySet<string> = new Set(),
): string | undefined {
  if (isScriptUrl(url)) return 'a javascript: link is not allowed';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return /^(https|mailto):/i.test(url) ? undefined : 'external links must use https://';
  }
  if (url.startsWith('//')) return 'external links must use https://';
  const [path = '', fragment] = url.split('#', 2);
  let target = self;
  if (path !== '') {
    if (!path.startsWith('/')) return 'write internal links from the site root, such as /notes/<id>/ or /topics/<id>/';
    const match = /^\/(notes|topics|mains)\/([^/]+)\/?$/.exec(path);
    if (match) {
      const [, collection = '', id = ''] = match;
      const set = known[collection as 'notes' | 'topics' | 'mains'];
      if (!set.has(id))
        return `links to a ${collection === 'notes' ? 'note' : collection === 'topics' ? 'topic' : 'mains topic'} "${id}" that does not exist${closestHint(id, set)}`;
      if (collection === 'notes' && drafts.has(id))
        return `links to note "${id}", which is a draft and will not be published, so the link would break`;
      target = `${collection}/${id}`;
    } else if (!STATIC_PATHS.has(path.endsWith('/') ? path : `${path}/`)) {
      return `links to ${path}, which is not a page of this site`;
    } else {
      return undefined;
    }
  }
  // A target that could not be read has no known headings; its own error is reported already.
  const slugs = headingSlugs.get(target);
  if (fragment !== undefined && fragment !== '' && slugs && !slugs.has(safeDecode(fragment))) {
    return `links to #${fragment}, but ${target === self ? 'this file' : target} has no heading with that id`;
  }
  return undefined;
}

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
];

function yamlMessage(message: string): string {
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return `invalid YAML: ${message}${hint ? ` (${hint})` : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readTaxonomy(
  root: string,
  path: string,
  schema: z.ZodType,
  rel: (path: string) => string,
  problems: Problem[],
): { entries: unknown[]; complete: boolean } {
  const full = join(root, path);
  const file = rel(full);
  let text: string | undefined;
  try {
    text = readText(full, file, problems);
  } catch {
    problems.push({ severity: 'error', file, field: 'file', message: 'the file is missing' });
    return { entries: [], complete: false };
  }
  if (text === undefined) return { entries: [], complete: false };
  const parsed = parseYamlFile(text);
  for (const error of parsed.yamlErrors)
    problems.push({ severity: 'error', file, line: error.line, field: 'file', message: yamlMessage(error.message) });
  if (!Array.isArray(parsed.data)) {
    if (!parsed.yamlErrors.length)
      problems.push({ severity: 'error', file, line: 1, field: 'file', message: 'expected a YAML list of entries' });
    return { entries: [], complete: false };
  }
  const out: unknown[] = [];
  let complete = true;
  const seen = new Set<string>();
  parsed.data.forEach((item: unknown, i: number) => {
    const result = validate(schema, item);
    if (result.success === false) problems.push(...schemaProblems(result.error, schema, file, parsed, item, [i]));
    else if (result.success === 'crashed')
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf([i]),
        field: `[${i}]`,
        message: `the schema could not check this entry (${result.reason}); this is a bug in src/schemas/`,
      });
    if (result.success !== true) {
      complete = false;
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id))
      problems.push({
        severity: 'error',
        file,
        line: parsed.lineOf([i, 'id']),
        field: `[${i}].id`,
        message: `the id "${id}" is used twice`,
      });
    seen.add(id);
    out.push(result.data);
  });
  return { entries: out, complete };
}
