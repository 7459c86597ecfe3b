// /print/ and the topic booklets (/topics/<id>/print/): the cover, the contents, the parts and each note's source.
import type { Messages } from '../../lib/i18n/messages.ts';

export const print = {
  // The printed page's footer: "Page 3 of 12" (the numbers are CSS counters between the two pieces)
  'print.running.before': 'Page ',
  'print.running.between': ' of ',
  // After a note's title in the printed booklet's contents, before its page number
  'print.running.contentsPage': ' · page ',
  // /print/: the whole set
  'print.whole.title': 'India–Japan relations: the complete notes',
  'print.whole.description': 'Every note in reading order, with all questions and one answer key at the end.',
  // /topics/<id>/print/
  'print.topic.title': '{topic}: notes and questions',
  // A booklet's cover
  'print.partTitle': '{title} (part {number} of {count})',
  'print.printThis': 'Print this booklet',
  'print.contents': 'Contents',
  'print.openNote': 'open the note',
  'print.answerKey': 'Answer key',
  // A booklet too large for one page: its parts
  'print.parts.label': 'Parts of this booklet',
  'print.parts.lede': 'This booklet is in {count} parts, each short enough to open and print on a phone.',
  'print.parts.part': 'Part {number}',
  // A note in a booklet
  'print.source': 'Source: {publication}, {date}',
  // /print/ when the whole set is too large for one page: the topic booklets
  'print.byTopic.description': 'The notes are printed topic by topic: one booklet per prelims topic.',
  'print.byTopic.lede':
    'The {count} notes are too many for one printable page, so they are printed topic by topic. Each booklet below has its notes, their questions and an answer key; a note under several topics appears in each of them.',
  'print.byTopic.heading': 'Topic booklets',
  'print.byTopic.parts': ' in {count} parts',
  'print.byTopic.pdf': 'PDF',
} as const satisfies Messages;
