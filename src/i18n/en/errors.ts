// The page shown for an address the site does not have (404.astro).
import type { Messages } from '../../lib/i18n/messages.ts';

export const errors = {
  'notFound.title': 'Page not found',
  'notFound.lede': 'That page is not here. It may have moved, or the link may have a typo.',
  'notFound.home': 'All notes, in reading order',
  'notFound.topics': 'Prelims topics',
  'notFound.search': 'Search',
} as const satisfies Messages;
