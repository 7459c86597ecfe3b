// Hindi: /mains/ and a mains topic's page: what examiners ask, the answer framework, keywords, quotes, questions.
import type { Message } from '../../lib/i18n/messages.ts';
import type { mains as en } from '../en/mains.ts';

export const mains = {
  // /mains/
  'mains.title': 'मुख्य परीक्षा के विषय',
  'mains.description': 'भारत–जापान संबंधों में मुख्य परीक्षा के उत्तर-लेखन के विषय और हर विषय को तैयार करने वाले नोट्स।',
  'mains.lede':
    'मुख्य परीक्षा के उत्तर लिखने के विषय: परीक्षक क्या पूछते हैं, आँकड़ों सहित उत्तर का ढाँचा, मुख्य शब्द, उद्धरण योग्य पंक्तियाँ, आदर्श उत्तर और हर विषय को तैयार करने वाले नोट्स।',
  'mains.angles': { one: '{count} परीक्षा-पहलू', other: '{count} परीक्षा-पहलू' },
  // A mains topic's page: its sections
  'mains.onPage': 'इस पृष्ठ पर',
  'mains.asks': 'परीक्षक क्या पूछते हैं',
  'mains.framework': 'उत्तर का ढाँचा',
  'mains.keywords': 'मुख्य शब्द',
  'mains.quotes': 'उद्धरण योग्य पंक्तियाँ',
  'mains.questions': 'प्रश्न और आदर्श उत्तर',
  'mains.notes': 'पुनरावृत्ति के लिए नोट्स',
  'mains.notesCount': 'पुनरावृत्ति के लिए नोट्स ({count})',
  'mains.search': 'इस विषय में खोजें',
  // What examiners ask: the question an angle links to
  'mains.asked': '{label}, {marks}',
  // The answer framework
  'mains.framework.introduction': 'भूमिका: आरंभ करने के तरीके',
  'mains.framework.body': 'मुख्य भाग: आँकड़ों सहित आयाम',
  'mains.framework.dataFrom': 'आँकड़ों का स्रोत:',
  'mains.framework.counterViews': 'विपरीत मत',
  'mains.framework.wayForward': 'आगे की राह',
  'mains.framework.conclusion': 'निष्कर्ष: समापन के तरीके',
  // Quotable lines
  'mains.quotes.note': 'स्रोत से अतिरिक्त: ये पंक्तियाँ समाचार लेख में नहीं हैं; हर पंक्ति शब्दशः उद्धृत है।',
  // A question with its model answer
  'mains.question.page': 'प्रश्न पृष्ठ',
  'mains.question.showModel': 'आदर्श उत्तर देखें',
  'mains.question.showOutline': 'उत्तर की रूपरेखा देखें',
} as const satisfies Record<keyof typeof en, Message>;
