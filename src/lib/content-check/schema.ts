import { z } from 'zod';
import type { ParsedFile } from './parse.ts';
import { closest, describeValue, fieldPath, type Problem } from './problem.ts';

/**
 * Readable messages for zod's built-in checks, as an editor needs them. Messages a schema sets itself (most
 * `.min()`, `.regex()` and `.refine()` calls) take precedence; this map words only zod's defaults.
 */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `required field is missing (expected ${issue.expected})`;
    return `expected ${issue.expected}, received ${describeType(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    if (issue.path?.at(-1) === 'answer')
      return `answer ${describeValue(issue.input)} is not among the options; give the letter of the correct option, a to d`;
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return undefined;
};

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value;
}

/** The outcome of validating one piece of data. */
export type Validation =
  { success: true; data: unknown } | { success: false; error: z.ZodError } | { success: 'crashed'; reason: string };

/**
 * Validates data with a schema. A cross-field rule (`.refine` on the whole object) can run on data whose fields
 * already failed and throw; the field problems are then found with the bare object shape, so the editor still
 * gets a message and the checker never crashes on bad content.
 */
export function validate(schema: z.ZodType, data: unknown): Validation {
  try {
    return schema.safeParse(data, { error: errorMap });
  } catch (error) {
    const shape = (schema as { def?: { type?: string; shape?: z.ZodRawShape } }).def;
    if (shape?.type === 'object' && shape.shape) {
      const bare = z.strictObject(shape.shape).safeParse(data, { error: errorMap });
      if (!bare.success) return bare;
    }
    return { success: 'crashed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Turns zod issues into problems located in the file; `prefix` is where the data sits in the file. */
export function schemaProblems(
  error: z.ZodError,
  schema: z.ZodType,
  file: string,
  parsed: ParsedFile,
  prefix: PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  // One problem per field: later issues on a field that already failed (a URL that is not a URL is not https
  // either) only repeat it.
  const failed = new Set<string>();
  for (const issue of error.issues) {
    const path = [...prefix, ...(issue.path as PropertyKey[])];
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeys(schema, issue.path as PropertyKey[]);
      for (const key of issue.keys) {
        const hint = closest(key, known);
        problems.push({
          severity: 'error',
          file,
          line: parsed.lineOf([...path, key]),
          field: fieldPath([...path, key]),
          message: `unknown field "${key}"; ${hint ? `did you mean "${hint}"?` : `the fields allowed here are ${known.join(', ')}`}`,
        });
      }
      continue;
    }
    if (failed.has(fieldPath(path))) continue;
    failed.add(fieldPath(path));
    const value = valueAt(parsed.data, path);
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(path),
      field: fieldPath(path),
      // A schema's own wording for a wrong type ("expected a date…") still needs to say the field is absent.
      message:
        value === undefined && issue.code === 'invalid_type' && !issue.message.startsWith('required')
          ? `required field is missing (${issue.message})`
          : issue.message,
      ...(value === undefined ? {} : { found: describeValue(value) }),
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

/** The value at `path` in parsed data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
