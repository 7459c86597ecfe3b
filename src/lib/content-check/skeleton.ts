import { Document, isMap, isNode } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { fieldPath } from './problem.ts';
import type { ContentSet, Entry } from './read.ts';

/**
 * What a skeleton puts where the editor has to write something. The check reports every value and body line that
 * still holds it, so a skeleton cannot be published half filled.
 */
export const PLACEHOLDER = 'FILL IN';
/** The placeholder for an id, which must stay kebab-case to be read at all. */
export const ID_PLACEHOLDER = 'fill-in';

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { def: Def }).def;

/** Whether a schema takes `value` as it is. */
const takes = (schema: unknown, value: unknown) => (schema as z.ZodType).safeParse(value).success;

/** A value for one field from its schema: a placeholder for text, today for a date, the first choice of a list. */
function skeletonValue(
  schema: unknown,
  name: string,
  today: string,
  choices: Map<string, string[]>,
  path: string,
): unknown {
  const def = defOf(schema);
  // A date field reads YYYY-MM-DD into a Date: today is a fair start.
  const parsedToday = (schema as z.ZodType).safeParse(today);
  if (parsedToday.success && parsedToday.data instanceof Date) return today;
  switch (def.type) {
    case 'pipe':
      return skeletonValue(def['in'], name, today, choices, path);
    case 'string':
      // An id must stay kebab-case to be read as one; the placeholder rule still reports it.
      return takes(schema, ID_PLACEHOLDER) && !takes(schema, `${PLACEHOLDER}: ${name}`)
        ? ID_PLACEHOLDER
        : `${PLACEHOLDER}: ${name}`;
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'enum': {
      const options = Object.values(def['entries'] as Record<string, string>);
      choices.set(path, options);
      return options[0];
    }
    case 'array':
      return [skeletonValue(def['element'], name, today, choices, `${path}[]`)];
    case 'object':
      return skeletonObject(schema, today, choices, path);
    case 'union':
      return skeletonValue((def['options'] as unknown[])[0], name, today, choices, path);
    default:
      return `${PLACEHOLDER}: ${name}`;
  }
}

/** The required fields of an object schema, each with a skeleton value; optional fields are left out. */
function skeletonObject(schema: unknown, today: string, choices: Map<string, string[]>, path = ''): object {
  const shape = defOf(schema)['shape'] as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const type = defOf(field).type;
    if (type === 'optional' || type === 'default' || type === 'prefault') continue;
    out[key] = skeletonValue(field, key, today, choices, path ? `${path}.${key}` : key);
  }
  return out;
}

/** Names of the fields an object schema allows but a skeleton leaves out. */
function optionalFields(schema: unknown): string[] {
  const shape = defOf(schema)['shape'] as Record<string, unknown>;
  return Object.entries(shape)
    .filter(([, field]) => ['optional', 'default', 'prefault'].includes(defOf(field).type))
    .map(([key]) => key);
}

/**
 * YAML for a new entry of `schema`: every required field with a placeholder, a comment with the choices of each
 * enum, and a closing comment naming the optional fields. `overrides` replaces the values of some fields (a
 * question's four options).
 */
export function skeletonYaml(schema: z.ZodType, today: string, overrides: Record<string, unknown> = {}): string {
  const choices = new Map<string, string[]>();
  const data = { ...skeletonObject(schema, today, choices), ...overrides };
  const doc = new Document(data);
  for (const [path, options] of choices) {
    const keys = path.split('.').filter((k) => !k.endsWith('[]'));
    if (keys.length !== path.split('.').length) continue;
    const node = doc.getIn(keys, true);
    if (isNode(node)) node.comment = ` one of: ${options.join(', ')}`;
  }
  const optional = optionalFields(schema).filter((key) => !(key in overrides));
  if (isMap(doc.contents) && optional.length) doc.comment = ` Optional fields: ${optional.join(', ')}`;
  return doc.toString({ lineWidth: 0 });
}

/** Placeholders a skeleton left, wherever they still are: in a field (with its path) or in the body. */
export function placeholderProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const byId of Object.values(content.entries)) {
    for (const entry of byId.values()) {
      const key = `${entry.file} ${entry.at.join('.')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      walk(entry, entry.at, valueAtPath(entry.parsed.data, entry.at), problems);
      entry.parsed.body.split('\n').forEach((line, i) => {
        if (line.includes(PLACEHOLDER))
          problems.push(placeholder(entry.file, entry.parsed.bodyLine + i, 'body', line.trim()));
      });
    }
  }
  return problems;
}

function walk(entry: Entry, path: PropertyKey[], value: unknown, problems: Problem[]): void {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER) || value === ID_PLACEHOLDER)
      problems.push(placeholder(entry.file, entry.parsed.lineOf(path), fieldPath(path), value));
  } else if (Array.isArray(value)) value.forEach((item, i) => walk(entry, [...path, i], item, problems));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) walk(entry, [...path, key], item, problems);
}

const valueAtPath = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((current, key) => (current as Record<PropertyKey, unknown> | undefined)?.[key], data);

const placeholder = (file: string, line: number, field: string, found: string): Problem => ({
  severity: 'error',
  file,
  line,
  field,
  message: 'a placeholder from `npm run new` is still here; write the real value',
  found: JSON.stringify(found.length > 80 ? `${found.slice(0, 77)}...` : found),
});
