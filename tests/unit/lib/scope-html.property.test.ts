import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../../../src/build/html-validator.ts';
import { SCOPE_SEPARATOR, scopedId, scopeHtml, uniqueLandmarks } from '../../../src/lib/scope-html.ts';
import { escapeHtml, kebabId, phrase } from '../support/text-arbitraries.ts';

/** Ids the parts around a note body use on the note's own page; the checker keeps body headings off them. */
const PART_IDS = new Set(['timeline-heading', 'figures-heading']);

/** A note as the pipeline renders it: a body (headings with slug ids, tables named after them, links) and parts. */
const noteArbitrary = fc.record({
  id: kebabId,
  title: phrase(5),
  sections: fc.array(
    fc.record({
      heading: phrase(4),
      level: fc.constantFrom(2, 3),
      tables: fc.nat({ max: 2 }),
      linkBack: fc.boolean(),
      footnote: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  timeline: fc.boolean(),
  figures: fc.boolean(),
  questions: fc.uniqueArray(kebabId, { maxLength: 2 }),
});
type Note = typeof noteArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The note's body HTML and the HTML of its other parts, as unscoped as on its own page. */
function render(note: Note): { body: string; parts: string } {
  const slugger = new GithubSlugger();
  const tableNames = new Map<string, number>();
  let body = '';
  let footnotes = 0;
  let level = 1;
  for (const section of note.sections) {
    const slug = slugger.slug(section.heading);
    if (!slug || PART_IDS.has(slug)) continue;
    level = Math.min(section.level, level + 1);
    body += `<h${level} id="${slug}">${escapeHtml(section.heading)}</h${level}>`;
    for (let t = 0; t < section.tables; t++) {
      // Named as rehype-reading names them: after the heading before, numbered when the name is taken.
      const base = `Table: ${section.heading}`;
      const n = (tableNames.get(base) ?? 0) + 1;
      tableNames.set(base, n);
      const name = n === 1 ? base : `Table ${n}: ${section.heading}`;
      body += `<section class="table-scroll" tabindex="0" aria-label="${escapeHtml(name)}"><table><tbody><tr><td>1</td></tr></tbody></table></section>`;
    }
    if (section.linkBack) body += `<p><a href="#${slug}">back to ${escapeHtml(section.heading)}</a></p>`;
    if (section.footnote) {
      footnotes++;
      body += `<p>Fact<sup><a href="#user-content-fn-${footnotes}" id="user-content-fnref-${footnotes}" aria-describedby="footnote-label">${footnotes}</a></sup></p>`;
    }
  }
  if (footnotes) {
    body += '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol>';
    for (let i = 1; i <= footnotes; i++)
      body += `<li id="user-content-fn-${i}"><p>Note. <a href="#user-content-fnref-${i}" aria-label="Back to reference ${i}">↩</a></p></li>`;
    body += '</ol></section>';
  }
  let parts = '';
  if (note.timeline)
    parts +=
      '<section class="timeline" aria-labelledby="timeline-heading"><h2 id="timeline-heading">Timeline</h2><ol><li>2008</li></ol></section>';
  if (note.figures)
    parts +=
      '<section class="key-figures" aria-labelledby="figures-heading"><h2 id="figures-heading">Key figures</h2><p>10</p></section>';
  for (const q of note.questions) parts += `<article class="question" id="q-${q}"><h3>Q</h3><p>Text</p></article>`;
  return { body, parts };
}

const page = (main: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><main><h1>Page</h1>${main}</main></body></html>`;

/** The booklet composition: each note scoped as BookletNote scopes it, then the page-wide landmark guard. */
function booklet(notes: Note[]): string {
  const articles = notes.map((note) => {
    const { body, parts } = render(note);
    const title = escapeHtml(note.title);
    return (
      `<article id="note-${note.id}" aria-labelledby="title-${note.id}"><h2 id="title-${note.id}">${title}</h2>` +
      `${scopeHtml(body, note.id, 1, note.title)}${scopeHtml(parts, note.id, 0, note.title)}</article>`
    );
  });
  return uniqueLandmarks(articles.join(''));
}

/** Fragment links and id references that point at no element. */
function dangling(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  const targets = [
    ...[...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(' ')),
  ];
  return targets.filter((id) => !ids.has(id));
}

const notesArbitrary = fc.uniqueArray(noteArbitrary, { minLength: 1, maxLength: 4, selector: (note) => note.id });

describe('booklet composition, for any notes that are valid on their own pages', () => {
  it('gives a booklet page html-validate accepts: no shared id, no shared landmark name, no dangling link', () => {
    fc.assert(
      fc.property(notesArbitrary, (notes) => {
        for (const note of notes) {
          const { body, parts } = render(note);
          expect(htmlErrors(page(body + parts)), 'the note page itself (a generator bug)').toEqual([]);
        }
        const html = booklet(notes);
        expect(htmlErrors(page(html))).toEqual([]);
        expect(dangling(html)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('still does when notes share a title, or one title reads like another note’s landmark suffix', () => {
    const shared = fc
      .tuple(notesArbitrary, fc.constantFrom('Alpha Note', 'Alpha Note) (Alpha Note', '(Alpha Note)', 'भारत'))
      .map(([notes, title]) => notes.map((note, i) => ({ ...note, title: i % 2 ? `${title}) (${title}` : title })));
    fc.assert(
      fc.property(shared, (notes) => {
        expect(htmlErrors(page(booklet(notes)))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('scoped ids', () => {
  it('never meet: two (note id, id) pairs that differ give different scoped ids', () => {
    const id = fc.oneof(
      kebabId,
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/\s/.test(s)),
    );
    fc.assert(
      fc.property(kebabId, id, kebabId, id, (p1, id1, p2, id2) => {
        fc.pre(p1 !== p2 || id1 !== id2);
        expect(scopedId(p1, id1)).not.toBe(scopedId(p2, id2));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('never meet when one note id continues another and an id continues the first (the case "-" alone loses)', () => {
    fc.assert(
      fc.property(kebabId, kebabId, kebabId, (a, b, c) => {
        expect(scopedId(a, `${b}-${c}`)).not.toBe(scopedId(`${a}-${b}`, c));
      }),
    );
  });

  it('always hold the separator, which no kebab-case id holds', () => {
    fc.assert(
      fc.property(kebabId, (id) => {
        expect(id).not.toContain(SCOPE_SEPARATOR);
      }),
    );
  });
});

describe('uniqueLandmarks', () => {
  it('leaves a fragment whose landmark names are distinct byte for byte as it was, and is idempotent', () => {
    fc.assert(
      fc.property(notesArbitrary, (notes) => {
        const once = booklet(notes);
        expect(uniqueLandmarks(once)).toBe(once);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
