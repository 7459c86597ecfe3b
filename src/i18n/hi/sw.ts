// Hindi: every page: the service worker's prompt when a newer build has been downloaded.
import type { Message } from '../../lib/i18n/messages.ts';
import type { sw as en } from '../en/sw.ts';

export const sw = {
  'sw.update': 'नए नोट्स उपलब्ध हैं — ',
  'sw.reload': 'रीलोड करें',
} as const satisfies Record<keyof typeof en, Message>;
