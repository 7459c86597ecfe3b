// The search page in the browser: reads the state from the URL, asks the search engine, renders best bets, results
// and facet counts, and writes every change back to the URL. Loaded only on /search/ (a note page ships none of it).
// Its words come from the form's data-messages, in the page's language.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { betsForFilters } from '../../lib/search/best-bets.ts';
import { FILTER_NAMES, type FilterName } from '../../lib/search-filters.ts';
import {
  isEmptyState,
  pagefindFilters,
  parseSearchState,
  selectedPairs,
  serializeSearchState,
  toggleFilter,
  type SearchPageState,
} from '../../lib/search-state.ts';
import { createFacetUi } from './facet-ui.ts';
import { renderBet, renderResult, renderRewrite } from './render-result.ts';
import { createEngine, type PagefindSearch } from './search-engine.ts';

/** Results rendered at first (each loads one fragment); "Show more" adds MORE_SIZE at a time. */
const PAGE_SIZE = 5;
const MORE_SIZE = 10;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startSearchPage(): void {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('site-search');
  const status = $('search-status');
  const rewrite = $('search-rewrite');
  const list = $<HTMLOListElement>('results-list');
  const more = $<HTMLButtonElement>('more-results');
  const notice = $('search-notice');
  const base = form.dataset['base'] ?? '/';
  const home = form.dataset['home'] ?? base;
  const topicsHref = `${home.replace(/\/$/, '')}/topics/`;
  const engine = createEngine(base, home);
  const t = clientTranslator(form.dataset['messages'], document.documentElement.lang);
  const facets = createFacetUi(form, t, (next) => update(next, 'push'));

  let state = parseSearchState(location.search);
  let shown: PagefindSearch['results'] = [];
  let shownCount = 0;
  let skip = new Set<string>();
  let generation = 0;

  if (form.dataset['dev'] === 'true') {
    showNotice(t('search.page.js.devNotice'));
  }
  void engine.pagefind.then((pagefind) => {
    if (!pagefind) showNotice(t('search.page.js.indexFailed'));
  });

  function showNotice(text: string) {
    notice.textContent = text;
    notice.hidden = false;
  }

  function update(next: SearchPageState, history: 'push' | 'replace' | 'none') {
    state = next;
    const target = `${location.pathname}${serializeSearchState(state)}`;
    if (history === 'push' && target !== `${location.pathname}${location.search}`)
      window.history.pushState(null, '', target);
    if (history === 'replace') window.history.replaceState(null, '', target);
    if (document.activeElement !== input) input.value = state.q;
    facets.sync(state);
    void run();
  }

  async function run() {
    const mine = ++generation;
    const pagefind = await engine.pagefind;
    if (!pagefind || mine !== generation) return;
    const open = facets.counted();
    if (isEmptyState(state)) {
      const everything = open.size
        ? await pagefind.search(null, { filters: pagefindFilters({}, facets.all, undefined, open) })
        : null;
      if (mine !== generation) return;
      list.replaceChildren();
      rewrite.replaceChildren();
      more.hidden = true;
      status.textContent = t('search.page.js.empty');
      facets.renderCounts(everything?.filters ?? {}, {});
      facets.renderZero(false, state);
      return;
    }
    const answer = await engine.ask(
      state.q,
      pagefindFilters(state.filters, facets.all, undefined, open),
      !!state.exact,
    );
    if (!answer || mine !== generation) return;
    // OR within a facet: a facet with ticks gets its counts from a search without its own ticks.
    const own: Partial<Record<FilterName, Record<string, number>>> = {};
    for (const name of FILTER_NAMES) {
      if (!state.filters[name]?.length || !open.has(name)) continue;
      const result = await pagefind.search(answer.term, {
        filters: pagefindFilters(state.filters, facets.all, name, open),
      });
      if (mine !== generation) return;
      if (result?.filters[name]) own[name] = result.filters[name];
    }
    facets.renderCounts(answer.search.filters, own);
    const bets = betsForFilters(answer.bets.topics, state.filters);
    skip = new Set(bets.map((b) => b.url));
    shown = answer.search.results;
    shownCount = 0;
    list.replaceChildren(...bets.map((bet) => renderBet(t, bet)));
    const exactHref = `${location.pathname}${serializeSearchState({ ...state, exact: true })}`;
    rewrite.replaceChildren(...renderRewrite(t, answer, state.q, exactHref, topicsHref));
    await showMore(mine);
    if (mine !== generation) return;
    const count = shown.length;
    status.textContent = statusLine(count, answer.term, selectedPairs(state.filters).length > 0);
    facets.renderZero(count === 0 && bets.length === 0 && !answer.hindi, state);
  }

  /** "3 results for “jimex” with the filters you chose.", each of its four forms a message of its own. */
  function statusLine(count: number, term: string | null, filtered: boolean): string {
    if (filtered && term)
      return count ? t('search.page.js.countFor', { count, term }) : t('search.page.js.noneFor', { term });
    if (filtered) return count ? t('search.page.js.count', { count }) : t('search.page.js.none');
    if (term) return count ? t('search.js.countFor', { count, term }) : t('search.js.noneFor', { term });
    return count ? t('search.js.count', { count }) : t('search.js.none');
  }

  async function showMore(mine: number) {
    const batch = shown.slice(shownCount, shownCount + (shownCount === 0 ? PAGE_SIZE : MORE_SIZE));
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...data.filter((d) => !skip.has(d.url)).map((d) => renderResult(t, d, facets.topicLabel)));
    shownCount += batch.length;
    more.hidden = shownCount >= shown.length;
  }

  // --- events ---------------------------------------------------------------------------------------------
  let typing: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => update({ q: input.value.trim(), filters: state.filters }, 'replace'), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('a.result-link');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) input.focus();
    else links[Math.max(0, Math.min(links.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    update({ q: input.value.trim(), filters: state.filters }, 'push');
  });
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    update(toggleFilter(state, box.name as FilterName, box.value), 'push');
  });
  facets.clearAll.addEventListener('click', (event) => {
    event.preventDefault();
    update({ q: '', filters: {} }, 'push');
    input.value = '';
    input.focus();
  });
  more.addEventListener('click', () => void showMore(generation));
  // Ctrl/⌘+K opens search on every other page; here the field is the search, so it goes there.
  addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  // Opening a facet fetches its counts then.
  for (const panel of facets.panels) panel.addEventListener('toggle', () => panel.open && void run());
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.q;
    facets.sync(state);
    void run();
  });

  facets.sync(state);
  input.value = state.q;
  // Arriving from a search elsewhere (?q=…), the reader can refine at once or press ↓ for the results.
  if (state.q) input.focus({ preventScroll: true });
  void run();
}
