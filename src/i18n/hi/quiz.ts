// Hindi: /practice/: the scored round and its summary (QuizRound.astro and quiz-client.ts).
import type { Message } from '../../lib/i18n/messages.ts';
import type { quiz as en } from '../en/quiz.ts';

export const quiz = {
  // /practice/: the scored round
  'quiz.prev': 'पिछला',
  'quiz.next': 'अगला',
  'quiz.finish': 'समाप्त करें',
  'quiz.finishMore': 'और सारांश देखें',
  'quiz.summary': 'राउंड का सारांश',
  'quiz.caption': 'विषय के अनुसार (UPSC अंकन: सही पर +2, गलत पर −⅔, छोड़े गए पर 0)',
  'quiz.topic': 'विषय',
  'quiz.right': 'सही',
  'quiz.wrong': 'गलत',
  'quiz.blank': 'छोड़े गए',
  'quiz.marks': 'अंक',
  'quiz.review': 'दोबारा देखने योग्य प्रश्न',
  'quiz.reviewNone': 'सभी प्रश्न सही: दोबारा देखने के लिए कुछ नहीं।',
  'quiz.retry': 'गलत प्रश्न फिर से हल करें',
  'quiz.restart': 'यह सेट फिर से शुरू करें',
  'quiz.js.score': 'स्कोर: {max} में से {score} · {right} सही, {wrong} गलत, {unanswered} अनुत्तरित',
  'quiz.js.position': 'प्रश्न {n} / {total}',
  'quiz.js.positionShort': '{n} / {total}',
  'quiz.js.number': 'प्रश्न {n}.',
  'quiz.js.right': '✓ सही: +2 अंक।',
  'quiz.js.wrong': '✗ गलत: सही उत्तर ({answer}) है। −⅔ अंक।',
  'quiz.js.peeked': 'आपने विकल्प चुनने से पहले उत्तर खोल लिया: यह प्रश्न अनुत्तरित माना जाएगा (0 अंक)।',
  'quiz.js.total': '{max} में से {score} अंक: {right} सही, {wrong} गलत, {unanswered} अनुत्तरित।',
  // Hindi uses `one` for 0 and 1, so both forms carry the count
  'quiz.js.peekedCount': {
    one: ' अनुत्तरित में से {count} प्रश्न का उत्तर विकल्प चुनने से पहले देख लिया गया था।',
    other: ' अनुत्तरित में से {count} प्रश्नों के उत्तर विकल्प चुनने से पहले देख लिए गए थे।',
  },
  'quiz.js.reviewWrong': 'आपने ({choice}) चुना; सही उत्तर ({answer}) है।',
  'quiz.js.reviewPeeked': 'विकल्प चुनने से पहले उत्तर देख लिया गया; सही उत्तर ({answer}) है।',
  'quiz.js.reviewBlank': 'उत्तर नहीं दिया गया; सही उत्तर ({answer}) है।',
  'quiz.js.noMistakes': 'इस डिवाइस पर अभी तक कोई गलती दर्ज नहीं है: पहले कुछ प्रश्न हल करें।',
  'quiz.js.noQuestions': 'इस सेट में कोई प्रश्न नहीं है।',
  'quiz.js.timeLeft': 'शेष समय {clock}',
} as const satisfies Record<keyof typeof en, Message>;
