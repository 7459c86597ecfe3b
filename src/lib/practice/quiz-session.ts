// A practice round kept for the tab (sessionStorage), so a reload, a phone that drops the page in the background,
// or a tap on a note link and back resumes the same round: the same questions, answers, position and time left.
// Pure: quiz-client.ts reads and writes the text.
import { z } from 'zod';
import { OPTION_LETTERS } from '../../schemas/question.ts';

/** What is kept of a round in progress. */
export const savedRoundSchema = z.strictObject({
  /** The round's question ids, in order. */
  ids: z.array(z.string()).min(1),
  /** How each settled question came out; a peeked one is 'unanswered'. */
  outcomes: z.record(z.string(), z.enum(['right', 'wrong', 'unanswered'])),
  /** The option the reader chose, by question. */
  choices: z.record(z.string(), z.enum(OPTION_LETTERS)),
  /** Questions whose answer the reader opened before choosing. */
  peeked: z.array(z.string()),
  /** The position on show. */
  current: z.number().int().min(0),
  /** Whether the reader had finished the round (the summary was showing). */
  finished: z.boolean(),
  /** When a timed round runs out (milliseconds since 1970); null when untimed. */
  end: z.number().nullable(),
});
/** A round in progress, as kept. */
export type SavedRound = z.infer<typeof savedRoundSchema>;

/** The sessionStorage key of the round a practice URL's query starts (`?set=pyq&mode=list`). */
export const roundKey = (query: string) => `ijn-quiz-round:${query}`;

/**
 * The kept round, or null when there is none, it does not parse, or it names a question this build does not have
 * (a new build changed the set): then a fresh round starts, as before.
 */
export function parseRound(text: string | null, known: ReadonlySet<string>): SavedRound | null {
  if (text === null) return null;
  try {
    const parsed = savedRoundSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const round = parsed.data;
    const inRound = new Set(round.ids);
    const settled = [...Object.keys(round.outcomes), ...Object.keys(round.choices), ...round.peeked];
    if (!round.ids.every((id) => known.has(id)) || !settled.every((id) => inRound.has(id))) return null;
    return round.current < round.ids.length ? round : null;
  } catch {
    return null;
  }
}
