import { pageLocale } from '../../../lib/i18n/index.ts';
import type { APIContext } from 'astro';
import { everyLanguage } from '../../../lib/i18n/routes.ts';
import { getCollection } from 'astro:content';
import {
  buildVocabulary,
  renderedHeadings,
  renderedText,
  type VocabularySource,
} from '../../../lib/search/vocabulary.ts';
import { getSite } from '../../../data/site.ts';

/** Weights: names readers look for outrank headings, which outrank running text. */
const NAME = 20;
const TITLE = 10;
const HEADING = 5;
const TEXT = 1;

// The typo vocabulary: the site's words, weightiest first. The search page fetches it only when a query finds
// little, to offer "Showing results for JIMEX (searched for jimx)".
export function getStaticPaths() {
  return everyLanguage();
}

export async function GET({ currentLocale }: APIContext) {
  const locale = pageLocale(currentLocale);
  const [site, glossary] = await Promise.all([getSite(locale), getCollection('glossary')]);
  const sources: VocabularySource[] = [
    ...site.topics.map((t) => ({ text: [t.data.title, ...t.data.aliases].join(' '), weight: NAME })),
    ...glossary.map((g) => ({ text: [g.data.term, ...g.data.aliases].join(' '), weight: NAME })),
    ...[...site.notes, ...site.mains].map((n) => ({ text: n.data.title, weight: TITLE })),
    ...[...site.notes, ...site.topics, ...site.mains].flatMap((n) => [
      { text: renderedHeadings(n.rendered?.html ?? ''), weight: HEADING },
      { text: renderedText(n.rendered?.html ?? ''), weight: TEXT },
    ]),
    ...site.questions.map((q) => ({
      text: [q.data.text, ...(q.data.options ?? []), q.data.explanation].join(' '),
      weight: TEXT,
    })),
  ];
  return new Response(JSON.stringify(buildVocabulary(sources)), { headers: { 'content-type': 'application/json' } });
}
