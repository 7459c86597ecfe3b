import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

/** What the checker needs to know about a Markdown body. */
export interface BodyFacts {
  /** Headings in order, with the id Astro gives them (github-slugger, as rehypeHeadingIds does). */
  headings: { depth: number; text: string; slug: string; line: number }[];
  /** Link and image targets with their lines. */
  links: { url: string; line: number }[];
  /** Raw HTML found in the body. */
  html: { value: string; line: number }[];
  /** Number of words of prose. */
  words: number;
}

/** Reads the structure of a Markdown body; `firstLine` is the file line the body starts on. */
export function analyseBody(body: string, firstLine: number): BodyFacts {
  const tree = fromMarkdown(body);
  const facts: BodyFacts = { headings: [], links: [], html: [], words: 0 };
  const slugger = new GithubSlugger();
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const text = toString(node);
      facts.headings.push({ depth: node.depth, text, slug: slugger.slug(text), line: lineOf(node) });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      facts.links.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === 'html') {
      facts.html.push({ value: node.value, line: lineOf(node) });
    } else if (node.type === 'text') {
      facts.words += node.value.split(/\s+/).filter(Boolean).length;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return facts;
}

/** Tags and attributes that could run code or pull in another page. */
const DANGEROUS_HTML = [
  { pattern: /<\s*script\b/i, what: 'a <script> element' },
  { pattern: /<\s*iframe\b/i, what: 'an <iframe> element' },
  { pattern: /<\s*object\b/i, what: 'an <object> element' },
  { pattern: /<\s*embed\b/i, what: 'an <embed> element' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an on… event handler attribute' },
  { pattern: /javascript:/i, what: 'a javascript: URL' },
];

/** Names the first dangerous construct in a piece of raw HTML, if any. */
export function dangerousHtml(value: string): string | undefined {
  return DANGEROUS_HTML.find(({ pattern }) => pattern.test(value))?.what;
}

/** True for a URL whose scheme runs script (`javascript:`, also with spaces or odd case). */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore control characters inside a scheme ("java\tscript:"), so drop them before looking.
  // eslint-disable-next-line no-control-regex
  return /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)/i.test(url.replace(/[\u0000-\u001f]/g, ''));
}

/** Heading problems: an h1 in the body (the page prints the title) or a level skipped on the way down. */
export function headingProblems(headings: BodyFacts['headings']): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  let previous = 1;
  for (const heading of headings) {
    if (heading.depth === 1) {
      problems.push({
        line: heading.line,
        message: `the body must not have an h1 ("# ${heading.text}"); the page prints the title as h1, start sections at ##`,
      });
    } else if (heading.depth > previous + 1) {
      problems.push({
        line: heading.line,
        message: `heading level skipped: h${heading.depth} ("${heading.text}") follows h${previous}; use h${previous + 1}`,
      });
    }
    previous = Math.max(heading.depth, 1);
  }
  return problems;
}
