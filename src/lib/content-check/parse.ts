import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** A content file split into its YAML data and (for Markdown) its body. */
export interface ParsedFile {
  /** The parsed YAML data; `undefined` when the YAML could not be parsed. */
  data: unknown;
  /** The Markdown body, '' for data files. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a field, found by its path in the YAML, or the first line of the YAML when not found. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** YAML syntax errors, each with the line it is on. */
  yamlErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Parses YAML with the core schema so dates stay as text (the schema then rejects 2025-02-30 instead of the
 * YAML library quietly rolling it over into March).
 */
function parseYaml(text: string, firstLine: number): Omit<ParsedFile, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const yamlErrors = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
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
  return { data: yamlErrors.length ? undefined : doc.toJS(), lineOf, yamlErrors };
}

/** Splits a Markdown file into frontmatter and body; `null` when it has no frontmatter block. */
export function parseMarkdownFile(text: string): ParsedFile | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const yaml = parseYaml(match[1] ?? '', 2);
  const bodyLine = match[0].split('\n').length;
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}

/** Parses a whole YAML data file. */
export function parseYamlFile(text: string): ParsedFile {
  return { ...parseYaml(text, 1), body: '', bodyLine: 1 };
}
