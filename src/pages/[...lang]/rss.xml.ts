import { pageLocale, useTranslations } from '../../lib/i18n/index.ts';
import { everyLanguage } from '../../lib/i18n/routes.ts';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { lastChanged } from '../../lib/notes.ts';
import { getSite } from '../../data/site.ts';
import { config } from '../../lib/config.ts';
import { noteUrl } from '../../lib/urls.ts';

export function getStaticPaths() {
  return everyLanguage();
}

export async function GET(context: APIContext) {
  const locale = pageLocale(context.currentLocale);
  const { t } = useTranslations(locale);
  const site = await getSite(locale);
  return rss({
    title: t('site.title'),
    description: t('site.description'),
    site: context.site ?? config().site,
    items: site.notes.map((note) => ({
      title: note.data.title,
      description: note.data.summary,
      pubDate: lastChanged(note),
      link: noteUrl(note.id, locale),
      categories: note.data.prelims.map((id) => site.topic.get(id)?.data.title ?? id),
    })),
  });
}
