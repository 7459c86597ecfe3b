// /glossary/: the English ↔ Hindi terms.
import type { Messages } from '../../lib/i18n/messages.ts';

export const glossary = {
  'glossary.title': 'Glossary: English ↔ Hindi',
  'glossary.printTitle': 'Glossary',
  'glossary.description': {
    one: '{count} key term of India–Japan relations with the Hindi used in Hindi-medium material, a one-line meaning and the prelims topic it belongs to.',
    other:
      '{count} key terms of India–Japan relations with the Hindi used in Hindi-medium material, a one-line meaning and the prelims topic each belongs to.',
  },
  // The heading: "Glossary", then "English ↔" before the word Hindi written in Devanagari
  'glossary.heading': 'Glossary',
  'glossary.headingSub': 'English ↔',
  'glossary.lede':
    '{terms} from {topics}, A to Z. Each gives the Hindi term used in Hindi-medium material, what it means in one line, and a link to its topic.',
  'glossary.terms': { one: '{count} key term', other: '{count} key terms' },
  'glossary.topics': { one: '{count} prelims topic', other: '{count} prelims topics' },
  'glossary.letters': 'Glossary letters',
  // One term
  'glossary.topic': 'Topic:',
  'glossary.aliases': 'Also written:',
  // The filter box
  'glossary.filter.label': 'Filter the terms',
  'glossary.filter.placeholder': 'e.g. ACSA, bullet train, हाई-स्पीड रेल',
  'glossary.filter.count': { one: '{count} of {total} terms shown.', other: '{count} of {total} terms shown.' },
  'glossary.filter.none': 'No term matches “{filter}”. Try fewer letters, or search the whole site.',
} as const satisfies Messages;
