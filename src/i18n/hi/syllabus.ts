// Hindi: /syllabus/: the official syllabus lines the notes serve.
import type { Message } from '../../lib/i18n/messages.ts';
import type { syllabus as en } from '../en/syllabus.ts';

export const syllabus = {
  'syllabus.title': 'पाठ्यक्रम मानचित्र',
  'syllabus.description': 'सामान्य अध्ययन प्रश्नपत्र और पाठ्यक्रम के आधिकारिक बिंदु, जिनके लिए ये नोट्स हैं, तथा हर बिंदु के नोट्स।',
  'syllabus.lede': 'मुख्य परीक्षा पाठ्यक्रम के आधिकारिक बिंदु, जिनके लिए ये नोट्स हैं, और हर बिंदु के लिए पढ़ने योग्य नोट्स।',
} as const satisfies Record<keyof typeof en, Message>;
