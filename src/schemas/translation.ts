import { z } from 'zod';
import { mainsSchema } from './mains.ts';
import { CHANGE_TEXT_MAX, cueSchema, noteSchema, QUICK_REVISION_LINE_MAX } from './note.ts';
import { topicSchema } from './topic.ts';

// The frontmatter of a translation (content/hi/<collection>/<id>.*): only what is translated, in the English
// entry's shape; ids, references, dates and citations come from the English entry (DESIGN.md, "The Hindi edition").
// Lists keep the English count and order, which the content check compares (src/lib/content-check/rules/).

/** Digits of the SHA-256 of a file a translation records: enough to tell one version of the English from another. */
export const SOURCE_HASH_LENGTH = 12;

/** The English version a translation was made from: the first 12 hex digits of the SHA-256 of its file. */
const sourceHash = z
  .string({ error: 'record the English this translates: source: "<first 12 hex digits of its sha256>"' })
  .regex(
    new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`),
    `expected the first ${SOURCE_HASH_LENGTH} hex digits of the English file's sha256 (npm run check prints it)`,
  );

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);
const texts = (what: string) => z.array(text(what));

/** Fields every translation has. */
const translationBase = {
  /** Hash of the English file this translation was made from (a different hash means the translation is stale). */
  source: sourceHash,
  /** The editor has read the changed English and accepts this translation as current (stale reported as a warning). */
  accepted: z.boolean().default(false),
};

/** A translated note: title, summary, the month it is current to, quick revision, timeline events and figures. */
export const noteTranslationSchema = z.strictObject({
  ...translationBase,
  /** The note's headline in translation. */
  title: noteSchema.shape.title,
  /** The summary in translation (at most 300 characters). */
  summary: noteSchema.shape.summary,
  /** The month and year the note is current to, in the language ("सितंबर 2025"). */
  currentTo: noteSchema.shape.currentTo,
  /** Each quick-revision line of the English, in order (citations come from the English). */
  quickRevision: z.array(
    text('a quick-revision line').max(
      QUICK_REVISION_LINE_MAX,
      `keep each line to ${QUICK_REVISION_LINE_MAX} characters`,
    ),
  ),
  /** The `cue` of each quick-revision line of the English that has one, in order (lines without a cue skipped). */
  cues: z.array(cueSchema).default([]),
  /** The `event` of each timeline row of the English, in order. */
  timeline: texts('a timeline event').default([]),
  /** The `text` of each change of the English, in order (the dates come from the English). */
  changes: z.array(text('a change').max(CHANGE_TEXT_MAX, `keep a change to ${CHANGE_TEXT_MAX} characters`)).default([]),
  /** The value and label of each key figure of the English, in order. */
  figures: z
    .array(
      z.strictObject({
        /** The figure. */ value: text('a figure'),
        /** What it measures. */ label: text('a figure label'),
      }),
    )
    .default([]),
});

/** A translated prelims topic: its name, names readers type, and summary. */
export const topicTranslationSchema = z.strictObject({
  ...translationBase,
  /** The topic's name as material in the language writes it. */
  title: topicSchema.shape.title,
  /** Names readers type in the language; the English aliases still find the page. */
  aliases: topicSchema.shape.aliases,
  /** The one-sentence description (at most 200 characters). */
  summary: topicSchema.shape.summary,
});

/** One dimension of a translated answer framework: its heading and points, in the English order. */
const dimensionTranslation = z.strictObject({
  /** Heading of the dimension. */
  heading: text('a dimension heading'),
  /** Its points, in order. */
  points: texts('a point'),
});

/** A translated mains topic: every line of text the page shows, in the English shape and order. */
export const mainsTranslationSchema = z.strictObject({
  ...translationBase,
  /** The title in translation. */
  title: mainsSchema.shape.title,
  /** The summary in translation. */
  summary: mainsSchema.shape.summary,
  /** The `angle` of each ask of the English, in order. */
  asks: texts('an angle'),
  /** The answer framework, line for line. */
  framework: z.strictObject({
    /** Opening options. */
    introduction: texts('an introduction option'),
    /** Dimensions, in order. */
    body: z.array(dimensionTranslation),
    /** Counter-views. */
    counterViews: texts('a counter-view'),
    /** Steps forward. */
    wayForward: texts('a way-forward step'),
    /** Closing options. */
    conclusion: texts('a conclusion option'),
  }),
  /** The keywords, in order. */
  keywords: texts('a keyword'),
  /** Each quote's words and context in translation (speaker and year come from the English). */
  quotes: z
    .array(
      z.strictObject({
        /** Our translation of the words. */ text: text('a quote'),
        /** Its context. */ context: text('a context'),
      }),
    )
    .default([]),
});

/** A translated question: its text, options, explanation and model answer. */
export const questionTranslationSchema = z.strictObject({
  ...translationBase,
  /** The question as the reader sees it, statements numbered as in the English. */
  text: text('the question text'),
  /** The four options of a multiple-choice question, in the English order (the answer letter is the English one). */
  options: texts('an option').optional(),
  /** Why the answer is right. */
  explanation: text('the explanation'),
  /** A mains question's model answer. */
  modelAnswer: text('the model answer').optional(),
  /** A previous-year question: true only when this is UPSC's own text in the language, not our translation. */
  official: z.boolean().default(false),
});

/** A translated map: its title, description and every label, in the English order. */
export const mapTranslationSchema = z.strictObject({
  ...translationBase,
  /** The map's title. */
  title: text('the title'),
  /** Its description (what a screen reader hears). */
  description: text('the description'),
  /** The heading of the list of places. */
  listTitle: text('the list title').optional(),
  /** The name of each area. */
  areas: texts('an area name').default([]),
  /** The name of each route. */
  routes: texts('a route name').default([]),
  /** The name and detail of each place. */
  places: z
    .array(
      z.strictObject({
        /** Its name. */ name: text('a place name'),
        /** Its detail. */ detail: text('a detail').optional(),
      }),
    )
    .default([]),
});

export type NoteTranslation = z.infer<typeof noteTranslationSchema>;
export type TopicTranslation = z.infer<typeof topicTranslationSchema>;
export type MainsTranslation = z.infer<typeof mainsTranslationSchema>;
export type QuestionTranslation = z.infer<typeof questionTranslationSchema>;
export type MapTranslation = z.infer<typeof mapTranslationSchema>;
