// /offline/: what the service worker shows for a page not saved on this device.
import type { Messages } from '../../lib/i18n/messages.ts';

export const offline = {
  // /offline/: what the service worker shows for a page not saved on this device
  'offline.title': 'You are offline',
  'offline.lede': 'This page has not been saved on this device yet, and there is no connection to fetch it.',
  'offline.saved': 'Saved on this device when you first visited, and working without a connection:',
  'offline.home': 'Home and every note',
  'offline.search': 'Search',
  'offline.later': 'Print booklets and PDFs are saved only once you have opened them while online.',
} as const satisfies Messages;
