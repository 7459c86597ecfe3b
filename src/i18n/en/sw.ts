// Every page: the service worker's prompt when a newer build has been downloaded ("New notes available — Reload").
import type { Messages } from '../../lib/i18n/messages.ts';

export const sw = {
  'sw.update': 'New notes available — ',
  'sw.reload': 'Reload',
} as const satisfies Messages;
