// Every page: the header, the menu and the footer.
import type { Messages } from '../../lib/i18n/messages.ts';

export const site = {
  // Counted nouns used across the site (plural() in src/lib/plural.ts, and pages that put a count in a sentence)
  'count.notes': { one: '{count} note', other: '{count} notes' },
  'count.questions': { one: '{count} question', other: '{count} questions' },
  'count.lines': { one: '{count} line', other: '{count} lines' },
  'site.skip': 'Skip to content',
  // Every page: the header and the footer
  'header.menu': 'Menu',
  'header.darkTheme': 'Dark theme',
  'nav.label': 'Main',
  'nav.topics': 'Topics',
  'nav.mains': 'Mains',
  'nav.questions': 'Questions',
  'nav.practice': 'Practice',
  'nav.revision': 'Revision',
  'nav.glossary': 'Glossary',
  'nav.syllabus': 'Syllabus',
  'nav.progress': 'Progress',
  'footer.credit': 'Written in our own words from the sources each note names.',
  'footer.label': 'Footer',
  'footer.home': 'Home',
  'footer.topics': 'Prelims topics',
  'footer.mains': 'Mains topics',
  'footer.syllabus': 'Syllabus map',
  'footer.questions': 'Questions',
  'footer.print': 'Print booklet',
  'footer.rss': 'RSS feed',
} as const satisfies Messages;
