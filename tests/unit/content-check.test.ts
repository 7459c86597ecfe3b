import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { parseMarkdownFile } from '../../src/lib/content-check/parse.ts';
import type { Problem } from '../../src/lib/content-check/problem.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { noteSchema } from '../../src/schemas/note.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/content-valid/', import.meta.url));
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** One change to the valid tree. */
type Mutation = (root: string) => void;

/** Replaces text in a file of the tree; throws if the text is not there, so a fixture change cannot hide a case. */
const edit =
  (file: string, from: string, to: string): Mutation =>
  (root) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${JSON.stringify(from)}`);
    writeFileSync(path, text.replace(from, to));
  };
const append =
  (file: string, text: string): Mutation =>
  (root) =>
    writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8') + text);
const write =
  (file: string, content: string | Uint8Array): Mutation =>
  (root) =>
    writeFileSync(join(root, file), content);
const copy =
  (from: string, to: string): Mutation =>
  (root) =>
    cpSync(join(root, from), join(root, to));
const all =
  (...mutations: Mutation[]): Mutation =>
  (root) =>
    mutations.forEach((m) => m(root));

/** The problem a case must produce: everything exact except the message, which must contain `message`. */
interface Expected {
  severity: Problem['severity'];
  file: string;
  line: number | undefined;
  field: string;
  message: string;
  found?: string;
}
const error = (file: string, line: number | undefined, field: string, message: string, found?: string): Expected => ({
  severity: 'error',
  file,
  line,
  field,
  message,
  ...(found === undefined ? {} : { found }),
});

const ALPHA = 'notes/alpha-note.md';
const BETA = 'notes/beta-note.md';
const MCQ = 'questions/q-mcq.yaml';
const GLOSSARY = 'glossary.yaml';
const MAINS = 'mains/main-topic.md';

const CASES: [name: string, mutation: Mutation, expected: Expected[]][] = [
  [
    'invalid YAML',
    edit(ALPHA, 'summary: The first test note.', 'summary: The first test note: a summary'),
    [
      error(
        ALPHA,
        3,
        'frontmatter',
        'invalid YAML: Nested mappings are not allowed in compact mappings (if the value contains ": ", put it in quotes)',
      ),
    ],
  ],
  [
    'missing required field',
    edit(ALPHA, 'summary: The first test note.\n', ''),
    [error(ALPHA, 2, 'summary', 'required field is missing (expected string)')],
  ],
  [
    'wrong type',
    edit(ALPHA, 'order: 0', 'order: first'),
    [error(ALPHA, 4, 'order', 'expected number, received string', '"first"')],
  ],
  [
    'unknown key typo prelim:',
    edit(ALPHA, 'prelims:', 'prelim:'),
    [
      error(ALPHA, 2, 'prelims', 'required field is missing (expected array)'),
      error(ALPHA, 11, 'prelim', 'unknown field "prelim"; did you mean "prelims"?'),
    ],
  ],
  [
    'unknown topic id',
    edit(ALPHA, 'prelims: [topic-one, topic-two]', 'prelims: [topic-one, topic-two, topic-onee]'),
    [
      error(
        ALPHA,
        11,
        'prelims[2]',
        'unknown prelims topic "topic-onee"; it must be an id in content/topics/ (did you mean "topic-one"?)',
      ),
    ],
  ],
  [
    'unknown mains topic',
    edit(ALPHA, 'mains: [main-topic]', 'mains: [main-topic, mains-topic]'),
    [
      error(
        ALPHA,
        12,
        'mains[1]',
        'unknown mains topic "mains-topic"; it must be an id in content/mains/ (did you mean "main-topic"?)',
      ),
    ],
  ],
  [
    'unknown syllabus line',
    edit(ALPHA, 'line: gs2-bilateral', 'line: gs2-bilaterl'),
    [
      error(
        ALPHA,
        10,
        'gs[0].line',
        'unknown syllabus line "gs2-bilaterl"; it must be an id in content/taxonomy/syllabus.yaml (did you mean "gs2-bilateral"?)',
      ),
    ],
  ],
  [
    'syllabus line from the wrong paper',
    edit(ALPHA, 'line: gs2-bilateral', 'line: gs3-economy'),
    [error(ALPHA, 10, 'gs[0].line', 'syllabus line "gs3-economy" belongs to gs3, not gs2')],
  ],
  [
    'unknown publication',
    edit(ALPHA, 'publication: TH', 'publication: HT'),
    [
      error(
        ALPHA,
        14,
        'sources[0].publication',
        'unknown publication "HT"; it must be an id in content/taxonomy/publications.yaml (did you mean "TH"?)',
      ),
    ],
  ],
  [
    'unknown question',
    edit(ALPHA, 'questions: [q-mcq]', 'questions: [q-mcq, q-mcqq]'),
    [
      error(
        ALPHA,
        18,
        'questions[1]',
        'unknown question "q-mcqq"; it must be an id in content/questions/ (did you mean "q-mcq"?)',
      ),
    ],
  ],
  [
    'unknown related note',
    edit(ALPHA, 'related: [beta-note]', 'related: [beta-note, gamma-note]'),
    [error(ALPHA, 19, 'related[1]', 'unknown related note "gamma-note"; it must be an id in content/notes/')],
  ],
  [
    'empty list where one is required',
    edit(BETA, 'prelims: [topic-two, topic-three]', 'prelims: []'),
    [error(BETA, 10, 'prelims', 'list at least one prelims topic', '[]')],
  ],
  [
    'two files with the same id',
    copy(ALPHA, 'notes/Alpha Note.md'),
    [error(ALPHA, 1, 'id', 'two files have the id "alpha-note": this one and notes/Alpha Note.md')],
  ],
  [
    'a note related to itself',
    edit(ALPHA, 'related: [beta-note]', 'related: [beta-note, alpha-note]'),
    [error(ALPHA, 19, 'related[1]', 'a note cannot list itself as related note')],
  ],
  [
    'a date that is not a real date',
    edit(ALPHA, 'published: 2025-01-10', 'published: 2025-02-30'),
    [error(ALPHA, 5, 'published', 'not a real calendar date', '"2025-02-30"')],
  ],
  [
    'updated before published',
    edit(ALPHA, 'updated: 2025-02-01', 'updated: 2025-01-01'),
    [error(ALPHA, 6, 'updated', 'updated must not be before published', '"2025-01-01"')],
  ],
  [
    'a malformed URL',
    edit(ALPHA, 'url: https://www.thehindu.com/article', 'url: thehindu article'),
    [
      error(
        ALPHA,
        16,
        'sources[0].url',
        'expected an absolute URL such as https://example.org/page',
        '"thehindu article"',
      ),
    ],
  ],
  [
    'an http URL',
    edit(ALPHA, 'url: https://www.thehindu.com/article', 'url: http://www.thehindu.com/article'),
    [error(ALPHA, 16, 'sources[0].url', 'expected an https:// URL', '"http://www.thehindu.com/article"')],
  ],
  [
    'an MCQ with 3 options',
    edit(MCQ, '  - None of them\n', ''),
    [error(MCQ, 6, 'options', 'a multiple-choice question needs exactly 4 options, found 3')],
  ],
  [
    'an MCQ answer that is not an option letter',
    edit(MCQ, 'answer: a', 'answer: e'),
    [
      error(
        MCQ,
        10,
        'answer',
        'answer "e" is not among the options; give the letter of the correct option, a to d',
        '"e"',
      ),
    ],
  ],
  [
    'an MCQ answer given as the option text',
    edit(MCQ, 'answer: a', 'answer: Topic One'),
    [error(MCQ, 10, 'answer', 'answer "Topic One" is not among the options', '"Topic One"')],
  ],
  [
    'an empty body',
    write('topics/topic-three.md', '---\ntitle: Topic Three\nsummary: The third test topic.\n---\n\n'),
    [error('topics/topic-three.md', 5, 'body', 'the body is empty')],
  ],
  [
    'an h1 in the body',
    edit(BETA, '## Section two', '# Beta Note\n\n## Section two'),
    [error(BETA, 22, 'body', 'the body must not have an h1 ("# Beta Note")')],
  ],
  [
    'a skipped heading level',
    edit(ALPHA, '### A detail', '#### A detail'),
    [error(ALPHA, 30, 'body', 'heading level skipped: h4 ("A detail") follows h2; use h3')],
  ],
  [
    'raw <script>',
    append(BETA, '\n<script>alert(1)</script>\n'),
    [error(BETA, 26, 'body', 'raw HTML with a <script> element is not allowed', '"<script>alert(1)</script>"')],
  ],
  [
    'an <iframe>',
    append(BETA, '\n<iframe src="https://example.org/"></iframe>\n'),
    [error(BETA, 26, 'body', 'raw HTML with an <iframe> element is not allowed')],
  ],
  [
    'an onclick= handler',
    append(BETA, '\nClick <span onclick="steal()">here</span> now.\n'),
    [
      error(
        BETA,
        26,
        'body',
        'raw HTML with an on… event handler attribute is not allowed',
        '"<span onclick=\\"steal()\\">"',
      ),
    ],
  ],
  [
    'a javascript: link',
    append(BETA, '\nA [trap](javascript:alert(1)) link.\n'),
    [error(BETA, 26, 'body', 'a javascript: link is not allowed', '"javascript:alert(1)"')],
  ],
  [
    'a data: link is named as what it is',
    append(BETA, '\nA [trap](data:text/html;base64,PHNjcmlwdD4=) link.\n'),
    [error(BETA, 26, 'body', 'a data: link is not allowed', '"data:text/html;base64,PHNjcmlwdD4="')],
  ],
  [
    'links to pages the site builds: the feed, a question page, a question facet',
    append(BETA, '\n[Feed](/rss.xml), [a question](/questions/q/q-mcq/), [practice](/questions/practice/).\n'),
    [],
  ],
  [
    'a link to /notes/, which the site does not build',
    append(BETA, '\nSee [all notes](/notes/).\n'),
    [error(BETA, 26, 'body', 'links to /notes/, which is not a page of this site', '"/notes/"')],
  ],
  [
    'a link to the previous-year questions when no note lists one',
    all(
      edit('questions/q-mains.yaml', 'kind: mains-pyq\nyear: 2020', 'kind: practice-mains'),
      append(BETA, '\nSee [PYQs](/questions/pyq/).\n'),
    ),
    [error(BETA, 26, 'body', 'links to /questions/pyq/, which is not a page of this site', '"/questions/pyq/"')],
  ],
  [
    'a Markdown link to a missing note',
    edit(BETA, '(/notes/alpha-note/)', '(/notes/alpha-notes/)'),
    [
      error(
        BETA,
        24,
        'body',
        'links to /notes/alpha-notes/, which is not a page of this site (did you mean /notes/alpha-note/?)',
        '"/notes/alpha-notes/"',
      ),
    ],
  ],
  [
    'a link to a missing #anchor',
    edit(ALPHA, '#section-two', '#section-three'),
    [
      error(
        ALPHA,
        27,
        'body',
        'links to #section-three, but notes/beta-note has no heading with that id',
        '"/notes/beta-note/#section-three"',
      ),
    ],
  ],
  [
    'a fragment that is not valid percent-encoding',
    edit(ALPHA, '(#section-one)', '(#100%)'),
    [error(ALPHA, 32, 'body', 'links to #100%, but this file has no heading with that id')],
  ],
  [
    'a note listing a map that does not exist',
    edit(ALPHA, 'maps: [map-one]', 'maps: [map-onr]'),
    [
      {
        severity: 'warning',
        file: 'maps/map-one.yaml',
        line: undefined,
        field: 'id',
        message: 'no note lists this map ("map-one")',
      },
      error(ALPHA, 22, 'maps[0]', 'unknown map "map-onr"; it must be an id in content/maps/ (did you mean "map-one"?)'),
    ],
  ],
  [
    'a note without the month it is current to',
    edit(ALPHA, 'currentTo: January 2025\n', ''),
    [error(ALPHA, 2, 'currentTo', 'required field is missing')],
  ],
  [
    'a current-to date that is not a month and year',
    edit(ALPHA, 'currentTo: January 2025', 'currentTo: Jan 2025'),
    [error(ALPHA, 20, 'currentTo', 'write the month and year the note is current to, such as "September 2025"')],
  ],
  [
    'eleven quick-revision lines',
    edit(
      ALPHA,
      "quickRevision: [Alpha's first fact., Alpha's second fact.]",
      `quickRevision: [${'Fact., '.repeat(10)}Fact.]`,
    ),
    [error(ALPHA, 21, 'quickRevision', 'keep quick revision to 10 lines or fewer')],
  ],
  [
    'an empty quick-revision list',
    edit(ALPHA, "quickRevision: [Alpha's first fact., Alpha's second fact.]", 'quickRevision: []'),
    [error(ALPHA, 21, 'quickRevision', 'give at least one quick-revision line', '[]')],
  ],
  [
    'an unknown marker in a blockquote',
    append(BETA, '\n> [!BEYON]\n> A fact from elsewhere.\n'),
    [error(BETA, 26, 'body', 'unknown marker "[!BEYON]"; the markers are [!BEYOND], [!CORRECTION]')],
  ],
  [
    'a marker in lower case',
    append(BETA, '\n> [!beyond]\n> A fact from elsewhere.\n'),
    [error(BETA, 26, 'body', 'unknown marker "[!beyond]" (write it in capitals: [!BEYOND])')],
  ],
  [
    'a beyond-the-source block with no text',
    append(BETA, '\n> [!BEYOND]\n\nNot part of the block.\n'),
    [error(BETA, 26, 'body', 'the [!BEYOND] block is empty')],
  ],
  [
    'a beyond-the-source block that cites nothing',
    append(BETA, '\n> [!BEYOND]\n> A fact from elsewhere.\n'),
    [error(BETA, 26, 'body', 'the [!BEYOND] block cites no source')],
  ],
  [
    'a correction that cites a source the file does not declare',
    append(BETA, '\n> [!CORRECTION] pib-2025\n> The article gives 2028.\n'),
    [error(BETA, 26, 'body', 'the [!CORRECTION] block cites "pib-2025", which is not under citations')],
  ],
  [
    'a citation without a URL',
    edit(
      BETA,
      'published:',
      'citations:\n  - { id: pib-2025, publisher: PIB, title: A release, date: 2025-07-23 }\npublished:',
    ),
    [error(BETA, 6, 'citations[0].url', 'expected an absolute URL')],
  ],
  [
    'a citation without a date',
    edit(
      BETA,
      'published:',
      'citations:\n  - { id: pib-2025, publisher: PIB, title: A release, url: "https://pib.gov.in/x" }\npublished:',
    ),
    [error(BETA, 6, 'citations[0].date', 'expected a date written as YYYY-MM-DD')],
  ],
  [
    'a citation that nothing cites',
    edit(
      BETA,
      'published:',
      'citations:\n  - { id: pib-2025, publisher: PIB, title: A release, date: 2025-07-23, url: "https://pib.gov.in/x" }\npublished:',
    ),
    [error(BETA, 6, 'citations[0].id', 'the citation "pib-2025" is cited nowhere')],
  ],
  [
    'a timeline row citing an undeclared source',
    edit(BETA, 'published:', 'timeline: [{ year: 2016, event: Signed, cite: mea-2016 }]\npublished:'),
    [error(BETA, 5, 'timeline[0].cite', 'unknown citation "mea-2016"')],
  ],
  [
    'a map point outside the drawing',
    edit('maps/map-one.yaml', 'x: 90, y: 90, kind', 'x: 190, y: 90, kind'),
    [error('maps/map-one.yaml', 1, '(frontmatter)', 'a place, area or route point lies outside the map')],
  ],
  [
    'a map place of an unknown kind',
    edit('maps/map-one.yaml', 'x: 10, y: 10, kind: terminal', 'x: 10, y: 10, kind: airport'),
    [
      error(
        'maps/map-one.yaml',
        10,
        'places[0].kind',
        'expected one of "terminal", "station", "port", "chokepoint", "capital"',
        '"airport"',
      ),
    ],
  ],
  [
    'a file that is not valid UTF-8',
    write('notes/broken.md', Uint8Array.from([0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x2d])),
    [error('notes/broken.md', undefined, 'file', 'the file is not valid UTF-8 text; save it as UTF-8')],
  ],
  [
    'a file with the wrong extension',
    copy(ALPHA, 'notes/alpha-copy.markdown'),
    [error('notes/alpha-copy.markdown', undefined, 'file', 'not a .md file, so it would not be published')],
  ],
  [
    'a related link to a draft note',
    edit(BETA, 'kind: background', 'kind: background\ndraft: true'),
    [
      error(ALPHA, 19, 'related[0]', 'note "beta-note" is a draft and will not be published'),
      error(
        ALPHA,
        27,
        'body',
        'links to /notes/beta-note/, which only a draft makes: it will not be published',
        '"/notes/beta-note/#section-two"',
      ),
    ],
  ],
  [
    'an unused topic (a warning only)',
    write('topics/topic-four.md', '---\ntitle: Topic Four\nsummary: Nobody lists it.\n---\n\nText.\n'),
    [
      {
        severity: 'warning',
        file: 'topics/topic-four.md',
        line: undefined,
        field: 'id',
        message: 'no note lists this topic ("topic-four")',
      },
    ],
  ],
  [
    'three mistakes in one file, all reported',
    edit(ALPHA, 'order: 0\npublished: 2025-01-10', 'order: -1\npublished: 2025-13-01\nauthor: me'),
    [
      error(ALPHA, 4, 'order', 'order starts at 0', '-1'),
      error(ALPHA, 5, 'published', 'not a real calendar date', '"2025-13-01"'),
      error(ALPHA, 6, 'author', 'unknown field "author"; the fields allowed here are title, summary, order'),
    ],
  ],
  [
    'an alias bomb (a "billion laughs" file) is a YAML error on the first alias, not a crash',
    edit(
      BETA,
      'order: 1',
      ['order: 1', 'x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
        .concat(
          [1, 2, 3, 4, 5, 6].map(
            (i) =>
              `x${i}: &a${i} [${Array(9)
                .fill(`*a${i - 1}`)
                .join(', ')}]`,
          ),
        )
        .join('\n'),
    ),
    [error(BETA, 6, 'frontmatter', 'invalid YAML: aliases (*a0) repeat more data than a content file may hold')],
  ],
  [
    'a few aliases are fine',
    edit(BETA, 'prelims: [topic-two, topic-three]', 'prelims: &topics [topic-two, topic-three]\nrelated: [alpha-note]'),
    [],
  ],
  [
    'YAML nested deeper than the parser can follow is a YAML error',
    edit(BETA, 'order: 1', `order: ${'['.repeat(20_000)}1${']'.repeat(20_000)}`),
    [error(BETA, 4, 'frontmatter', 'invalid YAML: Maximum call stack size exceeded')],
  ],
  [
    'an unquoted date where text belongs: the site reads a date, so the check rejects it',
    edit(ALPHA, 'title: Alpha Note', 'title: 2025-01-10'),
    [error(ALPHA, 2, 'title', 'put it in quotes to keep it as text')],
  ],
  [
    'a YAML tag the site cannot read',
    edit(MCQ, 'setBy: Test practice set', 'setBy: !custom Test practice set'),
    [
      error(
        MCQ,
        3,
        'frontmatter',
        "invalid YAML: the site's YAML reader (js-yaml, as Astro uses it) rejects this: unknown tag",
      ),
    ],
  ],
  [
    'a body heading that takes an id the note page gives its own part',
    append(ALPHA, '\n## Quick revision heading\n\nText.\n'),
    [
      error(
        ALPHA,
        34,
        'body',
        'the heading "Quick revision heading" gets the id "quick-revision-heading", which the page',
      ),
    ],
  ],
  [
    'a heading inside a quote is a heading too',
    append(ALPHA, '\n> ## Timeline heading\n'),
    [error(ALPHA, 34, 'body', 'gets the id "timeline-heading"')],
  ],
  [
    'a mains body heading "Questions", which the mains page uses',
    append(MAINS, '\n## Questions\n\nText.\n'),
    [error(MAINS, 29, 'body', 'gets the id "questions"')],
  ],
  [
    'an empty heading (an entity that is only a space)',
    append(ALPHA, '\n## &nbsp;\n'),
    [error(ALPHA, 34, 'body', 'the heading is empty')],
  ],
  [
    'a heading with no letter or digit to make its id from',
    append(ALPHA, '\n## 🙂\n'),
    [
      error(ALPHA, 34, 'body', 'the heading "🙂" has no letter or digit'),
      // And the emoji is in none of the shipped fonts.
      error(ALPHA, 34, 'text', '"🙂" (U+1F642) is in none of the fonts the site ships'),
    ],
  ],
  [
    'raw HTML beyond the harmless inline tags',
    append(ALPHA, '\n<center>x</center> and <span id="x">y</span> but <abbr title="a">A</abbr>\n'),
    [error(ALPHA, 34, 'body', 'raw HTML <center> is not allowed in Markdown')],
  ],
  [
    'an inline tag opened and never closed (the parser would wrap what follows in it)',
    append(ALPHA, '\nSome <b>bold text, and <i>this</i> is closed; a stray </em> is harmless.\n'),
    [error(ALPHA, 34, 'body', '<b> is opened here and never closed: close it with </b>')],
  ],
  [
    'a link with no text',
    append(ALPHA, '\nSee [](/notes/beta-note/).\n'),
    [error(ALPHA, 34, 'body', 'a link with no text')],
  ],
  [
    'two notes with one title',
    edit(BETA, 'title: Beta Note', 'title: alpha  note'),
    [error(BETA, 2, 'title', 'notes/alpha-note.md has the title "Alpha Note" too')],
  ],
  ['a footnote is not a link definition', append(ALPHA, '\nA claim.[^1]\n\n[^1]: Said in plain words.\n'), []],
  [
    'a broken note does not break the links to it',
    edit(BETA, 'order: 1', 'order: [1'),
    [error(BETA, 5, 'frontmatter', 'invalid YAML: Flow sequence in block collection must be sufficiently indented')],
  ],
  [
    'a missing taxonomy file is reported once',
    (root) => rmSync(join(root, 'taxonomy/publications.yaml')),
    [error('taxonomy/publications.yaml', undefined, 'file', 'the file is missing')],
  ],
  [
    'a file without frontmatter',
    write('topics/topic-three.md', 'Just text.\n'),
    [error('topics/topic-three.md', 1, 'frontmatter', 'the file must start with a YAML frontmatter block')],
  ],
  [
    'a value outside an enum',
    edit(MCQ, 'kind: practice-mcq', 'kind: mcq'),
    [error(MCQ, 1, 'kind', 'expected one of "prelims-pyq", "mains-pyq", "practice-mcq", "practice-mains"', '"mcq"')],
  ],
  [
    'a glossary term written twice, in another case',
    edit(GLOSSARY, 'term: Topic Two', 'term: topic one'),
    [error(GLOSSARY, 8, '[1].term', 'the term "topic one" is already entry [0]; merge the two or tell them apart')],
  ],
  [
    'a Hindi glossary term written twice',
    edit(GLOSSARY, 'hindi: विषय दो', 'hindi: विषय  एक'),
    [error(GLOSSARY, 9, '[1].hindi', 'the Hindi term "विषय  एक" is already entry [0]')],
  ],
  [
    'a glossary term in Latin script where Hindi belongs',
    edit(GLOSSARY, 'hindi: विषय दो', 'hindi: vishay do'),
    [error(GLOSSARY, 9, '[1].hindi', 'write the Hindi term in Devanagari script', '"vishay do"')],
  ],
  [
    'a mains angle that links an unknown question',
    edit(MAINS, 'question: q-mains', 'question: q-main'),
    [
      error(
        MAINS,
        7,
        'asks[0].question',
        'unknown question "q-main"; it must be an id in content/questions/ (did you mean "q-mains"?)',
      ),
    ],
  ],
  [
    'a mains angle that links a prelims question',
    edit(MAINS, 'question: q-mains', 'question: q-mcq'),
    [error(MAINS, 7, 'asks[0].question', '"q-mcq" is a prelims question')],
  ],
  [
    'a mains framework that cites an unknown note',
    edit(MAINS, 'notes: [alpha-note]', 'notes: [alpha-notes]'),
    [
      error(
        MAINS,
        15,
        'framework.body[0].notes[0]',
        'unknown note "alpha-notes"; it must be an id in content/notes/ (did you mean "alpha-note"?)',
      ),
    ],
  ],
  [
    'a mains topic without keywords',
    edit(MAINS, 'keywords: [one, two, three, four, five]\n', ''),
    [error(MAINS, 2, 'keywords', 'required field is missing (expected array)')],
  ],
];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fresh copy of the valid tree with one mutation applied. */
function mutatedTree(mutation?: Mutation): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  mutation?.(root);
  return root;
}

describe('content checker, valid fixture', () => {
  it('reports no problems for the valid tree', () => {
    const { problems, counts } = checkContent(FIXTURE, { cwd: FIXTURE, houseRules: null });
    expect(problems).toEqual([]);
    expect(counts).toEqual({
      notes: 2,
      hiNotes: 0,
      hiTopics: 0,
      hiMains: 0,
      hiQuestions: 0,
      hiMaps: 0,
      topics: 3,
      mains: 1,
      questions: 2,
      maps: 1,
      syllabus: 2,
      publications: 1,
      glossary: 2,
    });
  });
});

describe('content checker, one mistake at a time', () => {
  it.each(CASES)('%s', (_name, mutation, expected) => {
    const root = mutatedTree(mutation);
    const { problems } = checkContent(root, { cwd: root, houseRules: null });
    const shown = problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field}: ${p.message}`).join('\n');
    expect(problems, `problems found:\n${shown}`).toHaveLength(expected.length);
    problems.forEach((problem, i) => {
      const want = expected[i]!;
      expect({ severity: problem.severity, file: problem.file, line: problem.line, field: problem.field }).toEqual({
        severity: want.severity,
        file: want.file,
        line: want.line,
        field: want.field,
      });
      expect(problem.message).toContain(want.message);
      if (want.found !== undefined) expect(problem.found).toBe(want.found);
    });
  });
});

