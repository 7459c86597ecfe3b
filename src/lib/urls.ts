import * as PAGE_TYPES from './page-types.ts';
import { serializeSearchState, type Selected } from './search-state.ts';

/** Joins a root-relative site path onto a base path: `withBase('/notes-site', '/notes/x/')` → `/notes-site/notes/x/`. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** Every internal URL of the site goes through here so the site works under a base path. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

// The site paths come from the page-type registry (page-types.ts); these add the base path.
export const noteUrl = (id: string) => url(PAGE_TYPES.note.href({ id }));
export const topicUrl = (id: string) => url(PAGE_TYPES.topic.href({ id }));
export const topicPrintUrl = (id: string) => url(PAGE_TYPES.topicBooklet.href({ id }));
export const mainsUrl = (id: string) => url(PAGE_TYPES.mains.href({ id }));
/** The site path of a page of a question list: `/questions/`, `/questions/pyq/`, `/questions/pyq/page/2/`. */
export function questionListPath(facet: string | undefined, page = 1): string {
  const { questions, questionsPage, questionFacet, questionFacetPage } = PAGE_TYPES;
  if (page === 1) return facet ? questionFacet.href({ facet }) : questions.href();
  return facet ? questionFacetPage.href({ facet, page }) : questionsPage.href({ page });
}

/** A page of /questions/ or of one of its filters (facet slugs): page 1 is the list's own URL. */
export const questionsUrl = (facet?: string, page = 1) => url(questionListPath(facet, page));
/** `/revision/`, or one topic's revision sheet `/revision/<topic>/`. */
export const revisionUrl = (topic?: string) =>
  url(topic ? PAGE_TYPES.revisionTopic.href({ id: topic }) : PAGE_TYPES.revision.href());
/** `/pdf/<id>.pdf`: a file `npm run pdf` made (pdf-targets.ts), not a page. */
export const pdfUrl = (id: string) => url(`/pdf/${id}.pdf`);

/** What a link into the search page asks for: a query and filter values (ids). */
export type SearchState = { q?: string } & Selected;

/** `/search/?q=…&topic=a&topic=b`: the search page's own URL format (search-state.ts), under the base path. */
export function searchUrl(state: SearchState): string {
  const { q = '', ...filters } = state;
  return url(`${PAGE_TYPES.search.href()}${serializeSearchState({ q, filters })}`);
}
