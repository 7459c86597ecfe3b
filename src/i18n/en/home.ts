// The home page: what is here, the notes in reading order, the latest changes, topics and syllabus entry points.
import type { Messages } from '../../lib/i18n/messages.ts';

export const home = {
  'home.heading': 'India–Japan relations, ready for the exam',
  // {notes}, {topics} and {questions} are the counted strings below
  'home.lede':
    '{notes} for UPSC civil services aspirants, mapped to the GS syllabus, tagged with {topics}, and tested with {questions}. Read on any phone, search by topic, print to PDF.',
  'home.lede.notes': { one: '{count} study note', other: '{count} study notes' },
  'home.lede.topics': { one: '{count} prelims topic', other: '{count} prelims topics' },
  // Exact, not a blurred total: "5 previous-year questions and 44 practice questions"
  'home.lede.questions': '{pyqs} and {practice}',
  'home.lede.pyqs': { one: '{count} previous-year question', other: '{count} previous-year questions' },
  'home.lede.practice': { one: '{count} practice question', other: '{count} practice questions' },
  'home.start': 'Start with the overview →',
  'home.order.heading': 'Notes in reading order',
  'home.order.headingAll': 'All notes in reading order',
  // A large set: {next} is a link to the next note (its title), {topics} a link to /topics/ (home.order.topics)
  'home.order.more':
    'These are the first {shown} of {total} notes. Each note ends with a link to the next: carry on with note {n}, {next}, or find all {total} notes topic by topic under {topics}.',
  'home.order.topics': 'Prelims topics',
  'home.latest.heading': 'Latest updates',
  // Latest updates: after the note's name when its change log names no change
  'home.latest.published': 'new note',
  'home.latest.updated': 'updated',
  'home.topics.heading': 'Prelims topics',
  'home.topics.all': 'All topics with summaries →',
  'home.syllabus.heading': 'By syllabus',
  'home.pyqs': 'Previous-year questions',
  'home.mains': 'Mains topics',
  // The home page's "Today" panel (TodayPanel.astro; the js. lines come from this device's progress)
  'today.heading': 'Today',
  'today.daily': 'Today’s prelims set ({n} questions, UPSC marking)',
  'today.cards': 'Flashcards',
  'today.revision': 'Revision sheets',
  'today.glossary': 'Glossary',
  'today.progress': 'Your progress',
  'today.js.continue': 'Continue where you left off:',
  'today.js.cardsDue': { one: '({count} card due)', other: '({count} cards due)' },
  'today.js.due': 'Due for revision:',
  'today.js.separator': ', ',
  'today.js.revised': 'Revised',
  'today.js.bookmarked': 'Bookmarked',
} as const satisfies Messages;
