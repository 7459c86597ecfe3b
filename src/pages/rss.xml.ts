import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/constants.ts';
import { lastChanged } from '../lib/notes.ts';
import { getSite } from '../data/site.ts';
import { config } from '../lib/config.ts';
import { noteUrl } from '../lib/urls.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site ?? config().site,
    items: site.notes.map((note) => ({
      title: note.data.title,
      description: note.data.summary,
      pubDate: lastChanged(note),
      link: noteUrl(note.id),
      categories: note.data.prelims.map((id) => site.topic.get(id)?.data.title ?? id),
    })),
  });
}
