// Hindi: search: the header's search control and dialog, /search/ and its filters. `search.js.` is what both browser
// scripts write (the dialog's on every page, so kept short); `search.page.js.` only the search page's.
import type { Message } from '../../lib/i18n/messages.ts';
import type { search as en } from '../en/search.ts';

export const search = {
  // Every page: the header's control and the dialog it opens
  'search.open': 'खोजें',
  // The key names on the header's search button (the script shows ⌘K on a Mac)
  'search.shortcut': 'Ctrl K',
  'search.title': 'खोजें',
  'search.field': 'नोट्स, विषय और प्रश्न खोजें',
  'search.placeholder': 'जैसे JIMEX, बुलेट ट्रेन, 2+2',
  'search.submit': 'खोजें',
  'search.close': 'बंद करें',
  'search.full': 'फ़िल्टर के साथ पूरी खोज',
  // /search/: the page
  'search.description':
    'भारत–जापान नोट्स, विषय-नोट्स और प्रश्न खोजें, और विषय, पाठ्यक्रम बिंदु तथा प्रश्नपत्र के अनुसार परिणाम सीमित करें।',
  'search.hint': 'यहाँ आने के लिए {slash} और परिणामों पर जाने के लिए {down} दबाएँ।',
  'search.noscript':
    'खोज आपके ब्राउज़र में चलती है और इसके लिए JavaScript चाहिए। आप फिर भी {topics} या {lines} के अनुसार ब्राउज़ कर सकते हैं।',
  'search.noscript.topics': 'विषय',
  'search.noscript.lines': 'पाठ्यक्रम बिंदु',
  'search.filters': 'फ़िल्टर',
  'search.results': 'परिणाम',
  'search.clearAll': 'सभी हटाएँ',
  'search.more': 'और परिणाम दिखाएँ',
  // /search/: the filter panel (src/lib/search-labels.ts)
  'search.facets': 'फ़िल्टर',
  'search.facet.type': 'प्रकार',
  'search.facet.topic': 'प्रारंभिक परीक्षा विषय',
  'search.facet.mains': 'मुख्य परीक्षा विषय',
  'search.facet.gs': 'सामान्य अध्ययन प्रश्नपत्र',
  'search.facet.line': 'पाठ्यक्रम बिंदु',
  // A syllabus line in the filters: 'GS II: Bilateral, regional and global groupings…'
  'search.facet.lineLabel': '{paper}: {line}',
  'search.facet.publication': 'प्रकाशन',
  'search.facet.year': 'वर्ष',
  'search.types.note': 'नोट्स',
  'search.types.topic': 'विषय-नोट्स',
  'search.types.question': 'प्रश्न',
  'search.types.glossary': 'शब्दावली',
  // The dialog and /search/ in the browser: status and results
  'search.js.searching': 'खोज जारी है…',
  'search.js.indexFailed': 'खोज सूचकांक लोड नहीं हो सका।',
  'search.js.count': { one: '{count} परिणाम।', other: '{count} परिणाम।' },
  'search.js.countFor': { one: '“{term}” के लिए {count} परिणाम।', other: '“{term}” के लिए {count} परिणाम।' },
  'search.js.none': 'कोई परिणाम नहीं।',
  'search.js.noneFor': '“{term}” के लिए कोई परिणाम नहीं।',
  'search.js.bestMatch': 'विषय · सर्वोत्तम मिलान',
  'search.js.type.note': 'नोट',
  'search.js.type.topic': 'विषय',
  'search.js.type.question': 'प्रश्न',
  'search.js.type.glossary': 'शब्दावली',
  'search.js.type.page': 'पृष्ठ',
  'search.js.sections': 'मिलते-जुलते अनुभाग',
  // {term} is the corrected word (in bold) and {exact} the link to search as typed
  'search.js.rewrite': '{term} के परिणाम दिखाए जा रहे हैं ({query} खोजा गया था)। {exact}',
  'search.js.exact': 'इसके बजाय “{query}” खोजें',
  // A query in Hindi: told in Hindi on every edition, since the reader wrote in Hindi
  'search.js.hindi.rewrite':
    'यह अंग्रेज़ी संस्करण है: “{query}” के लिए अंग्रेज़ी शब्द “{term}” से मिलते विषय और परिणाम नीचे हैं। हिन्दी नोट्स हिन्दी संस्करण (/hi/) में हैं।',
  'search.js.hindi.none': 'अंग्रेज़ी संस्करण में यह हिन्दी शब्द नहीं मिला। अंग्रेज़ी में खोजें, या हिन्दी संस्करण (/hi/) में खोजें।',
  'search.js.hindi.browse': 'सभी विषय देखें',
  // /search/ in the browser: notices, filtered counts, the filter chips and what to offer when nothing matches
  'search.page.js.devNotice':
    'खोज के लिए बिल्ड की गई साइट चाहिए: सूचकांक `astro build` के बाद बनता है। `npm start` चलाएँ और साइट वहीं खोलें।',
  'search.page.js.indexFailed': 'खोज सूचकांक लोड नहीं हो सका। खोज के लिए बिल्ड की गई साइट चाहिए (`npm start`)।',
  'search.page.js.topics': 'विषय',
  'search.page.js.empty': 'परिणाम देखने के लिए कोई शब्द लिखें या कोई फ़िल्टर चुनें।',
  'search.page.js.count': {
    one: 'आपके चुने गए फ़िल्टर के साथ {count} परिणाम।',
    other: 'आपके चुने गए फ़िल्टर के साथ {count} परिणाम।',
  },
  'search.page.js.countFor': {
    one: 'आपके चुने गए फ़िल्टर के साथ “{term}” के लिए {count} परिणाम।',
    other: 'आपके चुने गए फ़िल्टर के साथ “{term}” के लिए {count} परिणाम।',
  },
  'search.page.js.none': 'आपके चुने गए फ़िल्टर के साथ कोई परिणाम नहीं।',
  'search.page.js.noneFor': 'आपके चुने गए फ़िल्टर के साथ “{term}” के लिए कोई परिणाम नहीं।',
  'search.page.js.selected': '({count} चयनित)',
  'search.page.js.filterCount': '({count})',
  'search.page.js.filter': '{facet}: {value}',
  'search.page.js.chip': '{filter} ✕',
  'search.page.js.remove': 'फ़िल्टर {filter} हटाएँ',
  'search.page.js.zeroHint': 'वर्तनी जाँचें, छोटा शब्द आज़माएँ, या प्रारंभिक परीक्षा के विषय देखें।',
  'search.page.js.browse': 'सभी विषय देखें',
  'search.page.js.zeroFilters': 'कोई भी परिणाम सभी फ़िल्टर से एक साथ मेल नहीं खाता। कोई एक फ़िल्टर हटाएँ:',
  'search.page.js.drop': '{filter} हटाएँ',
  'search.page.js.clearFilters': 'सभी फ़िल्टर हटाएँ',
} as const satisfies Record<keyof typeof en, Message>;
