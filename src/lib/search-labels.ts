import { gsPaperSchema, type GsPaper } from '../schemas/common.ts';
import { DEFAULT_LOCALE, LANG_TAG, useTranslations, type Locale } from './i18n/index.ts';
import { SEARCH_TYPES } from './search-types.ts';
import type { FilterName } from './search-filters.ts';

/** One value of one facet as the search page lists it. */
export interface FacetValue {
  value: string;
  label: string;
}

/** A facet panel section: its URL name, its heading, and every value in display order. */
export interface Facet {
  name: FilterName;
  label: string;
  values: FacetValue[];
}

/**
 * Builds the facet panel from the site's taxonomy, in `locale`; values are ids (what the URL holds), labels are
 * titles.
 */
export function buildFacets(
  input: {
    topics: { id: string; title: string }[];
    mains: { id: string; title: string }[];
    lines: { id: string; paper: GsPaper; text: string }[];
    publications: { id: string; name: string }[];
    years: number[];
  },
  locale: Locale = DEFAULT_LOCALE,
): Facet[] {
  const { t } = useTranslations(locale);
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, LANG_TAG[locale]);
  return [
    {
      name: 'type',
      label: t('search.facet.type'),
      values: Object.entries(SEARCH_TYPES).map(([value, names]) => ({ value, label: t(names.many) })),
    },
    {
      name: 'topic',
      label: t('search.facet.topic'),
      values: input.topics.map((t) => ({ value: t.id, label: t.title })).sort(byLabel),
    },
    {
      name: 'mains',
      label: t('search.facet.mains'),
      values: input.mains.map((m) => ({ value: m.id, label: m.title })).sort(byLabel),
    },
    {
      name: 'gs',
      label: t('search.facet.gs'),
      values: gsPaperSchema.options.map((value) => ({ value, label: t(`questions.paper.${value}`) })),
    },
    {
      name: 'line',
      label: t('search.facet.line'),
      values: input.lines.map((l) => ({
        value: l.id,
        label: t('search.facet.lineLabel', { paper: t(`questions.paperShort.${l.paper}`), line: l.text }),
      })),
    },
    {
      name: 'publication',
      label: t('search.facet.publication'),
      values: input.publications.map((p) => ({ value: p.id, label: p.name })).sort(byLabel),
    },
    {
      name: 'year',
      label: t('search.facet.year'),
      values: [...new Set(input.years)].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    },
  ];
}
