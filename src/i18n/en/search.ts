// Search: the header's search control and dialog, /search/ and its filters. `search.js.` is what both browser
// scripts write (the dialog's on every page, so kept short); `search.page.js.` only the search page's.
import type { Messages } from '../../lib/i18n/messages.ts';

export const search = {
  // Every page: the header's control and the dialog it opens
  'search.open': 'Search',
  // The key names on the header's search button (the script shows ⌘K on a Mac)
  'search.shortcut': 'Ctrl K',
  'search.title': 'Search',
  'search.field': 'Search notes, topics and questions',
  'search.placeholder': 'e.g. JIMEX, bullet train, 2+2',
  'search.submit': 'Search',
  'search.close': 'Close',
  'search.full': 'Full search with filters',
  // /search/: the page
  'search.description':
    'Search the India–Japan notes, topic notes and questions, and narrow by topic, syllabus line and paper.',
  'search.hint': 'Press {slash} to jump here and {down} to move to the results.',
  'search.noscript':
    'Search runs in your browser and needs JavaScript. You can still browse by {topics} or by {lines}.',
  'search.noscript.topics': 'topic',
  'search.noscript.lines': 'syllabus line',
  'search.filters': 'Filters',
  'search.results': 'Results',
  'search.clearAll': 'Clear all',
  'search.more': 'Show more results',
  // /search/: the filter panel (src/lib/search-labels.ts)
  'search.facets': 'Filter',
  'search.facet.type': 'Type',
  'search.facet.topic': 'Prelims topic',
  'search.facet.mains': 'Mains topic',
  'search.facet.gs': 'GS paper',
  'search.facet.line': 'Syllabus line',
  // A syllabus line in the filters: 'GS II: Bilateral, regional and global groupings…'
  'search.facet.lineLabel': '{paper}: {line}',
  'search.facet.publication': 'Publication',
  'search.facet.year': 'Year',
  'search.types.note': 'Notes',
  'search.types.topic': 'Topic notes',
  'search.types.question': 'Questions',
  'search.types.glossary': 'Glossary',
  // The dialog and /search/ in the browser: status and results
  'search.js.searching': 'Searching…',
  'search.js.indexFailed': 'The search index could not be loaded.',
  'search.js.count': { one: '{count} result.', other: '{count} results.' },
  'search.js.countFor': { one: '{count} result for “{term}”.', other: '{count} results for “{term}”.' },
  'search.js.none': 'No results.',
  'search.js.noneFor': 'No results for “{term}”.',
  'search.js.bestMatch': 'Topic · best match',
  'search.js.type.note': 'Note',
  'search.js.type.topic': 'Topic',
  'search.js.type.question': 'Question',
  'search.js.type.glossary': 'Glossary',
  'search.js.type.page': 'Page',
  'search.js.sections': 'Matching sections',
  // {term} is the corrected word (in bold) and {exact} the link to search as typed
  'search.js.rewrite': 'Showing results for {term} (searched for {query}). {exact}',
  'search.js.exact': 'Search for “{query}” instead',
  // A query in Hindi: told in Hindi on every edition, since the reader wrote in Hindi
  'search.js.hindi.rewrite':
    'यह अंग्रेज़ी संस्करण है: “{query}” के लिए अंग्रेज़ी शब्द “{term}” से मिलते विषय और परिणाम नीचे हैं। हिन्दी नोट्स हिन्दी संस्करण (/hi/) में हैं।',
  'search.js.hindi.none': 'अंग्रेज़ी संस्करण में यह हिन्दी शब्द नहीं मिला। अंग्रेज़ी में खोजें, या हिन्दी संस्करण (/hi/) में खोजें।',
  'search.js.hindi.browse': 'Browse all topics (सभी विषय)',
  // /search/ in the browser: notices, filtered counts, the filter chips and what to offer when nothing matches
  'search.page.js.devNotice':
    'Search needs a built site: the index is made after `astro build`. Run `npm start` and open it there.',
  'search.page.js.indexFailed': 'The search index could not be loaded. Search needs the built site (`npm start`).',
  'search.page.js.topics': 'Topics',
  'search.page.js.empty': 'Type a word or tick a filter to see results.',
  'search.page.js.count': {
    one: '{count} result with the filters you chose.',
    other: '{count} results with the filters you chose.',
  },
  'search.page.js.countFor': {
    one: '{count} result for “{term}” with the filters you chose.',
    other: '{count} results for “{term}” with the filters you chose.',
  },
  'search.page.js.none': 'No results with the filters you chose.',
  'search.page.js.noneFor': 'No results for “{term}” with the filters you chose.',
  'search.page.js.selected': '({count} selected)',
  'search.page.js.filterCount': '({count})',
  'search.page.js.filter': '{facet}: {value}',
  'search.page.js.chip': '{filter} ✕',
  'search.page.js.remove': 'Remove filter {filter}',
  'search.page.js.zeroHint': 'Check the spelling, try a shorter word, or browse the prelims topics.',
  'search.page.js.browse': 'Browse all topics',
  'search.page.js.zeroFilters': 'Nothing matches every filter at once. Drop one:',
  'search.page.js.drop': 'Drop {filter}',
  'search.page.js.clearFilters': 'Clear all filters',
} as const satisfies Messages;
