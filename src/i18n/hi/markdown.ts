// Hindi: what the Markdown pipeline adds to a note's body (src/markdown/): heading anchors, table regions, the
// labels of [!BEYOND] and [!CORRECTION] blocks and their source lines.
import type { Message } from '../../lib/i18n/messages.ts';
import type { markdown as en } from '../en/markdown.ts';

export const markdown = {
  // rehype-reading.ts
  'markdown.anchor': 'अनुभाग “{heading}” का लिंक',
  'markdown.table': 'तालिका',
  'markdown.table.named': 'तालिका: {name}',
  'markdown.table.numbered': 'तालिका {number}',
  'markdown.table.numberedNamed': 'तालिका {number}: {name}',
  // remark-beyond-source.ts: the label, then the hint in brackets
  'markdown.beyond.label': 'स्रोत से अतिरिक्त',
  'markdown.beyond.hint': 'हमारे द्वारा जोड़ा गया, समाचार लेख से नहीं',
  'markdown.correction.label': 'सुधार',
  'markdown.correction.hint': 'समाचार लेख यहाँ गलत या पुराना है',
  'markdown.marker.hint': ' ({hint})',
  // The sources of a block: "Sources: Publisher, “Title”, 29 August 2025; …" with the title linked
  'markdown.sources': { one: 'स्रोत: ', other: 'स्रोत: ' },
  'markdown.source.before': '{publisher}, ',
  'markdown.source.title': '“{title}”',
  'markdown.source.after': ', {date}',
  'markdown.source.separator': '; ',
} as const satisfies Record<keyof typeof en, Message>;
