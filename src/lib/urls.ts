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

export const noteUrl = (id: string) => url(`/notes/${id}/`);
export const topicUrl = (id: string) => url(`/topics/${id}/`);
export const topicPrintUrl = (id: string) => url(`/topics/${id}/print/`);
export const mainsUrl = (id: string) => url(`/mains/${id}/`);
export const questionsUrl = (facet?: string) => url(facet ? `/questions/${facet}/` : '/questions/');
export const pdfUrl = (id: string) => url(`/pdf/${id}.pdf`);

/** The state of the search page, all of it in the URL. */
export interface SearchState {
  q?: string;
  topic?: string[];
  mains?: string[];
  gs?: string[];
  type?: string[];
}

/** `/search/?q=…&topic=a&topic=b`: one parameter per selected filter value, in a stable order. */
export function searchUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of ['topic', 'mains', 'gs', 'type'] as const) {
    for (const value of state[key] ?? []) params.append(key, value);
  }
  const query = params.toString();
  return url(`/search/${query ? `?${query}` : ''}`);
}
