// English interface strings, one key per string. Keys are grouped by the page or script that uses them; a
// browser script receives the keys under its prefixes from its page (see src/lib/i18n/messages.ts, pick()).
// A string two scripts share lives once, under its own prefix (`revised.`).
// Placeholders are {name}; a string with forms by count is { one, other }.
import type { Message } from '../lib/i18n/messages.ts';

export const en = {
  // /progress/: the page
  'progress.title': 'Your progress',
  'progress.description': 'What this device has revised, bookmarked and got wrong; export and import.',
  'progress.lede': 'Kept in this browser only: nothing is sent anywhere. Export it to move it to another device.',
  'progress.noscript': 'Your progress is stored by the browser and this page needs JavaScript to show it.',
  // /progress/: the sections
  'progress.continue.heading': 'Continue where you left off',
  'progress.due.heading': 'Due today',
  'progress.revised.heading': 'Revised notes',
  'progress.bookmarks.heading': 'Bookmarks',
  'progress.weak.heading': 'Weak topics',
  'progress.weak.practise': 'Practise my mistakes',
  'progress.history.heading': 'Question history',
  'progress.coverage.heading': 'Coverage',
  'progress.coverage.lines': 'By syllabus line',
  'progress.coverage.topics': 'By prelims topic',
  'progress.data.heading': 'Move or clear your progress',
  'progress.data.export': 'Export to a file',
  'progress.data.import': 'Import from a file',
  'progress.data.clear': 'Clear everything',
  // /progress/: what the browser script writes
  'revised.times': { one: 'once', other: '{count} times' },
  'progress.js.continue': 'Last opened: ',
  'progress.js.continueNone': 'No note opened yet.',
  'progress.js.dueCards': {
    one: '{count} flashcard due on the practice page.',
    other: '{count} flashcards due on the practice page.',
  },
  'progress.js.noCards': 'Flashcards appear once notes carry quick-revision lines.',
  'progress.js.dueSince': ' (due since {day})',
  'progress.js.dueNone': 'No note is due for revision today.',
  'progress.js.revisedLine': ' — revised {times}, last on {day}',
  'progress.js.revisedNone': 'Nothing marked as revised yet: use “Mark as revised” at the end of a note.',
  'progress.js.bookmarksNone': 'No bookmarks yet.',
  'progress.js.weakLine': '{topic}: {right} of {total} right',
  'progress.js.weakNone': 'No weak topics: every topic you tried is at 60% or better.',
  'progress.js.weakEmpty': 'Answer some questions first.',
  'progress.js.historyRight': ' — last right; {right} of {total} right',
  'progress.js.historyWrong': ' — last wrong; {right} of {total} right',
  'progress.js.historyNone': 'No questions answered yet.',
  'progress.js.share': '{label}: {done} of {total}',
  'progress.js.linesNone': 'No syllabus lines.',
  'progress.js.topicsNone': 'No topics.',
  'progress.js.siteFailed': 'Your progress could not be shown: the list of notes did not load. Reload to try again.',
  'progress.js.exported': 'Progress exported. Import the file on another device to carry on there.',
  'progress.js.notImported': 'Not imported: {reason} Your progress was not changed.',
  'progress.js.refused': 'Not changed: this browser refused to store it. Your progress is as it was.',
  'progress.js.clearConfirm':
    'Clear all progress kept on this device? You can undo this once on this page; export it first to keep a copy.',
  'progress.js.clearNone': 'Nothing was cleared.',
  'progress.js.cleared': 'All progress on this device was cleared. You can undo this once below.',
  // /progress/: importing a file
  'progress.import.heading': 'Import {file}?',
  'progress.import.revised': { one: '{count} revised note', other: '{count} revised notes' },
  'progress.import.bookmarks': { one: '{count} bookmark', other: '{count} bookmarks' },
  'progress.import.answered': { one: '{count} question answered', other: '{count} questions answered' },
  'progress.import.cards': { one: '{count} flashcard', other: '{count} flashcards' },
  'progress.import.drafts': { one: '{count} mains draft', other: '{count} mains drafts' },
  'progress.import.file': 'In the file: {counts}.',
  'progress.import.device': 'On this device: {counts}.',
  'progress.import.after': 'After merging: {counts}.',
  'progress.import.same': 'The file holds nothing this device does not already have.',
  'progress.import.merge': 'Merge into this device',
  'progress.import.replace': 'Replace this device’s progress',
  'progress.import.cancel': 'Cancel',
  'progress.import.replaceConfirm':
    'Replace everything on this device with the file? What is only on this device will be removed (you can undo this once).',
  'progress.import.cancelled': 'Not imported. Your progress was not changed.',
  'progress.import.merged': 'Merged {file} into this device. Nothing on this device was removed.',
  'progress.import.replaced': 'Replaced this device’s progress with {file}.',
  'progress.undo.button': 'Undo the last change',
  'progress.undo.offer': 'The progress before the last import or clear ({when}) is kept: you can restore it once.',
  'progress.undo.done': 'Restored the progress this device held before the last change.',
  'progress.undo.failed': 'Not restored: this browser refused to store it. Your progress is as it was.',
  // A note page: "Your progress"
  'note.progress.heading': 'Your progress',
  'note.progress.markRevised': 'Mark as revised',
  'note.progress.bookmark': 'Bookmark',
  'note.progress.practise': 'Practise this note’s questions',
  'note.progress.all': 'All your progress',
  'note.progress.js.status': 'Revised {times}, last on {day}.',
  'note.progress.js.none': 'Not marked as revised yet.',
  'note.progress.js.bookmarked': 'Bookmarked',
  'note.progress.js.undo': 'Undo today’s revision',
  'note.progress.js.revisedToday': 'Revised today',
} as const satisfies Readonly<Record<string, Message>>;

/** A key of the interface strings: every language has the same keys. */
export type UiKey = keyof typeof en;
