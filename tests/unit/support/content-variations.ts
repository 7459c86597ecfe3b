/**
 * Content variations for the agreement property (tests/unit/agreement.property.test.ts): generated notes on top of
 * tests/fixtures/content-valid, written as an editor writes them (YAML frontmatter, Markdown body).
 *
 * `noteArbitrary` makes notes the check is meant to accept: every optional field, notes sharing topics (so booklets
 * combine them), repeated headings, tables, footnotes, links to their own headings and to other notes, and
 * unusual but valid text (Devanagari, punctuation, long words), escaped as Markdown needs. `MISCHIEF` is one risky
 * construct at a time (a heading whose id the page already uses, raw HTML, an unquoted date where text belongs…):
 * the check may accept it, and must then build, or reject it with the file, line and field.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import { phrase } from './text-arbitraries.ts';

export const FIXTURE = resolve('tests/fixtures/content-valid');

/** Topics, questions, maps and syllabus lines of the fixture a generated note may name. */
const TOPICS = ['topic-one', 'topic-two', 'topic-three'] as const;
const QUESTIONS = ['q-mcq', 'q-mains'] as const;
const LINES = [
  { paper: 'gs2', line: 'gs2-bilateral' },
  { paper: 'gs3', line: 'gs3-economy' },
] as const;
/** Notes of the fixture, always published, that generated notes may point at. */
const FIXTURE_NOTES = ['alpha-note', 'beta-note'] as const;

