// Hindi: /print/ and the topic booklets (/topics/<id>/print/): the cover, the contents, the parts and each note's
// source.
import type { Message } from '../../lib/i18n/messages.ts';
import type { print as en } from '../en/print.ts';

export const print = {
  'print.running.before': 'पृष्ठ ',
  'print.running.between': ' / ',
  'print.running.contentsPage': ' · पृष्ठ ',
  // /print/: the whole set
  'print.whole.title': 'भारत–जापान संबंध: संपूर्ण नोट्स',
  'print.whole.description': 'सभी नोट्स पठन क्रम में, सभी प्रश्नों के साथ और अंत में एक उत्तर कुंजी।',
  // /topics/<id>/print/
  'print.topic.title': '{topic}: नोट्स और प्रश्न',
  // A booklet's cover
  'print.partTitle': '{title} ({count} में से भाग {number})',
  'print.printThis': 'यह पुस्तिका प्रिंट करें',
  'print.contents': 'विषय-सूची',
  'print.openNote': 'नोट खोलें',
  'print.answerKey': 'उत्तर कुंजी',
  // A booklet too large for one page: its parts
  'print.parts.label': 'इस पुस्तिका के भाग',
  'print.parts.lede': 'यह पुस्तिका {count} भागों में है; हर भाग इतना छोटा है कि उसे फ़ोन पर खोला और प्रिंट किया जा सके।',
  'print.parts.part': 'भाग {number}',
  // A note in a booklet
  'print.source': 'स्रोत: {publication}, {date}',
  // /print/ when the whole set is too large for one page: the topic booklets
  'print.byTopic.description': 'नोट्स विषयवार प्रिंट होते हैं: प्रारंभिक परीक्षा के हर विषय के लिए एक पुस्तिका।',
  'print.byTopic.lede':
    '{count} नोट्स एक प्रिंट योग्य पृष्ठ के लिए बहुत अधिक हैं, इसलिए वे विषयवार प्रिंट होते हैं। नीचे दी गई हर पुस्तिका में उसके नोट्स, उनके प्रश्न और एक उत्तर कुंजी है; जो नोट कई विषयों में आता है, वह उन सभी विषयों की पुस्तिकाओं में है।',
  'print.byTopic.heading': 'विषयवार पुस्तिकाएँ',
  'print.byTopic.parts': ' {count} भागों में',
  'print.byTopic.pdf': 'PDF',
} as const satisfies Record<keyof typeof en, Message>;
