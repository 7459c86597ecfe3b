// /syllabus/: the official syllabus lines the notes serve.
import type { Messages } from '../../lib/i18n/messages.ts';

export const syllabus = {
  'syllabus.title': 'Syllabus map',
  'syllabus.description': 'The GS papers and official syllabus lines these notes serve, with the notes for each.',
  'syllabus.lede': 'The official mains syllabus lines these notes serve, and the notes to read for each.',
} as const satisfies Messages;
