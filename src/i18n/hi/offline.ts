// Hindi: /offline/: what the service worker shows for a page not saved on this device.
import type { Message } from '../../lib/i18n/messages.ts';
import type { offline as en } from '../en/offline.ts';

export const offline = {
  // /offline/: what the service worker shows for a page not saved on this device
  'offline.title': 'आप ऑफ़लाइन हैं',
  'offline.lede': 'यह पृष्ठ अभी इस डिवाइस पर सहेजा नहीं गया है, और इसे लाने के लिए कोई कनेक्शन नहीं है।',
  'offline.saved': 'आपकी पहली विज़िट पर इस डिवाइस पर सहेजे गए, और बिना कनेक्शन के भी उपलब्ध:',
  'offline.home': 'मुखपृष्ठ और सभी नोट्स',
  'offline.search': 'खोजें',
  'offline.later': 'प्रिंट पुस्तिकाएँ और PDF तभी सहेजे जाते हैं जब आपने उन्हें ऑनलाइन रहते हुए एक बार खोला हो।',
} as const satisfies Record<keyof typeof en, Message>;
