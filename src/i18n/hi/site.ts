// Hindi: every page: the header, the menu and the footer.
import type { Message } from '../../lib/i18n/messages.ts';
import type { site as en } from '../en/site.ts';

export const site = {
  // Counted nouns used across the site (plural() in src/lib/plural.ts, and pages that put a count in a sentence)
  'count.notes': { one: '{count} नोट', other: '{count} नोट्स' },
  'count.questions': { one: '{count} प्रश्न', other: '{count} प्रश्न' },
  'count.lines': { one: '{count} पंक्ति', other: '{count} पंक्तियाँ' },
  'site.skip': 'मुख्य सामग्री पर जाएँ',
  'site.title': 'भारत–जापान नोट्स',
  'site.tagline': 'भारत–जापान संबंधों पर UPSC सिविल सेवा परीक्षा के अध्ययन नोट्स',
  'site.description':
    'UPSC सिविल सेवा अभ्यर्थियों के लिए भारत–जापान संबंधों पर परीक्षा-उपयोगी नोट्स: प्रारंभिक परीक्षा के विषय, मुख्य परीक्षा के सामान्य अध्ययन प्रश्नपत्रों से जुड़ाव और पिछले वर्षों के प्रश्न।',
  'lang.switch': 'यह पृष्ठ {language} में पढ़ें',
  'lang.hint': 'हिन्दी संस्करण में पढ़ें →',
  'translation.missing': 'इस पृष्ठ का हिन्दी अनुवाद अभी उपलब्ध नहीं है; नीचे अंग्रेज़ी पाठ दिया गया है।',
  'translation.stale': 'यह अनुवाद बनने के बाद अंग्रेज़ी पाठ में बदलाव हुआ है; नवीनतम जानकारी के लिए अंग्रेज़ी पृष्ठ देखें।',
  'translation.english': 'अंग्रेज़ी पृष्ठ पढ़ें',
  // Every page: the header and the footer
  'header.menu': 'मेनू',
  'header.darkTheme': 'डार्क थीम',
  'nav.label': 'मुख्य',
  'nav.topics': 'विषय',
  'nav.mains': 'मुख्य परीक्षा',
  'nav.questions': 'प्रश्न',
  'nav.practice': 'अभ्यास',
  'nav.revision': 'पुनरावृत्ति',
  'nav.glossary': 'शब्दावली',
  'nav.syllabus': 'पाठ्यक्रम',
  'nav.progress': 'प्रगति',
  'footer.credit': 'हर नोट में बताए गए स्रोतों के आधार पर, हमारे अपने शब्दों में लिखा गया।',
  'footer.label': 'पादलेख',
  'footer.home': 'मुखपृष्ठ',
  'footer.topics': 'प्रारंभिक परीक्षा के विषय',
  'footer.mains': 'मुख्य परीक्षा के विषय',
  'footer.syllabus': 'पाठ्यक्रम मानचित्र',
  'footer.questions': 'प्रश्न',
  'footer.print': 'प्रिंट पुस्तिका',
  'footer.rss': 'RSS फ़ीड',
} as const satisfies Record<keyof typeof en, Message>;
