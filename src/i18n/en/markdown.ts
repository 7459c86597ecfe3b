// What the Markdown pipeline adds to a note's body (src/markdown/): heading anchors, table regions, the labels of
// [!BEYOND] and [!CORRECTION] blocks and their source lines. A change here changes the rendered notes.
import type { Messages } from '../../lib/i18n/messages.ts';

export const markdown = {
  // rehype-reading.ts
  'markdown.anchor': 'Link to the section “{heading}”',
  'markdown.table': 'Table',
  'markdown.table.named': 'Table: {name}',
  'markdown.table.numbered': 'Table {number}',
  'markdown.table.numberedNamed': 'Table {number}: {name}',
  // remark-beyond-source.ts: the label, then the hint in brackets
  'markdown.beyond.label': 'Beyond the source',
  'markdown.beyond.hint': 'added by us, not from the news article',
  'markdown.correction.label': 'Correction',
  'markdown.correction.hint': 'the news article is wrong or out of date here',
  'markdown.marker.hint': ' ({hint})',
  // The sources of a block: "Sources: Publisher, “Title”, 29 August 2025; …" with the title linked
  'markdown.sources': { one: 'Source: ', other: 'Sources: ' },
  'markdown.source.before': '{publisher}, ',
  'markdown.source.title': '“{title}”',
  'markdown.source.after': ', {date}',
  'markdown.source.separator': '; ',
} as const satisfies Messages;
