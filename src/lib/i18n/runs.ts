// Runs of English inside text of another language: official names in brackets, publication titles, a quoted
// English phrase. Marking each run `lang="en-IN"` lets a screen reader switch voice and the browser hyphenate and
// shape it as English. One rule for Markdown bodies (src/markdown/rehype-lang-runs.ts) and for the frontmatter text
// components show (src/components/LangText.astro). Pure.

/**
 * A run of English: Latin-script words (with the spaces and punctuation between them) of which at least one is a
 * word, not an acronym ("Joint Declaration on Security Cooperation", "The Hindu"; not "ODA" or "2+2").
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’.&/-]*(?:[ ,:;–-]+[A-Za-z][A-Za-z0-9'’.&/-]*)*/g;
const HAS_WORD = /[a-z]{2}/;

/** One piece of a text: English, or the text's own language. */
export interface TextRun {
  text: string;
  english: boolean;
}

/** `text` cut into runs of English and runs of the text's own language, in order; one run when there is no English. */
export function textRuns(text: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const run = match[0];
    if (!HAS_WORD.test(run)) continue;
    if (match.index > last) out.push({ text: text.slice(last, match.index), english: false });
    out.push({ text: run, english: true });
    last = match.index + run.length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last), english: false });
  return out;
}

/** Whether `text` has Devanagari in it: on an English page such a run (a Hindi source's title) is marked `lang="hi"`. */
export const hasDevanagari = (text: string): boolean => /\p{Script=Devanagari}/u.test(text);
