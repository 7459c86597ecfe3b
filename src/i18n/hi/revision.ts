// Hindi: /revision/ and the topic sheets (/revision/<id>/): quick-revision lines, printed densely.
import type { Message } from '../../lib/i18n/messages.ts';
import type { revision as en } from '../en/revision.ts';

export const revision = {
  'revision.title': 'त्वरित पुनरावृत्ति: भारत–जापान संबंध',
  'revision.crumb': 'त्वरित पुनरावृत्ति',
  // /revision/: the whole set on one sheet ({lines} and {notes} are the counted count.lines and count.notes)
  'revision.whole.description':
    'भारत–जापान के सभी नोट्स, त्वरित पुनरावृत्ति की पंक्तियों के रूप में, हर पंक्ति अपने नोट से जुड़ी; दो A4 पृष्ठों पर प्रिंट होता है।',
  'revision.whole.printTitle': 'त्वरित पुनरावृत्ति · भारत–जापान',
  'revision.whole.lede': '{notes} से {lines}, पठन क्रम में।',
  // Said on screen only: on paper a heading opens nothing and the reader already holds the two pages
  'revision.whole.screenHint': 'हर शीर्षक पूरा नोट खोलता है। दो A4 पृष्ठों पर प्रिंट होता है।',
  // /revision/ when the whole set is too large for one sheet: the topic sheets
  'revision.byTopic.description':
    'विषयवार त्वरित पुनरावृत्ति शीट: प्रारंभिक परीक्षा के हर विषय की पंक्तियाँ, हर पंक्ति अपने नोट से जुड़ी।',
  'revision.byTopic.lede':
    '{notes} नोट्स की {lines} त्वरित पुनरावृत्ति पंक्तियाँ एक शीट के लिए बहुत अधिक हैं, इसलिए इनकी पुनरावृत्ति विषयवार होती है। नीचे दी गई हर शीट अलग से प्रिंट होती है; जो नोट कई विषयों में आता है, वह उन सभी विषयों की शीट पर है।',
  'revision.byTopic.heading': 'प्रारंभिक परीक्षा के विषयवार पुनरावृत्ति शीट',
  'revision.byTopic.sheet': '{notes} से {lines}',
  // /revision/<id>/: one topic's sheet. The lede is the text before and after the link to the topic, so a
  // translation can put {lines} and {notes} on either side of it.
  'revision.topic.title': 'त्वरित पुनरावृत्ति: {topic}',
  'revision.topic.description': '{topic} पर सभी नोट्स की त्वरित पुनरावृत्ति पंक्तियाँ, हर पंक्ति अपने नोट से जुड़ी; प्रिंट योग्य शीट।',
  'revision.topic.printTitle': 'त्वरित पुनरावृत्ति · {topic}',
  'revision.topic.ledeBefore': '{notes} से {lines} — विषय: ',
  'revision.topic.ledeAfter': ', पठन क्रम में।',
  'revision.topic.screenHint': 'हर शीर्षक पूरा नोट खोलता है।',
} as const satisfies Record<keyof typeof en, Message>;
