// The search logic the page and the dialog share: Pagefind plus what it lacks (best bets from topic names and the
// glossary, spelling correction from the build-time vocabulary, and on the English site Hindi → English through the
// glossary; on the Hindi site a Hindi query searches the Hindi index as typed, and is corrected like any other).
import { matchBestBets, type BestBets, type BetsData } from '../../lib/search/best-bets.ts';
import { backtracked } from '../../lib/search/backtrack.ts';
import { correctQuery } from '../../lib/search/correct.ts';
import { DEVANAGARI } from '../../lib/search/normalise.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}
export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindSearch | null>;
}

/** Fewer results than this, and the page tries a spelling correction. */
export const FEW_RESULTS = 3;

/** What one query came to: what was searched, why it differs from what was typed, best bets and results. */
export interface Answer {
  /** The words Pagefind searched: the query, its correction, or the English of a Hindi term. */
  term: string | null;
  /** Set when `term` is not the query: a spelling correction or a Hindi → English translation. */
  rewrite?: { kind: 'spelling' | 'hindi'; from: string; to: string };
  /** The query is in Devanagari (Hindi) on the English site, so it was looked up in the glossary. */
  hindi: boolean;
  bets: BestBets;
  search: PagefindSearch;
}

export interface Engine {
  /** Pagefind, once loaded; null when the index cannot be loaded. */
  pagefind: Promise<Pagefind | null>;
  ask: (q: string, filters: object, exact: boolean) => Promise<Answer | null>;
}

const NO_BETS: BestBets = { topics: [], terms: [] };

/** A search that found nothing, with every filter value's count at zero. */
const nothingFound = (search: PagefindSearch): PagefindSearch => ({
  results: [],
  filters: Object.fromEntries(
    Object.entries(search.filters).map(([name, values]) => [
      name,
      Object.fromEntries(Object.keys(values).map((v) => [v, 0])),
    ]),
  ),
});

async function json<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/**
 * Starts loading Pagefind (`base`: the site root, where its index is; it picks the page language's index) and the
 * best-bet data of the page's language (`home`: that language's root, `/` or `/hi/`); the typo vocabulary is
 * fetched only when a query finds little.
 */
export function createEngine(base: string, home: string = base): Engine {
  // A Hindi query on the English site is looked up in the glossary; on the Hindi site it is the language searched.
  const hindiSite = document.documentElement.lang.startsWith('hi');
  const pagefind: Promise<Pagefind | null> = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
    .then(async (module: Pagefind) => {
      // The index is small: searching on the main thread saves downloading a second copy of the runtime.
      await module.options({ baseUrl: base, excerptLength: 20, noWorker: true });
      await module.init();
      return module;
    })
    .catch(() => null);
  const betsData = json<BetsData>(`${home}search/bets.json`);
  let vocabulary: Promise<string[] | null> | undefined;

  async function ask(q: string, filters: object, exact: boolean): Promise<Answer | null> {
    const [engine, data] = await Promise.all([pagefind, betsData]);
    if (!engine) return null;
    const hindi = DEVANAGARI.test(q);
    let bets = q && data ? matchBestBets(q, data) : NO_BETS;
    let term: string | null = q || null;
    let rewrite: Answer['rewrite'];
    const english = bets.terms[0]?.term;
    if (hindi && !hindiSite && !exact && english) {
      term = english;
      rewrite = { kind: 'hindi', from: q, to: english };
    }
    let search = await engine.search(term, { filters });
    if (!search) return null;
    // A word not in the index comes back as hits on a much shorter prefix ("abcdefghij" → "a"): that is no result.
    const top = term && !exact ? await search.results[0]?.data() : undefined;
    if (term && top && backtracked(term, top.excerpt)) search = nothingFound(search);
    if (q && (!hindi || hindiSite) && !exact && search.results.length < FEW_RESULTS) {
      vocabulary ??= json<string[]>(`${home}search/vocab.json`);
      const words = await vocabulary;
      const fixed = words ? correctQuery(q, words, { devanagari: hindiSite }) : null;
      const better = fixed ? await engine.search(fixed, { filters }) : null;
      if (fixed && better && better.results.length > search.results.length) {
        search = better;
        term = fixed;
        rewrite = { kind: 'spelling', from: q, to: fixed };
        if (!bets.topics.length && data) bets = matchBestBets(fixed, data);
      }
    }
    // `hindi` tells the page to explain the glossary lookup, which only the English site makes.
    return { term, hindi: hindi && !hindiSite, bets, search, ...(rewrite ? { rewrite } : {}) };
  }

  return { pagefind, ask };
}
