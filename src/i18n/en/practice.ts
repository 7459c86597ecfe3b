// /practice/ (set picker, flashcards, mains writing), the question-bank and flashcard-deck pages, and the
// "Practise" link of a topic. The scored round is in quiz.ts. `practice.*.js.` keys are what a browser script writes.
import type { Messages } from '../../lib/i18n/messages.ts';

export const practice = {
  // /practice/: the page
  'practice.title': 'Practice',
  'practice.description':
    'Scored prelims practice with UPSC negative marking, flashcards with spaced repetition, and timed mains answer writing.',
  // {link} is the link "see your progress"
  'practice.lede':
    'Answer prelims questions with UPSC marking, revise with flashcards, and write timed mains answers. Your answers stay on this device ({link}).',
  'practice.lede.link': 'see your progress',
  'practice.jump': 'On this page',
  'practice.quiz.heading': 'Prelims quiz',
  'practice.flash.heading': 'Flashcards',
  'practice.mains.heading': 'Mains writing',
  'practice.quiz.noscript':
    'Scoring needs JavaScript. Without it, practise on the question pages, each answer behind “Show answer”:',
  // /practice/: choosing the set
  'practice.set.label': 'Questions',
  'practice.set.all': 'All questions ({n})',
  'practice.set.pyq': 'Previous-year questions only ({n})',
  'practice.set.mistakes': 'My mistakes',
  'practice.set.daily': 'Today’s set ({n}: your mistakes first, then new questions)',
  'practice.set.topic': 'One topic',
  'practice.set.note': 'One note',
  'practice.set.option': '{title} ({n})',
  'practice.set.show': 'Show',
  'practice.set.one': 'One question at a time',
  'practice.set.list': 'All as a list',
  'practice.set.timer': 'Exam-pace timer ({seconds} seconds a question: 100 in 120 minutes)',
  'practice.set.start': 'Start',
  // Fetching questions and cards (LoadStatus.astro, page-loader.ts): by the status's id
  'practice.load.quiz.loading': 'Loading the questions…',
  'practice.load.quiz.failed': 'Could not load the questions. Check your connection, then try again.',
  'practice.load.flash.loading': 'Loading the flashcards…',
  'practice.load.flash.failed': 'Could not load the flashcards. Check your connection, then try again.',
  'practice.load.retry': 'Retry',
  // /practice/: flashcards
  'practice.flash.none': 'Flashcards appear here once the notes carry quick-revision lines.',
  'practice.flash.noscript': 'Scheduling the cards needs JavaScript. Flip them on the deck pages instead:',
  'practice.flash.deck': 'Deck {n}',
  'practice.flash.js.due': {
    one: '{count} card due today. Recall the point, open the card, then grade yourself.',
    other: '{count} cards due today. Recall the point, open the card, then grade yourself.',
  },
  'practice.flash.js.none': 'No cards due today. Cards you knew come back after 1, 3, 7 and 21 days.',
  // ?deck=<note>: only that note's cards, every one of them (not a few new a day), and the way back to all
  'practice.flash.js.deck': 'Cards from one note. ',
  'practice.flash.js.deckDone': 'Cards from one note: all done for today.',
  // ?topic=<topic>: the cards of the notes tagged with one prelims topic, every one of them
  'practice.flash.js.topic': 'Cards on one topic. ',
  'practice.flash.js.topicDone': 'Cards on one topic: all done for today.',
  'practice.flash.allCards': 'Show the cards of every note',
  // A flashcard: "<note title>: Point 3 — recall it, then flip" (the title shows on /practice/ only)
  'practice.card.note': '{title}: ',
  'practice.card.point': 'Point {n} — recall it, then flip',
  // A card that asks for a year, figure or value: the blank, and what to do
  'practice.card.blank': 'blank',
  'practice.card.fill': '(fill the blank, then turn the card)',
  // A card whose front is the editor's question (a quick-revision line's cue)
  'practice.card.recall': '(answer it, then turn the card)',
  'practice.card.read': 'Read the note',
  'practice.card.knew': 'Knew it',
  'practice.card.didnt': 'Didn’t',
  // /practice/: mains writing (the running clock is quiz.js.timeLeft)
  'practice.mains.marks': { one: '{count} mark', other: '{count} marks' },
  'practice.mains.answer': 'Your answer (limit {limit} words, about {minutes} minutes)',
  'practice.mains.timer': 'Start {minutes}-minute timer',
  'practice.mains.framework': 'Answer framework',
  'practice.mains.model': 'Model answer',
  'practice.mains.js.count': '{n} of {limit} words',
  'practice.mains.js.over': '{n} of {limit} words (over the limit)',
  'practice.mains.js.saved': 'Draft saved on this device.',
  'practice.mains.js.up': 'Time is up.',
  'practice.mains.js.restart': 'Restart {minutes}-minute timer',
  // Question banks and flashcard decks: their ranges ("51–100 of 1,000"), titles and paging
  'practice.range': '{first}–{last} of {total}',
  'practice.range.one': '{first} of {total}',
  'practice.bank.name': 'Questions {range}',
  'practice.bank.title': 'Practice questions {range}',
  'practice.bank.description':
    'Prelims practice questions {range} on India–Japan relations, each with its answer and explanation.',
  // {link} is the link "practice page"
  'practice.bank.lede':
    'Try each question, then open “Show answer”. For a scored round with UPSC marking, choose a set on the {link}.',
  'practice.bank.nav': 'Question banks',
  'practice.deck.title': 'Flashcards: notes {range}',
  'practice.deck.description': 'Quick-revision flashcards for notes {range} on India–Japan relations.',
  'practice.deck.current': 'Flashcards, notes {range}',
  'practice.deck.lede':
    'Recall each point, then open the card. To be shown only the cards due today, use the flashcards on the {link}.',
  'practice.deck.nav': 'Flashcard decks',
  // The glossary's deck: each term asked from its meaning
  'practice.glossaryDeck.title': 'Flashcards: glossary terms',
  'practice.glossaryDeck.description':
    'Key terms of India–Japan relations as flashcards: recall each term from its meaning.',
  'practice.glossaryDeck.lede':
    'Read the meaning, recall the term, then open the card. To be shown only the cards due today, use the flashcards on the {link}.',
  'practice.card.glossary': 'Glossary',
  'practice.card.readGlossary': 'See it in the glossary',
  'practice.pageLink': 'practice page',
  'practice.nav.prev': '← Previous',
  'practice.nav.next': 'Next →',
  'practice.nav.where': 'Page {n} of {total}',
  // One question of a bank (its number is quiz.js.number)
  'practice.question.show': 'Show answer',
  'practice.question.answer': 'Answer: ({letter})',
  'practice.question.read': 'Read:',
  // A topic page
  'practice.link.topic': 'Practise questions on this topic',
} as const satisfies Messages;
