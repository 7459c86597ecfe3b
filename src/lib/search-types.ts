/**
 * The kinds of page in the search index (each page's `type` filter), named once for one result ("Note") and for
 * the type facet ("Notes"). No imports: the browser's search code loads this too.
 */
export const SEARCH_TYPES: Readonly<Record<string, { one: string; many: string }>> = {
  note: { one: 'Note', many: 'Notes' },
  topic: { one: 'Topic', many: 'Topic notes' },
  question: { one: 'Question', many: 'Questions' },
  glossary: { one: 'Glossary', many: 'Glossary' },
};
