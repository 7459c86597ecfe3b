import GithubSlugger from 'github-slugger';
import { parse as parseHtml } from 'node-html-parser';
import { MARKER_LINE, markerCitations } from '../beyond-source.ts';

/** What the checker needs to know about a Markdown body. */
export interface BodyFacts {
  /** Headings in order, with the id Astro gives them (github-slugger, as rehypeHeadingIds does). */
  headings: { depth: number; text: string; slug: string; line: number }[];
  /** Link and image targets with their lines; `textless` for a link with no text to read (`[](/notes/x/)`). */
  links: { url: string; line: number; textless?: boolean }[];
  /** Raw HTML found in the body. */
  html: { value: string; line: number }[];
  /** Blockquotes opened with a `[!NAME]` marker, the citation ids on its line; `empty` when no text follows it. */
  markers: { name: string; line: number; empty: boolean; cites: string[] }[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** The quote markers and list-item markers a line opens with (`> - `), each level of nesting in turn. */
const CONTAINERS = /^(?: {0,3}>[ \t]?| {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)+/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const BLOCK_START = /^ {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|>|\||#|<)/;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
// A backslash-escaped bracket is text, not a link's edge (`[India \[1\]](#india)` links "India [1]").
const INLINE_LINK =
  /(?<!\\)!?\[((?:\\.|[^\\\][]|\[(?:\\.|[^\\\]])*\])*)\]\(\s*(?:<([^>]*)>|([^\s()]*(?:\([^\s()]*\)[^\s()]*)*))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
// `[^1]: text` is a footnote (remark-gfm), not a link definition: its text is not a URL.
const DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*<?([^\s>]+)>?/;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;

/** Plain text of inline Markdown, as a heading's id is made from it (links and emphasis reduced to their text). */
function plainText(inline: string): string {
  // A backslash-escaped character is text, never markup (`\<b\>` is the text "<b>"): set each aside first.
  const escaped: string[] = [];
  const text = inline
    .replace(/\\([!-/:-@[-`{-~])/g, (_m, char: string) => `\uE000${escaped.push(char) - 1}\uE001`)
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2');
  // Character references are the characters they name ("&amp;" is "&", "&nbsp;" a space).
  const decoded = /&(?:#\d+|#x[\da-f]+|\w+);/i.test(text) ? parseHtml(text).text : text;
  return decoded.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? '').trim();
}

/**
 * Reads the structure of a Markdown body; `firstLine` is the file line the body starts on. A line scanner rather
 * than a full CommonMark parse: it finds exactly what the checker asks about (ATX and setext headings, links,
 * definitions, autolinks, raw HTML) outside code fences and code spans, about ten times faster than building a
 * syntax tree, which keeps `npm run check` under two seconds on 1,000 notes.
 */
export function analyseBody(body: string, firstLine: number): BodyFacts {
  const facts: BodyFacts = { headings: [], links: [], html: [], markers: [] };
  const slugger = new GithubSlugger();
  const lines = body.split(/\r?\n/);
  let fence = '';
  let paragraph: { text: string; line: number } | undefined;
  const addHeading = (depth: number, raw: string, line: number) => {
    const text = plainText(raw);
    facts.headings.push({ depth, text, slug: slugger.slug(text), line });
  };
  for (const [index, line] of lines.entries()) {
    const lineNo = firstLine + index;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (
        fenceMatch?.[1] &&
        fenceMatch[1][0] === fence[0] &&
        fenceMatch[1].length >= fence.length &&
        line.trim() === fenceMatch[1]
      )
        fence = '';
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      paragraph = undefined;
      continue;
    }
    if (line.trim() === '') {
      paragraph = undefined;
      continue;
    }
    if (paragraph && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
      // The paragraph line above becomes the heading; its inline content was scanned already.
      addHeading(SETEXT_1.test(line) ? 1 : 2, paragraph.text, paragraph.line);
      paragraph = undefined;
      continue;
    }
    const marker = MARKER_LINE.exec(line);
    if (marker?.[1]) {
      const empty = !/^ {0,3}>[ \t]*\S/.test(lines[index + 1] ?? '');
      facts.markers.push({ name: marker[1], line: lineNo, empty, cites: markerCitations(marker[2] ?? '') });
    }
    // A heading inside a quote or a list item is a heading too, with an id of its own ("> ## Note").
    const atx = ATX.exec(line.replace(CONTAINERS, ''));
    const inline = (atx ? (atx[2] ?? '') : line).replace(CODE_SPAN, (m) => ' '.repeat(m.length));
    if (atx?.[1]) addHeading(atx[1].length, atx[2] ?? '', lineNo);
    const definition = atx ? null : DEFINITION.exec(inline);
    if (definition?.[1]) facts.links.push({ url: definition[1], line: lineNo });
    for (const match of inline.matchAll(INLINE_LINK)) {
      const textless = !match[0].startsWith('!') && plainText(match[1] ?? '') === '';
      facts.links.push({ url: match[2] ?? match[3] ?? '', line: lineNo, ...(textless ? { textless } : {}) });
    }
    for (const match of inline.matchAll(AUTOLINK)) facts.links.push({ url: match[1] ?? '', line: lineNo });
    const withoutAutolinks = inline.replace(AUTOLINK, '');
    // A line that opens with a tag is an HTML block: report it whole, as a reader would see it in the file.
    if (/^ {0,3}<[A-Za-z!/]/.test(withoutAutolinks) && withoutAutolinks.search(HTML_TAG) !== -1)
      facts.html.push({ value: line.trim(), line: lineNo });
    else for (const match of withoutAutolinks.matchAll(HTML_TAG)) facts.html.push({ value: match[0], line: lineNo });
    paragraph = atx || definition || BLOCK_START.test(line) ? undefined : { text: line.trim(), line: lineNo };
  }
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

/**
 * Raw HTML a body may hold: inline text-level tags that cannot take an id, a role or a landmark's name, or break
 * the page's structure, so every page built from Markdown stays valid (html-validate checks each one in the build;
 * anything else, from <img> without alt to <center> or a <section> named like the page's own, fails it there).
 */
export const ALLOWED_HTML_TAGS = [
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'var',
  'wbr',
] as const;
/** Attributes those tags may carry, each with the values html-validate accepts. */
const ALLOWED_HTML_ATTRIBUTES: Record<string, RegExp> = {
  title: /^[\s\S]*$/,
  lang: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i,
  dir: /^(?:ltr|rtl|auto)$/,
};
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)\/?>/g;
/** An HTML comment, which holds no tags. */
const COMMENT = /<!--[\s\S]*?-->/g;
/** The tags of a piece of raw HTML, comments left out. */
const tagsOf = (value: string) => value.replace(COMMENT, '').matchAll(TAG);
const ATTRIBUTE = /([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Why a piece of raw HTML may not be in a body (the first tag or attribute outside the allowed ones), if it may not. */
export function disallowedHtml(value: string): string | undefined {
  for (const match of tagsOf(value)) {
    const [, , rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (!(ALLOWED_HTML_TAGS as readonly string[]).includes(name))
      return `raw HTML <${name}> is not allowed in Markdown; write Markdown, or use one of the inline tags ${ALLOWED_HTML_TAGS.map((t) => `<${t}>`).join(' ')}`;
    for (const [, attribute = '', double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      const allowed = ALLOWED_HTML_ATTRIBUTES[attribute.toLowerCase()];
      if (!allowed)
        return `the attribute ${attribute} on <${name}> is not allowed in Markdown (only ${Object.keys(ALLOWED_HTML_ATTRIBUTES).join(', ')})`;
      const found = double ?? single ?? bare ?? '';
      if (!allowed.test(found)) return `${attribute}="${found}" on <${name}> is not a valid ${attribute}`;
    }
  }
  return undefined;
}

const VOID_TAGS = new Set(['br', 'wbr']);

/**
 * The inline tags a body opens and never closes, each with the line it was opened on. An unclosed `<b>` does not
 * stay in its paragraph: the HTML parser reopens it in the blocks after it and wraps a footnotes <section> in it,
 * which is invalid HTML the build's output check fails. Stray closing tags are dropped by the parser, so harmless.
 */
export function unclosedTags(html: readonly { value: string; line: number }[]): { name: string; line: number }[] {
  const open: { name: string; line: number }[] = [];
  for (const { value, line } of html)
    for (const [tag, closing, rawName = ''] of tagsOf(value)) {
      const name = rawName.toLowerCase();
      if (VOID_TAGS.has(name) || tag.endsWith('/>')) continue;
      if (!closing) open.push({ name, line });
      else {
        const at = open.map((o) => o.name).lastIndexOf(name);
        if (at !== -1) open.splice(at, 1);
      }
    }
  return open;
}

/** Names the first dangerous construct in a piece of raw HTML, if any. */
export function dangerousHtml(value: string): string | undefined {
  return DANGEROUS_HTML.find(({ pattern }) => pattern.test(value))?.what;
}

/**
 * The scheme of a URL that runs script or renders a page of its own (`javascript:`, `vbscript:`, `data:`), as
 * found, so a message can name it; undefined for any other URL.
 */
export function scriptScheme(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so drop them before looking.
  // eslint-disable-next-line no-control-regex
  const match = /^\s*(javascript|vbscript|data)\s*:/i.exec(url.replace(/[\u0000-\u001f]/g, ''));
  return match?.[1] ? `${match[1].toLowerCase()}:` : undefined;
}

/**
 * Heading problems: an empty heading or one with no letter or digit for its id, an h1 in the body (the page prints
 * the title), or a level skipped on the way down.
 */
export function headingProblems(headings: BodyFacts['headings']): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  let previous = 1;
  for (const heading of headings) {
    // The page gives each heading the id of its slug: an empty heading is an error on the page, and a heading
    // with no letter or digit would get the empty id, which no HTML element may have.
    if (heading.text === '') problems.push({ line: heading.line, message: 'the heading is empty; write its text' });
    else if (heading.slug === '')
      problems.push({
        line: heading.line,
        message: `the heading "${heading.text}" has no letter or digit to make its id (its link) from; add a word`,
      });
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
