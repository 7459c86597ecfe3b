import { pageLocale } from '../../../lib/i18n/index.ts';
import type { APIContext } from 'astro';
import { everyLanguage } from '../../../lib/i18n/routes.ts';
import { isMcq } from '../../../schemas/question.ts';
import { cardCounts, hasTermCard, termCardId } from '../../../lib/practice/cards.ts';
import { progressSiteData } from '../../../lib/practice/progress-data.ts';
import { questionUrl } from '../../../lib/practice/links.ts';
import { noteUrl } from '../../../lib/urls.ts';
import { getSite } from '../../../data/site.ts';

// What /progress/ joins with the progress stored on the device: fetched by the page, so its HTML stays small.
export function getStaticPaths() {
  return everyLanguage();
}

export async function GET({ currentLocale }: APIContext) {
  const locale = pageLocale(currentLocale);
  const site = await getSite(locale);
  const data = progressSiteData({
    notes: site.notes.map((n) => ({
      id: n.id,
      title: n.data.title,
      url: noteUrl(n.id, locale),
      lines: n.data.gs.map((g) => g.line),
      topics: n.data.prelims,
      cards: cardCounts({ id: n.id, ...n.data }),
    })),
    glossary: site.glossary.filter((term) => hasTermCard(term, locale === 'hi')).map((term) => termCardId(term.id)),
    topics: site.topics.map((t) => ({ id: t.id, label: t.data.title })),
    lines: site.syllabus.flatMap((paper) => paper.lines.map((l) => ({ id: l.id, label: `${paper.name}: ${l.text}` }))),
    questions: site.questions.map((q) => ({
      id: q.id,
      text: q.data.text,
      url: questionUrl(q.id, locale),
      topics: q.data.topics,
      mcq: isMcq(q.data),
    })),
  });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
