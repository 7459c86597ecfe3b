// Hindi: /questions/ and its filters, a question's own page, the question cards every list uses, the pager under
// a long list, and the counts the whole site writes.
import type { Message } from '../../lib/i18n/messages.ts';
import type { questions as en } from '../en/questions.ts';

export const questions = {
  'questions.card.ourTranslation':
    'यह हिन्दी पाठ हमारा अनुवाद है, UPSC का आधिकारिक हिन्दी पाठ नहीं; मूल प्रश्न अंग्रेज़ी संस्करण में देखें।',
  // Counts written across the site (src/lib/plural.ts): the whole phrase, so a language puts the number where it goes
  // What a question is: its kind, its paper, its multiple-choice format
  'questions.kind.prelims-pyq': 'प्रारंभिक परीक्षा PYQ',
  'questions.kind.mains-pyq': 'मुख्य परीक्षा PYQ',
  'questions.kind.practice-mcq': 'अभ्यास MCQ',
  'questions.kind.practice-mains': 'मुख्य परीक्षा अभ्यास',
  'questions.kindYear': '{kind} {year}',
  // A question page's title and search-result title: "Practice MCQ on JIMEX and Malabar exercise"
  'questions.page.searchTitle': '{subjects} पर {kind}',
  'questions.paper.prelims': 'प्रारंभिक परीक्षा (सामान्य अध्ययन प्रश्नपत्र I)',
  'questions.paper.gs1': 'सामान्य अध्ययन प्रश्नपत्र I',
  'questions.paper.gs2': 'सामान्य अध्ययन प्रश्नपत्र II',
  'questions.paper.gs3': 'सामान्य अध्ययन प्रश्नपत्र III',
  'questions.paper.gs4': 'सामान्य अध्ययन प्रश्नपत्र IV',
  'questions.paperShort.gs1': 'सामान्य अध्ययन-I',
  'questions.paperShort.gs2': 'सामान्य अध्ययन-II',
  'questions.paperShort.gs3': 'सामान्य अध्ययन-III',
  'questions.paperShort.gs4': 'सामान्य अध्ययन-IV',
  'questions.format.direct': 'प्रत्यक्ष',
  'questions.format.statements': 'कथन',
  'questions.format.how-many': 'कितने',
  'questions.format.statement-i-ii': 'कथन-I / कथन-II',
  'questions.format.match-pairs': 'युग्म सुमेलन',
  'questions.marks': { one: '{count} अंक', other: '{count} अंक' },
  'questions.words': { one: '{count} शब्द', other: '{count} शब्द' },
  // /questions/: the list
  'questions.title': 'प्रश्न',
  'questions.facetTitle': 'प्रश्न: {facet}',
  'questions.pagedTitle': '{title} ({pages} में से पृष्ठ {page})',
  'questions.description': 'भारत–जापान संबंधों पर पिछले वर्षों के और अभ्यास प्रश्न; उत्तर तब तक छिपे रहते हैं जब तक आप उन्हें न खोलें।',
  'questions.lede': '{questions}। हर प्रश्न हल करें, फिर उत्तर खोलें।',
  'questions.ledePaged': '{questions} · {pages} में से पृष्ठ {page}। हर प्रश्न हल करें, फिर उत्तर खोलें।',
  // /questions/: the filters
  'questions.filters.label': 'प्रश्न फ़िल्टर करें',
  'questions.filters.toggle': 'फ़िल्टर',
  'questions.filters.toggleActive': 'फ़िल्टर ({count})',
  'questions.filters.all': 'सभी',
  'questions.filters.groupLabel': '{group}:',
  'questions.filters.group.type': 'प्रकार',
  'questions.filters.group.year': 'वर्ष',
  'questions.filters.group.paper': 'प्रश्नपत्र',
  'questions.filters.group.format': 'प्रारूप',
  'questions.facet.pyq': 'पिछले वर्षों के प्रश्न',
  'questions.facet.practice': 'अभ्यास प्रश्न',
  // A question card
  'questions.card.number': 'प्रश्न {n}.',
  'questions.card.setBy': 'प्रश्नकर्ता: {setBy}',
  'questions.card.setByLimits': 'प्रश्नकर्ता: {setBy} · {marks} · {words}',
  'questions.card.show.answer': 'उत्तर देखें',
  'questions.card.hide.answer': 'उत्तर छिपाएँ',
  'questions.card.show.outlineModel': 'रूपरेखा और आदर्श उत्तर देखें',
  'questions.card.hide.outlineModel': 'रूपरेखा और आदर्श उत्तर छिपाएँ',
  'questions.card.show.outline': 'उत्तर की रूपरेखा देखें',
  'questions.card.hide.outline': 'उत्तर की रूपरेखा छिपाएँ',
  'questions.card.answer': 'उत्तर: ({letter})',
  'questions.card.basis': 'जिस नोट-अनुभाग पर यह प्रश्न आधारित है, उसे दोहराएँ',
  'questions.model.heading': 'आदर्श उत्तर',
  'questions.model.count': '({limit} में से {count} शब्द)',
  'questions.answerKey.title': 'उत्तर कुंजी',
  // A question's own page
  'questions.page.position': 'प्रश्न {position} / {total}',
  'questions.page.from': 'स्रोत नोट: {notes}',
  // The pager under a long list
  'questions.pager.label': 'पृष्ठ',
  'questions.pager.prev': 'पिछला',
  'questions.pager.next': 'अगला',
  'questions.pager.stepHidden': ' पृष्ठ',
  'questions.pager.pageHidden': 'पृष्ठ ',
} as const satisfies Record<keyof typeof en, Message>;
