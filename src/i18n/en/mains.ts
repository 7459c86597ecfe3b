// /mains/ and a mains topic's page: what examiners ask, the answer framework, keywords, quotes and questions.
import type { Messages } from '../../lib/i18n/messages.ts';

export const mains = {
  // /mains/
  'mains.title': 'Mains topics',
  'mains.description': 'Mains answer-writing themes in India–Japan relations and the notes that build each one.',
  'mains.lede':
    'Themes to write mains answers on: what examiners ask, an answer framework with data, keywords, quotable lines, model answers and the notes that build each one.',
  'mains.angles': { one: '{count} exam angle', other: '{count} exam angles' },
  // A mains topic's page: its sections
  'mains.onPage': 'On this page',
  'mains.asks': 'What examiners ask',
  'mains.framework': 'Answer framework',
  'mains.keywords': 'Keywords',
  'mains.quotes': 'Quotable lines',
  'mains.questions': 'Questions and model answers',
  'mains.notes': 'Notes to revise',
  'mains.notesCount': 'Notes to revise ({count})',
  'mains.search': 'Search within this topic',
  // What examiners ask: the question an angle links to
  'mains.asked': '{label}, {marks}',
  // The answer framework
  'mains.framework.introduction': 'Introduction: ways to open',
  'mains.framework.body': 'Body: dimensions with data',
  'mains.framework.dataFrom': 'Data from:',
  'mains.framework.counterViews': 'Counter-views',
  'mains.framework.wayForward': 'Way forward',
  'mains.framework.conclusion': 'Conclusion: ways to close',
  // Quotable lines
  'mains.quotes.note': 'Beyond the source: these lines are not in the news article; each is quoted word for word.',
  // A question with its model answer
  'mains.question.page': 'Question page',
  'mains.question.showModel': 'Show model answer',
  'mains.question.showOutline': 'Show answer outline',
} as const satisfies Messages;
