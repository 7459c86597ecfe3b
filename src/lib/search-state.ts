import { FILTER_NAMES, type FilterName } from './search-filters.ts';

/** Filters the search page exposes in the URL (`?topic=…`); `line`, `publication` and `year` included. */
export type Selected = Partial<Record<FilterName, string[]>>;

/** The whole state of /search/: what the URL holds. */
export interface SearchPageState {
  q: string;
  filters: Selected;
  /** Search the words exactly as typed: no spelling correction, no Hindi → English (`?exact=1`). */
  exact?: true;
}

/** Longest query we accept from a URL; Pagefind gains nothing from more. */
export const MAX_QUERY_LENGTH = 200;
const VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{0,80}$/;

/** Reads the state from a query string, dropping unknown parameters and values that cannot be ids. */
export function parseSearchState(search: string | URLSearchParams): SearchPageState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = [...(params.get('q') ?? '').replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
  const filters: Selected = {};
  for (const name of FILTER_NAMES) {
    const values = [
      ...new Set(
        params
          .getAll(name)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim()),
      ),
    ].filter((v) => VALUE.test(v));
    if (values.length) filters[name] = values;
  }
  return params.get('exact') === '1' && q ? { q, filters, exact: true } : { q, filters };
}

/** Writes the state back as a query string in a stable order (`?q=…&type=…&topic=…`); '' when empty. */
export function serializeSearchState(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.q && state.exact) params.set('exact', '1');
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when nothing is asked for: no query and no filter. */
export function isEmptyState(state: SearchPageState): boolean {
  return state.q === '' && Object.values(state.filters).every((values) => !values?.length);
}

/** Adds or removes one filter value, returning a new state. */
export function toggleFilter(state: SearchPageState, name: FilterName, value: string): SearchPageState {
  const current = state.filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters: Selected = { ...state.filters };
  if (next.length) filters[name] = next;
  else delete filters[name];
  return { ...state, filters };
}

/**
 * Pagefind filter object: OR within a facet (`any`), AND across facets. Pagefind reports counts only for facets
 * named in the query, so facets whose counts are wanted (`counted`, default all) are named even when unselected,
 * with all their values (every page carries at least the NO_VALUE marker in each facet, so nothing is excluded).
 * `omit` treats one facet as unselected, which is how that facet's own counts are computed (ticking a second topic
 * shows how many it would add, not zero). Leaving a facet out when nobody looks at its counts saves the download of
 * its filter index.
 */
export function pagefindFilters(
  filters: Selected,
  all: Partial<Record<string, string[]>>,
  omit?: FilterName,
  counted?: ReadonlySet<FilterName>,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    const values = name === omit ? undefined : filters[name];
    const any = values?.length ? values : !counted || counted.has(name) ? all[name] : undefined;
    if (any?.length) out[name] = { any };
  }
  return out;
}

/** Every selected (facet, value) pair, for "remove this filter" buttons and the zero-result state. */
export function selectedPairs(filters: Selected): [FilterName, string][] {
  return FILTER_NAMES.flatMap((name) => (filters[name] ?? []).map((value): [FilterName, string] => [name, value]));
}
