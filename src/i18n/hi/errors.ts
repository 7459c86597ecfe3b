// Hindi: the page shown for an address the site does not have (404.astro).
import type { Message } from '../../lib/i18n/messages.ts';
import type { errors as en } from '../en/errors.ts';

export const errors = {
  'notFound.title': 'पृष्ठ नहीं मिला',
  'notFound.lede': 'यह पृष्ठ यहाँ नहीं है। हो सकता है इसे कहीं और ले जाया गया हो, या लिंक में कोई टाइपिंग की गलती हो।',
  'notFound.home': 'सभी नोट्स, पठन क्रम में',
  'notFound.topics': 'प्रारंभिक परीक्षा के विषय',
  'notFound.search': 'खोजें',
} as const satisfies Record<keyof typeof en, Message>;
