// /revision/ and the topic sheets (/revision/<id>/): quick-revision lines, printed densely.
import type { Messages } from '../../lib/i18n/messages.ts';

export const revision = {
  'revision.title': 'Quick revision: India–Japan relations',
  'revision.crumb': 'Quick revision',
  // /revision/: the whole set on one sheet ({lines} and {notes} are the counted count.lines and count.notes)
  'revision.whole.description':
    'The whole set of India–Japan notes as quick-revision lines, each linked to its note; prints on two A4 pages.',
  'revision.whole.printTitle': 'Quick revision · India–Japan',
  'revision.whole.lede': '{lines} from {notes}, in reading order.',
  // Said on screen only: on paper a heading opens nothing and the reader already holds the two pages
  'revision.whole.screenHint': 'Each heading opens the full note. Prints on two A4 pages.',
  // /revision/ when the whole set is too large for one sheet: the topic sheets
  'revision.byTopic.description':
    "Quick-revision sheets topic by topic: each prelims topic's lines, each linked to its note.",
  'revision.byTopic.lede':
    'The {lines} quick-revision lines of the {notes} notes are too many for one sheet, so they are revised topic by topic. Each sheet below prints on its own; a note under several topics is on each of their sheets.',
  'revision.byTopic.heading': 'Revision sheets by prelims topic',
  'revision.byTopic.sheet': '{lines} from {notes}',
  // /revision/<id>/: one topic's sheet. The lede is the text before and after the link to the topic, so a
  // translation can put {lines} and {notes} on either side of it.
  'revision.topic.title': 'Quick revision: {topic}',
  'revision.topic.description':
    'The quick-revision lines of every note on {topic}, each linked to its note; a printable sheet.',
  'revision.topic.printTitle': 'Quick revision · {topic}',
  'revision.topic.ledeBefore': '{lines} from {notes} on ',
  'revision.topic.ledeAfter': ', in reading order.',
  'revision.topic.screenHint': 'Each heading opens the full note.',
} as const satisfies Messages;
