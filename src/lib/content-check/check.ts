import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { mainsSchema } from '../../schemas/mains.ts';
import { noteSchema, type Note } from '../../schemas/note.ts';
import { questionSchema, type Question } from '../../schemas/question.ts';
import { publicationSchema, syllabusPaperSchema, type Publication, type SyllabusPaper } from '../../schemas/taxonomy.ts';
import { topicSchema } from '../../schemas/topic.ts';
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
export const TAXONOMY = { syllabus: 'taxonomy/syllabus.yaml', publications: 'taxonomy/publications.yaml' } as const;

/** Site paths a Markdown link may point at besides entries. */
const STATIC_PATHS = new Set(['/', '/notes/', '/topics/', '/mains/', '/syllabus/', '/questions/', '/search/', '/print/']);

interface Entry {
  collection: CollectionName;
  id: string;
  file: string;
  parsed: ParsedFile;
  data: unknown;
  facts?: BodyFacts;
}

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
    problems.push({ severity: 'error', file, field: 'file', message: 'the file is not valid UTF-8 text; save it as UTF-8' });
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
function schemaProblems(error: z.ZodError, file: string, parsed: ParsedFile, data: unknown, prefix: PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...(issue.path as PropertyKey[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        problems.push({
          severity: 'error',
          file,
          line: parsed.lineOf(keyPath),
          field: fieldPath(keyPath),
          message: 'unknown field; check the spelling against the schema (README: "Writing a note")',
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path as PropertyKey[]);
    const missing = value === undefined && issue.code === 'invalid_type';
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(path),
      field: fieldPath(path),
      message: missing ? `required field is missing (${issue.message.replace(/^Invalid input: /, '')})` : issue.message.replace(/^Invalid input: /, ''),
      ...(missing ? {} : { found: describeValue(value) }),
    });
  }
  return problems;
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
  const counts: CheckResult['counts'] = { notes: 0, topics: 0, mains: 0, questions: 0, syllabusLines: 0, publications: 0 };
  const rel = (path: string) => relative(cwd, path) || path;

  // 1. Read, decode and validate each entry file on its own.
  for (const [collection, config] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const byId = new Map<string, Entry>();
    entries.set(collection, byId);
    const dir = join(root, config.dir);
    for (const name of listFiles(dir)) {
      const path = join(dir, name);
      const file = rel(path);
      if (!(config.extensions as readonly string[]).some((ext) => name.endsWith(ext))) {
        problems.push({ severity: 'error', file, field: 'file', message: `not a ${config.extensions.join(' or ')} file, so it would not be published; rename it or move it out of content/${config.dir}/` });
        continue;
      }
      counts[collection]++;
      const text = readText(path, file, problems);
      if (text === undefined) continue;
      const id = entryId(name);
      const parsed = config.body === 'none' ? parseYamlFile(text) : parseMarkdownFile(text);
      if (!parsed) {
        problems.push({ severity: 'error', file, line: 1, field: 'frontmatter', message: 'the file must start with a YAML frontmatter block between two "---" lines' });
        continue;
      }
      for (const error of parsed.yamlErrors) {
        problems.push({ severity: 'error', file, line: error.line, field: 'frontmatter', message: `invalid YAML: ${error.message}` });
      }
      if (parsed.yamlErrors.length) continue;
      const twin = byId.get(id);
      if (twin) {
        problems.push({ severity: 'error', file, line: 1, field: 'id', message: `two files have the id "${id}": this one and ${twin.file}; one would silently replace the other` });
        continue;
      }
      const result = config.schema.safeParse(parsed.data ?? {});
      if (!result.success) problems.push(...schemaProblems(result.error, file, parsed, parsed.data));
      const entry: Entry = { collection, id, file, parsed, data: result.success ? result.data : undefined };
      if (config.body !== 'none') {
        entry.facts = analyseBody(parsed.body, parsed.bodyLine);
        if (config.body === 'required' && parsed.body.trim() === '') {
          problems.push({ severity: 'error', file, line: parsed.bodyLine, field: 'body', message: 'the body is empty; write the note below the frontmatter' });
        }
      }
      byId.set(id, entry);
    }
  }

  // 2. Taxonomy: syllabus papers with their lines, and publications.
  const syllabus = readTaxonomy(root, TAXONOMY.syllabus, syllabusPaperSchema, rel, problems) as SyllabusPaper[];
  const publications = readTaxonomy(root, TAXONOMY.publications, publicationSchema, rel, problems) as Publication[];
  const linesByPaper = new Map(syllabus.map((paper) => [paper.id, new Set(paper.lines.map((line) => line.id))]));
  const allLines = new Set(syllabus.flatMap((paper) => paper.lines.map((line) => line.id)));
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

  const refCheck = (entry: Entry, path: PropertyKey[], value: string, known: Set<string>, what: string, where: string) => {
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
    note.prelims.forEach((id, i) => refCheck(entry, ['prelims', i], id, topicIds, 'prelims topic', 'content/topics/') && used.topics.add(id));
    note.mains.forEach((id, i) => refCheck(entry, ['mains', i], id, mainsIds, 'mains topic', 'content/mains/') && used.mains.add(id));
    note.questions.forEach((id, i) => refCheck(entry, ['questions', i], id, questionIds, 'question', 'content/questions/') && used.questions.add(id));
    note.gs.forEach((gs, i) => {
      const lines = linesByPaper.get(gs.paper);
      if (lines?.has(gs.line)) return;
      const elsewhere = allLines.has(gs.line);
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.parsed.lineOf(['gs', i, 'line']),
        field: fieldPath(['gs', i, 'line']),
        message: elsewhere
          ? `syllabus line "${gs.line}" belongs to another paper, not ${gs.paper}`
          : `unknown syllabus line "${gs.line}" for ${gs.paper}; it must be a line id in ${TAXONOMY.syllabus}${closestHint(gs.line, lines ?? allLines)}`,
      });
    });
    note.sources.forEach((source, i) => {
      refCheck(entry, ['sources', i, 'publication'], source.publication, publicationIds, 'publication', TAXONOMY.publications);
      if (source.via) refCheck(entry, ['sources', i, 'via'], source.via, publicationIds, 'publication', TAXONOMY.publications);
    });
    note.related.forEach((id, i) => {
      if (id === entry.id) {
        problems.push({ severity: 'error', file: entry.file, line: entry.parsed.lineOf(['related', i]), field: `related[${i}]`, message: 'a note cannot be related to itself' });
      } else if (refCheck(entry, ['related', i], id, noteIds, 'related note', 'content/notes/')) {
        draftCheck(entry, ['related', i], id);
      }
    });
    note.timeline.forEach((event, i) => event.note && refCheck(entry, ['timeline', i, 'note'], event.note, noteIds, 'note', 'content/notes/'));
    note.figures.forEach((figure, i) => figure.note && refCheck(entry, ['figures', i, 'note'], figure.note, noteIds, 'note', 'content/notes/'));
  }

  for (const entry of entries.get('questions')?.values() ?? []) {
    const question = entry.data as Question | undefined;
    question?.topics.forEach((id, i) => refCheck(entry, ['topics', i], id, topicIds, 'topic', 'content/topics/'));
  }

  function draftCheck(entry: Entry, path: PropertyKey[], id: string) {
    const target = entries.get('notes')?.get(id)?.data as Note | undefined;
    const self = entry.data as Note | undefined;
    if (target?.draft && !self?.draft) {
      problems.push({ severity: 'error', file: entry.file, line: entry.parsed.lineOf(path), field: fieldPath(path), message: `note "${id}" is a draft and will not be published, so the link would break` });
    }
  }

  // Markdown bodies: headings, raw HTML, and links.
  const headingSlugs = new Map<string, Set<string>>();
  for (const [collection, byId] of entries) {
    for (const entry of byId.values()) {
      if (entry.facts) headingSlugs.set(`${collection}/${entry.id}`, new Set(entry.facts.headings.map((h) => h.slug)));
    }
  }
  for (const [collection, byId] of entries) {
    for (const entry of byId.values()) {
      if (!entry.facts) continue;
      for (const problem of headingProblems(entry.facts.headings)) {
        problems.push({ severity: 'error', file: entry.file, line: problem.line, field: 'body', message: problem.message });
      }
      for (const html of entry.facts.html) {
        const danger = dangerousHtml(html.value);
        if (danger) problems.push({ severity: 'error', file: entry.file, line: html.line, field: 'body', message: `raw HTML with ${danger} is not allowed in Markdown`, found: describeValue(html.value.trim()) });
      }
      for (const link of entry.facts.links) {
        const message = linkProblem(link.url, `${collection}/${entry.id}`, headingSlugs, { notes: noteIds, topics: topicIds, mains: mainsIds });
        if (message) problems.push({ severity: 'error', file: entry.file, line: link.line, field: 'body', message, found: describeValue(link.url) });
      }
    }
  }

  // 4. Things nobody uses: worth a look, not a failure.
  for (const [collection, set] of Object.entries(used) as [keyof typeof used, Set<string>][]) {
    for (const entry of entries.get(collection)?.values() ?? []) {
      if (!set.has(entry.id)) {
        problems.push({ severity: 'warning', file: entry.file, field: 'id', message: `no note lists this ${collection === 'topics' ? 'topic' : collection === 'mains' ? 'mains topic' : 'question'} ("${entry.id}")` });
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
      if (!set.has(id)) return `links to a ${collection === 'notes' ? 'note' : collection === 'topics' ? 'topic' : 'mains topic'} "${id}" that does not exist${closestHint(id, set)}`;
      target = `${collection}/${id}`;
    } else if (!STATIC_PATHS.has(path.endsWith('/') ? path : `${path}/`)) {
      return `links to ${path}, which is not a page of this site`;
    } else {
      return undefined;
    }
  }
  if (fragment !== undefined && fragment !== '' && !headingSlugs.get(target)?.has(decodeURIComponent(fragment))) {
    return `links to #${fragment}, but ${target === self ? 'this file' : target} has no heading with that id`;
  }
  return undefined;
}

function readTaxonomy(
  root: string,
  path: string,
  schema: z.ZodType,
  rel: (path: string) => string,
  problems: Problem[],
): unknown[] {
  const full = join(root, path);
  const file = rel(full);
  let text: string | undefined;
  try {
    text = readText(full, file, problems);
  } catch {
    problems.push({ severity: 'error', file, field: 'file', message: 'the file is missing' });
    return [];
  }
  if (text === undefined) return [];
  const parsed = parseYamlFile(text);
  for (const error of parsed.yamlErrors) problems.push({ severity: 'error', file, line: error.line, field: 'file', message: `invalid YAML: ${error.message}` });
  if (!Array.isArray(parsed.data)) {
    if (!parsed.yamlErrors.length) problems.push({ severity: 'error', file, line: 1, field: 'file', message: 'expected a YAML list of entries' });
    return [];
  }
  const out: unknown[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((item: unknown, i: number) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      problems.push(...schemaProblems(result.error, file, parsed, item, [i]).map((p) => ({ ...p, found: p.found })));
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) problems.push({ severity: 'error', file, line: parsed.lineOf([i, 'id']), field: `[${i}].id`, message: `the id "${id}" is used twice` });
    seen.add(id);
    out.push(result.data);
  });
  return out;
}
