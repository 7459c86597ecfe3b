// The filter side of the search page: the "Filters (n)" panel, its checkboxes and counts, the removable chips of
// active filters, and what to offer when nothing matches. Its words come through `t` (the page's `search.page.js.`).
import type { Translate } from '../../lib/i18n/messages.ts';
import { FILTER_NAMES, NO_VALUE, type FilterName } from '../../lib/search-filters.ts';
import { isEmptyState, selectedPairs, toggleFilter, type SearchPageState } from '../../lib/search-state.ts';

/** Wide screens show the filters as a side column, always open; narrower ones behind "Filters (n)". */
const WIDE = '(min-width: 56rem)';

export function createFacetUi(form: HTMLFormElement, t: Translate<string>, go: (next: SearchPageState) => void) {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const filters = $<HTMLDetailsElement>('filters');
  const filterCount = $('filter-count');
  const active = $<HTMLUListElement>('active-filters');
  const zero = $('zero-results');
  const clearAll = $<HTMLAnchorElement>('clear-all');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const panels = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  const labelOf = new Map(checkboxes.map((box) => [`${box.name}:${box.value}`, box.dataset['label'] ?? box.value]));
  const facetLabel = new Map(
    panels.map((d) => [d.dataset['facet'], d.querySelector('summary')?.firstChild?.textContent?.trim() ?? '']),
  );
  // Every value a facet can hold: the panel lists all of them, and pages with none carry NO_VALUE.
  const all: Partial<Record<FilterName, string[]>> = {};
  for (const box of checkboxes) (all[box.name as FilterName] ??= [NO_VALUE]).push(box.value);
  const name = (facet: FilterName, value: string) =>
    t('search.page.js.filter', {
      facet: facetLabel.get(facet) ?? facet,
      value: labelOf.get(`${facet}:${value}`) ?? value,
    });
  let state: SearchPageState = { q: '', filters: {} };

  const wide = matchMedia(WIDE);
  const fit = () => {
    if (wide.matches) filters.open = true;
  };
  wide.addEventListener('change', fit);
  fit();

  function button(text: string, className: string, label: string | undefined, next: () => SearchPageState) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = text;
    if (label) b.setAttribute('aria-label', label);
    b.addEventListener('click', () => go(next()));
    const li = document.createElement('li');
    li.append(b);
    return li;
  }

  return {
    all,
    /** The facet sections, and the "Filters (n)" panel around them: opening any may need counts. */
    panels: [filters, ...panels],
    clearAll,
    topicLabel: (id: string) => labelOf.get(`topic:${id}`) ?? id,
    /** Facets whose counts are fetched: only open ones (a closed facet costs no download). */
    counted: () =>
      new Set(
        panels.filter((d) => d.open && (filters.open || wide.matches)).map((d) => d.dataset['facet'] as FilterName),
      ),

    sync(next: SearchPageState) {
      state = next;
      // Facets start closed (their counts cost a download); one with ticks opens so the reader sees them.
      for (const panel of panels) if (state.filters[panel.dataset['facet'] as FilterName]?.length) panel.open = true;
      for (const box of checkboxes) box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
      for (const facet of FILTER_NAMES) {
        const badge = form.querySelector<HTMLElement>(`[data-selected-for="${facet}"]`);
        const count = state.filters[facet]?.length ?? 0;
        if (badge) badge.textContent = count ? t('search.page.js.selected', { count }) : '';
      }
      const pairs = selectedPairs(state.filters);
      filterCount.textContent = pairs.length ? t('search.page.js.filterCount', { count: pairs.length }) : '';
      clearAll.hidden = isEmptyState(state);
      active.replaceChildren(
        ...pairs.map(([facet, value]) => {
          const filter = name(facet, value);
          return button(
            t('search.page.js.chip', { filter }),
            'chip-button',
            t('search.page.js.remove', { filter }),
            () => toggleFilter(state, facet, value),
          );
        }),
      );
      active.hidden = pairs.length === 0;
    },

    renderCounts(
      counts: Record<string, Record<string, number>>,
      own: Partial<Record<FilterName, Record<string, number>>>,
    ) {
      for (const box of checkboxes) {
        const facet = box.name as FilterName;
        const known = own[facet] ?? counts[facet];
        const n = known?.[box.value] ?? 0;
        const span = form.querySelector<HTMLElement>(`[data-count-for="${facet}:${CSS.escape(box.value)}"]`);
        if (span) span.textContent = known ? String(n) : '';
        box.toggleAttribute('data-empty', known !== undefined && n === 0 && !box.checked);
      }
    },

    renderZero(empty: boolean, current: SearchPageState) {
      zero.hidden = !empty;
      zero.replaceChildren();
      if (!empty) return;
      const p = document.createElement('p');
      const pairs = selectedPairs(current.filters);
      if (!pairs.length) {
        p.textContent = t('search.page.js.zeroHint');
        const link = document.createElement('a');
        link.href = `${(form.dataset['home'] ?? form.dataset['base'] ?? '/').replace(/\/$/, '')}/topics/`;
        link.textContent = t('search.page.js.browse');
        zero.append(p, link);
        return;
      }
      p.textContent = t('search.page.js.zeroFilters');
      const ul = document.createElement('ul');
      ul.append(
        ...pairs.map(([facet, value]) =>
          button(t('search.page.js.drop', { filter: name(facet, value) }), 'button', undefined, () =>
            toggleFilter(current, facet, value),
          ),
        ),
        button(t('search.page.js.clearFilters'), 'button', undefined, () => ({ q: current.q, filters: {} })),
      );
      zero.append(p, ul);
    },
  };
}
