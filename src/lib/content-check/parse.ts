import { parseFrontmatter } from 'astro/markdown';
import { load as loadAsAstro } from 'js-yaml';
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';

/** A content file split into its YAML data and (for Markdown) its body. */
export interface ParsedFile {
  /** The parsed YAML data; `undefined` when the YAML could not be parsed. */
  data: unknown;
  /**
   * The same data as the build reads it: Astro parses YAML with js-yaml (dates become Date objects, other tags
   * and limits differ) and finds the frontmatter with its own pattern. The checker validates both, so what it
   * accepts is what the site is built from. `undefined` when the YAML could not be parsed.
   */
  astroData: unknown;
  /** The Markdown body, '' for data files. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a field, found by its path in the YAML, or the first line of the YAML when not found. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** YAML syntax errors and exceeded limits, each with the line it is on. */
  yamlErrors: { line: number; message: string }[];
}

/**
 * Most alias expansions (`*name`) a file may make. A few let an editor reuse a value; thousands are a "billion
 * laughs" file that would blow up into gigabytes when the build serialises it.
 */
export const MAX_ALIAS_COUNT = 100;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

type Parsed = Omit<ParsedFile, 'body' | 'bodyLine' | 'astroData'>;

/** js-yaml's error, as Astro would meet it: a reason and a 0-based line. */
interface AstroYamlError {
  reason?: string;
  message?: string;
  mark?: { line?: number };
}

/**
 * Parses YAML with the core schema so dates stay as text (the schema then rejects 2025-02-30 instead of the
 * YAML library quietly rolling it over into March). Never throws: a file the library gives up on (nesting too deep
 * for the stack, an alias bomb) comes back as a YAML error on a line.
 */
function parseYaml(text: string, firstLine: number): Parsed {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  let doc: Document;
  try {
    doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (reason) {
    return failed(firstLine, `the YAML could not be read (${messageOf(reason)})`);
  }
  // The library may report one failure many times over (once per level of a too-deep nesting): keep one of each.
  const seen = new Set<string>();
  const yamlErrors = doc.errors
    .map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0] ?? error.message }))
    .filter(({ line, message }) => !seen.has(`${line} ${message}`) && Boolean(seen.add(`${line} ${message}`)));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      // A key whose value is empty has no value node; point at the key instead.
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : doc.contents;
      if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
        const key = path[depth - 1];
        for (const item of parent.items as { key?: { value?: unknown; range?: number[] } }[]) {
          if (item.key?.value === key && item.key?.range?.[0] !== undefined) return lineAt(item.key.range[0]);
        }
      }
    }
    return firstLine;
  };
  if (yamlErrors.length) return { data: undefined, lineOf, yamlErrors };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), lineOf, yamlErrors };
  } catch (reason) {
    const alias = firstAlias(doc);
    const line = alias?.range ? lineAt(alias.range[0]) : firstLine;
    const message = /alias count/i.test(messageOf(reason))
      ? `aliases (*${alias?.source ?? 'name'}) repeat more data than a content file may hold (at most ${MAX_ALIAS_COUNT} copies); write the values out`
      : `the YAML could not be read (${messageOf(reason)})`;
    return { data: undefined, lineOf, yamlErrors: [{ line, message }] };
  }
}

function firstAlias(doc: Document): { source: string; range?: [number, number, number] | null } | undefined {
  let found: { source: string; range?: [number, number, number] | null } | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason)).split('\n')[0] ?? '';

function failed(line: number, message: string): Parsed {
  return { data: undefined, lineOf: () => line, yamlErrors: [{ line, message }] };
}

/**
 * Runs the build's own YAML reading; a file the checker's parser accepted but Astro's rejects becomes a YAML error
 * on the line js-yaml names (`lineOffset` is the file line of the YAML text's first line).
 */
function readAsAstro(read: () => unknown, lineOffset: number, parsed: Parsed): unknown {
  if (parsed.yamlErrors.length) return undefined;
  try {
    return read();
  } catch (reason) {
    const error = reason as AstroYamlError;
    parsed.yamlErrors.push({
      line: (error.mark?.line ?? 0) + lineOffset,
      message: `the site's YAML reader (js-yaml, as Astro uses it) rejects this: ${error.reason ?? messageOf(reason)}`,
    });
    parsed.data = undefined;
    return undefined;
  }
}

/** Splits a Markdown file into frontmatter and body; `null` when it has no frontmatter block. */
export function parseMarkdownFile(text: string): ParsedFile | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const yaml = parseYaml(match[1] ?? '', 2);
  // Astro's frontmatter starts with the rest of the opening "---" line, so its line 0 is the file's line 1.
  const astroData = readAsAstro(() => parseFrontmatter(text).frontmatter, 1, yaml);
  const bodyLine = match[0].split('\n').length;
  return { ...yaml, astroData, body: text.slice(match[0].length), bodyLine };
}

/** Parses a whole YAML data file. */
export function parseYamlFile(text: string): ParsedFile {
  const yaml = parseYaml(text, 1);
  const astroData = readAsAstro(() => loadAsAstro(text), 1, yaml);
  return { ...yaml, astroData, body: '', bodyLine: 1 };
}
