// Hindi: a note page: its head, contents, timeline, figures, maps, sources and the links around it, and the
// components it shares with other pages. `note.progress.` is in progress.ts.
import type { Message } from '../../lib/i18n/messages.ts';
import type { note as en } from '../en/note.ts';

export const note = {
  // A note page: the head
  'note.position': 'नोट {position} / {total}',
  'note.positionStart': 'नोट {position} / {total} · यहाँ से शुरू करें',
  'note.printedFrom': '{url} से मुद्रित',
  'note.currentTo': '{date} तक अद्यतन',
  'note.currentTo.more': '— उसके बाद की घटनाएँ शामिल नहीं हैं।',
  'note.kind.news-analysis': 'समाचार विश्लेषण',
  'note.kind.editorial': 'संपादकीय',
  'note.kind.background': 'पृष्ठभूमि',
  'note.minutes': 'पढ़ने में {minutes} मिनट',
  // {date} is the date, a <time> element
  'note.meta.updated': '{date} को अद्यतन',
  'note.meta.details': 'पाठ्यक्रम, विषय और स्रोत',
  'note.meta.published': 'प्रकाशित',
  // After the published date: "· updated {date}"
  'note.meta.updatedLater': '{date} को अद्यतन',
  'note.meta.syllabus': 'पाठ्यक्रम',
  'note.meta.mains': 'मुख्य परीक्षा',
  'note.topics.label': 'प्रारंभिक परीक्षा के विषय',
  'note.sources.heading': 'स्रोत',
  'note.sources.label': { one: 'स्रोत:', other: 'स्रोत:' },
  'note.sources.via': '{publication} पर आधारित',
  // {publisher} is a link to the page, {date} a <time> element
  'note.cite': '(स्रोत: {publisher}, {date})',
  'note.print': 'यह नोट प्रिंट करें',
  'note.pdf': 'PDF डाउनलोड करें',
  // The Share button; the site script (Base.astro) sets its text and announces the result of copying a link
  'note.share.share': 'साझा करें',
  'note.share.copy': 'लिंक कॉपी करें',
  'note.share.copied': 'लिंक कॉपी हो गया',
  'note.share.failed': 'लिंक कॉपी नहीं हो सका',
  // A note page: the body's sections
  'note.toc': 'इस पृष्ठ पर',
  'note.timeline.heading': 'समयरेखा',
  'note.timeline.target': 'लक्ष्य',
  'note.figures.heading': 'प्रमुख आँकड़े',
  'note.figures.figure': 'आँकड़ा',
  'note.figures.measures': 'यह क्या दर्शाता है',
  'note.maps.heading': { one: 'मानचित्र', other: 'मानचित्र' },
  'note.map.caption': 'मानचित्र: {title}',
  'note.map.schematic': '(योजनाबद्ध, पैमाने के अनुसार नहीं)',
  'note.map.key': 'संकेत',
  'note.map.place.terminal': 'टर्मिनल स्टेशन (वर्ग)',
  'note.map.place.station': 'स्टेशन (खुला वृत्त)',
  'note.map.place.port': 'बंदरगाह या नौसैनिक अड्डा (त्रिभुज)',
  'note.map.place.chokepoint': 'जलडमरूमध्य या चोकपॉइंट (खुला समचतुर्भुज)',
  'note.map.place.capital': 'राजधानी (भरा वृत्त)',
  'note.map.route.rail': 'हाई-स्पीड रेल लाइन (ठोस रेखा)',
  'note.map.route.sea-lane': 'समुद्री मार्ग (टूटी रेखा)',
  'note.map.beyond': 'स्रोत से अतिरिक्त',
  'note.map.beyondNote': '(हमारे द्वारा जोड़ा गया, समाचार लेख से नहीं):',
  'note.quickRevision.heading': 'त्वरित पुनरावृत्ति',
  'note.questions.heading': 'स्वयं को परखें',
  'note.questions.hint': 'उत्तर तब तक छिपे रहते हैं जब तक आप उन्हें खोलते नहीं।',
  // A note page: the links around it
  'note.related.heading': 'संबंधित नोट्स',
  'note.backToTop': 'ऊपर जाएँ',
  'note.prevNext.label': 'पठन क्रम',
  'note.prevNext.prev': '← पिछला',
  'note.prevNext.next': 'अगला →',
  'note.crumbs.label': 'नेविगेशन पथ',
} as const satisfies Record<keyof typeof en, Message>;
