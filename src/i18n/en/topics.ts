// /topics/ and a prelims topic's page.
import type { Messages } from '../../lib/i18n/messages.ts';

export const topics = {
  // /topics/
  'topics.title': 'Prelims topics',
  'topics.description': 'Every prelims topic tag in the India–Japan notes, with the notes and questions under each.',
  'topics.lede': {
    one: '{count} topic tag. Each page explains the term, lists every note that uses it and the questions that test it.',
    other:
      '{count} topic tags. Each page explains the term, lists every note that uses it and the questions that test it.',
  },
  // A topic's page
  'topics.aliases': 'Also known as:',
  'topics.search': 'Search within this topic',
  'topics.print': 'Printable booklet of this topic',
  'topics.revision': 'Quick revision of this topic',
  'topics.flashcards': 'Flashcards on this topic',
  'topics.notes': 'Notes on {topic} ({count})',
  'topics.questions': 'Questions on {topic} ({count})',
} as const satisfies Messages;
