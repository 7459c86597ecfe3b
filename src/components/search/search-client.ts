// The search page in the browser: reads the state from the URL, asks Pagefind, renders results and facet counts,
// and writes every change back to the URL. Loaded only on /search/ (a note page ships none of this).
import { FILTER_NAMES, NO_VALUE, type FilterName } from '../../lib/search-filters.ts';
import {
  isEmptyState,
  pagefindFilters,
  parseSearchState,
  selectedPairs,
  serializeSearchState,
  toggleFilter,
  type SearchPageState,
} from '../../lib/search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindSearch | null>;
}

/** Results rendered at first (each loads one fragment); "Show more" adds MORE_SIZE at a time. */
const PAGE_SIZE = 5;
const MORE_SIZE = 10;
const TYPE_NAMES: Record<string, string> = { note: 'Note', topic: 'Topic', question: 'Question' };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startSearchPage(): void {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('site-search');
  const status = $('search-status');
  const list = $<HTMLOListElement>('results-list');
  const zero = $('zero-results');
  const more = $<HTMLButtonElement>('more-results');
  const clearAll = $<HTMLAnchorElement>('clear-all');
  const active = $<HTMLUListElement>('active-filters');
  const notice = $('search-notice');
  const base = form.dataset['base'] ?? '/';
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const labelOf = new Map(checkboxes.map((box) => [`${box.name}:${box.value}`, box.dataset['label'] ?? box.value]));
  const facetLabel = new Map(
    [...form.querySelectorAll<HTMLElement>('details[data-facet]')].map((d) => [
      d.dataset['facet'],
      d.querySelector('summary')?.firstChild?.textContent?.trim() ?? '',
    ]),
  );

  let state = parseSearchState(location.search);
  let shown: PagefindSearch['results'] = [];
  let shownCount = 0;
  let generation = 0;
  // Every value a facet can hold: the panel lists all of them, and pages with none carry NO_VALUE.
  const all: Partial<Record<FilterName, string[]>> = {};
  for (const box of checkboxes) (all[box.name as FilterName] ??= [NO_VALUE]).push(box.value);
  const facetPanels = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  /** Counts are fetched only for facets the reader has open: a closed facet costs no download. */
  const counted = () => new Set(facetPanels.filter((d) => d.open).map((d) => d.dataset['facet'] as FilterName));

  if (form.dataset['dev'] === 'true') {
    showNotice(
      'Search needs a built site: the index is made after `astro build`. Run `npm start` and open the search page there.',
    );
  }

  const pagefindReady: Promise<Pagefind | null> = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
    .then(async (module: Pagefind) => {
      // The index is small: searching on the main thread saves downloading a second copy of the runtime.
      await module.options({ baseUrl: base, excerptLength: 26, noWorker: true });
      await module.init();
      return module;
    })
    .catch(() => {
      showNotice(
        'The search index could not be loaded. Search needs the built site (`npm start`); browse by topic meanwhile.',
      );
      return null;
    });

  function showNotice(text: string) {
    notice.textContent = text;
    notice.hidden = false;
  }

  function syncForm() {
    if (document.activeElement !== input) input.value = state.q;
    // Facets start closed (their counts cost a download); one with ticks opens so the reader sees them.
    for (const panel of facetPanels) if (state.filters[panel.dataset['facet'] as FilterName]?.length) panel.open = true;
    for (const box of checkboxes) box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
    for (const name of FILTER_NAMES) {
      const badge = form.querySelector<HTMLElement>(`[data-selected-for="${name}"]`);
      const count = state.filters[name]?.length ?? 0;
      if (badge) badge.textContent = count ? `(${count} selected)` : '';
    }
    clearAll.hidden = isEmptyState(state);
    renderActiveFilters();
  }

  function renderActiveFilters() {
    const pairs = selectedPairs(state.filters);
    active.replaceChildren(
      ...pairs.map(([name, value]) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip-button';
        button.textContent = `${facetLabel.get(name) ?? name}: ${labelOf.get(`${name}:${value}`) ?? value} ✕`;
        button.setAttribute(
          'aria-label',
          `Remove filter ${facetLabel.get(name) ?? name}: ${labelOf.get(`${name}:${value}`) ?? value}`,
        );
        button.addEventListener('click', () => update(toggleFilter(state, name, value), 'push'));
        li.append(button);
        return li;
      }),
    );
    active.hidden = pairs.length === 0;
  }

  function update(next: SearchPageState, history: 'push' | 'replace' | 'none') {
    state = next;
    const target = `${location.pathname}${serializeSearchState(state)}`;
    if (history === 'push' && target !== `${location.pathname}${location.search}`)
      window.history.pushState(null, '', target);
    if (history === 'replace') window.history.replaceState(null, '', target);
    syncForm();
    void run();
  }

  async function run() {
    const mine = ++generation;
    const pagefind = await pagefindReady;
    if (!pagefind || mine !== generation) return;
    const open = counted();
    if (isEmptyState(state)) {
      const everything = open.size
        ? await pagefind.search(null, { filters: pagefindFilters({}, all, undefined, open) })
        : null;
      if (mine !== generation) return;
      list.replaceChildren();
      zero.hidden = true;
      more.hidden = true;
      status.textContent = 'Type a word or tick a filter to see results.';
      renderCounts(everything?.filters ?? {}, {});
      return;
    }
    const term = state.q || null;
    const search = await pagefind.search(term, { filters: pagefindFilters(state.filters, all, undefined, open) });
    if (!search || mine !== generation) return;
    // OR within a facet: a facet with ticks gets its counts from a search without its own ticks.
    const own: Partial<Record<FilterName, Record<string, number>>> = {};
    for (const name of FILTER_NAMES) {
      if (!state.filters[name]?.length || !open.has(name)) continue;
      const result = await pagefind.search(term, { filters: pagefindFilters(state.filters, all, name, open) });
      if (mine !== generation) return;
      if (result?.filters[name]) own[name] = result.filters[name];
    }
    renderCounts(search.filters, own);
    shown = search.results;
    shownCount = 0;
    list.replaceChildren();
    await showMore(mine);
    if (mine !== generation) return;
    const total = shown.length;
    const what = state.q ? ` for “${state.q}”` : '';
    const filtered = selectedPairs(state.filters).length ? ' with the filters you chose' : '';
    status.textContent = total
      ? `${total} result${total === 1 ? '' : 's'}${what}${filtered}.`
      : `No results${what}${filtered}.`;
    renderZero(total === 0);
  }

  async function showMore(mine: number) {
    const batch = shown.slice(shownCount, shownCount + (shownCount === 0 ? PAGE_SIZE : MORE_SIZE));
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...data.map(renderResult));
    shownCount += batch.length;
    more.hidden = shownCount >= shown.length;
  }

  function renderCounts(counts: PagefindSearch['filters'], own: Partial<Record<FilterName, Record<string, number>>>) {
    for (const box of checkboxes) {
      const name = box.name as FilterName;
      const n = (own[name] ?? counts[name])?.[box.value] ?? 0;
      const span = form.querySelector<HTMLElement>(`[data-count-for="${name}:${CSS.escape(box.value)}"]`);
      const known = own[name] ?? counts[name];
      if (span) span.textContent = known ? String(n) : '';
      box.toggleAttribute('data-empty', known !== undefined && n === 0 && !box.checked);
    }
  }

  function renderZero(empty: boolean) {
    zero.hidden = !empty;
    zero.replaceChildren();
    if (!empty) return;
    const p = document.createElement('p');
    const pairs = selectedPairs(state.filters);
    if (pairs.length) {
      p.textContent = 'Nothing matches every filter at once. Drop one:';
      const ul = document.createElement('ul');
      for (const [name, value] of pairs) {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = `Drop ${facetLabel.get(name) ?? name}: ${labelOf.get(`${name}:${value}`) ?? value}`;
        button.addEventListener('click', () => update(toggleFilter(state, name, value), 'push'));
        li.append(button);
        ul.append(li);
      }
      const all = document.createElement('button');
      all.type = 'button';
      all.className = 'button';
      all.textContent = 'Clear all filters';
      all.addEventListener('click', () => update({ q: state.q, filters: {} }, 'push'));
      const li = document.createElement('li');
      li.append(all);
      ul.append(li);
      zero.append(p, ul);
    } else {
      p.textContent = 'Check the spelling, try a shorter word, or browse the prelims topics.';
      const link = document.createElement('a');
      link.href = `${base.replace(/\/$/, '')}/topics/`;
      link.textContent = 'Browse all topics';
      zero.append(p, link);
    }
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const type = document.createElement('p');
    type.className = 'result-type';
    type.textContent = TYPE_NAMES[data.meta['type'] ?? ''] ?? 'Page';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = data.url;
    a.className = 'result-link';
    a.textContent = data.meta['title'] ?? data.url;
    h.append(a);
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(...markedText(data.excerpt));
    li.append(type, h, excerpt);
    const topics = data.filters['topic'] ?? [];
    if (topics.length) {
      const chips = document.createElement('ul');
      chips.className = 'result-chips';
      chips.setAttribute('aria-label', 'Topics');
      for (const topic of topics.slice(0, 6)) {
        const chip = document.createElement('li');
        chip.textContent = labelOf.get(`topic:${topic}`) ?? topic;
        chips.append(chip);
      }
      li.append(chips);
    }
    const subs = data.sub_results.filter((s) => s.anchor && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'sub-results';
      ul.setAttribute('aria-label', 'Matching sections');
      for (const sub of subs) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = sub.url;
        link.textContent = sub.title;
        const text = document.createElement('span');
        text.className = 'sub-excerpt';
        text.append(' — ', ...markedText(sub.excerpt));
        item.append(link, text);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  // --- events ---------------------------------------------------------------------------------------------
  let typing: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => update({ ...state, q: input.value.trim() }, 'replace'), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector<HTMLAnchorElement>('a.result-link');
      if (first) {
        event.preventDefault();
        first.focus();
      }
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
    update({ ...state, q: input.value.trim() }, 'push');
  });
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    update(toggleFilter(state, box.name as FilterName, box.value), 'push');
  });
  clearAll.addEventListener('click', (event) => {
    event.preventDefault();
    update({ q: '', filters: {} }, 'push');
    input.value = '';
    input.focus();
  });
  more.addEventListener('click', () => void showMore(generation));
  // Opening a facet fetches its counts then.
  for (const panel of facetPanels) panel.addEventListener('toggle', () => panel.open && void run());
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.q;
    syncForm();
    void run();
  });

  syncForm();
  input.value = state.q;
  void run();
}

/** Pagefind excerpts mark matches with <mark>; keep only text and those marks, so nothing else can be injected. */
function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof HTMLElement && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent;
        out.push(mark);
      } else walk(child);
    }
  };
  walk(template.content);
  return out;
}
