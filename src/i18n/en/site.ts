// Every page: the header, the menu and the footer.
import type { Messages } from '../../lib/i18n/messages.ts';

export const site = {
  // Counted nouns used across the site (plural() in src/lib/plural.ts, and pages that put a count in a sentence)
  'count.notes': { one: '{count} note', other: '{count} notes' },
  'count.questions': { one: '{count} question', other: '{count} questions' },
  'count.lines': { one: '{count} line', other: '{count} lines' },
  'site.skip': 'Skip to content',
  // The site's name, shown in the header, titles, booklets and feeds; its one-line description
  'site.title': 'India–Japan Notes',
  'site.tagline': 'UPSC CSE study notes on India–Japan relations',
  'site.description':
    'Exam-ready notes on India–Japan relations for UPSC civil services aspirants: topics for prelims, GS paper mapping for mains, and previous-year questions.',
  // The language switch in the header: {language} is the other language's own name ("हिन्दी")
  'lang.switch': 'Read this page in {language}',
  // On the home page, for a reader who chose this language before: in this language
  'lang.hint': 'Continue in English →',
  // A page of another language whose text is not translated yet, or was translated from an older English text
  'translation.missing': 'This page is not translated yet; the English text is shown.',
  'translation.stale':
    'The English text has changed since this translation was made; see the English page for the latest.',
  'translation.english': 'Read the English page',
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
