// A note page: its head, contents, timeline, figures, maps, sources and the links around it; the components it
// shares with other pages (cards, citations, chips, print and share buttons). `note.progress.` is in progress.ts.
import type { Messages } from '../../lib/i18n/messages.ts';

export const note = {
  // A note page: the head
  'note.position': 'Note {position} of {total}',
  'note.positionStart': 'Note {position} of {total} · start here',
  'note.printedFrom': 'Printed from {url}',
  'note.currentTo': 'Current to {date}',
  'note.currentTo.more': '— events after that are not covered.',
  'note.kind.news-analysis': 'News analysis',
  'note.kind.editorial': 'Editorial',
  'note.kind.background': 'Background',
  'note.minutes': '{minutes} min read',
  // {date} is the date, a <time> element
  'note.meta.updated': 'Updated {date}',
  'note.meta.details': 'Syllabus, topics and sources',
  'note.meta.published': 'Published',
  // After the published date: "· updated {date}"
  'note.meta.updatedLater': 'updated {date}',
  'note.meta.syllabus': 'Syllabus',
  'note.meta.mains': 'Mains',
  'note.topics.label': 'Prelims topics',
  'note.sources.heading': 'Sources',
  'note.sources.label': { one: 'Source:', other: 'Sources:' },
  'note.sources.via': 'based on {publication}',
  // {publisher} is a link to the page, {date} a <time> element
  'note.cite': '(source: {publisher}, {date})',
  'note.print': 'Print this note',
  'note.pdf': 'Download PDF',
  // The Share button; the site script (Base.astro) sets its text and announces the result of copying a link
  'note.share.share': 'Share',
  'note.share.copy': 'Copy link',
  'note.share.copied': 'Link copied',
  'note.share.failed': 'Could not copy the link',
  // A note page: the body's sections
  'note.toc': 'On this page',
  'note.timeline.heading': 'Timeline',
  'note.timeline.target': 'Target',
  'note.figures.heading': 'Key figures',
  'note.figures.figure': 'Figure',
  'note.figures.measures': 'What it measures',
  'note.maps.heading': { one: 'Map', other: 'Maps' },
  'note.map.caption': 'Map: {title}',
  'note.map.schematic': '(schematic, not to scale)',
  'note.map.key': 'Key',
  'note.map.place.terminal': 'Terminal station (square)',
  'note.map.place.station': 'Station (open circle)',
  'note.map.place.port': 'Port or naval base (triangle)',
  'note.map.place.chokepoint': 'Strait or chokepoint (open diamond)',
  'note.map.place.capital': 'Capital city (filled circle)',
  'note.map.route.rail': 'High-speed rail line (solid line)',
  'note.map.route.sea-lane': 'Sea lane (dashed line)',
  'note.map.beyond': 'Beyond the source',
  'note.map.beyondNote': '(added by us, not from the news article):',
  'note.quickRevision.heading': 'Quick revision',
  'note.questions.heading': 'Test yourself',
  'note.questions.hint': 'Answers stay hidden until you open them.',
  // A note page: the links around it
  'note.related.heading': 'Related notes',
  'note.backToTop': 'Back to top',
  'note.prevNext.label': 'Reading order',
  'note.prevNext.prev': '← Previous',
  'note.prevNext.next': 'Next →',
  'note.crumbs.label': 'Breadcrumb',
} as const satisfies Messages;
