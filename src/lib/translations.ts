// How a translation is laid over the English entry it translates: the translated text replaces the English text
// field by field and row by row; everything else (ids, references, dates, citations, answer letters) stays the
// English. The content check holds every list to the English count, so a row is never dropped; were one missing,
// that row keeps its English text rather than vanishing. Pure.
import type { CollectionName } from '../schemas/collections.ts';
import type { MainsTopic } from '../schemas/mains.ts';
import type { NoteMapData } from '../schemas/map.ts';
import type { Note } from '../schemas/note.ts';
import type { Question } from '../schemas/question.ts';
import type { Topic } from '../schemas/topic.ts';
import type {
  MainsTranslation,
  MapTranslation,
  NoteTranslation,
  QuestionTranslation,
  TopicTranslation,
} from '../schemas/translation.ts';

/** Where a page in another language stands: translated and current, translated from an older English, or not yet. */
export type TranslationState = 'current' | 'stale' | 'missing';

/** The state of a translation when the English file's source hash is now `english` (sourceHashOf()). */
export function translationState(
  translation: { source: string; accepted: boolean } | undefined,
  english: string,
): TranslationState {
  if (!translation) return 'missing';
  return english === translation.source || translation.accepted ? 'current' : 'stale';
}

/** Row `i` of a translated list, or the English row when the translation has none. */
const row = <T>(list: readonly T[] | undefined, i: number, english: T): T => list?.[i] ?? english;

export function translateNote(en: Note, hi: NoteTranslation): Note {
  return {
    ...en,
    title: hi.title,
    summary: hi.summary,
    currentTo: hi.currentTo,
    quickRevision: translateLines(en.quickRevision, hi),
    timeline: en.timeline.map((event, i) => ({ ...event, event: row(hi.timeline, i, event.event) })),
    figures: en.figures.map((figure, i) => ({ ...figure, ...row(hi.figures, i, figure) })),
    changes: en.changes.map((change, i) => ({ ...change, text: row(hi.changes, i, change.text) })),
  };
}

/** Quick-revision lines in translation: each line's text, and the next translated cue for each line with one. */
function translateLines(lines: Note['quickRevision'], hi: NoteTranslation): Note['quickRevision'] {
  let cue = 0;
  return lines.map((line, i) => ({
    ...line,
    text: row(hi.quickRevision, i, line.text),
    ...(line.cue ? { cue: row(hi.cues, cue++, line.cue) } : {}),
  }));
}

export function translateTopic(en: Topic, hi: TopicTranslation): Topic {
  // The English names still find the page: a reader on the Hindi site may type "jimex" or "quad".
  return { ...en, title: hi.title, summary: hi.summary, aliases: [...hi.aliases, en.title, ...en.aliases] };
}

export function translateMains(en: MainsTopic, hi: MainsTranslation): MainsTopic {
  const f = en.framework;
  const h = hi.framework;
  const lines = (english: readonly string[], translated: readonly string[] | undefined) =>
    english.map((line, i) => row(translated, i, line));
  return {
    ...en,
    title: hi.title,
    summary: hi.summary,
    asks: en.asks.map((ask, i) => ({ ...ask, angle: row(hi.asks, i, ask.angle) })),
    framework: {
      introduction: lines(f.introduction, h.introduction),
      body: f.body.map((dimension, i) => ({
        ...dimension,
        heading: h.body[i]?.heading ?? dimension.heading,
        points: lines(dimension.points, h.body[i]?.points),
      })),
      counterViews: lines(f.counterViews, h.counterViews),
      wayForward: lines(f.wayForward, h.wayForward),
      conclusion: lines(f.conclusion, h.conclusion),
    },
    keywords: lines(en.keywords, hi.keywords),
    quotes: en.quotes.map((quote, i) => ({ ...quote, ...row(hi.quotes, i, quote) })),
  };
}

export function translateQuestion(en: Question, hi: QuestionTranslation): Question {
  const text = { text: hi.text, explanation: hi.explanation };
  if (en.kind === 'prelims-pyq' || en.kind === 'practice-mcq')
    return { ...en, ...text, options: en.options.map((option, i) => row(hi.options, i, option)) };
  return { ...en, ...text, modelAnswer: hi.modelAnswer ?? en.modelAnswer } as Question;
}

export function translateMap(en: NoteMapData, hi: MapTranslation): NoteMapData {
  return {
    ...en,
    title: hi.title,
    description: hi.description,
    listTitle: hi.listTitle ?? en.listTitle,
    areas: en.areas.map((area, i) => ({ ...area, name: row(hi.areas, i, area.name) })),
    routes: en.routes.map((route, i) => ({ ...route, name: row(hi.routes, i, route.name) })),
    places: en.places.map((place, i) => {
      const translated = hi.places[i];
      return translated ? { ...place, name: translated.name, detail: translated.detail ?? place.detail } : place;
    }),
  };
}

/**
 * The fields of an English entry a translation carries, keyed and shaped as the translation writes them: what the
 * translate*() functions above replace, seen from the English side (the content check compares the two).
 */
export function translatedFields(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
  const rows = (key: string) => (data[key] as Record<string, unknown>[] | undefined) ?? [];
  const list = (key: string, field: string) => rows(key).map((row) => row[field]);
  switch (collection) {
    case 'notes':
      return {
        title: data['title'],
        summary: data['summary'],
        currentTo: data['currentTo'],
        quickRevision: list('quickRevision', 'text'),
        cues: list('quickRevision', 'cue').filter((cue) => cue !== undefined),
        timeline: list('timeline', 'event'),
        figures: rows('figures').map((f) => ({ value: f['value'], label: f['label'] })),
        changes: list('changes', 'text'),
      };
    case 'topics':
      return { title: data['title'], summary: data['summary'] };
    case 'mains':
      return { ...data, asks: list('asks', 'angle'), citations: undefined, papers: undefined };
    case 'questions':
      return {
        text: data['text'],
        options: data['options'],
        explanation: data['explanation'],
        modelAnswer: data['modelAnswer'],
      };
    default:
      return {
        title: data['title'],
        description: data['description'],
        listTitle: data['listTitle'],
        areas: list('areas', 'name'),
        routes: list('routes', 'name'),
        places: rows('places').map((p) => ({ name: p['name'], detail: p['detail'] })),
      };
  }
}
