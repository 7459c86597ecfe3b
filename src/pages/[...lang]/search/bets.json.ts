import { pageLocale } from '../../../lib/i18n/index.ts';
import type { APIContext } from 'astro';
import { everyLanguage } from '../../../lib/i18n/routes.ts';
import { getCollection } from 'astro:content';
import { buildBets } from '../../../lib/search/best-bets.ts';
import { getSite } from '../../../data/site.ts';
import { topicUrl } from '../../../lib/urls.ts';

// Topic names and glossary terms, normalised at build time: the search page and dialog show a topic first when a
// query names it. Loaded with the first search.
export function getStaticPaths() {
  return everyLanguage();
}

export async function GET({ currentLocale }: APIContext) {
  const locale = pageLocale(currentLocale);
  const [site, glossary] = await Promise.all([getSite(locale), getCollection('glossary')]);
  const bets = buildBets({
    topics: site.topics.map((t) => ({ id: t.id, url: topicUrl(t.id, locale), ...t.data })),
    terms: glossary.map((g) => g.data).filter((g) => site.topic.has(g.topic)),
  });
  return new Response(JSON.stringify(bets), { headers: { 'content-type': 'application/json' } });
}
