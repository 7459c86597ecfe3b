import { z } from 'zod';
import { citationsSchema, citeSchema } from './citation.ts';
import { dateSchema, gsPaperSchema, httpsUrlSchema, idListSchema, idSchema, publicationIdSchema } from './common.ts';

/** The twelve month names as `lang` writes them (the platform's, so English and Hindi notes spell them one way). */
const monthNames = (lang: string) =>
  Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month, 1)),
  );
/** Month and year a note is current to, in English or Hindi: "September 2025", "सितंबर 2025". */
const CURRENT_TO = new RegExp(`^(?:${[...monthNames('en-IN'), ...monthNames('hi-IN')].join('|')}) \\d{4}$`, 'u');

/** Longest quick-revision line: /revision/ must print on two A4 pages. */
export const QUICK_REVISION_LINE_MAX = 170;
/** Longest flashcard cue: one short question. */
export const CUE_MAX = 100;

/** A quick-revision line's flashcard question ("Year of ACSA?"); the line is its answer. */
export const cueSchema = z
  .string()
  .trim()
  .min(1, 'a cue is empty: write the question the line answers, or leave the cue out')
  .max(CUE_MAX, `keep a cue to ${CUE_MAX} characters or fewer: one short question`)
  .regex(/[?？]$/, 'write a cue as a question, ending with "?" ("Year of ACSA?")');

/** Where a note sits in the syllabus: a GS paper and one official line of it. */
export const gsMappingSchema = z.strictObject({
  /** GS paper id, `gs1` to `gs4`. */
  paper: gsPaperSchema,
  /** Id of an official syllabus line of that paper (see content/taxonomy/syllabus.yaml). */
  line: idSchema,
});

/** One source a note is written from. */
export const sourceSchema = z.strictObject({
  /** Publication id from content/taxonomy/publications.yaml (`TH` is The Hindu). */
  publication: publicationIdSchema,
  /** Title of the article as published. */
  title: z.string().trim().min(1, 'give the article title'),
  /** https link to the article. */
  url: httpsUrlSchema,
  /** Date the article was published. */
  date: dateSchema,
  /** Publication the article itself credits as its source, when it names one. */
  via: publicationIdSchema.optional(),
});

/** One dated event for a timeline; `planned` marks a target date that has not arrived. */
export const timelineEventSchema = z.strictObject({
  /** Year of the event (a four-digit year). */
  year: z.number().int().min(1, 'expected a year').max(2200, 'expected a year'),
  /** What happened, in one short sentence. */
  event: z.string().trim().min(1, 'describe the event'),
  /** A target or pledge for the future rather than something that has happened. */
  planned: z.boolean().default(false),
  /** Id of the note that explains the event. */
  note: idSchema.optional(),
  /** Citation id (this file's `citations`) when the event is not in the news article. */
  cite: citeSchema.optional(),
});

/** Longest line of a note's change log: one sentence, as the home page's "Latest updates" lists it. */
export const CHANGE_TEXT_MAX = 200;

/** One dated change to a published note, for readers who come back: the home page lists the latest. */
export const noteChangeSchema = z.strictObject({
  /** The day of the change (YYYY-MM-DD), between `published` and `updated`. */
  date: dateSchema,
  /** What changed, in one sentence a returning reader understands ("MAHSR deadline corrected to December 2029"). */
  text: z
    .string()
    .trim()
    .min(1, 'say what changed')
    .max(CHANGE_TEXT_MAX, `keep a change to ${CHANGE_TEXT_MAX} characters or fewer`),
});

/** One headline number for a key-figures table. */
export const keyFigureSchema = z.strictObject({
  /** The figure exactly as the source gives it, with its unit ("10 trillion yen (USD 68 billion)"). */
  value: z.string().trim().min(1, 'give the figure'),
  /** What the figure measures. */
  label: z.string().trim().min(1, 'say what the figure measures'),
  /** Id of the note that explains the figure. */
  note: idSchema.optional(),
  /** Citation id (this file's `citations`) when the figure is not in the news article. */
  cite: citeSchema.optional(),
});

const quickRevisionText = z
  .string()
  .trim()
  .min(1, 'a quick-revision line is empty')
  .max(QUICK_REVISION_LINE_MAX, `keep each quick-revision line to ${QUICK_REVISION_LINE_MAX} characters or fewer`);

/**
 * One quick-revision line: plain text, or `{ text, cite, cue }` for a fact beyond the news article or a line whose
 * flashcard asks its own question. Normalised to the
 * object form, so pages never ask which one they have.
 */
export const quickRevisionLineSchema = z.preprocess(
  (line) => (typeof line === 'string' ? { text: line } : line),
  z.strictObject(
    {
      /** The line itself. */
      text: quickRevisionText,
      /** Citation id (this file's `citations`) for a fact not in the news article. */
      cite: citeSchema.optional(),
      /** The question its flashcard asks, when blanking the line's first year or figure would not ask the point. */
      cue: cueSchema.optional(),
    },
    { error: 'write a quick-revision line as text, or as { text, cite, cue }' },
  ),
);

