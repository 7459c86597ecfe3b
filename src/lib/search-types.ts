import type { UiKey } from '../i18n/en/index.ts';

/**
 * The kinds of page in the search index (each page's `type` filter), and the keys of their names for one result
 * ("Note") and for the type facet ("Notes"). Type imports only: the browser's search code loads this too, and the
 * names reach it in its page's data-messages.
 */
export const SEARCH_TYPES: Readonly<Record<string, { one: UiKey; many: UiKey }>> = {
  note: { one: 'search.js.type.note', many: 'search.types.note' },
  topic: { one: 'search.js.type.topic', many: 'search.types.topic' },
  question: { one: 'search.js.type.question', many: 'search.types.question' },
  glossary: { one: 'search.js.type.glossary', many: 'search.types.glossary' },
};