describe('runContentCheck', () => {
  const run = (root: string) => {
    const lines: string[] = [];
    const code = runContentCheck(root, (line) => lines.push(line), { houseRules: null });
    return { code, lines, last: lines.at(-1) ?? '' };
  };

  it('passes a clean tree with one summary line', () => {
    const { code, lines, last } = run(mutatedTree());
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(last).toMatch(
      /^content check passed: 2 notes, 3 topics, 1 mains topic, 2 questions, 1 map, 2 GS papers, 1 publication, 2 glossary terms \(\d+ ms\)$/,
    );
  });

  it('passes with warnings, and counts them in the summary', () => {
    const { code, lines, last } = run(
      mutatedTree(write('topics/topic-four.md', '---\ntitle: Topic Four\nsummary: Nobody lists it.\n---\n\nText.\n')),
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^warning {2}\S*topic-four\.md {2}id: no note lists this topic/);
    expect(last).toMatch(/^content check passed: .*, 1 warning \(\d+ ms\)$/);
  });

  it('fails with every problem listed first and a one-line summary last', () => {
    const root = mutatedTree(all(edit(ALPHA, 'order: 0', 'order: first'), edit(MCQ, '  - None of them\n', '')));
    const { code, lines, last } = run(root);
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^error {2}\S*alpha-note\.md:4 {2}order: expected number, received string \(found: "first"\)$/,
    );
    expect(lines[1]).toMatch(
      /^error {2}\S*q-mcq\.yaml:6 {2}options: a multiple-choice question needs exactly 4 options, found 3/,
    );
    expect(last).not.toContain('\n');
    expect(last).toMatch(
      /^content check failed: 2 errors in 2 notes, 3 topics, 1 mains topic, 2 questions, 1 map, 2 GS papers, 1 publication, 2 glossary terms \(\d+ ms\)$/,
    );
  });
});

describe('the real content', () => {
  it('has no errors and no warnings (no orphan topics, mains topics or questions)', () => {
    const { problems, counts } = checkContent(REAL_CONTENT, { cwd: REAL_CONTENT });
    expect(problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field}: ${p.message}`)).toEqual([]);
    expect(counts.notes).toBeGreaterThan(0);
  });

  it('gives every note at least one question', () => {
    const dir = join(REAL_CONTENT, 'notes');
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const parsed = parseMarkdownFile(readFileSync(join(dir, name), 'utf8'));
      const note = noteSchema.parse(parsed?.data);
      expect(note.questions.length, `${name} lists no question`).toBeGreaterThan(0);
    }
  });
});
