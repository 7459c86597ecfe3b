import { GS_LABELS } from './constants.ts';
import { GLOSSARY_SEARCH_TYPE } from './glossary.ts';
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

const TYPE_LABELS: Record<string, string> = {
  note: 'Notes',
  topic: 'Topic notes',
  question: 'Questions',
  [GLOSSARY_SEARCH_TYPE]: 'Glossary',
};

/** Builds the facet panel from the site's taxonomy; values are ids (what the URL holds), labels are titles. */
export function buildFacets(input: {
  topics: { id: string; title: string }[];
  mains: { id: string; title: string }[];
  lines: { id: string; paper: keyof typeof GS_LABELS; text: string }[];
  publications: { id: string; name: string }[];
  years: number[];
}): Facet[] {
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label);
  return [
    { name: 'type', label: 'Type', values: Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label })) },
    {
      name: 'topic',
      label: 'Prelims topic',
      values: input.topics.map((t) => ({ value: t.id, label: t.title })).sort(byLabel),
    },
    {
      name: 'mains',
      label: 'Mains topic',
      values: input.mains.map((m) => ({ value: m.id, label: m.title })).sort(byLabel),
    },
    { name: 'gs', label: 'GS paper', values: Object.entries(GS_LABELS).map(([value, label]) => ({ value, label })) },
    {
      name: 'line',
      label: 'Syllabus line',
      values: input.lines.map((l) => ({
        value: l.id,
        label: `${GS_LABELS[l.paper].replace('GS Paper ', 'GS ')}: ${l.text}`,
      })),
    },
    {
      name: 'publication',
      label: 'Publication',
      values: input.publications.map((p) => ({ value: p.id, label: p.name })).sort(byLabel),
    },
    {
      name: 'year',
      label: 'Year',
      values: [...new Set(input.years)].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
    },
  ];
}
