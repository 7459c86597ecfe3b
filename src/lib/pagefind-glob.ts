/**
 * The pages Pagefind reads: notes, topic pages, question pages and the glossary (so a Hindi term finds its entry).
 * Everything else (booklets, lists, search) has no indexed body, and the booklets are the largest pages of the
 * site, so skipping them keeps indexing fast. The practice question banks and flashcard decks
 * (/practice/questions/<n>/, /practice/cards/<n>/) stay out too: they repeat the question pages and the notes.
 */
export const PAGEFIND_GLOB = '{notes/*/index.html,topics/*/index.html,questions/q/*/index.html,glossary/index.html}';