/** Frontmatter of a study note in content/notes/. */
export const noteSchema = z
  .strictObject({
    /** Headline of the note. */
    title: z.string().trim().min(1, 'give the note a title').max(120, 'keep the title under 120 characters'),
    /** One- or two-sentence summary shown in lists and search results (at most 300 characters). */
    summary: z
      .string()
      .trim()
      .min(1, 'give the note a summary')
      .max(300, 'keep the summary to 300 characters or fewer'),
    /** Position in the reading order of the whole set (0 is read first). */
    order: z.number().int().min(0, 'order starts at 0'),
    /** Date the note was first published. */
    published: dateSchema,
    /** Date of the last substantive revision, if any. */
    updated: dateSchema.optional(),
    /** What sort of note this is. */
    kind: z.enum(['news-analysis', 'editorial', 'background']),
    /** Syllabus placement: one or more GS paper and line pairs. */
    gs: z.array(gsMappingSchema).min(1, 'map the note to at least one syllabus line'),
    /** Prelims topic ids (content/topics/). */
    prelims: idListSchema('prelims topic'),
    /** Mains topic ids (content/mains/). */
    mains: idListSchema('mains topic'),
    /** Sources the note is written from. */
    sources: z.array(sourceSchema).min(1, 'list at least one source'),
    /** Question ids (content/questions/) to test the reader on this note. */
    questions: idListSchema('question'),
    /** Note ids the editor wants shown as related, ahead of computed ones. */
    related: z
      .array(idSchema)
      .refine((ids) => new Set(ids).size === ids.length, 'the same related note is listed twice')
      .default([]),
    /** Dated events this note lays out as a timeline. */
    timeline: z.array(timelineEventSchema).default([]),
    /** Headline figures this note lays out as a table. */
    figures: z.array(keyFigureSchema).default([]),
    /** Dated changes since publication, any order; the latest must be the `updated` date. */
    changes: z.array(noteChangeSchema).default([]),
    /** The latest events the note covers, in words ("September 2025"); separate from when it was published. */
    currentTo: z
      .string({ error: 'say which events the note is current to, such as "September 2025"' })
      .trim()
      .min(1, 'say which events the note is current to, such as "September 2025"')
      .regex(CURRENT_TO, 'write the month and year the note is current to, such as "September 2025"'),
    /** Quick-revision lines shown at the end of the note and on /revision/ (1 to 10, each short enough to print). */
    quickRevision: z
      .array(quickRevisionLineSchema, { error: 'list the quick-revision lines, one fact a line' })
      .min(1, 'give at least one quick-revision line')
      .max(10, 'keep quick revision to 10 lines or fewer'),
    /** Ids of schematic maps (content/maps/) drawn at the end of the note. */
    maps: z
      .array(idSchema)
      .refine((ids) => new Set(ids).size === ids.length, 'the same map is listed twice')
      .default([]),
    /** Sources of the facts this note adds beyond the news article, named by its markers and `cite:` fields. */
    citations: citationsSchema,
    /** Drafts are checked but not built into the site. */
    draft: z.boolean().default(false),
  })
  .superRefine((note, ctx) => {
    const known = new Set((note.citations ?? []).map((c) => c.id));
    const rows = [
      ...(note.timeline ?? []).map((row, i) => ({ cite: row.cite, path: ['timeline', i, 'cite'] })),
      ...(note.figures ?? []).map((row, i) => ({ cite: row.cite, path: ['figures', i, 'cite'] })),
      ...(note.quickRevision ?? []).map((row, i) => ({ cite: row?.cite, path: ['quickRevision', i, 'cite'] })),
    ];
    for (const { cite, path } of rows)
      if (cite !== undefined && !known.has(cite))
        ctx.addIssue({ code: 'custom', path, message: unknownCitation(cite, known) });
  })
  // zod 4 runs refinements even when a field above failed, so check both dates are real before comparing.
  .refine(
    (note) =>
      !(note.updated instanceof Date && note.published instanceof Date) ||
      note.updated.getTime() >= note.published.getTime(),
    {
      message: 'updated must not be before published',
      path: ['updated'],
    },
  )
  .superRefine((note, ctx) => {
    const day = (d: unknown) => (d instanceof Date ? d.getTime() : undefined);
    const published = day(note.published);
    const updated = day(note.updated);
    const changes = (note.changes ?? []).map((change, i) => ({ at: day(change?.date), i }));
    for (const { at, i } of changes) {
      if (at === undefined) continue;
      if (published !== undefined && at < published)
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: 'a change cannot be before published' });
      if (updated === undefined || at > updated)
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'date'],
          message: 'set updated to the date of the latest change (a change is dated after updated)',
        });
    }
  });

/** The message for a `cite:` or marker id that names no citation of the file. */
export function unknownCitation(id: string, known: ReadonlySet<string>): string {
  const list = known.size ? `; this file's citations are ${[...known].map((k) => `"${k}"`).join(', ')}` : '';
  return `unknown citation "${id}": declare it under citations (id, publisher, title, date, url) in the frontmatter${list}`;
}

export type QuickRevisionLine = z.infer<typeof quickRevisionLineSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type NoteChange = z.infer<typeof noteChangeSchema>;
