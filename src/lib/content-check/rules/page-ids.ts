import type { CollectionName } from '../../../schemas/collections.ts';
import type { Problem } from '../problem.ts';
import type { ContentSet, Entry } from '../read.ts';

/** Ids every page has around its content: the skip target, the search dialog, the status line. */
const CHROME_IDS = ['top', 'main', 'search-dialog-title', 'search-dialog-input', 'site-status'];

/** Ids remark-gfm gives a body's footnotes: the hidden "Footnotes" heading, and every reference and definition. */
const FOOTNOTE_ID = /^(?:footnote-label$|user-content-)/;

/**
 * The ids the page of an entry gives its own parts, besides those of the body: a body heading with one of these
 * ids would repeat it on the page (html-validate fails the build) and a link to it would land on the wrong part.
 * Kept in step with the layouts by the agreement test (tests/unit/agreement.property.test.ts), which compares them
 * with every id of the pages it builds.
 */
export function pageIds(collection: CollectionName, entry: Entry, content: ContentSet): Set<string> {
  const questions = [...content.entries.questions.keys()];
  const ids = [...CHROME_IDS];
  if (collection === 'notes') {
    const data = entry.data as { questions?: string[]; maps?: string[] } | undefined;
    ids.push(
      'toc-heading',
      'timeline-heading',
      'figures-heading',
      'maps-heading',
      'quick-revision-heading',
      'questions-heading',
      'answer-key',
      'note-progress-heading',
      'related-heading',
      ...(data?.questions ?? questions).map((id) => `q-${id}`),
      ...(data?.maps ?? []).flatMap((id) => ['', '-caption', '-title', '-desc'].map((end) => `map-${id}${end}`)),
    );
  } else if (collection === 'topics') {
    ids.push('topic-notes', 'topic-questions', ...questions.map((id) => `q-${id}`));
  } else if (collection === 'mains') {
    ids.push(
      'asks',
      'framework',
      'framework-introduction',
      'framework-body',
      'framework-counter-views',
      'framework-way-forward',
      'framework-conclusion',
      'keywords',
      'quotes',
      'questions',
      'notes',
      ...questions.map((id) => `mq-${id}`),
    );
  }
  return new Set(ids);
}

/** Whether `id` is one the page (or remark-gfm's footnotes) gives an element besides the body's headings. */
export function isPageId(id: string, own: ReadonlySet<string>): boolean {
  return own.has(id) || FOOTNOTE_ID.test(id);
}

/**
 * Body headings whose id the page already uses for one of its own parts ("## Quick revision heading" in a note,
 * "## Questions" in a mains topic): the editor is asked to rename the heading.
 */
export function pageIdProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['notes', 'topics', 'mains'] as const) {
    for (const entry of content.entries[collection].values()) {
      if (!entry.facts) continue;
      const own = pageIds(collection, entry, content);
      for (const heading of entry.facts.headings) {
        if (!heading.slug || !isPageId(heading.slug, own)) continue;
        problems.push({
          severity: 'error',
          file: entry.file,
          line: heading.line,
          field: 'body',
          message: `the heading "${heading.text}" gets the id "${heading.slug}", which the page already gives one of its own parts; reword the heading`,
        });
      }
    }
  }
  return problems;
}
