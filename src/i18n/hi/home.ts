// Hindi: the home page: what is here, the notes in reading order, the latest changes, topics and syllabus.
import type { Message } from '../../lib/i18n/messages.ts';
import type { home as en } from '../en/home.ts';

export const home = {
  'home.heading': 'भारत–जापान संबंध, परीक्षा के लिए तैयार',
  // {notes}, {topics} and {questions} are the counted strings below ({topics} and {questions} in the oblique form)
  'home.lede':
    'UPSC सिविल सेवा अभ्यर्थियों के लिए {notes}: सामान्य अध्ययन (GS) पाठ्यक्रम से जुड़े, {topics} से टैग किए गए तथा {questions} से परखे गए। किसी भी फ़ोन पर पढ़ें, विषय के अनुसार खोजें, PDF के रूप में प्रिंट करें।',
  'home.lede.notes': { one: '{count} अध्ययन नोट', other: '{count} अध्ययन नोट्स' },
  'home.lede.topics': { one: '{count} प्रारंभिक परीक्षा विषय', other: '{count} प्रारंभिक परीक्षा विषयों' },
  // Exact, not a blurred total: "5 previous-year questions and 44 practice questions"
  'home.lede.questions': '{pyqs} और {practice}',
  'home.lede.pyqs': { one: '{count} पिछले वर्ष के प्रश्न (PYQ)', other: '{count} पिछले वर्षों के प्रश्नों (PYQ)' },
  'home.lede.practice': { one: '{count} अभ्यास प्रश्न', other: '{count} अभ्यास प्रश्नों' },
  'home.start': 'अवलोकन से शुरू करें →',
  'home.order.heading': 'पठन क्रम में नोट्स',
  'home.order.headingAll': 'पठन क्रम में सभी नोट्स',
  // A large set: {next} is a link to the next note (its title), {topics} a link to /topics/ (home.order.topics)
  'home.order.more':
    'ये {total} में से पहले {shown} नोट्स हैं। हर नोट के अंत में अगले नोट का लिंक है: नोट {n}, {next}, से आगे पढ़ें, या सभी {total} नोट्स विषयवार {topics} में देखें।',
  'home.order.topics': 'प्रारंभिक परीक्षा के विषय',
  'home.latest.heading': 'नवीनतम अपडेट',
  // Latest updates: after the note's name when its change log names no change
  'home.latest.published': 'नया नोट',
  'home.latest.updated': 'अद्यतन',
  'home.topics.heading': 'प्रारंभिक परीक्षा के विषय',
  'home.topics.all': 'सारांश सहित सभी विषय →',
  'home.syllabus.heading': 'पाठ्यक्रम के अनुसार',
  'home.pyqs': 'पिछले वर्षों के प्रश्न (PYQ)',
  'home.mains': 'मुख्य परीक्षा के विषय',
  // मुखपृष्ठ का "आज" पैनल
  'today.heading': 'आज',
  'today.daily': 'आज का प्रारंभिक परीक्षा सेट ({n} प्रश्न, UPSC अंकन)',
  'today.cards': 'फ़्लैशकार्ड',
  'today.revision': 'त्वरित पुनरावृत्ति पत्रक',
  'today.glossary': 'शब्दावली',
  'today.progress': 'आपकी प्रगति',
  'today.js.continue': 'जहाँ छोड़ा था, वहीं से पढ़ें:',
  'today.js.cardsDue': { one: '({count} कार्ड दोहराना बाकी)', other: '({count} कार्ड दोहराने बाकी)' },
  'today.js.due': 'आज दोहराने के लिए नोट्स:',
  'today.js.separator': ', ',
  'today.js.revised': 'दोहराया गया',
  'today.js.bookmarked': 'बुकमार्क किया गया',
} as const satisfies Record<keyof typeof en, Message>;
