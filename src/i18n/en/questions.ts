// /questions/ and its filters, a question's own page, the question cards every list uses (notes, topics, booklets),
// the pager under a long list, and the counts the whole site writes ("3 notes", src/lib/plural.ts).
import type { Messages } from '../../lib/i18n/messages.ts';

export const questions = {
  // On a page in another language: a previous-year question's text is our translation, not UPSC's own
  'questions.card.ourTranslation': 'This translation is ours; the question as UPSC set it is the English one.',
  // Counts written across the site (src/lib/plural.ts): the whole phrase, so a language puts the number where it goes
  // What a question is: its kind, its paper, its multiple-choice format
  'questions.kind.prelims-pyq': 'Prelims PYQ',
  'questions.kind.mains-pyq': 'Mains PYQ',
  'questions.kind.practice-mcq': 'Practice MCQ',
  'questions.kind.practice-mains': 'Practice mains',
  'questions.kindYear': '{kind} {year}',
  // A question page's title and search-result title: "Practice MCQ on JIMEX and Malabar exercise"
  'questions.page.searchTitle': '{kind} on {subjects}',
  'questions.paper.prelims': 'Prelims (GS Paper I)',
  'questions.paper.gs1': 'GS Paper I',
  'questions.paper.gs2': 'GS Paper II',
  'questions.paper.gs3': 'GS Paper III',
  'questions.paper.gs4': 'GS Paper IV',
  'questions.paperShort.gs1': 'GS I',
  'questions.paperShort.gs2': 'GS II',
  'questions.paperShort.gs3': 'GS III',
  'questions.paperShort.gs4': 'GS IV',
  'questions.format.direct': 'Direct',
  'questions.format.statements': 'Statements',
  'questions.format.how-many': 'How many',
  'questions.format.statement-i-ii': 'Statement-I / Statement-II',
  'questions.format.match-pairs': 'Match the pairs',
  'questions.marks': { one: '{count} mark', other: '{count} marks' },
  'questions.words': { one: '{count} word', other: '{count} words' },
  // /questions/: the list
  'questions.title': 'Questions',
  'questions.facetTitle': 'Questions: {facet}',
  'questions.pagedTitle': '{title} (page {page} of {pages})',
  'questions.description':
    'Previous-year and practice questions on India–Japan relations, with answers hidden until you ask.',
  'questions.lede': '{questions}. Try each one, then open the answer.',
  'questions.ledePaged': '{questions} · page {page} of {pages}. Try each one, then open the answer.',
  // /questions/: the filters
  'questions.filters.label': 'Filter questions',
  'questions.filters.toggle': 'Filters',
  'questions.filters.toggleActive': 'Filters ({count})',
  'questions.filters.all': 'All',
  'questions.filters.groupLabel': '{group}:',
  'questions.filters.group.type': 'Type',
  'questions.filters.group.year': 'Year',
  'questions.filters.group.paper': 'Paper',
  'questions.filters.group.format': 'Format',
  'questions.facet.pyq': 'Previous-year questions',
  'questions.facet.practice': 'Practice questions',
  // A question card
  'questions.card.number': 'Q{n}.',
  'questions.card.setBy': 'Set by {setBy}',
  'questions.card.setByLimits': 'Set by {setBy} · {marks} · {words}',
  'questions.card.show.answer': 'Show answer',
  'questions.card.hide.answer': 'Hide answer',
  'questions.card.show.outlineModel': 'Show outline and model answer',
  'questions.card.hide.outlineModel': 'Hide outline and model answer',
  'questions.card.show.outline': 'Show answer outline',
  'questions.card.hide.outline': 'Hide answer outline',
  'questions.card.answer': 'Answer: ({letter})',
  'questions.card.basis': 'Revise the note section this rests on',
  'questions.model.heading': 'Model answer',
  'questions.model.count': '({count} of {limit} words)',
  'questions.answerKey.title': 'Answer key',
  // A question's own page
  'questions.page.position': 'Question {position} of {total}',
  'questions.page.from': 'From {notes}',
  // The pager under a long list
  'questions.pager.label': 'Pages',
  'questions.pager.prev': 'Previous',
  'questions.pager.next': 'Next',
  'questions.pager.stepHidden': ' page',
  'questions.pager.pageHidden': 'Page ',
} as const satisfies Messages;
