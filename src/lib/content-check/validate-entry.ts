// Validating one entry as both readers see it: the checker's YAML parse and Astro's own (js-yaml), so that whatever
// the build would reject, the check rejects first (see read.ts, which calls checked() for every entry).
import type { FolderCollection, ListCollection } from '../../schemas/collections.ts';
import type { ParsedFile } from './parse.ts';
import { describeValue, fieldPath, fileError as error, type Problem } from './problem.ts';
import { schemaProblems, validate, valueAt } from './schema.ts';

/** Validated data, or undefined after reporting why it is not valid. */
export function checked(
  collection: FolderCollection | ListCollection,
  data: unknown,
  file: string,
  parsed: ParsedFile,
  at: PropertyKey[],
  problems: Problem[],
): unknown {
  const ours = validated(collection, data, file, parsed, at);
  problems.push(...ours.problems);
  if (ours.problems.length) return undefined;
  // The build validates what Astro's YAML reader made of the file; where that differs from ours (an unquoted
  // 2025-01-10 is a date to js-yaml, text to us), the check must reject whatever the build would.
  const astroItem = at.length ? valueAt(parsed.astroData, at) : (parsed.astroData ?? {});
  const theirs = sameData(data, astroItem) ? ours : validated(collection, astroItem, file, readAs(parsed), at);
  for (const problem of theirs.problems) {
    const path = pathOf(problem.field);
    const hint = astroHint(valueAt(parsed.astroData, path), valueAt(parsed.data, path));
    problems.push({ ...problem, message: `${problem.message}${hint}` });
  }
  if (theirs.problems.length) return undefined;
  if (theirs !== ours && !sameData(ours.data, theirs.data)) {
    const path = firstDifference(ours.data, theirs.data) ?? [];
    problems.push(
      error(
        file,
        fieldPath([...at, ...path]),
        `the site would read this value differently from the checker (${describeValue(valueAt(theirs.data, path))} instead of ${describeValue(valueAt(ours.data, path))}); put it in quotes`,
        parsed.lineOf([...at, ...path]),
      ),
    );
    return undefined;
  }
  return ours.data;
}

function validated(
  collection: FolderCollection | ListCollection,
  data: unknown,
  file: string,
  parsed: ParsedFile,
  at: PropertyKey[],
): { data?: unknown; problems: Problem[] } {
  const result = validate(collection.schema, data);
  if (result.success === true) return { data: result.data, problems: [] };
  if (result.success === false) return { problems: schemaProblems(result.error, collection.schema, file, parsed, at) };
  return {
    problems: [
      error(
        file,
        at.length ? fieldPath(at) : 'frontmatter',
        `the schema could not check this ${at.length ? 'entry' : 'file'} (${result.reason}); this is a bug in src/schemas/`,
        parsed.lineOf(at),
      ),
    ],
  };
}

/** The parsed file as the build reads it, for messages that quote the value found. */
const readAs = (parsed: ParsedFile): ParsedFile => ({ ...parsed, data: parsed.astroData });

/** The field path of a schema problem, back from its dotted form (for quoting the value Astro read). */
function pathOf(field: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    path.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
  return path;
}

/** Why Astro's reading of a value fails where ours passed, when the value's type says so. */
function astroHint(value: unknown, ours: unknown): string {
  if (value instanceof Date && typeof ours === 'string')
    return ' (the site reads this unquoted value as a date; put it in quotes to keep it as text)';
  if (value instanceof Uint8Array) return ' (the site reads this tagged value as binary data; remove the !!binary tag)';
  return ' (as the site reads the file)';
}

/** Whether two parsed values are the same data (dates compared by time). */
function sameData(a: unknown, b: unknown): boolean {
  return firstDifference(a, b) === undefined;
}

/** Path to the first place two parsed values differ; undefined when they are the same. */
function firstDifference(a: unknown, b: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime() ? undefined : path;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [
        ...path,
        key,
      ]);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : path;
}
