// /practice/: the scored round and its summary (QuizRound.astro and quiz-client.ts).
import type { Messages } from '../../lib/i18n/messages.ts';

export const quiz = {
  // /practice/: the scored round
  'quiz.prev': 'Previous',
  'quiz.next': 'Next',
  // On a phone the strip shows only the first part; the whole is the button's name everywhere.
  'quiz.finish': 'Finish',
  'quiz.finishMore': 'and see summary',
  'quiz.summary': 'Round summary',
  'quiz.caption': 'By topic (UPSC marking: +2 right, −⅔ wrong, 0 left blank)',
  'quiz.topic': 'Topic',
  'quiz.right': 'Right',
  'quiz.wrong': 'Wrong',
  'quiz.blank': 'Blank',
  'quiz.marks': 'Marks',
  'quiz.review': 'Questions to look at again',
  'quiz.reviewNone': 'Every question right: nothing to look at again.',
  'quiz.retry': 'Retry mistakes',
  'quiz.restart': 'Start this set again',
  'quiz.js.score': 'Score {score} of {max} · {right} right, {wrong} wrong, {unanswered} not answered',
  'quiz.js.position': 'Question {n} of {total}',
  'quiz.js.positionShort': '{n} / {total}',
  'quiz.js.number': 'Q{n}.',
  'quiz.js.right': '✓ Right: +2 marks.',
  'quiz.js.wrong': '✗ Wrong: the answer is ({answer}). −⅔ mark.',
  'quiz.js.peeked': 'You opened the answer before choosing: this question counts as not answered (0 marks).',
  'quiz.js.total': '{score} of {max} marks: {right} right, {wrong} wrong, {unanswered} not answered.',
  'quiz.js.peekedCount': {
    one: ' One of the unanswered was the answer seen before choosing.',
    other: ' {count} of the unanswered were answers seen before choosing.',
  },
  'quiz.js.reviewWrong': 'You chose ({choice}); the answer is ({answer}).',
  'quiz.js.reviewPeeked': 'Answer seen before choosing; it is ({answer}).',
  'quiz.js.reviewBlank': 'Not answered; the answer is ({answer}).',
  'quiz.js.noMistakes': 'No mistakes recorded on this device yet: answer some questions first.',
  'quiz.js.noQuestions': 'No questions in this set.',
  'quiz.js.timeLeft': 'Time left {clock}',
} as const satisfies Messages;
