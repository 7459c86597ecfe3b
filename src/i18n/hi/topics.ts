// Hindi: /topics/ and a prelims topic's page.
import type { Message } from '../../lib/i18n/messages.ts';
import type { topics as en } from '../en/topics.ts';

export const topics = {
  // /topics/
  'topics.title': 'प्रारंभिक परीक्षा के विषय',
  'topics.description': 'भारत–जापान नोट्स के सभी प्रारंभिक परीक्षा विषय-टैग, हर टैग के अंतर्गत नोट्स और प्रश्नों के साथ।',
  'topics.lede': {
    one: '{count} विषय-टैग। हर पृष्ठ उस शब्द को समझाता है, और उसका प्रयोग करने वाले सभी नोट्स तथा उसे परखने वाले प्रश्नों की सूची देता है।',
    other:
      '{count} विषय-टैग। हर पृष्ठ उस शब्द को समझाता है, और उसका प्रयोग करने वाले सभी नोट्स तथा उसे परखने वाले प्रश्नों की सूची देता है।',
  },
  // A topic's page
  'topics.aliases': 'अन्य नाम:',
  'topics.search': 'इस विषय में खोजें',
  'topics.print': 'इस विषय की प्रिंट योग्य पुस्तिका',
  'topics.revision': 'इस विषय की त्वरित पुनरावृत्ति',
  'topics.flashcards': 'इस विषय के फ़्लैशकार्ड',
  'topics.notes': '{topic} पर नोट्स ({count})',
  'topics.questions': '{topic} पर प्रश्न ({count})',
} as const satisfies Record<keyof typeof en, Message>;