/** Text for a Markdown body: Markdown's own characters escaped, as an editor writes literal text. */
export const markdownText = (text: string): string => text.replace(/([\\`*_[\]<>#|!~&])/g, '\\$1');

const date = fc
  .record({ month: fc.integer({ min: 1, max: 6 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/**
 * A heading: often from a small pool, so one body repeats headings and two notes share them. Only headings with a
 * link id (slug) are valid content: one whose characters the slugger drops entirely (a lone symbol of a script it
 * does not know, such as U+12F90) is what the check rejects, and the rejection cases below test that.
 */
const headingText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('Background', 'Key takeaways', 'Trade', 'भारत और जापान', 'Timeline') },
  { weight: 3, arbitrary: phrase(4).filter((text) => new GithubSlugger().slug(text) !== '') },
);

const section = fc.record({
  heading: headingText,
  sub: fc.boolean(),
  paragraph: phrase(12),
  table: fc.option(fc.array(fc.tuple(phrase(3), phrase(3)), { minLength: 1, maxLength: 3 }), { freq: 3 }),
  list: fc.option(fc.array(phrase(5), { minLength: 1, maxLength: 3 }), { freq: 3 }),
  footnote: fc.option(phrase(6), { freq: 4 }),
  quote: fc.option(phrase(8), { freq: 4 }),
  linkBack: fc.boolean(),
  linkOut: fc.option(fc.constantFrom(...FIXTURE_NOTES), { freq: 3 }),
});

/** One generated note's choices; ids, order and references are filled in when the set is put together. */
export const noteArbitrary = fc.record({
  title: phrase(8).filter((t) => t.length <= 120),
  summary: phrase(20).filter((t) => t.length <= 300),
  published: date,
  updatedDays: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 2 }),
  kind: fc.constantFrom('news-analysis', 'editorial', 'background'),
  gs: fc.uniqueArray(fc.constantFrom(...LINES), { minLength: 1, maxLength: 2 }),
  prelims: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 3 }),
  questions: fc.uniqueArray(fc.constantFrom(...QUESTIONS), { minLength: 1, maxLength: 2 }),
  via: fc.boolean(),
  related: fc.uniqueArray(fc.constantFrom(...FIXTURE_NOTES), { maxLength: 2 }),
  timeline: fc.array(
    fc.record({
      year: fc.integer({ min: 1950, max: 2040 }),
      event: phrase(10),
      planned: fc.option(fc.boolean(), { freq: 2 }),
      note: fc.option(fc.constantFrom(...FIXTURE_NOTES), { freq: 2 }),
    }),
    { maxLength: 4 },
  ),
  figures: fc.array(
    fc.record({ value: phrase(4), label: phrase(6), note: fc.option(fc.constantFrom(...FIXTURE_NOTES), { freq: 2 }) }),
    { maxLength: 3 },
  ),
  quickRevision: fc.array(
    fc.record({
      text: phrase(12).filter((t) => t.length <= 170),
      // A flashcard cue: a short question (the schema asks for the "?").
      cue: fc.option(
        phrase(6)
          .filter((t) => t.length < 100)
          .map((t) => `${t}?`),
        { freq: 3 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  maps: fc.boolean(),
  draft: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  sections: fc.array(section, { minLength: 1, maxLength: 5 }),
});
export type GeneratedNote = typeof noteArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Frontmatter data of a generated note, in the order an editor writes it. */
function frontmatter(note: GeneratedNote, order: number): Record<string, unknown> {
  const updated =
    note.updatedDays === null
      ? undefined
      : new Date(Date.parse(`${note.published}T00:00:00Z`) + note.updatedDays * 86_400_000).toISOString().slice(0, 10);
  return {
    title: note.title,
    summary: note.summary,
    order,
    published: note.published,
    ...(updated ? { updated } : {}),
    kind: note.kind,
    gs: note.gs,
    prelims: note.prelims,
    mains: ['main-topic'],
    sources: [
      {
        publication: 'TH',
        title: note.title,
        url: 'https://www.thehindu.com/generated',
        date: note.published,
        ...(note.via ? { via: 'TH' } : {}),
      },
    ],
    questions: note.questions,
    ...(note.related.length ? { related: note.related } : {}),
    ...(note.timeline.length
      ? {
          timeline: note.timeline.map((e) => ({
            year: e.year,
            event: e.event,
            ...(e.planned === null ? {} : { planned: e.planned }),
            ...(e.note === null ? {} : { note: e.note }),
          })),
        }
      : {}),
    ...(note.figures.length
      ? {
          figures: note.figures.map((f) => ({
            value: f.value,
            label: f.label,
            ...(f.note === null ? {} : { note: f.note }),
          })),
        }
      : {}),
    currentTo: 'February 2025',
    quickRevision: note.quickRevision.map((line) => (line.cue === null ? line.text : line)),
    ...(note.maps ? { maps: ['map-one'] } : {}),
    ...(note.draft ? { draft: true } : {}),
  };
}

/** The Markdown body: headings (h2, sometimes an h3 under it), prose, tables, lists, footnotes, links. */
function body(note: GeneratedNote): string {
  const slugger = new GithubSlugger();
  const out: string[] = [];
  let footnotes = 0;
  let first = true;
  for (const s of note.sections) {
    const level = s.sub && !first ? 3 : 2;
    first = false;
    const slug = slugger.slug(s.heading);
    out.push(`${'#'.repeat(level)} ${markdownText(s.heading)}`, '');
    let paragraph = markdownText(s.paragraph);
    if (s.linkBack) paragraph += ` See [${markdownText(s.heading)}](#${slug}).`;
    if (s.linkOut) paragraph += ` Compare [the other note](/notes/${s.linkOut}/).`;
    if (s.footnote !== null) paragraph += `[^${++footnotes}]`;
    out.push(paragraph, '');
    if (s.table) {
      const cell = (text: string) => markdownText(text).replace(/\|/g, '\\|');
      out.push('| Item | Detail |', '| --- | --- |', ...s.table.map(([a, b]) => `| ${cell(a)} | ${cell(b)} |`), '');
    }
    if (s.list) out.push(...s.list.map((item) => `- ${markdownText(item)}`), '');
    if (s.quote !== null) out.push(`> ${markdownText(s.quote)}`, '');
  }
  let n = 0;
  for (const s of note.sections) if (s.footnote !== null) out.push(`[^${++n}]: ${markdownText(s.footnote)}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** A note file as an editor writes it: YAML frontmatter (strings quoted only where YAML needs it) and the body. */
export function noteFile(data: Record<string, unknown>, markdown: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${markdown}`;
}

/** One risky construct, applied to a generated note's frontmatter text or body. */
export interface Mischief {
  name: string;
  /** Changes the note file's text. */
  apply: (file: string) => string;
}

const inBody = (name: string, markdown: string): Mischief => ({
  name,
  apply: (file) => `${file.trimEnd()}\n\n${markdown}\n`,
});
const inFrontmatter = (name: string, field: string, raw: string): Mischief => ({
  name,
  apply: (file) => file.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${raw}`),
});

/** Headings whose ids the page around a body already uses (found in the built fixture pages). */
const PAGE_HEADINGS = [
  'Top',
  'Main',
  'Timeline heading',
  'Figures heading',
  'Maps heading',
  'Quick revision heading',
  'Questions heading',
  'Answer key',
  'Related heading',
  'Toc heading',
  'Note progress heading',
  'Site status',
  'Search dialog title',
  'Search dialog input',
  'Q q-mcq',
  'Map map-one',
  'Footnote label',
];

export const MISCHIEF: readonly Mischief[] = [
  ...PAGE_HEADINGS.map((text) => inBody(`a heading "${text}"`, `## ${text}\n\nText.`)),
  inBody('a heading of punctuation only', '## ?!\n\nText.'),
  inBody('a heading of an emoji only', '## 🙂\n\nText.'),
  inBody('an empty heading', '##\n\nText.'),
  inBody('a heading of markup only', '## <b></b>\n\nText.'),
  inBody(
    'two tables under one heading',
    '## Two tables\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n| c | d |\n| - | - |\n| 3 | 4 |',
  ),
  inBody('a table with no heading before it in a new body part', '| a | b |\n| - | - |\n| 1 | 2 |'),
  inBody('an unclosed <b>', 'Some <b>bold text.'),
  inBody('a closed <b>', 'Some <b>bold</b> text.'),
  inBody('a <sup>', 'E = mc<sup>2</sup>.'),
  inBody('an element with an id', '<span id="x">x</span>'),
  inBody('a raw section with a label', '<section aria-label="Timeline">x</section>'),
  inBody('a raw div block', '<div>\n\nText.\n\n</div>'),
  inBody('a raw image without alt', '<img src="/favicon.svg">'),
  inBody('a Markdown image without alt', '![](/favicon.svg)'),
  inBody('a Markdown image that does not exist', '![A picture](/nothing.png)'),
  inBody('a deprecated element', '<center>x</center>'),
  inBody('an HTML comment', '<!-- a note to the next editor -->'),
  inBody('a <span lang>', 'In Hindi, <span lang="hi">भारत</span>.'),
  inBody('an <abbr title>', 'The <abbr title="Comprehensive Economic Partnership Agreement">CEPA</abbr> of 2011.'),
  inBody('a <span> with a bad dir', '<span dir="sideways">x</span>'),
  inBody('a <span> with a bad lang', '<span lang="not a language">x</span>'),
  inBody('a stray closing tag', 'Text.</b> More.'),
  inBody('a heading of an entity only', '## &nbsp;\n\nText.'),
  inBody('a heading with an entity', '## India &amp; Japan\n\nText.'),
  inBody('a page heading inside a quote', '> ## Timeline heading\n>\n> Text.'),
  inBody('a page heading inside a list', '- ## Quick revision heading'),
  inBody('a heading "Table"', '## Table\n\n| a | b |\n| - | - |\n| 1 | 2 |'),
  inBody('a line break element', 'one<br>two'),
  inBody('a bare # link', '[top](#)'),
  inBody('an empty link', '[]()'),
  inBody('a link with no text', '[](/notes/alpha-note/)'),
  inBody('an autolink', '<https://www.mea.gov.in/>'),
  inBody('a heading inside a quote', '> ## Quoted heading\n>\n> Text.'),
  inBody('a heading inside a list', '- ## Listed heading'),
  inBody('a setext heading', 'Setext heading\n--------------\n\nText.'),
  inBody('a heading with closing hashes', '## Closed heading ##\n\nText.'),
  inBody('a footnote reference with no definition', 'A claim.[^missing]'),
  inBody('a footnote defined twice', 'A claim.[^d]\n\n[^d]: One.\n[^d]: Two.'),
  inBody('a code block with a heading in it', '```\n## not a heading\n```'),
  inBody('a task list', '- [ ] to do\n- [x] done'),
  inBody('strikethrough', '~~old~~ new'),
  inBody('a bare URL', 'See https://www.mea.gov.in/ for more.'),
  inBody('an unescaped < before a letter', 'Trade a <b than before.'),
  inBody('an ampersand entity', 'Trade &amp; investment &copy; &bogus;'),
  inBody('a very long word', `Word ${'x'.repeat(400)}.`),
  inBody('a horizontal rule', 'Text.\n\n---\n\nMore.'),
  inBody('a beyond-source block with no citation', '> [!BEYOND]\n> A fact.'),
  inFrontmatter('an unquoted date as the title', 'title', '2025-01-10'),
  inFrontmatter('an unquoted number as the title', 'title', '1998'),
  inFrontmatter('a title that is an alias to nothing', 'title', '*nothing'),
  inFrontmatter('a tagged title', 'title', '!!str Tagged title'),
  inFrontmatter('a binary title', 'title', '!!binary aGVsbG8='),
  inFrontmatter('a timestamp as published', 'published', '2025-01-10T10:00:00Z'),
  inFrontmatter('a one-digit month as published', 'published', '2025-1-5'),
  inFrontmatter('an unquoted date as the summary', 'summary', '2025-02-30'),
  inFrontmatter('a title with a colon', 'title', 'India: Japan'),
  // Unquoted, YAML reads the title as "Kantei" (the rest is a comment): a word no generated title uses, so it never
  // collides with one by chance.
  inFrontmatter('a title with a hash', 'title', 'Kantei #1 partner'),
  inFrontmatter('a null title', 'title', '~'),
  inFrontmatter('a multi-line title', 'title', '|\n  Two\n  lines'),
  inFrontmatter('a yes/no as the title', 'title', 'yes'),
  inFrontmatter('a title in flow style', 'title', '{a: b}'),
];

/** A whole content set: the fixture plus generated notes, each with a unique order and id. */
export interface Variation {
  notes: { id: string; note: GeneratedNote; mischief?: Mischief }[];
}

/** Writes the fixture plus the variation's notes into `dir` (emptied first); returns the note files written. */
export function writeVariation(dir: string, variation: Variation): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, dir, { recursive: true });
  // Published notes need titles of their own (the check says why): a generated title already taken gets the id.
  const taken = new Set(['alpha note', 'beta note']);
  return variation.notes.map(({ id, note, mischief }, i) => {
    const file = join('notes', `${id}.md`);
    const key = (title: string) => title.replace(/\s+/g, ' ').trim().toLowerCase();
    const title = taken.has(key(note.title)) ? `${note.title.slice(0, 100)} ${id}` : note.title;
    if (!note.draft) taken.add(key(title));
    const text = noteFile(frontmatter({ ...note, title }, 10 + i), body(note));
    writeFileSync(join(dir, file), mischief ? mischief.apply(text) : text);
    return file;
  });
}

/** A variation of `count` generated notes (ids gen-1…), some sharing every topic so booklets combine them. */
export const variationArbitrary = (count: { min: number; max: number }) =>
  fc
    .array(noteArbitrary, { minLength: count.min, maxLength: count.max })
    .map((notes): Variation => ({ notes: notes.map((note, i) => ({ id: `gen-${i + 1}`, note })) }));
